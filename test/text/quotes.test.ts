import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskQuotes, quoteRole, readQuote, scanQuotes } from '../../src/text/quotes.js';
import { expectLinearGrowth } from '../timing.js';

const contents = (text: string): string[] =>
  scanQuotes(text).quotes.map((q) => text.slice(q.contentStart, q.contentEnd));

describe('scanQuotes', () => {
  it('reads German, English, ASCII and guillemet quotations', () => {
    expect(contents('das Wort „alt“ durch “neu” und "frei" sowie »links« und «rechts»')).toEqual([
      'alt',
      'neu',
      'frei',
      'links',
      'rechts',
    ]);
  });

  it('keeps nested quotations inside the outer one', () => {
    const text = 'erhält folgende Fassung: „Der Rat beschließt das Programm „Grüne Dächer“.“ Ende';
    expect(contents(text)).toEqual(['Der Rat beschließt das Programm „Grüne Dächer“.']);
    expect(contents('„im Dezernat IX „Stadtentwicklung““ und')).toEqual(['im Dezernat IX „Stadtentwicklung“']);
    expect(contents('»Das Programm „Grüne Dächer“ startet« jetzt')).toEqual(['Das Programm „Grüne Dächer“ startet']);
    expect(contents('„Er sagte "ja" dazu“')).toEqual(['Er sagte "ja" dazu']);
    expect(contents('“outer “inner” rest”')).toEqual(['outer “inner” rest']);
  });

  it('reads quotations that span lines', () => {
    expect(contents('die Wörter „im Ausschuss und\nim Rat“ werden')).toEqual(['im Ausschuss und\nim Rat']);
  });

  it('reports a quotation that is never closed, with its offset', () => {
    expect(scanQuotes('In Ziffer 3 wird „X gestrichen.')).toEqual({ quotes: [], unclosed: 17 });
    expect(scanQuotes('„A“ und „B').unclosed).toBe(8);
  });

  it('ignores stray closing quotes and apostrophes', () => {
    expect(contents('Er geht’s an” und „A“')).toEqual(['A']);
    expect(contents("Bürger's Recht")).toEqual([]);
  });

  it('reads a straight quote typed with a space after it when a straight quote on its line closes it', () => {
    expect(contents('durch " per E-Mail" ersetzt')).toEqual([' per E-Mail']);
    expect(contents('Maß 12 " und dann "frei"')).toEqual(['frei']);
    expect(contents('Zoll " breit\nund " hoch')).toEqual([]);
  });

  it('decides the role of “ and " from their neighbours', () => {
    expect(quoteRole('„a“', 0)).toBe('open');
    expect(quoteRole('„a“', 2)).toBe('close');
    expect(quoteRole(' “a”', 1)).toBe('open');
    expect(quoteRole('"a"', 0)).toBe('open');
    expect(quoteRole('"a"', 2)).toBe('close');
    expect(quoteRole('x', 0)).toBe('none');
    expect(readQuote('„a', 0)).toBeUndefined();
  });

  it('masks quoted content without moving offsets', () => {
    const text = 'A „b. c“ d';
    const masked = maskQuotes(text, scanQuotes(text).quotes);
    expect(masked).toBe('A „xxxx“ d');
    expect(masked.length).toBe(text.length);
  });

  it('returns spans inside the text whose content is between the quote characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '„', '“', '”', '"', '»', '«', '\n', '.') }), (text) => {
        const scan = scanQuotes(text);
        let last = 0;
        for (const q of scan.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.contentStart).toBe(q.start + 1);
          expect(q.contentEnd).toBe(q.end - 1);
          last = q.end;
        }
        if (scan.unclosed !== undefined) expect(scan.unclosed).toBeGreaterThanOrEqual(last);
      }),
    );
  });

  it('stays linear on hostile input', () => {
    const texts = (n: number): [string, string] => ['„'.repeat(n) + 'a“ '.repeat(n), '"a '.repeat(n)];
    const scan =
      ([nested, straight]: [string, string]) =>
      () => {
        scanQuotes(nested);
        scanQuotes(straight);
      };
    expectLinearGrowth('scanQuotes', scan(texts(5000)), scan(texts(50_000)), 10);
  });
});

describe('a loose opening quote (between spaces)', () => {
  it('opens when a closing ASCII quote follows on the same line', () => {
    const text = 'die Angabe " , 5 und 6" durch die Angabe "und 5" ersetzt';
    expect(scanQuotes(text).quotes.map((q) => text.slice(q.contentStart, q.contentEnd))).toEqual([
      ' , 5 und 6',
      'und 5',
    ]);
  });

  it('stays a stray quote without one on its line', () => {
    expect(scanQuotes('ein " allein\nund "Text" danach').quotes).toHaveLength(1);
  });
});
