/**
 * Where a clause version changes its base text, as base offsets: what two
 * colliding amendments touch, and whether one's change contains the other's
 * (the "most far-reaching first" hint).
 *
 * @module
 */
import type { Segment } from '../model.js';
import { baseText } from '../redline/segments.js';
import { isWhitespace } from '../text/chars.js';
import type { SynopsisVersion } from './model.js';

/** A changed base range `[start, end)`; `start === end` for an insertion at `start`. */
interface Range {
  start: number;
  end: number;
}

/** What a version changes in its clause: the whole clause (struck), or these base ranges. */
export type Reach = { whole: true } | { whole: false; ranges: Range[] };

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

/**
 * Whether two versions of the same base clause touch the same words (or one
 * strikes the clause). Both range lists are sorted and disjoint, so one merge
 * pass compares them (hostile input may carry thousands of changes per clause).
 */
export function versionsTouch(a: SynopsisVersion, b: SynopsisVersion): boolean {
  if (a.status === 'unchanged' || b.status === 'unchanged') return false;
  if (a.status === 'deleted' || b.status === 'deleted') return true;
  const left = changedRanges(a.clause.segments);
  const right = changedRanges(b.clause.segments);
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i]!;
    const y = right[j]!;
    if (rangesTouch(x, y)) return true;
    // The range that ends first can touch nothing after the other: the next ranges start at or after their ends.
    if (x.end <= y.end) i += 1;
    else j += 1;
  }
  return false;
}

/**
 * Whether two versions insert text at the same place (the same gap between
 * two words): both can apply, but in which order their words stand is
 * for the council to decide, so the Synopse counts it as a collision.
 */
export function insertionsMeet(a: SynopsisVersion, b: SynopsisVersion): boolean {
  if (a.status !== 'changed' || b.status !== 'changed') return false;
  const points = (v: SynopsisVersion): number[] =>
    changedRanges(v.clause.segments)
      .filter((r) => r.start === r.end)
      .map((r) => r.start);
  const left = points(a);
  const right = points(b);
  if (left.length === 0 || right.length === 0) return false;
  // Each offset's gap: where the run of whitespace it stands in (or after) starts. One pass over the text.
  const base = baseText(a.clause.segments);
  const gap: number[] = [];
  for (let i = 0; i <= base.length; i += 1) gap.push(i > 0 && isWhitespace(base[i - 1]) ? gap[i - 1]! : i);
  const gaps = new Set(left.map((p) => gap[p]));
  return right.some((q) => gaps.has(gap[q]));
}

/** Overlapping deletions, or an insertion strictly inside the other's deletion. */
function rangesTouch(x: Range, y: Range): boolean {
  if (x.end > x.start && y.end > y.start) return x.start < y.end && y.start < x.end;
  if (x.end > x.start) return x.start < y.start && y.start < x.end;
  if (y.end > y.start) return y.start < x.start && x.start < y.end;
  return false;
}

/** What the version changes; undefined when it leaves the clause's text alone. */
export function reachOf(version: SynopsisVersion): Reach | undefined {
  if (version.status === 'deleted') return { whole: true };
  const ranges = changedRanges(version.clause.segments);
  return ranges.length === 0 ? undefined : { whole: false, ranges };
}

/**
 * Whether `a`'s change contains `b`'s: striking the clause contains any
 * change in it; otherwise each range `b` changes lies within a range `a`
 * deletes (or is the same insertion point). Equal changes contain each other;
 * no change is contained by every change and contains none.
 */
export function reachContains(a: Reach | undefined, b: Reach | undefined): boolean {
  if (b === undefined) return true;
  if (a === undefined) return false;
  if (a.whole) return true;
  if (b.whole) return false;
  const outer = a.ranges;
  // Both lists are sorted by start: walk `outer` along `b`, looking at the last few ranges starting at or before `r`.
  let k = 0;
  return b.ranges.every((r) => {
    while (k + 1 < outer.length && outer[k + 1]!.start <= r.start) k += 1;
    for (let back = k; back >= 0 && back >= k - 2; back -= 1) {
      const q = outer[back]!;
      if (q.start <= r.start && r.end <= q.end && (q.end > q.start || r.end === r.start)) return true;
    }
    return false;
  });
}
