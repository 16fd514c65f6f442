/**
 * `parseRedline(toMarkdown(r))` gives back `r` — segments, statuses, labels,
 * renumbering, nesting and ids — for random redlines with hostile text.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Redline, RedlineClause, Segment } from '../../../src/model.js';
import { assignRedlineIds } from '../../../src/redline/ids.js';
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
      const back = parseRedline(toMarkdown(redline)).redline.clauses[0]!;
      expect(baseText(back.segments)).toBe(baseText(segments));
      expect(amendedText(back.segments)).toBe(amendedText(segments));
    },
  );
});

/** The bullet `*` inside a marker is written `\*` (issue 13, item 4): it must read back as the label. */
describe('clauses with the bullet `*`', () => {
  const unchanged = (label: string, text: string, children: RedlineClause[] = []): RedlineClause => ({
    id: '',
    label,
    status: 'unchanged',
    segments: [{ type: 'equal', text }],
    children,
  });
  const whole = (status: 'inserted' | 'deleted', text: string): RedlineClause => ({
    id: '',
    label: '*',
    status,
    segments: [{ type: status === 'inserted' ? 'insert' : 'delete', text }],
    children: [],
  });
  const cases: Array<[string, RedlineClause[]]> = [
    ['inserted', [unchanged('*', 'Eins.'), whole('inserted', 'Zwei.')]],
    ['deleted', [unchanged('*', 'Eins.'), whole('deleted', 'Zwei.')]],
    ['nested, inserted', [unchanged('1.', 'Der Rat:', [unchanged('*', 'Eins.'), whole('inserted', 'Zwei.')])]],
    ['renumbered', [{ ...unchanged('1.', 'Eins.'), baseLabel: '*' }]],
    ['a paragraph that starts with a bold star', [unchanged('1.', 'Eins.\n\n* Zwei.')]],
  ];
  it.each(cases)('%s', (_, clauses) => {
    const redline: Redline = { lead: '', clauses };
    assignRedlineIds(redline.clauses);
    expect(parseRedline(toMarkdown(redline)).redline).toEqual(redline);
  });

  it('an inserted paragraph that starts with a star is text, not a bullet', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        {
          id: '1',
          label: '1.',
          status: 'changed',
          segments: [
            { type: 'equal', text: 'Eins.' },
            { type: 'insert', text: '\n\n* Zwei.' },
          ],
          children: [],
        },
      ],
    };
    const markdown = toMarkdown(redline);
    expect(markdown).toContain('**&#x2A; Zwei.**');
    expect(parseRedline(markdown).redline).toEqual(redline);
  });
});
