/**
 * The range logic behind collisions and the far-reaching hint, held to a
 * plain all-pairs reading on random segment lists: the one-pass merges must
 * answer as comparing every range with every other would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedlineClause, Segment } from '../../src/model.js';
import {
  changedRanges,
  insertionsMeet,
  reachContains,
  reachOf,
  versionsTouch,
  type Reach,
} from '../../src/synopsis/ranges.js';
import type { SynopsisVersion } from '../../src/synopsis/model.js';

const BASE = 'alpha beta  gamma delta epsilon zeta eta theta';

/** Segments over BASE: cut points, each piece kept or struck, insertions between. */
const segmentsOf = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: BASE.length - 1 }), { maxLength: 8 }),
    fc.array(fc.constantFrom('equal', 'delete'), { minLength: 9, maxLength: 9 }),
    fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  )
  .map(([cuts, kinds, inserts]): Segment[] => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), BASE.length];
    const out: Segment[] = [];
    for (let k = 0; k + 1 < points.length; k += 1) {
      if (inserts[k]) out.push({ type: 'insert', text: 'neu' });
      out.push({ type: kinds[k] as 'equal' | 'delete', text: BASE.slice(points[k], points[k + 1]) });
    }
    return out;
  });

const version = (segments: Segment[]): SynopsisVersion => {
  const changed = segments.some((s) => s.type !== 'equal');
  const clause: RedlineClause = {
    id: '1',
    label: '1.',
    status: changed ? 'changed' : 'unchanged',
    segments,
    children: [],
  };
  return { status: changed ? 'changed' : 'unchanged', clause, inserted: [] };
};

function touchNaive(a: Segment[], b: Segment[]): boolean {
  const touch = (x: { start: number; end: number }, y: { start: number; end: number }): boolean => {
    if (x.end > x.start && y.end > y.start) return x.start < y.end && y.start < x.end;
    if (x.end > x.start) return x.start < y.start && y.start < x.end;
    if (y.end > y.start) return y.start < x.start && x.start < y.end;
    return false;
  };
  return changedRanges(a).some((x) => changedRanges(b).some((y) => touch(x, y)));
}

function meetNaive(a: Segment[], b: Segment[]): boolean {
  const points = (s: Segment[]): number[] =>
    changedRanges(s)
      .filter((r) => r.start === r.end)
      .map((r) => r.start);
  return points(a).some((p) => points(b).some((q) => BASE.slice(Math.min(p, q), Math.max(p, q)).trim() === ''));
}

function containsNaive(a: Segment[], b: Segment[]): boolean {
  return changedRanges(b).every((r) =>
    changedRanges(a).some((q) => q.start <= r.start && r.end <= q.end && (q.end > q.start || r.end === r.start)),
  );
}

describe('Synopse ranges', () => {
  it('touch, meet and contain as an all-pairs comparison says', () => {
    fc.assert(
      fc.property(segmentsOf, segmentsOf, (a, b) => {
        const [va, vb] = [version(a), version(b)];
        const changed = va.status === 'changed' && vb.status === 'changed';
        expect(versionsTouch(va, vb)).toBe(changed && touchNaive(a, b));
        expect(insertionsMeet(va, vb)).toBe(changed && meetNaive(a, b));
        const [ra, rb] = [reachOf(va), reachOf(vb)];
        if (ra !== undefined && rb !== undefined) expect(reachContains(ra, rb)).toBe(containsNaive(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('a struck clause contains every change, and no change contains a strike', () => {
    const struck: Reach = { whole: true };
    const word: Reach = { whole: false, ranges: [{ start: 0, end: 5 }] };
    expect(reachContains(struck, word)).toBe(true);
    expect(reachContains(word, struck)).toBe(false);
    expect(reachContains(word, undefined)).toBe(true);
    expect(reachContains(undefined, word)).toBe(false);
  });
});
