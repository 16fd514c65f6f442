import { describe, expect, it } from 'vitest';
import { readReference } from '../../src/references/read.js';
import { formatRef, RefSyntaxError } from '../../src/references/ref.js';
import { previousLabel } from '../../src/references/labels.js';
import { instructionTokens } from '../../src/references/tokens.js';

const read = (text: string, ordinal?: number | 'last') =>
  readReference(instructionTokens(text, 0, text.length, []), 0, ordinal);
const refs = (text: string): string[] => {
  const r = read(text);
  if (r?.kind !== 'refs') throw new Error(`not a reference: ${text}`);
  return r.refs.map(formatRef);
};

describe('readReference', () => {
  it.each([
    ['Ziffer 3', ['Ziffer 3']],
    ['Ziff. 3', ['Ziffer 3']],
    ['Nr. 3', ['Nr. 3']],
    ['Punkt 2 b)', ['Punkt 2 Buchstabe b']],
    ['Ziffer 2 Buchstabe b', ['Ziffer 2 Buchstabe b']],
    ['Ziffer 2 lit. b', ['Ziffer 2 Buchstabe b']],
    ['Ziffern 2 und 3', ['Ziffer 2', 'Ziffer 3']],
    ['Ziffern 2, 3 und 5', ['Ziffer 2', 'Ziffer 3', 'Ziffer 5']],
    ['Ziffern 4 bis 6', ['Ziffer 4', 'Ziffer 5', 'Ziffer 6']],
    ['Buchstaben a bis c', ['Buchstabe a', 'Buchstabe b', 'Buchstabe c']],
    ['Ziffern II bis IV', ['Ziffer II', 'Ziffer III', 'Ziffer IV']],
    ['Ziffer 8, Satz 1', ['Ziffer 8 Satz 1']],
    ['§ 4 Abs. 6 Satz 1', ['§ 4 Absatz 6 Satz 1']],
    ['Satz 2 der Ziffer 3', ['Ziffer 3 Satz 2']],
    ['Satz 2 des Absatzes 1 der Ziffer 3', ['Ziffer 3 Absatz 1 Satz 2']],
    ['Sätze 2 und 3 der Ziffer 4', ['Ziffer 4 Satz 2', 'Ziffer 4 Satz 3']],
    ['Ziffer 3 Absatz 2 letzter Satz', ['Ziffer 3 Absatz 2 letzter Satz']],
    ['Ziffer 1 der Vorlage', ['Ziffer 1']],
    ['Spiegelstrich 2 von Ziffer 4', ['Ziffer 4 Spiegelstrich 2']],
    // A decimal item label written without spaces (a sub-item of Nummer 1 in a bill's list).
    ['Nr. 1.15', ['Nr. 1.15']],
    ['Ziffer 2.3', ['Ziffer 2.3']],
  ])('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it('reads tags and ordinals', () => {
    expect(read('Ziffer 2 (alt)')).toMatchObject({
      kind: 'refs',
      refs: [{ parts: [{ noun: 'Ziffer', label: '2' }], tag: 'alt' }],
    });
    expect(read('Satz', 'last')).toMatchObject({ kind: 'refs', refs: [{ parts: [], sentence: 'last' }] });
    expect(read('Spiegelstrich', 2)).toMatchObject({
      kind: 'refs',
      refs: [{ parts: [{ noun: 'Spiegelstrich', label: '2' }] }],
    });
    expect(read('Zeilen 12 bis 14')).toMatchObject({ kind: 'refs', refs: [{ parts: [], line: { from: 12, to: 14 } }] });
  });

  it('reads a line range written with an ASCII hyphen ("Z. 12-14", one word token) like one with a dash', () => {
    for (const ref of ['Z. 12-14', 'Zeile 12-14', 'Zeilen 112-140'])
      expect(read(ref), ref).toMatchObject({
        kind: 'refs',
        refs: [{ parts: [], line: { to: ref.endsWith('140') ? 140 : 14 } }],
      });
    expect(refs('Z. 12-14')).toEqual(refs('Z. 12–14'));
    // Not numbers on both sides, or a clause noun: no line range.
    expect(read('Z. 12-IT')).toMatchObject({ kind: 'noun' });
    expect(read('Ziffer 2-3')).toMatchObject({ kind: 'noun' });
  });

  it('reports a noun without a number, and nothing for other words', () => {
    expect(read('Ziffer wird')).toMatchObject({ kind: 'noun', noun: { canonical: 'Ziffer' }, next: 1 });
    expect(read('Wort')).toBeUndefined();
  });

  it('refuses ranges it cannot expand and two lists', () => {
    expect(() => read('Ziffern 6 bis 4')).toThrow(RefSyntaxError);
    expect(() => read('Ziffern 2 und 3 Buchstaben a und b')).toThrow(/two lists/);
    expect(() => read('Satz 2 Ziffer 3')).toThrow(/cannot follow/);
  });
});

describe('previousLabel', () => {
  it.each([
    ['4', '3'],
    ['1', undefined],
    ['3a', '3'],
    ['3b', '3a'],
    ['c', 'b'],
    ['a', undefined],
    ['bb', 'aa'],
    ['III', 'II'],
    ['I', undefined],
  ])('%s → %s', (label, expected) => {
    expect(previousLabel(label)).toBe(expected);
  });
});
