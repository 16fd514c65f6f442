/**
 * Input bytes as text. UTF-8 (a byte order mark is dropped), UTF-16 when a
 * byte order mark says so, and — since text exported from Word or PDF in
 * German offices often is Windows-1252 — bytes that are not valid UTF-8 are
 * read as Windows-1252, with a note, never with silent U+FFFD replacement
 * characters.
 *
 * @module
 */

/** The text of a file, and the encoding it was read in when that was not UTF-8 (for a note on stderr). */
export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8. */
  encoding?: 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';
}

/**
 * Windows-1252 at 0x80–0x9F (the rest of the code page is ISO-8859-1, one
 * byte per code point). Written out because Node 20's `TextDecoder` decodes
 * the label `windows-1252` as ISO-8859-1 and gives C1 control characters
 * here instead of „ “ – € ….
 * The five bytes the code page leaves undefined map to the same code point,
 * as the WHATWG Encoding Standard maps them.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes input bytes; see the module comment. */
export function decodeInput(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

/**
 * Windows-1252 bytes as text: one code point per byte (the `latin1` label),
 * then 0x80–0x9F mapped (a Node whose decoder already maps them leaves
 * nothing to replace).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
