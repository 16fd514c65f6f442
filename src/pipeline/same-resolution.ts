/**
 * Whether two resolutions say the same: the test of a reprint (the redline
 * form) and of an echo (a new wording after instructions).
 *
 * @module
 */
import type { Resolution } from '../model.js';
import { walkPairs } from '../tree.js';

/** Whether two resolutions have the same clauses: labels, texts and shape. */
export function sameResolution(a: Resolution, b: Resolution): boolean {
  let same = true;
  walkPairs(a.clauses, b.clauses, ({ a: x, b: y }) => {
    if (same && (x === undefined || y === undefined || x.label !== y.label || x.text !== y.text)) same = false;
    return same ? undefined : 'skip';
  });
  return same;
}
