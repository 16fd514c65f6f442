import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import type { Clause } from '../../src/model.js';
import { foldTypography } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { TokenizedClauses, tokenizeText } from '../../src/diff/tokenized.js';

/** Every Latin-1 character, some typographic ones, combining marks and spaces. */
const char = fc.oneof(
  fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('„', '“', '‚', '‘', '’', '\u0308', '\u0301', '\u00A0', '\u202F', '\u200B', ' ', '\n', 'e', 'a'),
);

describe('tokenizeText', () => {
  fcTest.prop([fc.array(char, { maxLength: 30 }).map((cs) => cs.join(''))])(
    'gives the tokens of the tokeniser and each one folded as foldTypography folds it',
    (text) => {
      const { tokens, folded } = tokenizeText(text);
      expect(tokens).toEqual(tokenize(text));
      tokens.forEach((token, i) => {
        expect(folded[i]).toBe(token.kind === 'space' ? ' ' : foldTypography(token.text));
      });
    },
  );
});

describe('TokenizedClauses', () => {
  it('tokenises a clause once and hands it over once', () => {
    const clause: Clause = { id: '1', label: '1.', text: 'Die Verwaltung prüft', children: [] };
    const edited: Clause = { id: '1', label: '1.', text: 'Die Stadtverwaltung prüft', children: [] };
    const texts = new TokenizedClauses();
    const first = texts.get(clause);
    expect(texts.get(clause)).toBe(first);
    const [a, b] = texts.takePair(clause, edited);
    expect(a).toBe(first);
    expect(b).toEqual(tokenizeText(edited.text));
    expect(texts.get(clause)).not.toBe(first);
    expect(texts.get(clause)).toEqual(first);
  });
});
