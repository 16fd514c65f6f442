import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldTypography, foldWithMap } from '../../src/text/normalize.js';

describe('foldTypography', () => {
  it('folds German, French and English quotes to ASCII', () => {
    expect(foldTypography('„Digitales Köln“ »x« ‚y‘ ’z’ ‹w›')).toBe('"Digitales Köln" "x" \'y\' \'z\' \'w\'');
  });
  it('folds NBSP, thin spaces, line breaks and whitespace runs to one space', () => {
    expect(foldTypography('a\u00A0b\u202Fc  d\n\ne\t f')).toBe('a b c d e f');
  });
  it('composes NFD to NFC', () => {
    expect(foldTypography('Ko\u0308ln')).toBe('Köln');
    expect(foldTypography('Ko\u0308ln')).toBe(foldTypography('Köln'));
  });
  it('removes soft hyphens and zero-width characters', () => {
    expect(foldTypography('Digitali\u00ADsierung\u200B')).toBe('Digitalisierung');
    expect(foldTypography('a\u00AD b')).toBe('a b');
  });
  it('leaves ordinary text, dashes and stars alone', () => {
    const text = 'Die Kölner*innen – 2018-2022, § 13.';
    expect(foldTypography(text)).toBe(text);
  });
});

describe('foldWithMap', () => {
  it('maps folded characters back to their original offsets', () => {
    const { folded, map } = foldWithMap('„Ko\u0308ln“\u00A0 x');
    expect(folded).toBe('"Köln" x');
    expect(map).toEqual([0, 1, 2, 4, 5, 6, 7, 9, 10]);
  });

  it('is consistent with foldTypography and has a monotone, complete map', () => {
    const unit = fc.constantFrom(...'ab ö\u00A0\n„“‚‘»«\u00AD\u200B'.split(''), 'o\u0308', 'e\u0301\u0323', '😀', '\u1100\u1161');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const { folded, map } = foldWithMap(text);
        expect(folded).toBe(foldTypography(text));
        expect(map.length).toBe(folded.length + 1);
        expect(map[folded.length]).toBe(text.length);
        for (let i = 1; i < map.length; i += 1) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        expect(folded.normalize('NFC')).toBe(folded);
        // Folding is idempotent.
        expect(foldTypography(folded)).toBe(folded);
      }),
    );
  });

  it('folds equal texts that differ only typographically to the same string', () => {
    expect(foldTypography('„Masterplan“ der Ko\u0308lner*innen')).toBe(foldTypography('"Masterplan"  der Kölner*innen'));
  });
});
