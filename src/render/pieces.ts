/**
 * Plans how a clause's segments are marked up in Markdown (and in the mdast
 * tree): which text goes inside `~~…~~` / `**…**` and which outside.
 *
 * Markdown cannot hold whitespace at the inner edge of a marker, nor a marker
 * across a paragraph break, so edge whitespace moves outside and a change that
 * spans paragraphs is marked per paragraph. Whoever reads the Markdown then
 * decides whose whitespace it is — by the convention in
 * `src/redline/read/spacing.ts`. This module plans the markup, reads the plan
 * back with that same convention, and widens a change to whole neighbouring
 * words where the reading would not give back the exact base and amended text
 * (e.g. a change of whitespace only). As a last resort the whole clause is
 * shown as one replacement. The round trip is therefore exact for every clause
 * whose texts are in the contract's normal form (no edge whitespace, no single
 * line breaks).
 *
 * @module
 */
import type { Segment } from '../model.js';
import { amendedText, baseText, changeRuns, normalizeSegments } from '../redline/segments.js';
import { PARAGRAPH_BREAK, piecesToSegments, type Piece } from '../redline/read/spacing.js';
import { isWhitespace } from '../text/chars.js';
import { unflankedSides } from './flanking.js';

/**
 * The markup plan of a clause text: `delete`/`insert` pieces have a non-empty
 * core without edge whitespace and without paragraph breaks; `equal` pieces may
 * contain paragraph breaks (`"\n\n"`).
 *
 * Each run of changes is first put into the form a clerk writes (see
 * {@link tidyRuns}); the plan is then read back with the reader's convention,
 * and only if that does not give the exact texts are all runs widened to
 * whole neighbouring words, and as the last resort the whole clause is shown
 * as one replacement.
 */
export function planPieces(segments: readonly Segment[]): Piece[] {
  const canonical = normalizeSegments(segments.map((s) => ({ type: s.type, text: s.text })));
  const base = baseText(canonical);
  const amended = amendedText(canonical);
  const reads = (pieces: Piece[]): boolean => {
    const read = piecesToSegments(pieces);
    return baseText(read) === base && amendedText(read) === amended;
  };
  const tidied = tidyRuns(canonical);
  const direct = emit(tidied);
  if (reads(direct)) {
    // A marker that would not count as one (`Köln**, Bonn**`): widen that side by its word, or
    // (when that runs into a neighbouring change) every change by its words.
    const sides = unflankedSides(tidied);
    if (!sides.some((side) => side.left || side.right)) return direct;
    for (const widened of [widen(tidied, sides), widen(tidied)]) {
      const pieces = emit(widened);
      if (reads(pieces) && !unflankedSides(widened).some((side) => side.left || side.right)) return pieces;
    }
    return direct;
  }
  const widened = emit(widen(canonical));
  if (reads(widened)) return widened;
  const whole = emit(
    normalizeSegments([
      { type: 'delete', text: base },
      { type: 'insert', text: amended },
    ]),
  );
  if (reads(whole)) return whole;
  // Only whitespace at the very edges of a clause text cannot be marked; show the changes as they are.
  return direct;
}

/**
 * The canonical segments as pieces for the writers that can mark any text
 * (HTML, terminal, Synopse), sources kept. Those writers set a change's edge
 * whitespace outside its mark, and the HTML reader reads it back by the
 * Markdown spacing convention; where that would not give the exact texts (a
 * pure change beside no whitespace: `\<del>*</del> *:` for „\* *:“ →
 * „\*:“), the Markdown plan is taken instead, without sources.
 */
export function segmentPieces(segments: readonly Segment[]): Piece[] {
  const canonical = normalizeSegments(segments);
  const read = piecesToSegments(emit(canonical));
  if (baseText(read) === baseText(canonical) && amendedText(read) === amendedText(canonical)) return canonical;
  return planPieces(segments);
}

/** How many characters of context a run's local reading check looks at on each side (the reader looks at one). */
const CONTEXT = 4;

