/**
 * Single characters the Markdown redline form must escape to keep them as
 * text: one at a line start that the clause parser would read as structure
 * ({@link escapeAt}, used by `protectLine` in labels.ts), and the white space
 * that the line reader (src/parse/source-lines.ts) trims at a line's start
 * and end — zero-width spaces, BOMs, no-break spaces — so a paragraph that
 * starts or ends with one would lose it (issue 13, item 6).
 *
 * @module
 */
import { isEdgeSpace } from '../../parse/source-lines.js';

/**
 * Characters at the start and end of a line that the line reader would trim
 * (a zero-width space, a BOM, a no-break space: {@link isEdgeSpace}) written as
 * character references, so they stay text. Spaces and tabs are left to
 * `protectSpaces` (labels.ts) and the spacing convention.
 */
export function protectEdges(line: string): string {
  const kept = (code: number): boolean => isEdgeSpace(code) && code !== 0x20 && code !== 0x09;
  const reference = (c: string): string => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
  let start = 0;
  while (start < line.length && kept(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && kept(line.charCodeAt(end - 1))) end--;
  if (start === 0 && end === line.length) return line;
  const head = Array.from(line.slice(0, start), reference).join('');
  const tail = Array.from(line.slice(end), reference).join('');
  // A backslash right before a reference would escape its `&`: escape the backslash.
  let slashes = 0;
  while (end - slashes - 1 >= start && line[end - slashes - 1] === '\\') slashes++;
  return head + line.slice(start, end) + (tail !== '' && slashes % 2 === 1 ? '\\' : '') + tail;
}

/** ASCII punctuation: the characters a backslash escapes in CommonMark. */
export function isAsciiPunctuation(c: string): boolean {
  return /^[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]$/.test(c);
}

/**
 * Bullets and dashes that have a named character reference in HTML (and so in
 * CommonMark): `&bull; Text` reads better than a numeric `&#x2022; Text`.
 */
const NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['•', '&bull;'],
  ['–', '&ndash;'],
  ['—', '&mdash;'],
  ['·', '&middot;'],
]);

/**
 * `text` with the character at `index` escaped: a backslash before ASCII
 * punctuation, a named character reference for the common bullets and dashes,
 * else a numeric one.
 */
export function escapeAt(text: string, index: number): string {
  const c = text[index]!;
  if (isAsciiPunctuation(c)) return `${text.slice(0, index)}\\${text.slice(index)}`;
  const named = NAMED_REFERENCES.get(c);
  if (named !== undefined) return `${text.slice(0, index)}${named}${text.slice(index + 1)}`;
  const code = text.codePointAt(index)!;
  return `${text.slice(0, index)}&#x${code.toString(16).toUpperCase()};${text.slice(index + String.fromCodePoint(code).length)}`;
}
