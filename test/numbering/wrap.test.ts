import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columns, wrap } from '../../src/numbering/wrap.js';

const word = fc.constantFrom(
  'Die',
  'Verwaltung',
  'wird',
  'beauftragt,',
  'Kölner*innen',
  'Ko\u0308ln',
  '250.000\u00A0€',
  'Digitalisierungsprogramme',
  'a',
  'IT-Strategie',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
);
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '  ', '\n\n')), { maxLength: 60 }).map((parts) =>
  parts
    .map(([w, s]) => w + s)
    .join('')
    .trim(),
);

describe('wrap', () => {
  it('breaks greedily at spaces', () => {
    const t = 'Die Verwaltung wird beauftragt, ein Konzept vorzulegen.';
    const lines = wrap(t, 20).map((l) => t.slice(l.start, l.end));
    expect(lines).toEqual(['Die Verwaltung wird', 'beauftragt, ein', 'Konzept vorzulegen.']);
  });

  it('starts a new line at a paragraph break and does not number blank lines', () => {
    const t = 'Erster Absatz.\n\nZweiter Absatz.';
    expect(wrap(t, 80).map((l) => t.slice(l.start, l.end))).toEqual(['Erster Absatz.', 'Zweiter Absatz.']);
  });

  it('cuts a word longer than a line into pieces without losing characters', () => {
    const t = 'ab Donaudampfschifffahrtsgesellschaftskapitän cd';
    const lines = wrap(t, 10).map((l) => t.slice(l.start, l.end));
    expect(lines).toEqual(['ab', 'Donaudampf', 'schifffahr', 'tsgesellsc', 'haftskapit', 'än cd']);
  });

  it('does not break at a non-breaking space and counts an NFD umlaut as one column', () => {
    expect(wrap('250.000\u00A0€ x', 9).length).toBe(2);
    expect(columns('Ko\u0308ln')).toBe(4);
    expect(wrap('Ko\u0308ln Ko\u0308ln', 9)).toHaveLength(1);
  });

  it('gives one empty line for an empty text', () => {
    expect(wrap('', 80)).toEqual([{ start: 0, end: 0 }]);
    expect(wrap('   ', 80)).toEqual([{ start: 0, end: 0 }]);
  });

  it('keeps every character, in order, within the width, and fills lines greedily', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 90 }), (t, width) => {
        const lines = wrap(t, width);
        // Every non-space character lies on exactly one line; what lies between lines is space.
        let at = 0;
        for (const l of lines) {
          expect(t.slice(at, l.start).trim()).toBe('');
          expect(l.end).toBeGreaterThanOrEqual(l.start);
          expect(columns(t, l.start, l.end)).toBeLessThanOrEqual(width);
          at = l.end;
        }
        expect(t.slice(at).trim()).toBe('');
        // Greedy: the first word of the next line would not have fitted (unless a paragraph break or a cut word).
        for (let i = 0; i + 1 < lines.length; i += 1) {
          const a = lines[i]!;
          const b = lines[i + 1]!;
          const gap = t.slice(a.end, b.start);
          if (gap.includes('\n') || gap === '') continue;
          const nextWordEnd = t.slice(b.start).search(/[ \n]|$/u) + b.start;
          expect(columns(t, a.start, nextWordEnd)).toBeGreaterThan(width);
        }
      }),
    );
  });
});
