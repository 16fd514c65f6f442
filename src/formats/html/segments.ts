/**
 * From the pieces of an HTML block to the segments of a redline clause, and
 * the label written at the start of a paragraph's text.
 *
 * HTML says exactly which characters a `<del>` or `<ins>` holds, but people
 * (and editors) write `Wir <del>alt</del> <ins>neu</ins> Text` with the spaces
 * outside the marks, as in Markdown. So: when any mark of a clause holds
 * whitespace at its edge, the writer was exact about spaces (diff tools are:
 * `elitr<del> sed</del><ins>,</ins> diam`) and the pieces are taken as they
 * are; otherwise they are read by the redline form's spacing convention
 * (`piecesToSegments`, as `parseRedline` reads `~~alt~~ **neu**`).
 *
 * @module
 */
import type { Segment } from '../../model.js';
import { PARAGRAPH_BREAK, piecesToSegments, type Piece } from '../../redline/read/spacing.js';
import { amendedText, baseText, normalizeSegments } from '../../redline/segments.js';
import { scanLineLabel } from '../../parse/labels.js';
import { isFalseLabel } from '../../parse/labels.js';

/** The paragraphs' pieces trimmed at both ends (non-empty paragraphs only). */
export function trimParagraphs(paragraphs: readonly Piece[][]): Piece[][] {
  const out: Piece[][] = [];
  for (const paragraph of paragraphs) {
    const pieces = paragraph.map((p) => ({ ...p }));
    const first = pieces[0];
    if (first !== undefined) first.text = first.text.trimStart();
    const last = pieces[pieces.length - 1];
    if (last !== undefined) last.text = last.text.trimEnd();
    const kept = pieces.filter((p) => p.text !== '');
    if (kept.length > 0) out.push(kept);
  }
  return out;
}

/** True when a mark holds whitespace at its edge: the writer placed spaces exactly. */
function isExact(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => p.type !== 'equal' && (/^\s/u.test(p.text) || /\s$/u.test(p.text)));
}

/** Paragraphs of pieces → canonical segments (see the module comment). */
export function piecesOfParagraphs(paragraphs: readonly Piece[][]): Segment[] {
  const pieces: Piece[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) pieces.push({ type: 'equal', text: PARAGRAPH_BREAK });
    pieces.push(...paragraph);
  });
  if (isExact(pieces)) return normalizeSegments(pieces.map((p) => ({ ...p })));
  return withSources(pieces, piecesToSegments(pieces));
}

/**
 * The sources of the marked pieces put back on the segments read from them
 * (the reader's spacing convention does not carry them): the i-th deletion
 * (insertion) segment gets the source of the i-th deletion (insertion) piece
 * when the counts agree, else the one source all of them share, if any.
 */
function withSources(pieces: readonly Piece[], segments: Segment[]): Segment[] {
  if (!pieces.some((p) => p.source !== undefined)) return segments;
  for (const type of ['delete', 'insert'] as const) {
    const sources = pieces.filter((p) => p.type === type).map((p) => p.source);
    const targets = segments.filter((s) => s.type === type);
    const shared = sources.every((s) => s === sources[0]) ? sources[0] : undefined;
    targets.forEach((segment, index) => {
      const source = sources.length === targets.length ? sources[index] : shared;
      if (source !== undefined) segment.source = source;
    });
  }
  return normalizeSegments(segments);
}

/** Removes `base` characters of the base text and `amended` of the amended text from the start. */
export function dropPrefix(segments: readonly Segment[], base: number, amended: number): Segment[] {
  let b = base;
  let a = amended;
  const out: Segment[] = [];
  for (const segment of segments) {
    let k: number;
    if (segment.type === 'delete') k = Math.min(b, segment.text.length);
    else if (segment.type === 'insert') k = Math.min(a, segment.text.length);
    else k = Math.min(a, b, segment.text.length);
    if (segment.type !== 'insert') b -= k;
    if (segment.type !== 'delete') a -= k;
    out.push({ type: segment.type, text: segment.text.slice(k) });
  }
  return normalizeSegments(out);
}

/** The label at the start of a text and where its text starts, or undefined. */
function labelAt(text: string): { label: string; textStart: number } | undefined {
  const found = scanLineLabel(text);
  if (found === undefined || found.reopen !== '' || isFalseLabel(text, found)) return undefined;
  return { label: found.label, textStart: found.textStart };
}

/**
 * The label written at the start of a clause text (`1. Text`, `~~3.~~ **4.** Text`):
 * the amended label, the base label where it differs, and the segments without them.
 * For a clause that exists in one version only, that version's label.
 */
export function takeTextLabel(
  segments: readonly Segment[],
  whole: 'inserted' | 'deleted' | undefined,
): { label: string; baseLabel?: string; segments: Segment[] } | undefined {
  const inBase = labelAt(baseText(segments));
  const inAmended = labelAt(amendedText(segments));
  if (whole === 'inserted' || whole === 'deleted') {
    const found = whole === 'inserted' ? inAmended : inBase;
    if (found === undefined) return undefined;
    return { label: found.label, segments: dropPrefix(segments, found.textStart, found.textStart) };
  }
  if (inBase === undefined || inAmended === undefined) return undefined;
  const out = { label: inAmended.label, segments: dropPrefix(segments, inBase.textStart, inAmended.textStart) };
  return inBase.label === inAmended.label ? out : { ...out, baseLabel: inBase.label };
}
