import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../src/text/quotes.js';
import { instructionTokens, normaliseQuoted } from '../../src/references/tokens.js';

describe('instructionTokens', () => {
  it('gives words, punctuation and whole quotations', () => {
    const text = 'In § 4 Abs. 6 wird „X. Y“ (neu) ersetzt:';
    const tokens = instructionTokens(text, 0, text.length, scanQuotes(text).quotes);
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:In',
      'word:§',
      'word:4',
      'word:Abs',
      'punct:.',
      'word:6',
      'word:wird',
      'quote:X. Y',
      'punct:(',
      'word:neu',
      'punct:)',
      'word:ersetzt',
      'punct::',
    ]);
    expect(tokens[0]).toMatchObject({ lower: 'in', start: 0, end: 2 });
  });

  it('keeps hyphenated words and soft hyphens inside a word', () => {
    const text = 'IT-Strategie ge\u00ADstrichen';
    expect(instructionTokens(text, 0, text.length, []).map((t) => (t.kind === 'word' ? t.lower : t.text))).toEqual([
      'it-strategie',
      'gestrichen',
    ]);
  });
});

describe('normaliseQuoted', () => {
  it('joins wrapped lines and keeps paragraphs', () => {
    expect(normaliseQuoted('  Die Stadt\n  baut   Radwege.\n\n  Zweiter  Absatz. ')).toBe(
      'Die Stadt baut Radwege.\n\nZweiter Absatz.',
    );
    expect(normaliseQuoted('a\u00A0b')).toBe('a\u00A0b');
  });
});
