/**
 * What a clause's segments become in a Word paragraph: runs of unchanged,
 * deleted and inserted text, split into paragraphs at `"\n\n"`.
 *
 * Where the space between a deletion and its insertion goes is decided once
 * for every renderer, by `planPieces` (src/render/pieces.ts). Its plan is
 * Markdown's: edge whitespace outside the markers, read back by the redline
 * form's spacing convention. A tracked change in Word carries its own
 * whitespace, so the tracked runs are that plan *read back* (exact base and
 * amended text, whitespace where a clerk puts it), and a replacement that
 * would show glued together ("vierteljährlichhalbjährlich") takes the space
 * after it (or before it) into both its deletion and its insertion: either
 * version still has exactly one space there, and Word shows
 * "~~vierteljährlich ~~halbjährlich vor". Drawn with formatting instead
 * (`tracked: false`), the runs are the plan itself, as in Markdown.
 *
 * @module
 */
import type { Segment } from '../../model.js';
import { PARAGRAPH_BREAK, piecesToSegments } from '../../redline/read/spacing.js';
import { amendedText, baseText, normalizeSegments } from '../../redline/segments.js';
import { planPieces } from '../../render/pieces.js';
import { isInlineSpace } from '../../text/chars.js';

/** A run of text in a Word paragraph. */
export interface Run {
  /** Unchanged, deleted or inserted. */
  type: Segment['type'];
  /** The text (no paragraph breaks). */
  text: string;
  /** The amendment the change comes from, when known. */
  source?: string;
}

/** One Word paragraph of a clause text. */
export interface RunParagraph {
  /** The runs, in order. */
  runs: Run[];
  /** What happened to the paragraph mark at its end: a break that only one version has. */
  mark: Segment['type'];
}

/** Tracked runs: exact texts, a visible space between a deletion and its insertion, sources kept. */
export function trackedRuns(segments: readonly Segment[]): Run[] {
  const base = baseText(segments);
  const amended = amendedText(segments);
  const read = piecesToSegments(planPieces(segments));
  const exact =
    baseText(read) === base && amendedText(read) === amended
      ? read
      : normalizeSegments(segments.map((s) => ({ type: s.type, text: s.text })));
  const runs = separate(exact.map((s) => ({ type: s.type, text: s.text })));
  return segments.some((s) => s.source !== undefined) ? attribute(runs, segments) : runs;
}

/** Formatting runs: the Markdown plan (edge whitespace outside, one space between deletion and insertion). */
export function formattedRuns(segments: readonly Segment[]): Run[] {
  return planPieces(segments).map((piece) => ({ type: piece.type, text: piece.text }));
}

/**
 * A deletion directly followed by its insertion, with no whitespace between
 * them, takes the inline space after the pair (or, failing that, before it)
 * into both.
 */
function separate(runs: Run[]): Run[] {
  for (let i = 0; i + 1 < runs.length; i++) {
    const del = runs[i]!;
    const ins = runs[i + 1]!;
    if (del.type !== 'delete' || ins.type !== 'insert') continue;
    if (isInlineSpace(del.text.slice(-1)) || isInlineSpace(ins.text.charAt(0))) continue;
    const after = runs[i + 2];
    const before = runs[i - 1];
    if (after?.type === 'equal' && isInlineSpace(after.text.charAt(0))) {
      const space = after.text.charAt(0);
      del.text += space;
      ins.text += space;
      after.text = after.text.slice(1);
    } else if (before?.type === 'equal' && isInlineSpace(before.text.slice(-1))) {
      const space = before.text.slice(-1);
      del.text = space + del.text;
      ins.text = space + ins.text;
      before.text = before.text.slice(0, -1);
    }
  }
  return runs.filter((run) => run.text !== '');
}

/**
 * The runs split where the amendment a change comes from changes, each
 * carrying its `source`: looked up by position in the base text (deletions)
 * or the amended text (insertions) of the original segments. Whitespace the
 * plan moved into a change takes the source of the change it joined.
 */
function attribute(runs: readonly Run[], original: readonly Segment[]): Run[] {
  const deleted: Array<string | undefined> = [];
  const inserted: Array<string | undefined> = [];
  for (const segment of original) {
    if (segment.type !== 'insert') for (const _ of segment.text) deleted.push(segment.source);
    if (segment.type !== 'delete') for (const _ of segment.text) inserted.push(segment.source);
  }
  const out: Run[] = [];
  let b = 0;
  let a = 0;
  for (const run of runs) {
    const chars = Array.from(run.text);
    if (run.type === 'equal') {
      out.push(run);
      b += chars.length;
      a += chars.length;
      continue;
    }
    const table = run.type === 'delete' ? deleted : inserted;
    const from = run.type === 'delete' ? b : a;
    const sources = chars.map((_, k) => table[from + k]);
    const known = sources.find((s) => s !== undefined);
    let current = known;
    let text = '';
    chars.forEach((ch, k) => {
      const source = sources[k] ?? current;
      if (source !== current && text !== '') {
        out.push(withSource({ type: run.type, text }, current));
        text = '';
      }
      current = source;
      text += ch;
    });
    out.push(withSource({ type: run.type, text }, current));
    if (run.type === 'delete') b += chars.length;
    else a += chars.length;
  }
  return out;
}

function withSource(run: Run, source: string | undefined): Run {
  return source === undefined ? run : { ...run, source };
}

/**
 * Runs split into paragraphs at `"\n\n"`. The mark of each paragraph but the
 * last has the type of the run the break was in (a break inside a deletion is
 * a deleted paragraph mark); the last paragraph's mark is `last`.
 */
export function splitRunParagraphs(runs: readonly Run[], last: Segment['type']): RunParagraph[] {
  const paragraphs: RunParagraph[] = [{ runs: [], mark: last }];
  for (const run of runs) {
    run.text.split(PARAGRAPH_BREAK).forEach((part, index) => {
      if (index > 0) {
        paragraphs[paragraphs.length - 1]!.mark = run.type;
        paragraphs.push({ runs: [], mark: last });
      }
      if (part !== '') paragraphs[paragraphs.length - 1]!.runs.push({ ...run, text: part });
    });
  }
  return paragraphs;
}
