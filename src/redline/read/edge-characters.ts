/**
 * Characters the Markdown redline form must write as character references to
 * keep them: the line reader (src/parse/source-lines.ts) trims white space,
 * zero-width spaces and BOMs at a line's start and end, so a paragraph that
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
