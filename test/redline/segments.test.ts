import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model.js';
import { changeRuns } from '../../src/redline/segments.js';

const eq = (text: string): Segment => ({ type: 'equal', text });
const del = (text: string): Segment => ({ type: 'delete', text });
const ins = (text: string): Segment => ({ type: 'insert', text });

describe('changeRuns', () => {
  it('gives each maximal run of changes with its place', () => {
    const segments = [del('a'), ins('b'), eq(' '), eq('c'), ins('d'), eq('e'), del('f')];
    expect([...changeRuns(segments)]).toEqual([
      { start: 0, end: 2, segments: [del('a'), ins('b')] },
      { start: 4, end: 5, segments: [ins('d')] },
      { start: 6, end: 7, segments: [del('f')] },
    ]);
    expect([...changeRuns([eq('x')])]).toEqual([]);
    expect([...changeRuns([])]).toEqual([]);
  });

  it('reads the list as the loop goes on, so the segment after a run may be replaced', () => {
    const segments = [del('a'), eq(' b'), ins('c')];
    const seen: string[] = [];
    for (const run of changeRuns(segments)) {
      seen.push(run.segments.map((s) => s.text).join(''));
      if (run.end < segments.length) segments[run.end] = eq(' B');
    }
    expect(seen).toEqual(['a', 'c']);
    expect(segments[1]).toEqual(eq(' B'));
  });
});
