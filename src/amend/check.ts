/**
 * `checkAmendment`: whether an amendment applies cleanly to a base
 * resolution, and if not, why — per change.
 *
 * @module
 */
import type { Diagnostic, Resolution } from '../model.js';
import { resolveApplyOptions, type ApplyOptions } from './apply-options.js';
import { amendmentParts } from '../validate/amendment.js';
import { checkResolution } from '../validate/shapes.js';
import { planAmendment } from './plan.js';
import type { AmendmentLike } from '../model.js';

/**
 * Checks an amendment against the base without applying it. Every change is
 * located in the base text: unknown clauses (`clause-not-found`), missing or
 * ambiguous passages (`text-not-found` with the closest passage as
 * `suggestion`, `text-ambiguous` listing the hits), changes of one amendment
 * touching the same words (`overlap`), malformed changes (`invalid-change`)
 * and changes that change nothing (`no-op`, a warning).
 *
 * @param base - the resolution the amendment addresses
 * @param amendment - an `Amendment` (optionally with `renumber`) or a bare list of changes
 * @param options - see {@link ApplyOptions}
 * @returns the diagnostics in change order; `[]` means `applyAmendment` succeeds
 *   (warnings alone do not stop it either)
 * @throws {RedlineError} `invalid-input` when `base` or `amendment` has the wrong shape,
 *   `invalid-option` for a bad option
 */
export function checkAmendment(base: Resolution, amendment: AmendmentLike, options?: ApplyOptions): Diagnostic[] {
  checkResolution(base, 'base');
  const resolved = resolveApplyOptions(options);
  return planAmendment(base, amendmentParts(amendment), resolved).diagnostics;
}
