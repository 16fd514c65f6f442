/**
 * Checks a redline-form amendment against the current base: the struck and
 * unchanged text of a reprinted resolution is the base text its authors saw,
 * and it must still be the base text we have. This is what no council tool
 * checks today — an amendment written against an older draft.
 *
 * @module
 */
import type { Diagnostic, Resolution } from '../model.js';
import { foldTypography } from '../text/normalize.js';
import { preorder } from '../tree.js';

/** How many characters of context a diagnostic quotes around a difference. */
const QUOTE_RADIUS = 40;

/**
 * Diagnostics for every clause where the base reprinted in a redline
 * (`reprinted`, i.e. `rejectAll` of the parsed redline) differs from the real
 * base. Typographic differences (quote style, NBSP, NFC/NFD) are not differences.
 * `change` is the clause's position (0-based, document order) in the base.
 */
export function compareBases(base: Resolution, reprinted: Resolution): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const baseClauses = preorder(base.clauses);
  const reprintedById = new Map(preorder(reprinted.clauses).map((clause) => [clause.id, clause]));
  baseClauses.forEach((clause, index) => {
    const copy = reprintedById.get(clause.id);
    reprintedById.delete(clause.id);
    if (copy === undefined) {
      diagnostics.push({
        code: 'clause-not-found',
        severity: 'error',
        change: index,
        clause: clause.id,
        message: `Clause ${clause.id} of the base („${excerpt(clause.text, 0)}“) is missing from the amendment's reprint of the resolution.`,
      });
      return;
    }
    const at = firstDifference(foldTypography(clause.text), foldTypography(copy.text));
    if (at === -1) return;
    diagnostics.push({
      code: 'text-not-found',
      severity: 'error',
      change: index,
      clause: clause.id,
      message: `In clause ${clause.id} the amendment quotes „${excerpt(foldTypography(copy.text), at)}“, which is not the base text.`,
      suggestion: excerpt(foldTypography(clause.text), at),
    });
  });
  let extra = baseClauses.length;
  for (const [id, clause] of reprintedById) {
    diagnostics.push({
      code: 'clause-not-found',
      severity: 'error',
      change: extra,
      clause: id,
      message: `The amendment reprints clause ${id} („${excerpt(clause.text, 0)}“) as base text, but the base has no such clause.`,
    });
    extra += 1;
  }
  return diagnostics;
}

function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : length;
}

/** A passage around `at`, widened to word boundaries, with ellipses where cut. */
function excerpt(text: string, at: number): string {
  let start = Math.max(0, at - QUOTE_RADIUS);
  let end = Math.min(text.length, at + QUOTE_RADIUS);
  while (start > 0 && text[start - 1] !== ' ') start -= 1;
  while (end < text.length && text[end] !== ' ') end += 1;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
