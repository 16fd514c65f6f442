import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/text/sentences.js';
import { expectLinearGrowth } from '../timing.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital', () => {
    expect(sentences('Die Stadt baut. Sie plant! Wer zahlt? Der Rat.')).toEqual([
      'Die Stadt baut.',
      'Sie plant!',
      'Wer zahlt?',
      'Der Rat.',
    ]);
  });

  it('does not split after German abbreviations', () => {
    for (const abbreviation of ['z. B.', 'u. a.', 'Nr.', 'gem.', 'bzw.', 'ggf.', 'd. h.', 'Abs.', 'vgl.', 'i. V. m.']) {
      expect(sentences(`Es gilt ${abbreviation} Die Regel. Zweiter Satz.`)).toEqual([
        `Es gilt ${abbreviation} Die Regel.`,
        'Zweiter Satz.',
      ]);
    }
    expect(sentences('Siehe S. 12 der Vorlage. Danach Ende.')).toEqual(['Siehe S. 12 der Vorlage.', 'Danach Ende.']);
  });

  it('does not split after ordinal dates and inside numbers', () => {
    expect(sentences('Die Sitzung vom 12.11. 2013 beschloss das. Neu.')).toEqual([
      'Die Sitzung vom 12.11. 2013 beschloss das.',
      'Neu.',
    ]);
    expect(sentences('Am 3. Oktober 2024 und im 2. Quartal. Ende.')).toEqual([
      'Am 3. Oktober 2024 und im 2. Quartal.',
      'Ende.',
    ]);
    expect(sentences('Version 1.13.01 gilt. Der 2. Spiegelstrich bleibt.')).toEqual([
      'Version 1.13.01 gilt.',
      'Der 2. Spiegelstrich bleibt.',
    ]);
    expect(sentences('Es kostet 250.000 Euro. Der Rat zahlt 1.000,50 Euro.')).toEqual([
      'Es kostet 250.000 Euro.',
      'Der Rat zahlt 1.000,50 Euro.',
    ]);
  });

  it('ends a sentence after a number when a normal word follows', () => {
    expect(sentences('Die Kosten betragen 300. Die Stadt zahlt.')).toEqual([
      'Die Kosten betragen 300.',
      'Die Stadt zahlt.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(sentences('Das Programm heißt „Grüne Dächer.“ Es startet (bald.) Gut.')).toEqual([
      'Das Programm heißt „Grüne Dächer.“',
      'Es startet (bald.)',
      'Gut.',
    ]);
  });

  it('does not split before a lower-case word, and always at a blank line', () => {
    expect(sentences('Köln etc. und Bonn. Ende')).toEqual(['Köln etc. und Bonn.', 'Ende']);
    expect(sentences('Ohne Punkt\n\nNeuer Absatz')).toEqual(['Ohne Punkt', 'Neuer Absatz']);
    expect(sentences('Köln usw. Der Rat tagt.')).toEqual(['Köln usw.', 'Der Rat tagt.']);
  });

  it('returns trimmed, ordered, non-overlapping spans that hold every non-space character (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '1', '\n', '?', '„', '“', 'z', 'S') }),
        (text) => {
          const spans = splitSentences(text);
          let last = 0;
          let covered = '';
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            const piece = text.slice(s.start, s.end);
            expect(piece).toBe(piece.trim());
            covered += piece;
            last = s.end;
          }
          expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });

  it('stays linear on long input', () => {
    const text = (n: number): string => 'Die Stadt z. B. baut am 3. Oktober. '.repeat(n);
    const [small, large] = [text(1000), text(10_000)];
    expectLinearGrowth(
      'splitSentences',
      () => splitSentences(small),
      () => splitSentences(large),
      10,
    );
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines and trims', () => {
    const text = '  Eins.\nweiter\n\n  \nZwei.\n\n';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Eins.\nweiter', 'Zwei.']);
    expect(splitParagraphs('')).toEqual([]);
  });
});
