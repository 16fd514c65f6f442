import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { bagOf, similarity, similarityAtLeast, wordBag } from '../../src/diff/similarity.js';
import { tokenizeText } from '../../src/diff/tokenized.js';
import { clauseText } from './generators.js';

/** A text and an edited copy of it (a few words replaced, inserted or dropped). */
const editedTexts = fc
  .tuple(
    clauseText,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'neu', '§', '„x“', 'Kölner*innen')), { maxLength: 4 }),
  )
  .map(([text, edits]) => {
    const words = text.split(' ');
    for (const [at, word] of edits) words.splice(at % (words.length + 1), word === '' ? 1 : 0, word);
    return [text, words.join(' ')] as const;
  });

describe('similarity', () => {
  it('is 1 for equal bags and 0 for disjoint ones', () => {
    expect(similarity(wordBag('Die Verwaltung'), wordBag('die  Verwaltung'))).toBe(1);
    expect(similarity(wordBag('Die Verwaltung'), wordBag('Der Rat'))).toBe(0);
    expect(similarity(wordBag(''), wordBag(''))).toBe(1);
  });

  it('counts "§" as a common word only where it is a word on both sides', () => {
    // "§a" makes "§" a word, "§ ." a punctuation mark.
    const a = tokenizeText('§a x');
    const b = tokenizeText('§ . x');
    expect(similarityAtLeast(a, b)).toBeLessThanOrEqual(similarity(bagOf(a), bagOf(b)));
  });

  fcTest.prop([editedTexts])('the edge-based lower bound never exceeds the similarity', ([x, y]) => {
    const a = tokenizeText(x);
    const b = tokenizeText(y);
    expect(similarityAtLeast(a, b)).toBeLessThanOrEqual(similarity(bagOf(a), bagOf(b)));
    expect(bagOf(a)).toEqual(wordBag(x));
  });
});
