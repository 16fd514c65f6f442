/** The noun of a resolution's items before a clause reference ("Beschlussantrag Nr. 1"), and related infinitive forms. */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';

describe('an item noun before a clause reference', () => {
  it('is left out: the reference names the item', () => {
    expect(parseAmendment('Die Beschlussanträge Nr. 2 und Nr. 3 entfallen.').changes).toEqual([
      { op: 'removeClause', clause: 'Nr. 2' },
      { op: 'removeClause', clause: 'Nr. 3' },
    ]);
  });

  it('is left as it is alone (no item named)', () => {
    expect(() => parseAmendment('Im Beschlussantrag wird das Wort „sofort“ gestrichen.')).toThrow(/Beschlussantrag/u);
  });
});

describe('a list of references with the noun repeated after commas', () => {
  it('is a list, never a part of the one before', () => {
    expect(parseAmendment('Die Ziffer 1, Ziffer 2 und Ziffer 4 werden gestrichen.').changes).toEqual([
      { op: 'removeClause', clause: 'Ziffer 1' },
      { op: 'removeClause', clause: 'Ziffer 2' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ]);
  });
});

describe('"neu zu fassen" and "und wie folgt zu beschließen"', () => {
  const wording = (sentence: string): unknown =>
    parseAmendment(`${sentence}\n\nZiffer 1\n\nDer Park öffnet früher.\n\nZiffer 2\n\nDer Park schließt später.`)
      .changes;

  it('reads the infinitive of a new wording, the adoption after it left out, with a heading per clause', () => {
    const want = [
      { op: 'rewrite', clause: 'Ziffer 1', new: 'Der Park öffnet früher.' },
      { op: 'rewrite', clause: 'Ziffer 2', new: 'Der Park schließt später.' },
    ];
    expect(wording('Wir beantragen, die Ziffern 1 und 2 neu zu fassen:')).toEqual(want);
    expect(wording('Wir beantragen, die Ziffern 1 und 2 neu zu fassen und wie folgt zu beschließen:')).toEqual(want);
  });

  it('refuses headings out of order or for another clause', () => {
    expect(() =>
      parseAmendment('Die Ziffern 1 und 2 werden neu gefasst:\n\nZiffer 2\n\nSpäter.\n\nZiffer 1\n\nFrüher.'),
    ).toThrow(/does not hold them one by one/u);
    expect(() =>
      parseAmendment('Die Ziffern 1 und 2 werden neu gefasst:\n\nZiffer 1\n\nFrüher.\n\nZiffer 3\n\nSpäter.'),
    ).toThrow(/does not hold them one by one/u);
  });

  it('leaves "folgenden Beschluss zu fassen" (to adopt) no change of wording', () => {
    expect(() => parseAmendment('Der Rat wird gebeten, folgenden Beschluss zu fassen: „Der Park öffnet.“')).toThrow();
  });
});
