/**
 * Whitespace and punctuation around applied changes. Changes address words;
 * the spaces between words belong to neither side, so after a deletion or
 * insertion the text must still read right:
 *
 * - deleting "und die sozialen Medien" from "der Stadt und die sozialen
 *   Medien." gives "der Stadt." (the space before the deleted words goes too);
 * - deleting a word between two spaces removes one of them; at the start or
 *   end of the text, the space next to it;
 * - an inserted word gets a space where it meets a word ("Vorhaben" + "neue"
 *   → "Vorhaben neue"), none before punctuation (", die Bearbeitungsdauer"
 *   after "Vorhaben" → "Vorhaben, die Bearbeitungsdauer") and none after an
 *   opening bracket or quote.
 *
 * Only whitespace moves: a space of the surrounding equal text becomes part
 * of the deletion, or the inserted text gains or loses a space at its edge.
 * So the base text of the segments never changes. Hunks that show a rewrite
 * (a word diff of a new wording) are left exactly as the diff made them.
 *
 * @module
 */
import type { Segment } from '../model.js';
import { changeRuns } from '../redline/segments.js';
import { isTextSpace } from '../text/chars.js';

/** A segment while a clause is being built; `locked` segments come from a word diff and are not touched. */
export interface WorkSegment extends Segment {
  /** Part of a rewrite's word diff. */
  locked?: boolean;
}

const CLOSING = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '\u201C',
  '\u201D',
  '"',
  '\u00AB',
  '\u00BB',
  '\u2019',
  '\u2018',
  "'",
  '\u2026',
]);
const OPENING = new Set(['(', '[', '{', '\u201E', '\u201A', '/']);

/** Whether `ch` is punctuation that attaches to the word before it. */
function isClosing(ch: string): boolean {
  return CLOSING.has(ch);
}

/** Whether `ch` is an opening bracket or quote (nothing separates it from the next word). */
function isOpening(ch: string): boolean {
  return OPENING.has(ch);
}

/**
 * Fixes the whitespace around every unlocked hunk (a run of delete/insert
 * segments), in place. Returns the same array for convenience. The segments
 * are not empty (as `textSegments` builds them): an empty `equal` would split
 * a hunk in two.
 */
export function fixSpacing(segments: WorkSegment[]): WorkSegment[] {
  let i = 0;
  // The runs are taken before any fix, because a fix inserts segments.
  const runs = [...changeRuns(segments)].map((r) => r.segments);
  for (const run of runs) {
    // A fix may insert a whitespace deletion before or after its hunk: the run is found again by its first segment.
    while (segments[i] !== run[0]) i += 1;
    let j = i;
    while (j < segments.length && segments[j]!.type !== 'equal') j += 1;
    if (!run.some((s) => s.locked === true)) fixHunk(segments, i, j);
  }
  return segments;
}

/** The amended text just before index `i` (last character), or '' at the start. */
function prevChar(segments: readonly WorkSegment[], i: number): string {
  for (let k = i - 1; k >= 0; k -= 1) {
    const s = segments[k]!;
    if (s.type !== 'delete' && s.text !== '') return s.text[s.text.length - 1]!;
  }
  return '';
}

/** The amended text just after index `j - 1` (first character), or '' at the end. */
function nextChar(segments: readonly WorkSegment[], j: number): string {
  for (let k = j; k < segments.length; k += 1) {
    const s = segments[k]!;
    if (s.type !== 'delete' && s.text !== '') return s.text[0]!;
  }
  return '';
}

/**
 * Removes the whitespace run that ends the amended text before index `i`:
 * from an equal segment it moves into the deletion right after it (creating
 * one if needed), from an insertion it is trimmed.
 */
function dropSpaceBefore(segments: WorkSegment[], i: number): void {
  for (let k = i - 1; k >= 0; k -= 1) {
    const s = segments[k]!;
    if (s.type === 'delete' || s.text === '') continue;
    let cut = s.text.length;
    while (cut > 0 && isTextSpace(s.text[cut - 1]!)) cut -= 1;
    if (cut === s.text.length) return;
    const space = s.text.slice(cut);
    s.text = s.text.slice(0, cut);
    if (s.type === 'insert') return;
    const after = segments[k + 1];
    if (after !== undefined && after.type === 'delete' && after.locked !== true) after.text = space + after.text;
    else segments.splice(k + 1, 0, withSource({ type: 'delete', text: space }, segments[i]));
    return;
  }
}

/** Removes the whitespace run that starts the amended text at index `j` (see {@link dropSpaceBefore}). */
function dropSpaceAfter(segments: WorkSegment[], j: number): void {
  for (let k = j; k < segments.length; k += 1) {
    const s = segments[k]!;
    if (s.type === 'delete' || s.text === '') continue;
    let cut = 0;
    while (cut < s.text.length && isTextSpace(s.text[cut]!)) cut += 1;
    if (cut === 0) return;
    const space = s.text.slice(0, cut);
    s.text = s.text.slice(cut);
    if (s.type === 'insert') return;
    const before = segments[k - 1];
    if (before !== undefined && before.type === 'delete' && before.locked !== true) before.text += space;
    else segments.splice(k, 0, withSource({ type: 'delete', text: space }, segments[j - 1]));
    return;
  }
}

function withSource(segment: WorkSegment, like: WorkSegment | undefined): WorkSegment {
  if (like?.source !== undefined) segment.source = like.source;
  return segment;
}

function fixHunk(segments: WorkSegment[], i: number, j: number): void {
  const inserts = segments.slice(i, j).filter((s) => s.type === 'insert');
  const inserted = inserts.map((s) => s.text).join('');
  const before = prevChar(segments, i);
  const after = nextChar(segments, j);
  if (inserted === '') {
    // A pure deletion: do not leave two spaces, or a space before punctuation.
    if ((before === '' || isTextSpace(before) || isOpening(before)) && isTextSpace(after)) dropSpaceAfter(segments, j);
    else if (isTextSpace(before) && (after === '' || isClosing(after))) dropSpaceBefore(segments, i);
    return;
  }
  // Insertions of different changes at one place: one space between them where words meet.
  for (let k = 1; k < inserts.length; k += 1) {
    const left = inserts[k - 1]!.text;
    const right = inserts[k]!.text;
    if (left === '' || right === '') continue;
    const l = left[left.length - 1]!;
    const r = right[0]!;
    if (!isTextSpace(l) && !isTextSpace(r) && !isOpening(l) && !isClosing(r)) inserts[k]!.text = ` ${right}`;
  }
  const first = inserts[0]!;
  const last = inserts[inserts.length - 1]!;
  // Leading edge of the insertion.
  const head = first.text[0]!;
  if (isTextSpace(head)) {
    const paragraph = first.text.startsWith('\n');
    if (before === '' || (isTextSpace(before) && !(paragraph && before !== '\n'))) first.text = first.text.trimStart();
  } else if (isClosing(head)) {
    if (isTextSpace(before)) dropSpaceBefore(segments, i);
  } else if (before !== '' && !isTextSpace(before) && !isOpening(before)) {
    first.text = ` ${first.text}`;
  }
  // Trailing edge.
  const text = last.text;
  if (text === '') return;
  const tail = text[text.length - 1]!;
  if (isTextSpace(tail)) {
    if (after === '' || isTextSpace(after) || isClosing(after)) last.text = text.trimEnd();
  } else if (after !== '' && !isTextSpace(after) && !isClosing(after) && !isOpening(tail)) {
    last.text = `${text} `;
  }
}
