/**
 * Line-addressed changes: a `Change.clause` of the form "Zeile 12" or
 * "Zeilen 12 bis 14" (what `parseAmendment` writes for "In Zeile 12 …")
 * addresses lines of the base as `numberLines` numbers it with the
 * `lineLength` of the apply options. A line range may cross clauses; it is
 * resolved into one piece per clause it touches.
 *
 * @module
 */
import type { Clause, Resolution } from '../model.js';
import { numberLines, type LineNumbering } from '../numbering/number-lines.js';
import type { Span } from '../text/span.js';
import { preorder } from '../tree.js';
import { printedLinesOf } from '../parse/printed-lines.js';
import { resolvePrintedLines } from './printed-lines.js';

/** The part of one clause that a line range covers. */
export interface LinePiece {
  /** The base clause. */
  clause: Clause;
  /** Its parent (undefined at the top level). */
  parent: Clause | undefined;
  /** The covered part of `clause.text`. */
  scope: Span;
  /** The range covers the clause with its label, its whole text and all its sub-clauses. */
  whole: boolean;
}

/** A resolved line reference. */
export interface LinesAddress {
  kind: 'lines';
  /** First line. */
  from: number;
  /** Last line. */
  to: number;
  /** The clauses touched, in document order. */
  pieces: LinePiece[];
  /**
   * Why the range cannot be struck or reworded as it stands (its end cuts a
   * word hyphenated across two printed lines); the pieces are then widened to
   * whole words, fit only for finding a passage in them.
   */
  cut?: string;
}

/** "Zeile 12" → {12, 12}; "Zeilen 12 bis 14" → {12, 14}; anything else → undefined. */
export function parseLineRef(ref: string): { from: number; to: number } | undefined {
  const m = /^\s*Zeilen? (\d{1,6})(?: bis (\d{1,6}))?\s*$/u.exec(ref);
  if (m === null) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return { from, to };
}

/** How messages name a line range: "line 12", "lines 12–14". */
export function lineName(from: number, to: number): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

/** How a base is numbered, computed once per plan: the library's numbering, and whether numbers ran into its text. */
export interface BaseNumbering extends LineNumbering {
  /** The base's own printed numbers stayed in its text ({@link hasPrintedLineNumbers}): line references are refused. */
  runInNumbers: boolean;
}

/** The numbering of a base, computed once per plan (so a document of many line references scans the base once). */
export function baseNumbering(base: Resolution, lineLength: number): BaseNumbering {
  // Assigned onto the numbering (a class instance: a spread would lose its methods).
  return Object.assign(numberLines(base, { lineLength }), { runInNumbers: hasPrintedLineNumbers(base) });
}

/** Resolves lines `from`–`to` of the numbered base into clause pieces, or says why not. */
export function resolveLines(
  base: Resolution,
  numbering: BaseNumbering,
  from: number,
  to: number,
): LinesAddress | { kind: 'missing'; reason: string } {
  const printed = printedLinesOf(base);
  if (printed !== undefined) return resolvePrintedLines(base, printed, from, to);
  // The base's own numbers and ours differ: never count lines the author did not count.
  if (numbering.runInNumbers)
    return {
      kind: 'missing',
      reason: `the reference "${from === to ? `Zeile ${from}` : `Zeilen ${from} bis ${to}`}" counts the line numbers printed in the base, which run into its text here (not one at the start of every line) and cannot be read; this library's numbering would name other lines`,
    };
  const total = numbering.lines.length;
  if (from < 1 || to < from) return { kind: 'missing', reason: `the line range ${from}–${to} is not a range of lines` };
  if (to > total) {
    return {
      kind: 'missing',
      reason: `there is no line ${to}: the base resolution has ${total} line${total === 1 ? '' : 's'} at ${numbering.lineLength} characters per line`,
    };
  }
  const pieces: LinePiece[] = [];
  let n = from;
  while (n <= to) {
    const line = numbering.lines[n - 1]!;
    const located = nodeAt(base.clauses, line.path);
    if (located === undefined)
      return { kind: 'missing', reason: `${lineName(n, n)} cannot be found in the base resolution` };
    // The lines of this clause inside the range.
    const own = numbering.clauseAt(line.path);
    const clauseFirst = own?.first ?? n;
    const clauseLast = own?.last ?? n;
    const last = Math.min(to, clauseLast);
    const lastLine = numbering.lines[last - 1]!;
    const scope: Span = {
      start: n === clauseFirst ? 0 : line.start,
      end: last === clauseLast ? located.clause.text.length : lastLine.end,
    };
    const whole = own !== undefined && n === clauseFirst && own.lastWithChildren <= to;
    pieces.push({ clause: located.clause, parent: located.parent, scope, whole });
    n = last + 1;
  }
  return { kind: 'lines', from, to, pieces };
}

function nodeAt(
  clauses: readonly Clause[],
  path: readonly number[],
): { clause: Clause; parent: Clause | undefined } | undefined {
  let list = clauses;
  let parent: Clause | undefined;
  let clause: Clause | undefined;
  for (const i of path) {
    parent = clause;
    clause = list[i];
    if (clause === undefined) return undefined;
    list = clause.children;
  }
  return clause === undefined ? undefined : { clause, parent };
}

/** Consecutive numbers ("… 12 … 13 … 14 …") that make a text's line numbers printed into it. */
const PRINTED_RUN = 5;

/**
 * Whether the base carries printed line numbers (an Antragsgrün or PDF text:
 * "1 Junge Menschen … an der 2 Bushaltestelle …"): standalone numbers that
 * count up one by one through its texts, at least {@link PRINTED_RUN} in a row.
 * One pass over the texts.
 */
export function hasPrintedLineNumbers(base: Resolution): boolean {
  let expected = -1;
  let run = 0;
  for (const text of [base.lead, ...preorder(base.clauses).map((c) => c.text)]) {
    for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])\d{1,5}(?= \p{L})/gu)) {
      const n = Number(m[0]);
      run = n === expected ? run + 1 : 1;
      expected = n + 1;
      if (run >= PRINTED_RUN) return true;
    }
  }
  return false;
}
