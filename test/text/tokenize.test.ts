import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize, type Token } from '../../src/text/tokenize.js';
import { expectLinearGrowth } from '../timing.js';

const words = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
const texts = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize: token classes', () => {
  it('splits plain words, spaces and punctuation', () => {
    expect(texts('Die Verwaltung wird beauftragt, zu prüfen.')).toEqual([
      'Die',
      ' ',
      'Verwaltung',
      ' ',
      'wird',
      ' ',
      'beauftragt',
      ',',
      ' ',
      'zu',
      ' ',
      'prüfen',
      '.',
    ]);
    expect(tokenize('a, b').map((t) => t.kind)).toEqual(['word', 'punct', 'space', 'word']);
  });

  it('keeps gender star, colon and underscore forms whole', () => {
    expect(words('der Kölner*innen und Expert*innen')).toEqual(['der', 'Kölner*innen', 'und', 'Expert*innen']);
    expect(words('alle Bürger:innen sowie Schüler_innen')).toEqual(['alle', 'Bürger:innen', 'sowie', 'Schüler_innen']);
  });

  it('does not join a colon before a capital or a space', () => {
    expect(texts('Beschluss: Der')).toEqual(['Beschluss', ':', ' ', 'Der']);
    expect(texts('Beschluss:Der')).toEqual(['Beschluss', ':', 'Der']);
    expect(texts('a * b')).toEqual(['a', ' ', '*', ' ', 'b']);
  });

  it('keeps dates, amounts and numbers whole', () => {
    expect(words('am 31.12.2024 und 04.10.2021')).toEqual(['am', '31.12.2024', 'und', '04.10.2021']);
    expect(texts('250.000 €')).toEqual(['250.000', ' ', '€']);
    expect(texts('1.000,50 Euro.')).toEqual(['1.000,50', ' ', 'Euro', '.']);
    expect(texts('bis 2025.')).toEqual(['bis', ' ', '2025', '.']);
    expect(texts('50 %')).toEqual(['50', ' ', '%']);
  });

  it('keeps abbreviations with their dots, with and without inner spaces', () => {
    expect(words('z. B. London')).toEqual(['z. B.', 'London']);
    expect(words('z.B. London')).toEqual(['z.B.', 'London']);
    expect(words('Z. B. London')).toEqual(['Z. B.', 'London']);
    expect(words('z.\u00A0B. London')).toEqual(['z.\u00A0B.', 'London']);
    expect(words('entwickelt u. a. die Strategie')).toEqual(['entwickelt', 'u. a.', 'die', 'Strategie']);
    expect(words('Nr. 3 gem. § 13 bzw. ggf. i. V. m. Abs. 2')).toEqual([
      'Nr.',
      '3',
      'gem.',
      '§ 13',
      'bzw.',
      'ggf.',
      'i. V. m.',
      'Abs.',
      '2',
    ]);
    expect(words('d. h. usw.')).toEqual(['d. h.', 'usw.']);
  });

  it('does not take a single letter before a dot for an abbreviation', () => {
    expect(texts('Buchstabe a. Dann')).toEqual(['Buchstabe', ' ', 'a', '.', ' ', 'Dann']);
    expect(texts('z. Bsp')).toEqual(['z', '.', ' ', 'Bsp']);
  });

  it('keeps section references whole', () => {
    expect(words('gem. § 13 der Geschäftsordnung')).toEqual(['gem.', '§ 13', 'der', 'Geschäftsordnung']);
    expect(words('§13a und §§ 4')).toEqual(['§13a', 'und', '§§ 4']);
    expect(texts('§ ohne')).toEqual(['§', ' ', 'ohne']);
  });

  it('keeps hyphenated compounds and ranges whole', () => {
    expect(words('IT-Strategie des Startup-Ökosystems 2018-2022 und 2018–2022')).toEqual([
      'IT-Strategie',
      'des',
      'Startup-Ökosystems',
      '2018-2022',
      'und',
      '2018–2022',
    ]);
    expect(words('Landes- sowie Bundesebene')).toEqual(['Landes-', 'sowie', 'Bundesebene']);
    expect(texts('Köln - Bonn')).toEqual(['Köln', ' ', '-', ' ', 'Bonn']);
    expect(texts('Strategie – Daten')).toEqual(['Strategie', ' ', '–', ' ', 'Daten']);
  });

  it('keeps addresses and apostrophes whole', () => {
    expect(words('mail fraktion@koelnsdpd.de web www.koelnsdpd.de')).toEqual([
      'mail',
      'fraktion@koelnsdpd.de',
      'web',
      'www.koelnsdpd.de',
    ]);
    expect(words('geht’s')).toEqual(['geht’s']);
  });

  it('makes quotes and brackets their own tokens', () => {
    expect(texts('„Digitales Köln 2025“ eine(n)')).toEqual([
      '„',
      'Digitales',
      ' ',
      'Köln',
      ' ',
      '2025',
      '“',
      ' ',
      'eine',
      '(',
      'n',
      ')',
    ]);
  });

  it('treats NBSP, line breaks and paragraph breaks as one space run', () => {
    expect(tokenize('a\u00A0b\n\nc').map((t) => [t.text, t.kind])).toEqual([
      ['a', 'word'],
      ['\u00A0', 'space'],
      ['b', 'word'],
      ['\n\n', 'space'],
      ['c', 'word'],
    ]);
  });

  it('keeps soft hyphens and combining marks inside words', () => {
    expect(words('Digitali\u00ADsierung Ko\u0308ln')).toEqual(['Digitali\u00ADsierung', 'Ko\u0308ln']);
  });

  it('keeps astral characters intact', () => {
    expect(texts('a😀b')).toEqual(['a', '😀', 'b']);
  });
});

describe('tokenize: invariants', () => {
  const germanish = fc.string({
    unit: fc.constantFrom(...'abcöüßÄ *:_-–.,§ \u00A0\n„“"()/@0123456789zBuaNr'.split(''), '😀', 'e\u0301', '\u00AD'),
    maxLength: 200,
  });

  it('covers the text exactly with contiguous tokens', () => {
    fc.assert(
      fc.property(germanish, (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBe(at);
          expect(t.end).toBe(at + t.text.length);
          expect(t.text.length).toBeGreaterThan(0);
          at = t.end;
        }
      }),
    );
  });

  it('never puts two space tokens side by side and never starts a word token with a space', () => {
    fc.assert(
      fc.property(germanish, (text) => {
        const tokens = tokenize(text);
        tokens.forEach((t: Token, i) => {
          if (t.kind === 'space') expect(tokens[i + 1]?.kind).not.toBe('space');
          if (t.kind === 'word') expect(/^\s/u.test(t.text)).toBe(false);
        });
      }),
    );
  });

  it('is linear on large input', () => {
    const unit = 'Die Kölner*innen prüfen z. B. am 31.12.2024 die IT-Strategie gem. § 13 (250.000 €). ';
    const small = unit.repeat(500);
    const large = unit.repeat(5000);
    expectLinearGrowth(
      'tokenize',
      () => tokenize(small),
      () => tokenize(large),
      10,
    );
    expect(tokenize('-'.repeat(100_000) + '.'.repeat(100_000)).length).toBe(200_000);
  });
});
