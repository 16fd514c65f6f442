/**
 * Where a clause version changes its base text, as base offsets: what two
 * colliding amendments touch, and whether one's change contains the other's
 * (the "most far-reaching first" hint).
 *
 * @module
 */
import type { Segment } from '../model.js';
import type { SynopsisVersion } from './model.js';

/** A changed base range `[start, end)`; `start === end` for an insertion at `start`. */
interface Range {
  start: number;
  end: number;
}

/** How far a version's change reaches in its clause: the whole clause, or from the first to the last changed offset. */
export interface Reach {
  whole: boolean;
  start: number;
  end: number;
}

/** The base ranges the segments delete from or insert into. */
export function changedRanges(segments: readonly Segment[]): Range[] {
  const ranges: Range[] = [];
  let at = 0;
  for (const segment of segments) {
    if (segment.type === 'insert') {
      ranges.push({ start: at, end: at });
      continue;
    }
    const end = at + segment.text.length;
    if (segment.type === 'delete') ranges.push({ start: at, end });
    at = end;
  }
  return ranges;
}

/** Whether two versions of the same base clause touch the same words (or one strikes the clause). */
export function versionsTouch(a: SynopsisVersion, b: SynopsisVersion): boolean {
  if (a.status === 'unchanged' || b.status === 'unchanged') return false;
  if (a.status === 'deleted' || b.status === 'deleted') return true;
  const left = changedRanges(a.clause.segments);
  const right = changedRanges(b.clause.segments);
  return left.some((x) => right.some((y) => rangesTouch(x, y)));
}

/** Overlapping deletions, or an insertion strictly inside the other's deletion. */
function rangesTouch(x: Range, y: Range): boolean {
  if (x.end > x.start && y.end > y.start) return x.start < y.end && y.start < x.end;
  if (x.end > x.start) return x.start < y.start && y.start < x.end;
  if (y.end > y.start) return y.start < x.start && x.start < y.end;
  return false;
}

/** How far the version reaches; undefined when it leaves the clause's text alone. */
export function reachOf(version: SynopsisVersion): Reach | undefined {
  if (version.status === 'deleted') return { whole: true, start: 0, end: Number.POSITIVE_INFINITY };
  const ranges = changedRanges(version.clause.segments);
  if (ranges.length === 0) return undefined;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const r of ranges) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  return { whole: false, start, end };
}

/** Whether reach `a` contains reach `b` (equal counts; no reach is contained by every reach, and contains none). */
export function reachContains(a: Reach | undefined, b: Reach | undefined): boolean {
  if (b === undefined) return true;
  if (a === undefined) return false;
  if (a.whole) return true;
  if (b.whole) return false;
  return a.start <= b.start && b.end <= a.end;
}
