import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeInput, decodeWindows1252 } from '../../src/cli/encoding.js';

describe('decodeInput', () => {
  it('reads UTF-8 without a note and drops its byte order mark', () => {
    expect(decodeInput(Buffer.from('\ufeff1. Straße „neu“', 'utf8'))).toEqual({ text: '1. Straße „neu“' });
  });

  it('reads UTF-16 with a byte order mark, naming the encoding', () => {
    expect(decodeInput(Buffer.from('\ufeff1. Straße', 'utf16le'))).toEqual({
      text: '1. Straße',
      encoding: 'UTF-16LE',
    });
    const be = Buffer.from('\ufeff1. Straße', 'utf16le').swap16();
    expect(decodeInput(be)).toEqual({ text: '1. Straße', encoding: 'UTF-16BE' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with its typographic characters', () => {
    const bytes = Uint8Array.from([0x84, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x93, 0x20, 0x96, 0x20, 0x80, 0x85]);
    expect(decodeInput(bytes)).toEqual({ text: '„Straße“ – €…', encoding: 'Windows-1252' });
  });

  test.prop([fc.uint8Array({ maxLength: 200 })])('never gives U+FFFD for bytes that are not UTF-8', (bytes) => {
    const { text, encoding } = decodeInput(bytes);
    if (encoding === 'Windows-1252') {
      expect(text).not.toContain('\ufffd');
      expect(text).toHaveLength(bytes.length);
    }
  });

  it('maps every byte to one character, the five undefined ones to their own code point', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(text.charCodeAt(byte)).toBe(byte);
    expect(text.slice(0xa0)).toBe(Buffer.from(all.slice(0xa0)).toString('latin1'));
  });
});
