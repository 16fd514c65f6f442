import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldSpaces, foldTypography, foldWithMap } from '../../src/text/normalize.js';
import { expectLinearGrowth } from '../timing.js';

describe('foldTypography', () => {
  it('folds German, French and English quotes to ASCII', () => {
    expect(foldTypography('„Digitales Köln“ »x« ‚y‘ ’z’ ‹w›')).toBe("\"Digitales Köln\" \"x\" 'y' 'z' 'w'");
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
    const unit = fc.constantFrom(
      ...'ab ö\u00A0\n„“‚‘»«\u00AD\u200B'.split(''),
      'o\u0308',
      'e\u0301\u0323',
      '😀',
      '\u1100\u1161',
    );
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
    expect(foldTypography('„Masterplan“ der Ko\u0308lner*innen')).toBe(
      foldTypography('"Masterplan"  der Kölner*innen'),
    );
  });
});

/**
 * The folding written the plain way, one code point at a time (the former
 * implementation): the oracle for the fast one.
 */
function foldOneByOne(text: string): { folded: string; map: number[] } {
  const double = new Set(['\u201E', '\u201C', '\u201D', '\u00BB', '\u00AB', '\u201F', '\u2033', '\uFF02']);
  const single = new Set(['\u201A', '\u2018', '\u2019', '\u2039', '\u203A', '\u201B', '\u2032', '\uFF07']);
  const invisible = new Set(['\u00AD', '\u200B', '\u2060', '\uFEFF']);
  const isSpace = (ch: string): boolean => ch !== '\uFEFF' && /\s/u.test(ch);
  const isMark = (code: number, ch: string): boolean => code >= 0x300 && /[\p{M}\u1160-\u11FF]/u.test(ch);
  let out = '';
  const map: number[] = [];
  let inSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    if (invisible.has(ch)) {
      i += ch.length;
      continue;
    }
    if (isSpace(ch)) {
      if (!inSpace) {
        out += ' ';
        map.push(i);
      }
      inSpace = true;
      i += ch.length;
      continue;
    }
    inSpace = false;
    let j = i + ch.length;
    let unit = ch;
    while (j < text.length) {
      const nextCode = text.codePointAt(j)!;
      const next = String.fromCodePoint(nextCode);
      if (invisible.has(next)) {
        j += next.length;
        continue;
      }
      if (!isMark(nextCode, next)) break;
      unit += next;
      j += next.length;
    }
    for (const c of unit.normalize('NFC')) {
      const f = double.has(c) ? '"' : single.has(c) ? "'" : c;
      out += f;
      for (let k = 0; k < f.length; k += 1) map.push(i);
    }
    i = j;
  }
  map.push(text.length);
  return { folded: out, map };
}

describe('foldWithMap on mixed input', () => {
  it('pins folded text and map for NFD umlauts, quotes, NBSP and soft hyphens together', () => {
    const text = 'Ko\u0308l\u00ADner*innen\u00A0„Gru\u0308\u00AD\u0308n“ –\u00A0\u00A0»x« Stra\u00DFe\n';
    const { folded, map } = foldWithMap(text);
    // "ü" from u + U+0308 + soft hyphen + U+0308 keeps both marks: NFC composes the first, the second stays.
    expect(folded).toBe('Kölner*innen "Grü\u0308n" – "x" Straße ');
    expect(map).toEqual([
      0, 1, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 22, 23, 24, 25, 26, 28, 29, 30, 31, 32, 33, 34,
      35, 36, 37, 38, 39,
    ]);
    expect(foldWithMap(text)).toEqual(foldOneByOne(text));
  });

  it('agrees with the one-by-one folding on random mixed text', () => {
    const unit = fc.constantFrom(
      ...'aZ 09.,*-ßÄöü\u00A0\u00AD\u200B\u2060\uFEFF\n\t\r„“”‚‘’»«‹›–—\u2028\u0301\u0308\u1161'.split(''),
      'o\u0308',
      'e\u0301\u0323',
      'a\u00AD\u0308',
      '😀',
      '\uD800',
      '\u1100\u1161\u11A8',
      '\u0344',
      '\u2126',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        expect(foldWithMap(text)).toEqual(foldOneByOne(text));
      }),
      { numRuns: 500 },
    );
  });

  it('takes about linear time: 4× the text costs well under 16× the time', () => {
    const unit =
      'Die Verwaltung wird beauftragt, den Masterplan „Digitales Köln“ für Kölner*innen\u00A0zu erarbeiten; Gru\u0308nfla\u0308chen.\n';
    const small = unit.repeat(1000);
    const large = unit.repeat(4000);
    expectLinearGrowth(
      'foldWithMap',
      () => foldWithMap(small),
      () => foldWithMap(large),
      4,
    );
  });
});

describe('foldSpaces', () => {
  it('folds runs of whitespace and line breaks to one space and trims the ends', () => {
    expect(foldSpaces('  Der Rat\n\n tagt\t monatlich. ')).toBe('Der Rat tagt monatlich.');
    expect(foldSpaces('„Kölner*innen“')).toBe('„Kölner*innen“');
    expect(foldSpaces(' \n ')).toBe('');
  });
});
