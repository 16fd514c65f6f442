import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Redline, Segment } from '../../src/model.js';
import { RedlineError } from '../../src/errors.js';
import {
  acceptAll,
  amendedText,
  baseText,
  clauseStatusOf,
  isTypographicRun,
  normalizeSegments,
  rejectAll,
  withoutTypographicChanges,
} from '../../src/redline/model.js';

const eq = (text: string): Segment => ({ type: 'equal', text });
const del = (text: string): Segment => ({ type: 'delete', text });
const ins = (text: string): Segment => ({ type: 'insert', text });

const redline: Redline = {
  lead: 'Der Rat möge beschließen:',
  clauses: [
    { id: '1', label: '1.', status: 'unchanged', segments: [eq('Die Verwaltung prüft.')], children: [] },
    {
      id: '2-alt',
      label: '2.',
      status: 'deleted',
      segments: [del('Ein Digitalrat wird eingerichtet.')],
      children: [{ id: '2-alt.a', label: 'a)', status: 'deleted', segments: [del('mit Kölner*innen')], children: [] }],
    },
    {
      id: '2',
      label: '2.',
      baseLabel: '3.',
      status: 'changed',
      segments: [eq('Die Verwaltung legt '), del('vierteljährlich'), ins('halbjährlich'), eq(' vor.')],
      children: [
        { id: '2.a', label: 'a)', status: 'inserted', segments: [ins('neu')], children: [] },
        { id: '2.b', label: 'b)', baseLabel: 'a)', status: 'unchanged', segments: [eq('alt')], children: [] },
      ],
    },
  ],
};

describe('acceptAll / rejectAll', () => {
  it('reads the amended resolution out of a redline, with ids from the amended labels', () => {
    expect(acceptAll(redline)).toEqual({
      lead: 'Der Rat möge beschließen:',
      clauses: [
        { id: '1', label: '1.', text: 'Die Verwaltung prüft.', children: [] },
        {
          id: '2',
          label: '2.',
          text: 'Die Verwaltung legt halbjährlich vor.',
          children: [
            { id: '2.a', label: 'a)', text: 'neu', children: [] },
            { id: '2.b', label: 'b)', text: 'alt', children: [] },
          ],
        },
      ],
    });
  });

  it('reads the base resolution out of a redline, with base labels and ids', () => {
    expect(rejectAll(redline)).toEqual({
      lead: 'Der Rat möge beschließen:',
      clauses: [
        { id: '1', label: '1.', text: 'Die Verwaltung prüft.', children: [] },
        {
          id: '2',
          label: '2.',
          text: 'Ein Digitalrat wird eingerichtet.',
          children: [{ id: '2.a', label: 'a)', text: 'mit Kölner*innen', children: [] }],
        },
        {
          id: '3',
          label: '3.',
          text: 'Die Verwaltung legt vierteljährlich vor.',
          children: [{ id: '3.a', label: 'a)', text: 'alt', children: [] }],
        },
      ],
    });
  });

  it('rejects what is not a redline with a RedlineError', () => {
    const bad: unknown[] = [
      null,
      42,
      { lead: '', clauses: {} },
      { lead: '', clauses: [null] },
      { lead: '', clauses: [{ id: '1', label: '1.', status: 'unchanged', segments: 'x', children: [] }] },
      {
        lead: '',
        clauses: [{ id: '1', label: '1.', status: 'unchanged', segments: [{ type: 'equal' }], children: [] }],
      },
    ];
    for (const value of bad) {
      expect(() => acceptAll(value as Redline)).toThrow(RedlineError);
      expect(() => rejectAll(value as Redline)).toThrow(RedlineError);
    }
    const shared = { id: '1', label: '1.', status: 'unchanged' as const, segments: [], children: [] as never[] };
    expect(() => acceptAll({ lead: '', clauses: [shared, shared] })).toThrow(/occurs twice/);
  });

  it('handles a very deep tree without recursion', () => {
    const root: Redline = { lead: '', clauses: [] };
    let level = root.clauses;
    for (let i = 0; i < 20_000; i += 1) {
      const clause = { id: '', label: '-', status: 'unchanged' as const, segments: [eq('x')], children: [] };
      level.push(clause);
      level = clause.children;
    }
    let depth = 0;
    let node = acceptAll(root).clauses[0];
    while (node !== undefined) {
      depth += 1;
      node = node.children[0];
    }
    expect(depth).toBe(20_000);
  });
});

describe('normalizeSegments', () => {
  it('drops empty segments, merges neighbours and puts deletions first within a run', () => {
    expect(
      normalizeSegments([eq('a'), eq(''), eq(' b '), ins('X'), del('c'), ins(' Y'), del(' d'), eq('.'), del('')]),
    ).toEqual([eq('a b '), del('c d'), ins('X Y'), eq('.')]);
  });

  it('puts insertions first on request', () => {
    expect(normalizeSegments([del('a'), ins('b')], { insertFirst: true })).toEqual([ins('b'), del('a')]);
  });

  it('keeps segments of different sources apart', () => {
    const a: Segment = { type: 'insert', text: 'x', source: 'A' };
    const b: Segment = { type: 'insert', text: 'y', source: 'B' };
    expect(normalizeSegments([a, b, { ...a }])).toEqual([a, b, a]);
  });

  const segment = fc.record({
    type: fc.constantFrom<Segment['type']>('equal', 'delete', 'insert'),
    text: fc.string({ maxLength: 4 }),
  });

  it('preserves both texts and yields the canonical form', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), fc.boolean(), (segments, insertFirst) => {
        const out = normalizeSegments(segments, { insertFirst });
        expect(baseText(out)).toBe(baseText(segments));
        expect(amendedText(out)).toBe(amendedText(segments));
        out.forEach((s, i) => {
          expect(s.text).not.toBe('');
          const next = out[i + 1];
          if (next !== undefined) {
            expect(next.type).not.toBe(s.type);
            if (s.type !== 'equal' && next.type !== 'equal') {
              expect(s.type).toBe(insertFirst ? 'insert' : 'delete');
            }
          }
        });
        expect(normalizeSegments(out, { insertFirst })).toEqual(out);
      }),
    );
  });
});

describe('clauseStatusOf', () => {
  it('is unchanged for equal text only and changed for any real change', () => {
    expect(clauseStatusOf([eq('a')])).toBe('unchanged');
    expect(clauseStatusOf([])).toBe('unchanged');
    expect(clauseStatusOf([eq('a '), ins('b')])).toBe('changed');
    expect(clauseStatusOf([del('a')])).toBe('changed');
  });

  it('does not count typographic-only runs unless asked to', () => {
    const segments = [eq('Der '), del('„'), ins('"'), eq('Plan'), del('“'), ins('"')];
    expect(clauseStatusOf(segments)).toBe('unchanged');
    expect(clauseStatusOf(segments, { ignoreTypography: false })).toBe('changed');
    expect(isTypographicRun([del('a\u00A0b'), ins('a b')])).toBe(true);
    expect(isTypographicRun([del('a'), ins('b')])).toBe(false);
    expect(isTypographicRun([del(' ')])).toBe(false);
  });

  it('withoutTypographicChanges shows typographic runs as amended text', () => {
    const segments = [eq('Der '), del('„'), ins('"'), eq('Plan'), del('alt'), ins('neu')];
    expect(withoutTypographicChanges(segments)).toEqual([eq('Der "Plan'), del('alt'), ins('neu')]);
  });
});
