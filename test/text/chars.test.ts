import { describe, expect, it } from 'vitest';
import {
  characterAt,
  characterBefore,
  isAsciiDigit,
  isDigitRun,
  isAsciiLower,
  isAsciiUpper,
  isDigit,
  isIndent,
  isInlineSpace,
  isLetter,
  isLineBreak,
  isLowerCase,
  isTextSpace,
  isTokenSpace,
  isWhitespace,
  isWordChar,
} from '../../src/text/chars.js';

describe('named character classes', () => {
  it('tell spaces apart by meaning', () => {
    for (const ch of [' ', '\t', '\u00A0', '\u202F', '\u2009', '\u2007']) expect(isInlineSpace(ch), ch).toBe(true);
    expect(isInlineSpace('\n')).toBe(false);
    expect(isTokenSpace('\t')).toBe(false);
    expect(isTokenSpace('\u00A0')).toBe(true);
    expect(isLineBreak('\r')).toBe(true);
    expect(isTextSpace('\n')).toBe(true);
    expect(isTextSpace('\u00A0')).toBe(true);
    expect(isIndent('\u00A0')).toBe(false);
    expect(isWhitespace('\u3000')).toBe(true);
    expect(isWhitespace('\u200B')).toBe(false);
  });

  it('know German letters, marks and digits', () => {
    expect(isLetter('ß')).toBe(true);
    expect(isLowerCase('ä')).toBe(true);
    expect(isLowerCase('Ä')).toBe(false);
    expect(isDigit('٣')).toBe(true);
    expect(isWordChar('\u0308')).toBe(true);
    expect(isWordChar('\u00AD')).toBe(true);
    expect(isWordChar('*')).toBe(false);
  });

  it('answer false past either end of the text', () => {
    for (const f of [
      isDigit,
      isInlineSpace,
      isLetter,
      isLineBreak,
      isLowerCase,
      isTextSpace,
      isWhitespace,
      isWordChar,
    ]) {
      expect(f(undefined)).toBe(false);
      expect(f('')).toBe(false);
    }
  });

  it('agree with \\s on every BMP character', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (isWhitespace(ch) !== /\s/u.test(ch)) throw new Error(`U+${c.toString(16)}`);
    }
  });
});

describe('reading characters of a text', () => {
  it('reads a whole code point at an offset and before an offset', () => {
    const text = 'a😀b';
    expect(characterAt(text, 0)).toBe('a');
    expect(characterAt(text, 1)).toBe('😀');
    expect(characterAt(text, 4)).toBe('');
    expect(characterBefore(text, 0, 3)).toBe('😀');
    expect(characterBefore(text, 2, 3)).toBe('\uDE00');
    expect(characterBefore(text, 1, 1)).toBe('');
  });

  it('tell ASCII label characters from other digits and letters', () => {
    expect(isAsciiDigit('7')).toBe(true);
    expect(isAsciiDigit('٣')).toBe(false);
    expect(isAsciiLower('z')).toBe(true);
    expect(isAsciiLower('ä')).toBe(false);
    expect(isAsciiUpper('Q')).toBe(true);
    expect(isAsciiUpper('q')).toBe(false);
    for (const f of [isAsciiDigit, isAsciiLower, isAsciiUpper]) expect(f(undefined) || f('')).toBe(false);
  });

  it('tell a run of ASCII digits up to a length', () => {
    expect(isDigitRun('2024', 4)).toBe(true);
    expect(isDigitRun('20245', 4)).toBe(false);
    expect(isDigitRun('', 4)).toBe(false);
    expect(isDigitRun('12a', 4)).toBe(false);
    expect(isDigitRun('١٢', 4)).toBe(false);
  });
});
