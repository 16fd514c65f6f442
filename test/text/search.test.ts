import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWithMap } from '../../src/text/normalize.js';
import { closestPassage, createSearcher, findAll, foldNeedle, searcherFor } from '../../src/text/search.js';
import { tokenize } from '../../src/text/tokenize.js';

const found = (haystack: string, needle: string): string[] =>
  findAll(haystack, needle).map((r) => haystack.slice(r.start, r.end));

describe('findAll', () => {
  it('matches whole words only', () => {
    expect(found('halbjährlich und jährlich', 'jährlich')).toEqual(['jährlich']);
    expect(findAll('halbjährlich und jährlich', 'jährlich')).toEqual([{ start: 17, end: 25 }]);
    expect(found('die Kölner*innen und Kölner', 'Kölner')).toEqual(['Kölner']);
    expect(found('das Programm 2018-2022', '2022')).toEqual([]);
    expect(found('die IT-Strategie', 'Strategie')).toEqual([]);
  });

  it('matches words before punctuation and passages starting with punctuation', () => {
    expect(found('die sozialen Medien.', 'Medien')).toEqual(['Medien']);
    expect(found('Vorhaben, die Kosten', ', die')).toEqual([', die']);
    expect(found('„Digitales Köln 2025“ wird', 'Köln 2025')).toEqual(['Köln 2025']);
  });

  it('ignores whitespace, line wraps, NFC/NFD and quote style, and returns original offsets', () => {
    const haystack = 'im Büro der\nOberbürgermeisterin („Digitalisierung ist Chefsache“)';
    expect(found(haystack, 'der Oberbürgermeisterin ("Digitalisierung ist Chefsache")')).toEqual([
      'der\nOberbürgermeisterin („Digitalisierung ist Chefsache“)',
    ]);
    const nfd = 'Die Bu\u0308rger und'.normalize('NFD');
    expect(found(nfd, 'Bürger')).toEqual(['Bu\u0308rger'.normalize('NFD')]);
    expect(found('Die Bürger', 'Bu\u0308rger')).toEqual(['Bürger']);
    expect(found('Ein »Plan« hier', '„Plan“')).toEqual(['»Plan«']);
    expect(found('Der Bear\u00ADbeitungs\u00A0stand', 'Bearbeitungs stand')).toEqual(['Bear\u00ADbeitungs\u00A0stand']);
  });

  it('is case-sensitive and finds every occurrence', () => {
    expect(findAll('Die Stadt und die Stadt', 'die Stadt')).toEqual([{ start: 14, end: 23 }]);
    expect(findAll('die die die', 'die die')).toEqual([
      { start: 0, end: 7 },
      { start: 4, end: 11 },
    ]);
  });

  it('finds nothing for an empty needle', () => {
    expect(findAll('Text', '  ')).toEqual([]);
  });

  it('every hit folds to the needle and lies on word boundaries (property)', () => {
    const word = fc.constantFrom(
      'die',
      'Stadt',
      'Stadtrat',
      'rat',
      'und',
      'z. B.',
      '„A“',
      'A',
      'Bürger*innen',
      'Bürger',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), word, (words, needle) => {
        const haystack = words.join(' ');
        for (const r of findAll(haystack, needle)) {
          const hit = haystack.slice(r.start, r.end);
          expect(hit.replace(/[„“]/g, '"')).toBe(needle.replace(/[„“]/g, '"'));
          expect(
            r.start === 0 ||
              haystack[r.start - 1] === ' ' ||
              /["„“]/.test(haystack[r.start - 1]!) ||
              /["„“]/.test(needle[0]!),
          ).toBe(true);
        }
        // A needle that is one of the words is found at least as often as it stands alone.
        const alone = words.filter((w) => w === needle).length;
        if (!needle.includes('„')) expect(findAll(haystack, needle).length).toBeGreaterThanOrEqual(alone);
      }),
    );
  });
});

describe('closestPassage', () => {
  it('finds a passage with a typo', () => {
    const text = 'Die Verwaltung legt vierteljährlich einen Bericht vor.';
    const hit = closestPassage(text, 'vierteljärlich')!;
    expect(text.slice(hit.start, hit.end)).toBe('vierteljährlich');
    expect(hit.score).toBeGreaterThan(0.7);
  });

  it('finds a passage that changed since the amendment was written', () => {
    const text = 'Die Verwaltung informiert über die Presse der Stadt und die sozialen Netzwerke.';
    const hit = closestPassage(text, 'und die sozialen Medien')!;
    expect(text.slice(hit.start, hit.end)).toMatch(/die sozialen Netzwerke/);
  });

  it('returns nothing when nothing is similar', () => {
    expect(closestPassage('Die Stadt baut Radwege.', 'Quarkspeise')).toBeUndefined();
    expect(closestPassage('Die Stadt.', '')).toBeUndefined();
  });
});

/** Where a passage starts at token boundaries of the folded text, by tokenising the whole text (no shortcut). */
function referenceStarts(haystack: string, needle: string): number[] {
  const { folded, map } = foldWithMap(haystack);
  const target = foldNeedle(needle);
  if (target === '') return [];
  const tokens = tokenize(folded);
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const out: number[] = [];
  for (let at = folded.indexOf(target); at !== -1; at = folded.indexOf(target, at + 1)) {
    if (starts.has(at) && ends.has(at + target.length)) out.push(map[at]!);
  }
  return out;
}

describe('createSearcher', () => {
  it('finds what a search over all tokens finds, though it skips hits inside words without tokenising (property)', () => {
    const piece = fc.constantFrom(
      'Kosten2',
      'Kosten20',
      '2',
      '20',
      'Nr.',
      '2,5',
      'IT-',
      'Stadt',
      '*innen',
      ' ',
      '.',
      '„',
      'ä',
      '\u0308',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), piece, piece, (pieces, a, b) => {
        const haystack = pieces.join('');
        for (const needle of [a, b, a + b]) {
          expect(
            createSearcher(haystack)
              .findAll(needle)
              .map((r) => r.start),
          ).toEqual(referenceStarts(haystack, needle));
        }
      }),
    );
  });
});

describe('searcherFor', () => {
  it('gives the same searcher for the same text, and the hits of a fresh one', () => {
    const text = 'Die Stadt prüft die Kosten der Stadt.';
    expect(searcherFor(text)).toBe(searcherFor(text));
    expect(searcherFor(text).findAll('Stadt')).toEqual(createSearcher(text).findAll('Stadt'));
  });

  it('keeps only a bounded number of searchers (the least recently used goes)', () => {
    const first = searcherFor('Ziffer eins.');
    for (let i = 0; i < 5000; i += 1) searcherFor(`Ziffer ${i}.`);
    expect(searcherFor('Ziffer eins.')).not.toBe(first);
  });

  it('keeps searchers of at most a bounded number of characters', () => {
    const first = 'Wort '.repeat(60_000);
    const kept = searcherFor(first);
    searcherFor('Satz '.repeat(60_000));
    expect(searcherFor(first)).not.toBe(kept);
  });

  it('serves a text too long for the cache within one call', () => {
    const long = 'Wort '.repeat(120_000);
    expect(searcherFor(long)).toBe(searcherFor(long));
    expect(searcherFor(long).findAll('Wort')).toHaveLength(120_000);
  });
});
