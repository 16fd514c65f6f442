/**
 * Breaking one clause's printed text into lines of at most `lineLength`
 * characters, the way a motion book is typeset: greedy, at spaces only, a
 * line break or blank line in the text always starts a new line, and a word
 * longer than a line is cut into line-sized pieces (never dropped).
 *
 * Hand-written because no library in the stack wraps text while reporting
 * the offsets of each line; those offsets are what line-addressed
 * instructions and redline line ranges are computed from.
 *
 * @module
 */

/** One printed line: the half-open range `[start, end)` of the wrapped string (no surrounding spaces). */
export interface WrappedLine {
  /** Offset of the first printed character. */
  start: number;
  /** Offset after the last printed character. */
  end: number;
}

/**
 * Whitespace at which a line may break. Non-breaking spaces (U+00A0, U+2007,
 * U+202F) join words, as in print.
 */
function isBreakingSpace(code: number): boolean {
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c) return true;
  if (code === 0xa0 || code === 0x2007 || code === 0x202f) return false;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Combining marks (NFD umlauts) do not take a column of their own and are never cut off their letter. */
function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Soft hyphens are invisible unless a line breaks there; they take no column. */
const SOFT_HYPHEN = 0xad;

/** Columns a run of text takes: code points, without combining marks and soft hyphens. */
export function columns(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > start) continue; // low surrogate: counted with its pair
    if (isCombining(code) || code === SOFT_HYPHEN) continue;
    n += 1;
  }
  return n;
}

interface Word {
  start: number;
  end: number;
  width: number;
  /** A line break (or blank line) in the space before it forces a new line. */
  hardBreak: boolean;
  /** Columns of the space before it when it stays on the line. */
  gap: number;
}

/** The words (runs between breaking spaces) of `text`. */
function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  let hard = false;
  let gapStart = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isBreakingSpace(code)) {
      if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) hard = true;
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && !isBreakingSpace(text.charCodeAt(i))) i += 1;
    out.push({ start, end: i, width: columns(text, start, i), hardBreak: hard, gap: columns(text, gapStart, start) });
    hard = false;
    gapStart = i;
  }
  return out;
}

/** Cuts `[start, end)` into pieces of at most `width` columns, never inside a surrogate pair or before a combining mark. */
function cut(text: string, start: number, end: number, width: number): WrappedLine[] {
  const pieces: WrappedLine[] = [];
  let pieceStart = start;
  let cols = 0;
  for (let i = start; i < end;) {
    const code = text.charCodeAt(i);
    let next = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1);
    while (next < end && (isCombining(text.charCodeAt(next)) || text.charCodeAt(next) === SOFT_HYPHEN)) next += 1;
    const w = isCombining(code) || code === SOFT_HYPHEN ? 0 : 1;
    if (cols + w > width && i > pieceStart) {
      pieces.push({ start: pieceStart, end: i });
      pieceStart = i;
      cols = 0;
    }
    cols += w;
    i = next;
  }
  pieces.push({ start: pieceStart, end });
  return pieces;
}

/**
 * Breaks `text` into lines of at most `width` columns. An empty (or all-space)
 * text is one empty line at offset 0. Runs in linear time.
 */
export function wrap(text: string, width: number): WrappedLine[] {
  const list = words(text);
  if (list.length === 0) return [{ start: 0, end: 0 }];
  const lines: WrappedLine[] = [];
  let current: { start: number; end: number; width: number } | undefined;
  for (const word of list) {
    if (current !== undefined && !word.hardBreak && current.width + word.gap + word.width <= width) {
      current.end = word.end;
      current.width += word.gap + word.width;
      continue;
    }
    if (current !== undefined) lines.push({ start: current.start, end: current.end });
    if (word.width <= width) {
      current = { start: word.start, end: word.end, width: word.width };
      continue;
    }
    const pieces = cut(text, word.start, word.end, width);
    const last = pieces.pop()!;
    lines.push(...pieces);
    current = { start: last.start, end: last.end, width: columns(text, last.start, last.end) };
  }
  if (current !== undefined) lines.push({ start: current.start, end: current.end });
  return lines;
}