/**
 * Puts each run of changes into the form a clerk writes, keeping both texts:
 * a pure deletion/insertion slides over the whitespace next to it into the
 * position the reader's spacing convention reads back (`a` `~~ b~~` ` c` →
 * `a ` `~~b ~~` `c`). (Whitespace that a replacement's deletion and insertion
 * share at an edge is already unchanged text: `normalizeSegments` moves it out.)
 *
 * Where a marker would not count as one in CommonMark (a word character
 * outside, punctuation inside: `Verwaltung**, insbesondere**`), remark-stringify
 * writes the outside character as a character reference
 * (`Verwaltun&#x67;**, insbesondere**`): Markdown viewers show it as intended
 * and the round trip stays exact, where widening the change to the whole word
 * would read back as a different (if equivalent) redline.
 *
 * One left-to-right pass; each run is checked on a few characters of context.
 */
function tidyRuns(segments: readonly Segment[]): Segment[] {
  const items = segments.map((s) => ({ ...s }));
  const out: Segment[] = [];
  let next = 0;
  for (const run of changeRuns(items)) {
    // Read live: a slide below may have shortened the equal segment after the previous run.
    out.push(...items.slice(next, run.start));
    next = run.end;
    let del = baseText(run.segments.filter((s) => s.type === 'delete'));
    let ins = amendedText(run.segments.filter((s) => s.type === 'insert'));
    let before = out[out.length - 1]?.type === 'equal' ? out.pop()! : undefined;
    let after = items[run.end];
    if (del === '' || ins === '') {
      const type = del === '' ? 'insert' : 'delete';
      const slid = slide(
        { type, text: del + ins },
        before?.text ?? '',
        after?.text,
        out.length === 0 && before === undefined,
      );
      if (slid !== undefined) {
        before = slid.before === '' && before === undefined ? undefined : { type: 'equal', text: slid.before };
        after = slid.after === undefined ? undefined : { type: 'equal', text: slid.after };
        if (type === 'insert') ins = slid.text;
        else del = slid.text;
      }
    }
    if (before !== undefined && before.text !== '') out.push(before);
    if (del !== '') out.push({ type: 'delete', text: del });
    if (ins !== '') out.push({ type: 'insert', text: ins });
    if (after !== undefined) items[run.end] = after;
  }
  out.push(...items.slice(next));
  return normalizeSegments(out);
}

/**
 * A pure run slid over the whitespace around it to where the reader reads it
 * back exactly, checked on a little context; `undefined` when no position
 * within a few characters does (then the clause-level check decides).
 */
function slide(
  run: Segment,
  before: string,
  after: string | undefined,
  atStart: boolean,
): { before: string; text: string; after: string | undefined } | undefined {
  const ok = (b: string, text: string, a: string | undefined): boolean => {
    const window: Segment[] = [];
    const tail = b.slice(-CONTEXT);
    if (tail !== '' || !atStart) window.push({ type: 'equal', text: tail === '' ? 'x' : tail });
    window.push({ type: run.type, text });
    if (a !== undefined && a !== '') window.push({ type: 'equal', text: a.slice(0, CONTEXT) });
    const read = piecesToSegments(emit(window));
    return (
      read.length === window.length && read.every((s, k) => s.type === window[k]!.type && s.text === window[k]!.text)
    );
  };
  if (ok(before, run.text, after)) return { before, text: run.text, after };
  // Slide right: "a" + " b" + " c" → "a " + "b " + "c" while the run starts with what follows it.
  let b = before;
  let text = run.text;
  let a = after;
  for (
    let step = 0;
    step < CONTEXT && a !== undefined && a !== '' && text.charAt(0) === a.charAt(0) && isSpaceAt(a, 0);
    step++
  ) {
    b += text.charAt(0);
    text = text.slice(1) + a.charAt(0);
    a = a.slice(1);
    if (ok(b, text, a)) return { before: b, text, after: a };
  }
  // Slide left: "a " + "b " + "c" → "a" + " b" + " c" while the run ends with what precedes it.
  b = before;
  text = run.text;
  a = after;
  for (
    let step = 0;
    step < CONTEXT && b !== '' && lastChar(text) === lastChar(b) && isSpaceAt(b, b.length - 1);
    step++
  ) {
    const c = lastChar(b);
    b = b.slice(0, b.length - c.length);
    text = c + text.slice(0, text.length - c.length);
    a = c + (a ?? '');
    if (ok(b, text, a)) return { before: b, text, after: a };
  }
  return undefined;
}

