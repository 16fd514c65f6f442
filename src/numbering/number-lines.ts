/**
 * Line numbers of a resolution's text as a motion book prints them, and the
 * mapping between clause + offset and line.
 *
 * Rules (docs/lines-and-instructions.md): numbering runs continuously
 * through the clauses in document order, starting at 1 with the first
 * clause; the lead sentence is not numbered. Every clause starts on a new
 * line; its printed text is its label, a space and its text (labels count
 * as text; an unlabelled clause prints its text alone; continuation lines
 * are not indented). Lines break at spaces (`wrap`), a new paragraph of the
 * clause text starts a new line, and blank lines are not numbered. A clause
 * with neither label nor text still takes one (empty) line.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Resolution } from '../model.js';
import { resolveLineLength, type LineLengthOptions } from './line-length.js';
import { wrap } from './wrap.js';

/** One numbered line. */
export interface NumberedLine {
  /** The line number, from 1. */
  number: number;
  /** Id of the clause the line belongs to. */
  clause: string;
  /** Child indexes from the top level down to the clause. */
  path: readonly number[];
  /** Offset in the clause text where the line's text starts. */
  start: number;
  /** Offset in the clause text after the line's last character (its trailing space excluded). */
  end: number;
  /** Whether the line starts with the clause label (the clause's first line, when it has a label). */
  label: boolean;
  /** The printed line: label (on the first line) and text. */
  text: string;
}

/** Where a clause's lines are. */
export interface NumberedClause {
  /** Clause id. */
  id: string;
  /** Child indexes from the top level down to the clause. */
  path: readonly number[];
  /** First line of the clause (its label). */
  first: number;
  /** Last line of the clause's own text (children excluded). */
  last: number;
  /** Last line of the clause with all its sub-clauses. */
  lastWithChildren: number;
}

/** The line numbering of one resolution (or of a redline's base text). */
export interface LineNumbering {
  /** The line length it was computed with. */
  readonly lineLength: number;
  /** All lines in order; `lines[n - 1].number === n`. */
  readonly lines: readonly NumberedLine[];
  /** All clauses in document order. */
  readonly clauses: readonly NumberedClause[];
  /** The clause with this id. */
  clause(id: string): NumberedClause | undefined;
  /** The clause at this path of child indexes (independent of ids). */
  clauseAt(path: readonly number[]): NumberedClause | undefined;
  /** Line `n` (from 1). */
  line(n: number): NumberedLine | undefined;
  /**
   * The line on which offset `offset` of the clause text lies. An offset in
   * the space between two lines belongs to the earlier line; an offset at a
   * line's first character to that line.
   * @throws {RedlineError} `invalid-input` for an unknown clause or an offset outside its text
   */
  lineAt(clause: string, offset: number): number;
  /**
   * The lines that the text range `[start, end)` of the clause touches
   * (for an empty range: the line of the point, see {@link lineAt}).
   * @throws {RedlineError} `invalid-input` for an unknown clause or a range outside its text
   */
  linesOf(clause: string, start: number, end: number): { first: number; last: number };
}

/** A clause-shaped node as the numbering reads it. */
export interface NumberableClause {
  id: string;
  label: string;
  text: string;
  children: readonly NumberableClause[];
}

/**
 * Numbers the lines of a resolution.
 * @param resolution - the (base) resolution
 * @param options - `lineLength` (default 80)
 * @throws {RedlineError} `invalid-option` for a bad `lineLength`, `invalid-input` for a malformed resolution
 */
export function numberLines(resolution: Resolution, options?: LineLengthOptions): LineNumbering {
  if (resolution === null || typeof resolution !== 'object' || !Array.isArray(resolution.clauses)) {
    throw new RedlineError('invalid-input', 'numberLines needs a Resolution with a "clauses" array.');
  }
  return numberTree(resolution.clauses, resolveLineLength(options?.lineLength));
}

