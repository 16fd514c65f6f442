import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model.js';
import { piecesToSegments } from '../../src/redline/read/spacing.js';
import { amendedText, baseText } from '../../src/redline/segments.js';
import { planPieces, splitParagraphs } from '../../src/render/pieces.js';

const eq = (text: string): Segment => ({ type: 'equal', text });
const del = (text: string): Segment => ({ type: 'delete', text });
const ins = (text: string): Segment => ({ type: 'insert', text });

describe('planPieces', () => {
  it('marks an addition at the end of a paragraph in that paragraph, never the next one', () => {
    expect(planPieces([eq('stört.'), ins(' Neu ist gut.'), eq('\n\nB ist alt.')])).toEqual([
      eq('stört.'),
      eq(' '),
      ins('Neu ist gut.'),
      eq('\n\nB ist alt.'),
    ]);
  });

  it('keeps canonical segments as they are', () => {
    const segments = [eq('a '), del('b'), ins('c'), eq(' d')];
    expect(planPieces(segments)).toEqual([eq('a '), del('b'), eq(' '), ins('c'), eq(' d')]);
  });

  it('treats whitespace that deletion and insertion share as unchanged', () => {
    // As a word diff may write it: the space is replaced by ", insbesondere ".
    const pieces = planPieces([eq('Die Verwaltung'), del(' '), ins(', insbesondere '), eq('wird')]);
    expect(pieces).toEqual([eq('Die '), del('Verwaltung'), eq(' '), ins('Verwaltung, insbesondere'), eq(' wird')]);
  });

  it('widens a change by the word whose marker would not count as one (no character reference)', () => {
    // `Köln**, Bonn**`: a letter before the opener, a comma after it; the closing side is fine.
    expect(planPieces([eq('Stadt (Köln'), ins(', Bonn'), eq(') prüft')])).toEqual([
      eq('Stadt '),
      del('(Köln'),
      eq(' '),
      ins('(Köln, Bonn'),
      eq(') prüft'),
    ]);
    // A change between spaces is left alone.
    expect(planPieces([eq('a '), del('b'), ins('(c)'), eq(' d')])).toEqual([
      eq('a '),
      del('b'),
      eq(' '),
      ins('(c)'),
      eq(' d'),
    ]);
  });

  it('slides a pure change over whitespace into the reading of the redline form', () => {
    expect(piecesToSegments(planPieces([eq('a'), del(' b'), eq(' c')]))).toEqual([eq('a '), del('b '), eq('c')]);
  });

  it('widens a change of whitespace only to whole words', () => {
    const pieces = planPieces([eq('Kita'), ins(' '), eq('Ausbau jetzt')]);
    expect(pieces).toEqual([del('KitaAusbau'), eq(' '), ins('Kita Ausbau'), eq(' jetzt')]);
  });

  it('marks a change across paragraphs per paragraph', () => {
    expect(planPieces([del('p1\n\np2'), ins('q')])).toEqual([del('p1'), eq('\n\n'), del('p2'), eq(' '), ins('q')]);
  });

  it('always reads back to the exact texts (of clause texts without edge whitespace)', () => {
    const cases: Segment[][] = [
      [eq('a'), del(' '), eq('b')],
      [eq('x '), ins('y'), eq('  z')],
      [eq('x '), del('a '), ins(' b'), eq('c')],
      [eq('a'), del('\n\nb')],
      [eq('(a'), ins(', b'), eq(')')],
    ];
    for (const segments of cases) {
      const read = piecesToSegments(planPieces(segments));
      expect([baseText(read), amendedText(read)]).toEqual([baseText(segments), amendedText(segments)]);
    }
  });
});

describe('splitParagraphs', () => {
  it('cuts pieces at paragraph breaks and keeps sources', () => {
    expect(splitParagraphs([{ type: 'insert', text: 'a\n\nb', source: 'A1' }, eq(' c')])).toEqual([
      [{ type: 'insert', text: 'a', source: 'A1' }],
      [{ type: 'insert', text: 'b', source: 'A1' }, eq(' c')],
    ]);
  });
});