function lastChar(text: string): string {
  return text.slice(-1);
}

/** Pieces straight from canonical segments: edge whitespace outside, one space between deletion and insertion. */
function emit(segments: readonly Segment[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.type === 'equal') {
      out.push({ type: 'equal', text: segment.text });
      continue;
    }
    const previous = segments[i - 1];
    if (segment.type === 'insert' && previous !== undefined && previous.type === 'delete') {
      out.push({ type: 'equal', text: ' ' });
    }
    emitChange(segment.type, segment.text, out);
  }
  return out;
}

/** One change, marked per paragraph, its edge whitespace outside the markers. */
function emitChange(type: 'delete' | 'insert', text: string, out: Piece[]): void {
  const paragraphs = text.split(PARAGRAPH_BREAK);
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push({ type: 'equal', text: PARAGRAPH_BREAK });
    let start = 0;
    let end = paragraph.length;
    while (start < end && isSpaceAt(paragraph, start)) start += 1;
    while (end > start && isSpaceAt(paragraph, end - 1)) end -= 1;
    if (start > 0) out.push({ type: 'equal', text: paragraph.slice(0, start) });
    if (end > start) out.push({ type, text: paragraph.slice(start, end) });
    if (end < paragraph.length) out.push({ type: 'equal', text: paragraph.slice(end) });
  });
}

/** Whitespace a marker cannot hold at its edge (a UTF-16 unit is enough: all white space is in the BMP). */
function isSpaceAt(text: string, index: number): boolean {
  return isWhitespace(text[index]);
}

/**
 * Each run of changes grown by the neighbouring word on each side (with the
 * whitespace between), taken into both its deletion and its insertion. Base and
 * amended texts stay the same; the run's edges become word characters.
 * `sides` (per run, in order) limits it to the sides named there.
 */
function widen(segments: readonly Segment[], sides?: ReadonlyArray<{ left: boolean; right: boolean }>): Segment[] {
  const items = segments.map((s) => ({ ...s }));
  const out: Segment[] = [];
  let next = 0;
  let index = 0;
  for (const run of changeRuns(items)) {
    const side = sides?.[index++] ?? { left: true, right: true };
    out.push(...items.slice(next, run.start));
    next = run.end;
    const before = out[out.length - 1];
    let left = '';
    if (side.left && before !== undefined && before.type === 'equal') {
      const cut = wordStartBefore(before.text);
      left = before.text.slice(cut);
      before.text = before.text.slice(0, cut);
    }
    const after = items[run.end];
    let right = '';
    if (side.right && after !== undefined) {
      const cut = wordEndAfter(after.text);
      right = after.text.slice(0, cut);
      after.text = after.text.slice(cut);
    }
    out.push(
      { type: 'delete', text: left + baseText(run.segments) + right },
      { type: 'insert', text: left + amendedText(run.segments) + right },
    );
  }
  out.push(...items.slice(next));
  return normalizeSegments(out.filter((s) => s.text !== ''));
}

/** Where the last word of `text` (with the whitespace after it) starts. */
function wordStartBefore(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceAt(text, i - 1)) i -= 1;
  while (i > 0 && !isSpaceAt(text, i - 1)) i -= 1;
  return i;
}

/** Where the first word of `text` (with the whitespace before it) ends. */
function wordEndAfter(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceAt(text, i)) i += 1;
  while (i < text.length && !isSpaceAt(text, i)) i += 1;
  return i;
}

/**
 * The pieces split into paragraphs at their paragraph breaks (a change that
 * spans a break becomes one piece per paragraph). Always at least one
 * (possibly empty) paragraph.
 */
export function splitParagraphs(pieces: readonly Piece[]): Piece[][] {
  const paragraphs: Piece[][] = [[]];
  for (const piece of pieces) {
    piece.text.split(PARAGRAPH_BREAK).forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part !== '') paragraphs[paragraphs.length - 1]!.push({ ...piece, text: part });
    });
  }
  return paragraphs;
}

/** Leading whitespace, the rest, trailing whitespace. */
export function splitEdgeSpace(text: string): { before: string; core: string; after: string } {
  const start = text.length - text.trimStart().length;
  const core = text.trim();
  return { before: text.slice(0, start), core, after: text.slice(start + core.length) };
}