/** Numbers any clause-shaped tree (used for the base side of redlines). Iterative: deep trees are fine. */
export function numberTree(roots: readonly NumberableClause[], lineLength: number): LineNumbering {
  const lines: NumberedLine[] = [];
  const clauses: NumberedClause[] = [];
  const open: NumberedClause[] = [];
  const stack: Array<{ list: readonly NumberableClause[]; i: number; path: number[]; depth: number }> = [
    { list: roots, i: 0, path: [], depth: 0 },
  ];
  const depthOf = new Map<NumberedClause, number>();
  const lengths = new Map<NumberedClause, number>();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.list[top.i];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    const path = [...top.path, top.i];
    top.i += 1;
    if (
      node === null ||
      typeof node !== 'object' ||
      typeof node.text !== 'string' ||
      typeof node.label !== 'string' ||
      !Array.isArray(node.children)
    ) {
      throw new RedlineError(
        'invalid-input',
        'Every clause needs a string label and text and a children array to be numbered.',
      );
    }
    const prefix = node.label.trim() === '' ? '' : `${node.label.trim()} `;
    const printed = prefix + node.text;
    const first = lines.length + 1;
    for (const piece of wrap(printed, lineLength)) {
      const start = Math.max(0, piece.start - prefix.length);
      const end = Math.max(start, piece.end - prefix.length);
      lines.push({
        number: lines.length + 1,
        clause: node.id,
        path,
        start,
        end,
        label: prefix !== '' && piece.start < prefix.length,
        text: printed.slice(piece.start, piece.end),
      });
    }
    const entry: NumberedClause = { id: node.id, path, first, last: lines.length, lastWithChildren: lines.length };
    clauses.push(entry);
    lengths.set(entry, node.text.length);
    // Close the clauses this one is not inside of, and extend its ancestors.
    const depth = top.depth;
    while (open.length > 0 && depthOf.get(open[open.length - 1]!)! >= depth) open.pop();
    for (const ancestor of open) ancestor.lastWithChildren = lines.length;
    depthOf.set(entry, depth);
    open.push(entry);
    if (node.children.length > 0) stack.push({ list: node.children, i: 0, path, depth: depth + 1 });
  }
  return new Numbering(lineLength, lines, clauses, lengths);
}

class Numbering implements LineNumbering {
  private readonly byId = new Map<string, NumberedClause>();
  private readonly byPath = new Map<string, NumberedClause>();

  constructor(
    readonly lineLength: number,
    readonly lines: readonly NumberedLine[],
    readonly clauses: readonly NumberedClause[],
    private readonly lengths: ReadonlyMap<NumberedClause, number>,
  ) {
    for (const c of clauses) {
      if (!this.byId.has(c.id)) this.byId.set(c.id, c);
      this.byPath.set(c.path.join('.'), c);
    }
  }

  clauseAt(path: readonly number[]): NumberedClause | undefined {
    return this.byPath.get(path.join('.'));
  }

  clause(id: string): NumberedClause | undefined {
    return this.byId.get(id);
  }

  line(n: number): NumberedLine | undefined {
    return Number.isInteger(n) ? this.lines[n - 1] : undefined;
  }

  private own(clause: string): NumberedClause {
    const c = this.byId.get(clause);
    if (c === undefined)
      throw new RedlineError('invalid-input', `The clause "${clause}" is not part of the numbered text.`);
    return c;
  }

  lineAt(clause: string, offset: number): number {
    const c = this.own(clause);
    if (!Number.isInteger(offset) || offset < 0 || offset > (this.lengths.get(c) ?? 0)) {
      throw new RedlineError(
        'invalid-input',
        `The offset ${offset} is not a position in the text of clause "${clause}".`,
      );
    }
    // Binary search: the last line of the clause that starts at or before the offset.
    let lo = c.first;
    let hi = c.last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid - 1]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  linesOf(clause: string, start: number, end: number): { first: number; last: number } {
    if (!(end >= start))
      throw new RedlineError('invalid-input', `The range ${start}–${end} of clause "${clause}" is not a range.`);
    const first = this.lineAt(clause, start);
    if (end === start) return { first, last: first };
    const last = this.lineAt(clause, end - 1);
    return { first, last };
  }
}
