/**
 * A redline cut into the numbered lines of its base text, for renderers that
 * print line numbers: every base line is one row with its number; struck and
 * unchanged text sit on the base line they belong to, inserted text on the
 * line where it goes in (it has no number of its own), and an inserted clause
 * is an unnumbered row between the lines.
 *
 * @module
 */
import type { Redline, RedlineClause, Segment } from '../model.js';
import { numberRedlineLines } from './redline-lines.js';
import type { LineNumbering, NumberedClause } from './number-lines.js';
import { walk, type Visit } from '../tree.js';

/** One printed row. */
export interface LineRow {
  /** The base line number; undefined for the rows of an inserted clause. */
  number?: number;
  /** The clause the row belongs to. */
  clause: RedlineClause;
  /** Nesting depth of the clause (0 at the top level). */
  depth: number;
  /** The clause's first row, which carries its label. */
  first: boolean;
  /** The row's text as segments (spaces at the line break are left out). */
  segments: Segment[];
}

function push(out: Segment[], segment: Segment): void {
  if (segment.text === '') return;
  const last = out[out.length - 1];
  if (last !== undefined && last.type === segment.type && last.source === segment.source) last.text += segment.text;
  else out.push({ ...segment });
}

/**
 * The rows of a redline in document order.
 * @param lineLength - characters per line (validated by the caller)
 */
export function lineRows(redline: Redline, lineLength: number): LineRow[] {
  const numbering = numberRedlineLines(redline, { lineLength });
  const rows: LineRow[] = [];
  /** Inserted clauses and everything inside them. */
  const inserted = new Set<Visit<RedlineClause>>();
  walk(redline.clauses, (visit) => {
    const { node: clause, depth } = visit;
    const info =
      clause.status === 'inserted' || (visit.up !== undefined && inserted.has(visit.up))
        ? undefined
        : numbering.clause(clause.id);
    if (info === undefined) inserted.add(visit);
    // One row at a time: a clause may have more lines than a spread can pass.
    for (const row of info === undefined ? insertedRows(clause, depth) : baseRows(clause, depth, info, numbering)) {
      rows.push(row);
    }
  });
  return rows;
}

/** The unnumbered rows of an inserted clause, one per paragraph. */
function insertedRows(clause: RedlineClause, depth: number): LineRow[] {
  const rows: LineRow[] = [];
  let segments: Segment[] = [];
  let first = true;
  for (const s of clause.segments) {
    if (s.type === 'delete') continue;
    const parts = s.text.split('\n\n');
    parts.forEach((part, k) => {
      if (k > 0) {
        rows.push({ clause, depth, first, segments });
        first = false;
        segments = [];
      }
      push(segments, { ...s, text: part });
    });
  }
  rows.push({ clause, depth, first, segments });
  return rows;
}

/** The numbered rows of a base clause, its segments cut at the line ends. */
function baseRows(clause: RedlineClause, depth: number, info: NumberedClause, numbering: LineNumbering): LineRow[] {
  const own: LineRow[] = [];
  for (let n = info.first; n <= info.last; n += 1)
    own.push({ number: n, clause, depth, first: n === info.first, segments: [] });
  let offset = 0;
  let current = 0;
  for (const s of clause.segments) {
    if (s.type === 'insert') {
      const row = own[numbering.lineAt(clause.id, offset) - info.first];
      if (row !== undefined) push(row.segments, s);
      continue;
    }
    const end = offset + s.text.length;
    // Segments come in text order: move on through the lines, never back (linear).
    while (current + 1 < own.length && numbering.lines[own[current]!.number! - 1]!.end <= offset) current += 1;
    for (let k = current; k < own.length; k += 1) {
      const line = numbering.lines[own[k]!.number! - 1]!;
      if (line.start >= end) break;
      const from = Math.max(offset, line.start);
      const to = Math.min(end, line.end);
      if (from < to) push(own[k]!.segments, { ...s, text: s.text.slice(from - offset, to - offset) });
    }
    offset = end;
  }
  return own;
}
