/**
 * The renderers' `typography` option (src/render/typography.ts): a change of
 * typography only is shown unmarked by default in every renderer, marked with
 * a note or shown as whole-word hunks on request, and the redline keeps both
 * texts exactly whatever is shown.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Redline, Segment } from '../../src/model.js';
import { diffText } from '../../src/diff/text.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { amendedText, baseText, clauseStatusOf } from '../../src/redline/segments.js';
import { parseRedline } from '../../src/redline/read/parse-redline.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toText } from '../../src/render/text.js';
import { toHtml } from '../../src/render/html.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { toMdast } from '../../src/render/mdast.js';
import { typographyOf } from '../../src/render/typography.js';
import { isWordChar } from '../../src/text/chars.js';

const WORDS = ['Die', 'Verwaltung', 'wird', 'beauftragt', 'Stadt', 'für', 'alle', 'den', 'Plan', 'Kita-Ausbau', '2024'];

/** A word in base typography and an amended spelling that differs in typography only. */
const TYPO: ReadonlyArray<readonly [string, string]> = [
  ['„Stadt“', '"Stadt"'],
  ['‚Plan‘', "'Plan'"],
  ['2018–2022', '2018-2022'],
  ['–', '-'],
  ['Rat’s', "Rat's"],
  ['z.\u00A0B.', 'z. B.'],
  ['»alle«', '"alle"'],
];

/** Two texts that differ in typography only: words, some of them respelled (the first a plain word, as a clause starts). */
const typographyPair = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.array(
      fc.oneof(
        fc.constantFrom(...WORDS).map((w) => [w, w] as const),
        fc.constantFrom(...TYPO),
      ),
      { minLength: 2, maxLength: 12 },
    ),
  )
  .map(
    ([first, words]) =>
      [`${first} ${words.map((w) => w[0]).join(' ')}.`, `${first} ${words.map((w) => w[1]).join(' ')}.`] as const,
  )
  .filter(([a, b]) => a !== b);

const redlineOf = (segments: Segment[]): Redline => ({
  lead: '',
  clauses: [{ id: '1', label: '1.', status: clauseStatusOf(segments), segments, children: [] }],
});

/** Whether every boundary between segments falls between words of both texts (no word cut). */
function wholeWords(segments: readonly Segment[]): boolean {
  const base = baseText(segments);
  const amended = amendedText(segments);
  let a = 0;
  let b = 0;
  for (let k = 0; k < segments.length; k += 1) {
    const s = segments[k]!;
    if (k > 0) {
      const cutA = isWordChar(base[a - 1]) && isWordChar(base[a]);
      const cutB = isWordChar(amended[b - 1]) && isWordChar(amended[b]);
      const quoteA = /["'„“‚‘»«]/u.test(base[a] ?? '') && isWordChar(base[a - 1] ?? '');
      if (cutA || cutB || quoteA) return false;
    }
    if (s.type !== 'insert') a += s.text.length;
    if (s.type !== 'delete') b += s.text.length;
  }
  return true;
}

describe('typography option', () => {
  fcTest.prop([typographyPair], { numRuns: 150 })(
    'a clause that changes typography only is unchanged and renders unmarked by default, in every renderer',
    ([base, amended]) => {
      const segments = diffText(base, amended);
      const redline = redlineOf(segments);
      expect(redline.clauses[0]!.status).toBe('unchanged');
      const markdown = toMarkdown(redline);
      expect(markdown).not.toMatch(/~~|\*\*|&#/);
      const read = parseRedline(markdown).redline.clauses[0]!.segments;
      expect(read).toEqual([{ type: 'equal', text: amended }]);
      expect(toText(redline)).toBe(`1. ${amended}\n`);
      const html = toHtml(redline);
      expect(html).not.toMatch(/<del|<ins/);
      expect(toSynopsis(redline)).not.toMatch(/~~|\*\*/);
      expect(toSynopsis(redline, { format: 'html' })).not.toMatch(/<del|<ins/);
      expect(JSON.stringify(toMdast(redline))).not.toMatch(/"delete"|"strong"/);
      // The redline itself keeps both texts exactly.
      expect(acceptAll(redline).clauses[0]!.text).toBe(amended);
      expect(rejectAll(redline).clauses[0]!.text).toBe(base);
    },
  );

  fcTest.prop([typographyPair], { numRuns: 150 })(
    "'show' marks whole words (never a lone quote mark) and keeps both texts; Markdown reads back exactly",
    ([base, amended]) => {
      const shown = typographyOf(diffText(base, amended), 'show').segments;
      expect(baseText(shown)).toBe(base);
      expect(amendedText(shown)).toBe(amended);
      expect(wholeWords(shown)).toBe(true);
      const markdown = toMarkdown(redlineOf(diffText(base, amended)), { typography: 'show' });
      expect(markdown).not.toContain('&#');
      const back = parseRedline(markdown).redline.clauses[0]!.segments;
      expect(baseText(back)).toBe(base);
      expect(amendedText(back)).toBe(amended);
    },
  );

  it('shows a quote change as one whole-word hunk', () => {
    const segments = diffText('Der Plan „Stadt für alle“ gilt.', 'Der Plan "Stadt für alle" gilt.');
    const redline = redlineOf(segments);
    expect(toMarkdown(redline, { typography: 'show' })).toBe(
      '1. Der Plan ~~„Stadt für alle“~~ **"Stadt für alle"** gilt.\n',
    );
    expect(toMarkdown(redline)).toBe('1. Der Plan "Stadt für alle" gilt.\n');
  });

  it("'mark' adds a discreet note naming the change (footnote, small print, parentheses)", () => {
    const segments = diffText('Der Plan „Stadt“ gilt.', 'Der Plan "Stadt" gilt.');
    const redline = redlineOf(segments);
    expect(toMarkdown(redline, { typography: 'mark' })).toBe(
      '1. Der Plan "Stadt" gilt.[^t1]\n\n[^t1]: typografisch geändert: „Stadt“ → "Stadt"\n',
    );
    expect(toText(redline, { typography: 'mark' })).toBe(
      '1. Der Plan "Stadt" gilt.\n   (typografisch geändert: „Stadt“ → "Stadt")\n',
    );
    expect(toHtml(redline, { typography: 'mark' })).toContain(
      '<small class="redline-typography">typografisch geändert: „Stadt“ → "Stadt"</small>',
    );
  });

  it('keeps real changes marked next to hidden typography', () => {
    const segments = diffText('Der „Plan“ gilt ab 2024.', 'Der "Plan" gilt ab 2025.');
    expect(toMarkdown(redlineOf(segments))).toBe('1. Der "Plan" gilt ab ~~2024~~ **2025**.\n');
  });

  it('rejects an unknown mode with the option message', () => {
    expect(() => toMarkdown(redlineOf([{ type: 'equal', text: 'a' }]), { typography: 'x' as never })).toThrow(
      /typography/,
    );
  });
});
