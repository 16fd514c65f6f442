/**
 * Line numbers of a redline: the numbering of its **base** text (what
 * `rejectAll` gives), and for every change the base lines it concerns.
 * Inserted clauses and inserted text have no lines of their own; they are
 * placed at the base line where they go in.
 *
 * @module
 */
import type { Redline, RedlineClause } from '../model.js';
import { baseText } from '../redline/segments.js';
import { numberTree, type LineNumbering, type NumberableClause } from './number-lines.js';
import { LINE_LENGTH_OPTIONS, type LineLengthOptions } from './line-length.js';
import { resolveOptions } from '../validate/options.js';
import { checkRedlineShape } from '../validate/shapes.js';
import { walk, type Visit } from '../tree.js';

/** The base lines of one changed segment of a redline. */
export interface SegmentLines {
  /** Id of the redline clause. */
  clause: string;
  /** Index of the segment in the clause's `segments`. */
  segment: number;
  /** `delete`: struck base text; `insert`: new text. */
  type: 'delete' | 'insert';
  /**
   * First base line. For struck text, the first line it is on; for inserted
   * text, the line where it goes in (for an inserted clause: the last base
   * line before it, `0` when it comes before the first line).
   */
  first: number;
  /** Last base line (equal to `first` for inserted text). */
  last: number;
}

/** The base text of a redline as a clause tree (inserted clauses left out), ids of the redline. */
function baseTree(clauses: readonly RedlineClause[]): NumberableClause[] {
  const roots: NumberableClause[] = [];
  const copies = new Map<Visit<RedlineClause>, NumberableClause>();
  walk(clauses, (visit) => {
    const c = visit.node;
    if (c.status === 'inserted') return 'skip';
    const node = { id: c.id, label: c.baseLabel ?? c.label, text: baseText(c.segments), children: [] };
    (visit.up === undefined ? roots : (copies.get(visit.up)!.children as NumberableClause[])).push(node);
    copies.set(visit, node);
    return undefined;
  });
  return roots;
}

/**
 * The line numbering of a redline's base text (the lines `rejectAll(r)` would
 * get from `numberLines`), keyed by the redline's clause ids.
 * @throws {RedlineError} `invalid-option` for a bad `lineLength`, `invalid-input` for a malformed redline
 */
export function numberRedlineLines(redline: Redline, options?: LineLengthOptions): LineNumbering {
  // The shared shape check refuses shared and cyclic trees and malformed segments before any walk.
  checkRedlineShape(redline, 'numbered', { lead: false, names: false });
  const { lineLength } = resolveOptions('numberRedlineLines', LINE_LENGTH_OPTIONS, options);
  return numberTree(baseTree(redline.clauses), lineLength);
}

/**
 * For every `delete` and `insert` segment of a redline, the base lines it
 * concerns, in document order.
 * @throws {RedlineError} `invalid-option` for a bad `lineLength`, `invalid-input` for a malformed redline
 */
export function changedLines(redline: Redline, options?: LineLengthOptions): SegmentLines[] {
  const numbering = numberRedlineLines(redline, options);
  const out: SegmentLines[] = [];
  /** The last base line so far, in document order. */
  let lastBaseLine = 0;
  /** Inserted clauses and everything inside them. */
  const inserted = new Set<Visit<RedlineClause>>();
  walk(redline.clauses, (visit) => {
    const c = visit.node;
    if (c.status === 'inserted' || (visit.up !== undefined && inserted.has(visit.up))) {
      // An inserted clause (with its subtree) goes in after the last base line before it.
      inserted.add(visit);
      c.segments.forEach((seg, k) => {
        if (seg.type !== 'equal')
          out.push({ clause: c.id, segment: k, type: seg.type, first: lastBaseLine, last: lastBaseLine });
      });
      return;
    }
    let offset = 0;
    c.segments.forEach((seg, k) => {
      if (seg.type === 'insert') {
        const line = numbering.lineAt(c.id, offset);
        out.push({ clause: c.id, segment: k, type: 'insert', first: line, last: line });
        return;
      }
      const end = offset + seg.text.length;
      if (seg.type === 'delete') {
        const { first, last } = numbering.linesOf(c.id, offset, end);
        out.push({ clause: c.id, segment: k, type: 'delete', first, last });
      }
      offset = end;
    });
    lastBaseLine = numbering.clause(c.id)?.last ?? lastBaseLine;
  });
  return out;
}
