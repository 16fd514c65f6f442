import { describe, expect, it } from 'vitest';
import { piecesToSegments, type Piece } from '../../../src/redline/read/spacing.js';

const eq = (text: string): Piece => ({ type: 'equal', text });
const del = (text: string): Piece => ({ type: 'delete', text });
const ins = (text: string): Piece => ({ type: 'insert', text });

describe('piecesToSegments (the spacing convention of the redline form)', () => {
  it('reads `~~alt~~ **neu**` as one replacement: the space between is a separator', () => {
    expect(piecesToSegments([eq('und '), del('vierteljährlich'), eq(' '), ins('halbjährlich'), eq(' ein')])).toEqual([
      { type: 'equal', text: 'und ' },
      { type: 'delete', text: 'vierteljährlich' },
      { type: 'insert', text: 'halbjährlich' },
      { type: 'equal', text: ' ein' },
    ]);
  });

  it('puts an insertion written first after the deletion', () => {
    expect(piecesToSegments([ins('neu'), eq(' '), del('alt')])).toEqual([del('alt'), ins('neu')]);
  });

  it('gives a pure change between words the space after it', () => {
    expect(piecesToSegments([eq('a '), del('b'), eq(' c')])).toEqual([eq('a '), del('b '), eq('c')]);
    expect(piecesToSegments([eq('Stabsstelle '), ins('des CDO'), eq(' dessen')])).toEqual([
      eq('Stabsstelle '),
      ins('des CDO '),
      eq('dessen'),
    ]);
  });

  it('gives a change at the start the space after it, at the end the space before it', () => {
    expect(piecesToSegments([del('Alt'), eq(' bleibt')])).toEqual([del('Alt '), eq('bleibt')]);
    expect(piecesToSegments([eq('bleibt '), ins('neu')])).toEqual([eq('bleibt'), ins(' neu')]);
  });

  it('gives a change at the end of a paragraph the space before it: the paragraph break stays', () => {
    expect(piecesToSegments([eq('stört. '), ins('Neu ist gut.'), eq('\n\nB ist alt.')])).toEqual([
      eq('stört.'),
      ins(' Neu ist gut.'),
      eq('\n\nB ist alt.'),
    ]);
    expect(piecesToSegments([eq('wenn das '), del('stört'), eq('\n\nB')])).toEqual([
      eq('wenn das'),
      del(' stört'),
      eq('\n\nB'),
    ]);
  });

  it('gives a change before punctuation the space before it (`einzurichtende **Stabstelle**,`)', () => {
    expect(piecesToSegments([eq('einzurichtende '), ins('Stabstelle'), eq(', Tätigkeit')])).toEqual([
      eq('einzurichtende'),
      ins(' Stabstelle'),
      eq(', Tätigkeit'),
    ]);
  });

  it('moves nothing next to a word (`Stab**s**stelle`) and keeps a replacement whole', () => {
    expect(piecesToSegments([eq('Stab'), ins('s'), eq('stelle')])).toEqual([eq('Stab'), ins('s'), eq('stelle')]);
    expect(piecesToSegments([eq('a '), del('b'), eq(' '), ins('c'), eq(', d')])).toEqual([
      eq('a '),
      del('b'),
      ins('c'),
      eq(', d'),
    ]);
  });

  it('joins two deletions separated by a space into one, keeping one space', () => {
    expect(piecesToSegments([eq('x '), del('a'), eq(' '), del('b'), eq(' y')])).toEqual([
      eq('x '),
      del('a b '),
      eq('y'),
    ]);
  });

  it('joins pieces of one change across paragraph breaks', () => {
    expect(piecesToSegments([del('p1'), eq('\n\n'), del('p2'), eq(' '), ins('q1'), eq('\n\n'), ins('q2')])).toEqual([
      del('p1\n\np2'),
      ins('q1\n\nq2'),
    ]);
  });

  it('keeps a whole-text change as it is', () => {
    expect(piecesToSegments([ins('Ganz neu.')])).toEqual([ins('Ganz neu.')]);
    expect(piecesToSegments([])).toEqual([]);
  });
});
