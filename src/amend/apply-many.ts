/**
 * `applyAmendments`: several amendments to one base, as one redline with
 * every change attributed to its amendment.
 *
 * @module
 */
import type { Diagnostic, Redline, Resolution } from '../model.js';
import { buildRedline } from './build.js';
import { resolveApplyOptions, type ApplyOptions } from './apply-options.js';
import { amendmentParts } from '../validate/amendment.js';
import { checkResolution } from '../validate/shapes.js';
import { describeEditPlace, type Edit } from './edits.js';
import { parentMap, touchingPairs } from './overlaps.js';
import { planAmendment } from './plan.js';
import type { AmendmentLike } from '../model.js';
import { RedlineError } from '../errors.js';

/**
 * Applies several amendments to the same base. Each is checked against the
 * base on its own; one with an error diagnostic is left out (its diagnostics
 * are reported). One whose changes touch base words or clauses that an
 * earlier applied amendment already changes is left out with a `conflict`
 * error naming both amendments. All others are applied together; every
 * deleted or inserted segment carries `source` = the amendment's id (or its
 * 1-based position in the list, as a string, when it has none). Where two
 * amendments insert at the same place, the earlier one comes first.
 *
 * @param base - the resolution all amendments address
 * @param amendments - the amendments, in order of precedence
 * @param options - see {@link ApplyOptions}
 * @returns the combined redline and all diagnostics (each with `amendment`)
 * @throws {RedlineError} `invalid-input` / `invalid-option` for malformed arguments
 */
export function applyAmendments(
  base: Resolution,
  amendments: readonly AmendmentLike[],
  options?: ApplyOptions,
): { redline: Redline; diagnostics: Diagnostic[] } {
  checkResolution(base, 'base');
  if (!Array.isArray(amendments))
    throw new RedlineError('invalid-input', 'applyAmendments needs an array of amendments.');
  const resolved = resolveApplyOptions(options);
  const parents = parentMap(base.clauses);
  const accepted: Edit[] = [];
  const diagnostics: Diagnostic[] = [];
  let order = 0;
  amendments.forEach((amendment, n) => {
    const parts = amendmentParts(amendment);
    const id = parts.id ?? String(n + 1);
    const plan = planAmendment(base, parts, resolved);
    for (const d of plan.diagnostics) diagnostics.push({ ...d, amendment: id });
    if (plan.diagnostics.some((d) => d.severity === 'error')) return;
    const conflicts: Diagnostic[] = [];
    const seen = new Set<number>();
    const mine = new Set<Edit>(plan.edits);
    // Pairs of touching edits between this amendment and those already applied.
    const touching = touchingPairs([...accepted, ...plan.edits], parents).filter(
      ([x, y]) => mine.has(x) !== mine.has(y),
    );
    touching.sort((p, q) => changeOf(p, mine) - changeOf(q, mine));
    for (const pair of touching) {
      const [edit, other] = mine.has(pair[0]) ? pair : [pair[1], pair[0]];
      if (seen.has(edit.change)) continue;
      seen.add(edit.change);
      const place = describeEditPlace(edit);
      conflicts.push({
        code: 'conflict',
        severity: 'error',
        change: edit.change,
        amendment: id,
        clause: edit.ref,
        message: `Amendment "${id}" (change ${edit.change + 1}: ${edit.what} in ${place}) touches what amendment "${other.source ?? '?'}" already changes (${other.what}), so it was not applied.`,
      });
    }
    if (conflicts.length > 0) {
      diagnostics.push(...conflicts);
      return;
    }
    for (const edit of plan.edits) {
      edit.source = id;
      edit.order = order;
      order += 1;
    }
    accepted.push(...plan.edits);
  });
  return { redline: buildRedline(base, accepted, resolved), diagnostics };
}

/** The change index of this amendment's edit in a pair. */
function changeOf(pair: [Edit, Edit], mine: ReadonlySet<Edit>): number {
  return mine.has(pair[0]) ? pair[0].change : pair[1].change;
}
