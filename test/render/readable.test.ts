/**
 * Readable Markdown (issue 14): for redlines of council text with random word
 * edits, `toMarkdown` writes no numeric character reference (`&#x53;`) unless
 * the text itself contains `&#`, never cuts a word, and `parseRedline` reads
 * both texts back exactly.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { Redline } from '../../src/model.js';
import { diffText } from '../../src/diff/text.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { amendedText, baseText, clauseStatusOf } from '../../src/redline/segments.js';
import { parseRedline } from '../../src/redline/read/parse-redline.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { isWordChar } from '../../src/text/chars.js';

/** Council words, some with the punctuation and signs that Markdown escapes or that delimit markers. */
const WORDS = [
  'Verwaltung',
  'wird',
  'beauftragt',
  'der',
  'die',
  'und',
  'für',
  'Kölner*innen',
  'Schüler_innen',
  'Bürger:innen',
  'Stabsstelle,',
  'Konzept.',
  'z. B.',
  'gem. § 33',
  '250.000 €',
  '31.12.2025',
  '(Digitalisierung)',
  '„Stadt für alle“',
  'IT-Strategie',
  '2018–2022',
  '[1]',
  '<b>',
  '&',
  'a)',
  '1.',
  '-',
];

type Edit = { at: number; kind: 'insert' | 'delete' | 'replace' | 'attach'; word: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'attach'),
  word: fc.constantFrom(...WORDS),
});

/** A one-paragraph clause text (starting with a capitalised word, as clauses do) and a randomly edited copy. */
const editedText = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 16 }), fc.array(edit, { maxLength: 5 }))
  .map(([words, edits]) => {
    const amended = [...words];
    for (const e of edits) {
      const at = e.at % (amended.length + 1);
      if (e.kind === 'insert') amended.splice(at, 0, e.word);
      // `Köln` → `Köln, Bonn`: a change that starts with punctuation right after a word.
      else if (e.kind === 'attach') amended[Math.min(at, amended.length - 1)] += `, ${e.word}`;
      else if (amended.length > 1)
        amended.splice(Math.min(at, amended.length - 1), 1, ...(e.kind === 'replace' ? [e.word] : []));
    }
    return [`Die ${words.join(' ')}`, `Die ${amended.join(' ')}`] as const;
  });

describe('readable Markdown of random redlines', () => {
  fcTest.prop([editedText], { numRuns: 300 })(
    'has no &# unless the text does, cuts no word, and reads back exactly',
    ([base, amended]) => {
      const segments = diffText(base, amended);
      const redline: Redline = {
        lead: '',
        clauses: [{ id: '1', label: '1.', status: clauseStatusOf(segments), segments, children: [] }],
      };
      expect(acceptAll(redline).clauses[0]!.text).toBe(amended);
      expect(rejectAll(redline).clauses[0]!.text).toBe(base);
      let a = 0;
      let b = 0;
      for (const [k, s] of segments.entries()) {
        if (k > 0) {
          expect(isWordChar(base[a - 1]) && isWordChar(base[a])).toBe(false);
          expect(isWordChar(amended[b - 1]) && isWordChar(amended[b])).toBe(false);
        }
        if (s.type !== 'insert') a += s.text.length;
        if (s.type !== 'delete') b += s.text.length;
      }
      // 'show': the Markdown carries both texts (the default shows typography-only changes as the amended text).
      for (const typography of ['hide', 'show'] as const) {
        const markdown = toMarkdown(redline, { typography });
        if (!`${base}${amended}`.includes('&#')) expect(markdown).not.toContain('&#');
        const back = parseRedline(markdown).redline.clauses[0]!.segments;
        expect(amendedText(back)).toBe(amended);
        if (typography === 'show') expect(baseText(back)).toBe(base);
      }
    },
  );
});
