/**
 * What each change of a clause is, for the writer: the base range it
 * replaces and its new text (a hunk), with white-space-only and
 * typographic-only changes left out, and the words around a range that can
 * be quoted with it to make it unique.
 *
 * @module
 */
import type { RedlineClause } from '../../model.js';
import { foldTypography } from '../../text/normalize.js';
import type { Span } from '../../text/span.js';
import { isGap } from '../gaps.js';

/** One change of a clause text: the base range `[start, end)` replaced by `text` (an insertion when empty). */
export interface Hunk extends Span {
  /** The new text. */
  text: string;
}

/** The changes of a clause as base ranges with their new text, whitespace-only and typographic ones left out. */
export function hunksOf(rc: RedlineClause, text: string): Hunk[] {
  const out: Hunk[] = [];
  let offset = 0;
  let current: Hunk | undefined;
  const close = (): void => {
    if (current !== undefined) {
      const hunk = trimmed(current, text);
      if (hunk !== undefined) out.push(hunk);
    }
    current = undefined;
  };
  for (const seg of rc.segments) {
    if (seg.type === 'equal') {
      close();
      offset += seg.text.length;
    } else if (seg.type === 'delete') {
      current ??= { start: offset, end: offset, text: '' };
      current.end += seg.text.length;
      offset += seg.text.length;
    } else {
      current ??= { start: offset, end: offset, text: '' };
      current.text += seg.text;
    }
  }
  close();
  return out;
}

/** A run of changes without the spaces at its edges; undefined when it changes only spaces or typography. */
function trimmed(h: Hunk, text: string): Hunk | undefined {
  let { start, end } = h;
  while (start < end && isGap(text[start])) start += 1;
  while (end > start && isGap(text[end - 1])) end -= 1;
  const old = text.slice(start, end);
  if (old === '') {
    if (h.text.trim() === '') return undefined;
    // An insertion (possibly with a change of spaces): anchor it where the words are.
    return { start: h.start, end: h.start, text: h.text };
  }
  if (foldTypography(old).trim() === foldTypography(h.text).trim()) return undefined;
  return { start, end, text: h.text };
}

/** Two neighbouring hunks worded as one: from the first's start to the second's end. */
export function mergedHunks(first: Hunk, second: Hunk, text: string): Hunk {
  return { start: first.start, end: second.end, text: first.text + text.slice(first.end, second.start) + second.text };
}

/** Start of the `k`-th word left of `p` (not before `bound`); undefined when there is no such whole word. */
export function leftWords(text: string, p: number, k: number, bound: number): number | undefined {
  let a = p;
  for (let n = 0; n < k; n += 1) {
    while (a > bound && isGap(text[a - 1])) a -= 1;
    if (a <= bound) return undefined;
    while (a > bound && !isGap(text[a - 1])) a -= 1;
    if (a > 0 && a === bound && !isGap(text[a - 1])) return undefined; // would cut a word
  }
  return a;
}

/** End of the `k`-th word right of `p` (not after `bound`); undefined when there is no such whole word. */
export function rightWords(text: string, p: number, k: number, bound: number): number | undefined {
  let b = p;
  for (let n = 0; n < k; n += 1) {
    while (b < bound && isGap(text[b])) b += 1;
    if (b >= bound) return undefined;
    while (b < bound && !isGap(text[b])) b += 1;
    if (b < text.length && b === bound && !isGap(text[b])) return undefined;
  }
  return b;
}

const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', '(', '\u201E', '\u201C', '"']);

/** `b` moved left past punctuation at the end of `[a, b)` ("Kunst." → "Kunst"), keeping at least one character. */
export function withoutTrailingPunctuation(text: string, a: number, b: number): number {
  let end = b;
  while (end - 1 > a && PUNCTUATION.has(text[end - 1]!)) end -= 1;
  return end;
}

/** `a` moved right past punctuation at the start of `[a, b)` ("(mit" → "mit"). */
export function withoutLeadingPunctuation(text: string, a: number, b: number): number {
  let start = a;
  while (start + 1 < b && PUNCTUATION.has(text[start]!)) start += 1;
  return start;
}
