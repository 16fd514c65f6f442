/**
 * Quoting a stretch of an amendment in an error message: on one line,
 * shortened to 300 characters.
 *
 * @module
 */

/** The text of `[start, end)` on one line, shortened to 300 characters. */
export function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return s.length > 300 ? `${s.slice(0, 297)}…` : s;
}

/** Where the line holding `at` starts. */
export function lineStartOf(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl === -1 ? 0 : nl + 1;
}

/** Where the line holding `at` ends. */
export function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}
