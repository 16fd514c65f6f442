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
import { LINE_LENGTH_OPTIONS, type LineLengthOptions } from './line-length.js';
import { resolveOptions } from '../validate/options.js';
import { checkResolution } from '../validate/shapes.js';
import { wrap } from './wrap.js';
import { indexPathOf, walk, type Visit } from '../tree.js';

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
  // The shared shape check refuses shared and cyclic trees before the walk (which would not end).
  checkResolution(resolution, 'numbered', { lead: false, names: false });
  return numberTree(resolution.clauses, resolveOptions('numberLines', LINE_LENGTH_OPTIONS, options).lineLength);
}

/**
 * Numbers any clause-shaped tree (used for the base side of redlines).
 * Linear in the number of clauses and lines, whatever the depth: a clause's
 * `path` is computed from the walk's linked path when it is first read, not
 * copied for every clause (which costs depth² on a deep tree).
 */
export function numberTree(roots: readonly NumberableClause[], lineLength: number): LineNumbering {
  const lines: NumberedLine[] = [];
  const clauses: NumberedClause[] = [];
  /** Per clause (document order): its parent's index, -1 at the top level. */
  const parents: number[] = [];
  const lengths: number[] = [];
  const indexOf = new Map<Visit<NumberableClause>, number>();
  walk(roots, (visit) => {
    const node = visit.node;
    checkClause(node);
    const path = lazyPath(visit);
    const prefix = node.label.trim() === '' ? '' : `${node.label.trim()} `;
    const printed = prefix + node.text;
    const first = lines.length + 1;
    for (const piece of wrap(printed, lineLength)) {
      const start = Math.max(0, piece.start - prefix.length);
      lines.push({
        number: lines.length + 1,
        clause: node.id,
        get path() {
          return path();
        },
        start,
        end: Math.max(start, piece.end - prefix.length),
        label: prefix !== '' && piece.start < prefix.length,
        text: printed.slice(piece.start, piece.end),
      });
    }
    indexOf.set(visit, clauses.length);
    parents.push(visit.up === undefined ? -1 : indexOf.get(visit.up)!);
    lengths.push(node.text.length);
    clauses.push({
      id: node.id,
      get path() {
        return path();
      },
      first,
      last: lines.length,
      lastWithChildren: lines.length,
    });
  });
  // A clause's sub-clauses follow it in document order: from the last clause back, each hands
  // its last line to its parent.
  for (let k = clauses.length - 1; k >= 0; k -= 1) {
    const parent = clauses[parents[k]!];
    if (parent !== undefined) parent.lastWithChildren = Math.max(parent.lastWithChildren, clauses[k]!.lastWithChildren);
  }
  return new Numbering(lineLength, lines, clauses, lengths, parents);
}

function checkClause(node: NumberableClause): void {
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
}

/** The visit's index path, computed once when first asked for. */
function lazyPath(visit: Visit<NumberableClause>): () => readonly number[] {
  let path: readonly number[] | undefined;
  return () => (path ??= indexPathOf(visit));
}

class Numbering implements LineNumbering {
  private readonly byId = new Map<string, number>();
  /** The children of each clause (by index), and of the top level (`-1`). */
  private readonly childrenOf = new Map<number, number[]>();

  constructor(
    readonly lineLength: number,
    readonly lines: readonly NumberedLine[],
    readonly clauses: readonly NumberedClause[],
    private readonly lengths: readonly number[],
    parents: readonly number[],
  ) {
    clauses.forEach((c, k) => {
      if (!this.byId.has(c.id)) this.byId.set(c.id, k);
      const siblings = this.childrenOf.get(parents[k]!);
      if (siblings === undefined) this.childrenOf.set(parents[k]!, [k]);
      else siblings.push(k);
    });
  }

  clauseAt(path: readonly number[]): NumberedClause | undefined {
    let k = -1;
    for (const index of path) {
      const next = this.childrenOf.get(k)?.[index];
      if (next === undefined) return undefined;
      k = next;
    }
    return this.clauses[k];
  }

  clause(id: string): NumberedClause | undefined {
    const k = this.byId.get(id);
    return k === undefined ? undefined : this.clauses[k];
  }

  line(n: number): NumberedLine | undefined {
    return Number.isInteger(n) ? this.lines[n - 1] : undefined;
  }

  private own(clause: string): number {
    const k = this.byId.get(clause);
    if (k === undefined)
      throw new RedlineError('invalid-input', `The clause "${clause}" is not part of the numbered text.`);
    return k;
  }

  lineAt(clause: string, offset: number): number {
    const k = this.own(clause);
    const c = this.clauses[k]!;
    if (!Number.isInteger(offset) || offset < 0 || offset > this.lengths[k]!) {
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
