/**
 * `applyAmendment`: applies one amendment to a base resolution, all or nothing.
 *
 * @module
 */
import { AmendmentError } from '../errors.js';
import type { Redline, Resolution } from '../model.js';
import { buildRedline } from './build.js';
import { resolveApplyOptions, type ApplyOptions } from './apply-options.js';
import { amendmentParts } from '../validate/amendment.js';
import { checkResolution } from '../validate/shapes.js';
import { planAmendment } from './plan.js';
import type { AmendmentLike } from '../model.js';

/**
 * Applies an amendment to the base resolution and returns the redline. All
 * changes address the base text. Atomic: when any change does not apply
 * cleanly (an error diagnostic of {@link checkAmendment}), nothing is applied
 * and an `AmendmentError` carrying all diagnostics is thrown. Neither `base`
 * nor `amendment` is modified.
 *
 * @param base - the resolution the amendment addresses
 * @param amendment - an `Amendment` (optionally with `renumber`) or a bare list of changes
 * @param options - see {@link ApplyOptions}
 * @returns the redline: `rejectAll` gives the base, `acceptAll` the amended resolution
 * @throws {AmendmentError} code `amendment-does-not-apply`, with `.diagnostics`
 * @throws {RedlineError} `invalid-input` / `invalid-option` for malformed arguments
 */
export function applyAmendment(base: Resolution, amendment: AmendmentLike, options?: ApplyOptions): Redline {
  checkResolution(base, 'base');
  const resolved = resolveApplyOptions(options);
  const plan = planAmendment(base, amendmentParts(amendment), resolved);
  if (plan.diagnostics.some((d) => d.severity === 'error')) throw new AmendmentError(plan.diagnostics);
  return buildRedline(base, plan.edits, resolved);
}
