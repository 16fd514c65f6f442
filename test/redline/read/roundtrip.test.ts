/**
 * `parseRedline(toMarkdown(r))` gives back `r` — segments, statuses, labels,
 * renumbering, nesting and ids — for random redlines with hostile text.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Redline, Segment } from '../../../src/model.js';
import { parseRedline } from '../../../src/redline/read/parse-redline.js';
import { amendedText, baseText } from '../../../src/redline/segments.js';
import { toMarkdown } from '../../../src/render/markdown.js';
import { HOSTILE_WORDS, redlineArb } from '../../render/generators.js';

describe('parseRedline(toMarkdown(r))', () => {
  fcTest.prop([redlineArb], { numRuns: 200 })('gives back r', (redline) => {
    const markdown = toMarkdown(redline);
    const back = parseRedline(markdown).redline;
    expect(back).toEqual(redline);
  });

  it('keeps every hostile word as text', () => {
    const segments: Segment[] = [{ type: 'equal', text: HOSTILE_WORDS.join(' ') }];
    const redline: Redline = {
      lead: '',
      clauses: [{ id: '1', label: '1.', status: 'unchanged', segments, children: [] }],
    };
    expect(parseRedline(toMarkdown(redline)).redline).toEqual(redline);
  });
});

/** Any segments — whitespace anywhere, changes of whitespace only — keep both texts exactly. */
describe('toMarkdown of arbitrary segments', () => {
  const text = fc.stringMatching(/^[a-zäöü*_~<&\\[\]|#1.)-]{1,6}$/);
  const piece = fc.oneof(text, fc.constantFrom(' ', '  ', ' x ', ', ', ' (', '\t'));
  const segment = fc.record({
    type: fc.constantFrom('equal', 'delete', 'insert') as fc.Arbitrary<Segment['type']>,
    text: piece,
  });
  const clauseText = (segments: Segment[]): boolean => {
    // The contract's normal form: no whitespace at the edges of either version.
    const ok = (t: string): boolean => t === t.trim() && t !== '';
    return ok(baseText(segments)) && ok(amendedText(segments));
  };
  fcTest.prop([fc.array(segment, { minLength: 1, maxLength: 8 }).filter(clauseText)], { numRuns: 400 })(
    'base and amended text survive the round trip',
    (segments) => {
      const redline: Redline = {
        lead: '',
        clauses: [{ id: '1', label: '1.', status: 'changed', segments, children: [] }],
      };
      // 'show': the base's typography too (the default 'hide' writes only the amended one).
      const back = parseRedline(toMarkdown(redline, { typography: 'show' })).redline.clauses[0]!;
      expect(baseText(back.segments)).toBe(baseText(segments));
      expect(amendedText(back.segments)).toBe(amendedText(segments));
    },
  );
});
