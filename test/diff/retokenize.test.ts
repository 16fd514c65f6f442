import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { retokenize } from '../../src/diff/retokenize.js';
import { tokenizeText } from '../../src/diff/tokenized.js';

/** Pieces that make the tokeniser look ahead: abbreviations, numbers, joiners, sections, spaces of every kind. */
const PIECES = [
  'z. B.',
  'z.\u00A0B.',
  'z.B.',
  'u. v. m.',
  'i. V. m.',
  'i. V.',
  'Nr.',
  'bzw.',
  'Buchst.',
  'einschl.',
  'Z. B.',
  '§ 13',
  '§13a',
  '§',
  '§§ 12',
  '1.000,50',
  '31.12.2024',
  '2018–2022',
  '2018-2022',
  'IT-Strategie',
  'Landes-',
  'Kölner*innen',
  'Bürger:innen',
  'Schüler_innen',
  'www.koeln.de',
  'rat@koeln.de',
  "Rat's",
  'a\u0308',
  '𝐀𝐁',
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '\u202F',
  '\n',
  '\n\n',
  '\t',
  '.',
  ',',
  ';',
  '(',
  ')',
  '„',
  '“',
  '-',
  '–',
  '*',
  ':',
  'a',
  'z',
  'i',
  'u',
  'B',
  'V',
  'm',
  'Ziffer',
  'Verwaltung',
  'die',
  '3',
  '12',
];
const piece = fc.constantFrom(...PIECES);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
/** A long run that keeps the two texts from meeting again for a while (the window must grow). */
const longRun = fc.constantFrom(
  '§'.repeat(200) + ' 1',
  'a'.repeat(300),
  ' '.repeat(200),
  'Verwaltungs-'.repeat(30),
  '1.'.repeat(100),
);

/** An edit: replace `[at, at + length)` (positions taken modulo the text) with new pieces. */
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), insert: fc.array(piece, { maxLength: 4 }) });

function applyEdits(source: string, edits: ReadonlyArray<{ at: number; length: number; insert: string[] }>): string {
  let out = source;
  for (const { at, length, insert } of edits) {
    const start = at % (out.length + 1);
    out = out.slice(0, start) + insert.join('') + out.slice(start + length);
  }
  return out;
}

describe('retokenize', () => {
  fcTest.prop([text, fc.array(edit, { minLength: 1, maxLength: 3 })], { numRuns: 3000 })(
    'gives the tokens of tokenising the edited text whole',
    (original, edits) => {
      const edited = applyEdits(original, edits);
      expect(retokenize(original, tokenizeText(original), edited)).toEqual(tokenizeText(edited));
      expect(retokenize(edited, tokenizeText(edited), original)).toEqual(tokenizeText(original));
    },
  );

  fcTest.prop([text, longRun, text, edit], { numRuns: 500 })(
    'also when the texts meet again only far after the edit',
    (before, run, after, change) => {
      const original = before + run + after;
      const edited = applyEdits(original, [{ ...change, at: change.at % (before.length + 1) }]);
      expect(retokenize(original, tokenizeText(original), edited)).toEqual(tokenizeText(edited));
    },
  );

  it('handles empty and equal texts', () => {
    for (const [a, b] of [
      ['', ''],
      ['', 'Die Verwaltung'],
      ['Die Verwaltung', ''],
      ['Die Verwaltung', 'Die Verwaltung'],
    ] as const) {
      expect(retokenize(a, tokenizeText(a), b)).toEqual(tokenizeText(b));
    }
  });
});
