/**
 * Segment lists: the two texts they carry, their canonical form, and whether
 * they change anything. Kept apart from model.ts so that the diff can use it
 * without pulling in the clause-id machinery.
 *
 * @module
 */
import type { Segment } from '../model.js';
import { isWhitespace, isWordChar } from '../text/chars.js';
import { foldTypography } from '../text/normalize.js';

/** The base text of a segment list: `equal` + `delete`. */
export function baseText(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) if (s.type !== 'insert') out += s.text;
  return out;
}

/** The amended text of a segment list: `equal` + `insert`. */
export function amendedText(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) if (s.type !== 'delete') out += s.text;
  return out;
}

/** Options of {@link normalizeSegments}. */
export interface NormalizeOptions {
  /**
   * Within a run of changes, put insertions before deletions.
   * @default false
   */
  insertFirst?: boolean;
}

/**
 * The canonical form of a segment list: no empty segments; within each run of
 * consecutive changes all deletions before all insertions (or the reverse with
 * `insertFirst`), each side in its original order; adjacent segments of the
 * same type and source merged; whitespace shared by the deletion and the
 * insertion of a run at its start or end moved out into unchanged text. Base
 * and amended text are unchanged by this.
 */
export function normalizeSegments(input: readonly Segment[], options: NormalizeOptions = {}): Segment[] {
  // Empty segments go first: an empty `equal` must not split a run of changes.
  const segments = input.filter((s) => s.text !== '');
  const out: Segment[] = [];
  const push = (segment: Segment): void => {
    if (segment.text === '') return;
    const last = out[out.length - 1];
    if (last !== undefined && last.type === segment.type && last.source === segment.source) {
      out[out.length - 1] = withText(last, last.text + segment.text);
    } else {
      out.push(withText(segment, segment.text));
    }
  };
  let next = 0;
  for (const run of changeRuns(segments)) {
    // Read live: a pure change below may have replaced the equal segment after its run.
    for (let k = next; k < run.start; k += 1) push(segments[k]!);
    next = run.end;
    const deleted = run.segments.filter((s) => s.type === 'delete');
    const inserted = run.segments.filter((s) => s.type === 'insert');
    // Whitespace that the deletion and the insertion share at an edge is in both
    // versions: it is unchanged text. (A Markdown redline cannot show it inside
    // the markers either, so this is also what parseRedline reads back.)
    const lead = sharedWhitespace(deleted, inserted, 'start');
    if (lead !== '') {
      push({ type: 'equal', text: lead });
      trim(deleted, lead.length, 'start');
      trim(inserted, lead.length, 'start');
    }
    const tail = sharedWhitespace(deleted, inserted, 'end');
    if (tail !== '') {
      trim(deleted, tail.length, 'end');
      trim(inserted, tail.length, 'end');
    }
    const [before, after] = options.insertFirst === true ? [inserted, deleted] : [deleted, inserted];
    const following = segments[run.end];
    if ((deleted.length === 0) !== (inserted.length === 0) && tail === '' && following !== undefined) {
      // A pure deletion or insertion: place its spaces as a Markdown redline reads them back.
      const moved = placePureChange(out, deleted.length > 0 ? deleted : inserted, following);
      if (moved !== undefined) {
        for (const s of moved.change) push(s);
        segments[run.end] = moved.next;
        continue;
      }
    }
    for (const s of before) push(s);
    for (const s of after) push(s);
    if (tail !== '') push({ type: 'equal', text: tail });
  }
  for (let k = next; k < segments.length; k += 1) push(segments[k]!);
  return out;
}

/**
 * The spacing convention of the redline form (see src/redline/read/spacing.ts,
 * rule 3) applied to one pure change between unchanged text: written
 * `a **neu** b`, the change takes the one space after it (`neu `) when there
 * is space on both sides, and the space before it when only there is. A change
 * whose spaces sit elsewhere (`a` · ` neu` · ` b`) is moved into that place,
 * keeping both texts; anything else (paragraph breaks, other whitespace) is
 * left as it is. `out` is the output so far (its last segment, if any, is the
 * unchanged text before the change, and may be shortened).
 */
function placePureChange(
  out: Segment[],
  change: readonly Segment[],
  next: Segment,
): { change: Segment[]; next: Segment } | undefined {
  if (next.type !== 'equal' || change.length !== 1) return undefined;
  const segment = change[0]!;
  const previous = out[out.length - 1];
  const before = previous !== undefined && previous.type === 'equal' ? previous.text : '';
  let lead = 0;
  while (lead < segment.text.length && segment.text[lead] === ' ') lead += 1;
  let trail = 0;
  while (trail < segment.text.length - lead && segment.text[segment.text.length - 1 - trail] === ' ') trail += 1;
  const core = segment.text.slice(lead, segment.text.length - trail);
  if (core === '' || isWhitespace(core[0]) || isWhitespace(core[core.length - 1])) return undefined;
  // The text around the core as it is written: before + lead | core | trail + after.
  const left = before + ' '.repeat(lead);
  const right = ' '.repeat(trail) + next.text;
  const spaceBefore = left === '' || left.endsWith(' ');
  const spaceAfter = right.startsWith(' ');
  let text: string;
  let newLeft: string;
  let newRight: string;
  if (spaceBefore && spaceAfter) {
    text = `${core} `;
    newLeft = left;
    newRight = right.slice(1);
  } else if (spaceBefore && left !== '' && !spaceAfter) {
    text = ` ${core}`;
    newLeft = left.slice(0, -1);
    newRight = right;
  } else {
    text = core;
    newLeft = left;
    newRight = right;
  }
  // Only whitespace moves; both texts must stay exactly as they were.
  if (newLeft + text + newRight !== before + segment.text + next.text || newLeft + newRight !== before + next.text) {
    return undefined;
  }
  if (previous !== undefined && previous.type === 'equal') {
    if (newLeft === '') out.pop();
    else out[out.length - 1] = withText(previous, newLeft);
  } else if (newLeft !== '') {
    out.push({ type: 'equal', text: newLeft });
  }
  return { change: [withText(segment, text)], next: withText(next, newRight) };
}

/** The whitespace both sides start (or end) with, character for character. */
function sharedWhitespace(left: readonly Segment[], right: readonly Segment[], edge: 'start' | 'end'): string {
  const a = left.map((s) => s.text).join('');
  const b = right.map((s) => s.text).join('');
  if (a === '' || b === '') return '';
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max) {
    const x = edge === 'start' ? a[n]! : a[a.length - 1 - n]!;
    const y = edge === 'start' ? b[n]! : b[b.length - 1 - n]!;
    if (x !== y || !isWhitespace(x)) break;
    n += 1;
  }
  return edge === 'start' ? a.slice(0, n) : a.slice(a.length - n);
}

/** Removes `count` characters at one edge of a segment list, in place (segments may become empty). */
function trim(segments: Segment[], count: number, edge: 'start' | 'end'): void {
  let left = count;
  for (let k = 0; k < segments.length && left > 0; k += 1) {
    const index = edge === 'start' ? k : segments.length - 1 - k;
    const segment = segments[index]!;
    const take = Math.min(left, segment.text.length);
    const text = edge === 'start' ? segment.text.slice(take) : segment.text.slice(0, segment.text.length - take);
    segments[index] = withText(segment, text);
    left -= take;
  }
}

function withText(segment: Segment, text: string): Segment {
  const copy: Segment = { type: segment.type, text };
  if (segment.source !== undefined) copy.source = segment.source;
  return copy;
}

/** Options of {@link clauseStatusOf}. */
export interface StatusOptions {
  /**
   * A run of changes that alters only typography (see {@link isTypographicRun}:
   * quotes, dashes, apostrophes, spaces, NFC, soft hyphens) is no change.
   * @default true
   */
  ignoreTypography?: boolean;
}

/**
 * `changed` when the segments delete or insert anything, else `unchanged`. With
 * `ignoreTypography` (the default) runs that change only typography (see
 * {@link isTypographicRun}) do not count.
 */
export function clauseStatusOf(segments: readonly Segment[], options: StatusOptions = {}): 'unchanged' | 'changed' {
  const ignore = options.ignoreTypography !== false;
  for (const run of changeRuns(segments)) {
    if (!ignore || !isTypographicRun(run.segments, runContext(segments, run))) return 'changed';
  }
  return 'unchanged';
}

/** The unchanged characters on either side of a run of changes (see {@link isTypographicRun}). */
export interface RunContext {
  /** The unchanged text just before the run (only its last character counts). */
  before: string;
  /** The unchanged text just after the run (only its first character counts). */
  after: string;
}

/** The {@link RunContext} of a run of `segments`. */
export function runContext(segments: readonly Segment[], run: ChangeRun): RunContext {
  return { before: segments[run.start - 1]?.text ?? '', after: segments[run.end]?.text ?? '' };
}

/**
 * Whether a run of changes (consecutive delete/insert segments) alters only
 * typography: it changes something, its deleted and inserted text are the same
 * after folding (`foldTypography`: quote style, apostrophes, NBSP, NFC, soft
 * hyphens; and dash style: `–`, `—`, `−` as `-`) and without whitespace, and
 * it neither splits nor joins a word. So a change of spaces only (`z.B.` →
 * `z. B.`, a space after a comma) is typographic, `KitaAusbau` → `Kita Ausbau`
 * is not. Give the run's `context` (its neighbouring unchanged text, see
 * {@link runContext}) so that a lone space inserted into a word is seen as
 * splitting it; without it, the run is judged on its own.
 */
export function isTypographicRun(run: readonly Segment[], context: RunContext = { before: '', after: '' }): boolean {
  const deleted = baseText(run.filter((s) => s.type === 'delete'));
  const inserted = amendedText(run.filter((s) => s.type === 'insert'));
  if (deleted === inserted || typographyKey(deleted) !== typographyKey(inserted)) return false;
  const before = context.before.slice(-1);
  const after = context.after.slice(0, 1);
  return wordsKey(before + deleted + after) === wordsKey(before + inserted + after);
}

/** Dashes and the minus sign, compared as `-`: ‐ ‑ ‒ – — ― − (and the small and fullwidth forms). */
const DASHES: ReadonlySet<string> = new Set([
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\uFE58',
  '\uFE63',
  '\uFF0D',
]);

/** What a typographic comparison sees of a text: folded, dashes as `-`, without whitespace. */
function typographyKey(text: string): string {
  let out = '';
  for (const ch of foldTypography(text)) if (!isWhitespace(ch)) out += DASHES.has(ch) ? '-' : ch;
  return out;
}

/** The word-character runs of a text, each ended by `|`: equal when no word is split or joined. */
function wordsKey(text: string): string {
  let out = '';
  let inWord = false;
  for (const ch of foldTypography(text)) {
    const word = isWordChar(ch);
    if (word) out += ch;
    else if (inWord) out += '|';
    inWord = word;
  }
  return out;
}

/**
 * For display: the segments with every typographic-only run of changes replaced
 * by one `equal` segment carrying the amended characters. The result reproduces
 * the amended text but not necessarily the base text — use it to render, never
 * to store. (The renderers' `typography` option does this for `'hide'`, its
 * default, and `'mark'`, with whole words: see render/typography.ts.)
 */
export function withoutTypographicChanges(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let next = 0;
  for (const run of changeRuns(segments)) {
    out.push(...segments.slice(next, run.start));
    if (isTypographicRun(run.segments, runContext(segments, run))) {
      out.push({ type: 'equal', text: amendedText(run.segments) });
    } else out.push(...run.segments);
    next = run.end;
  }
  out.push(...segments.slice(next));
  return normalizeSegments(out);
}

/** A maximal run of consecutive changes (`delete`/`insert` segments) in a segment list. */
export interface ChangeRun<S extends Segment = Segment> {
  /** Index of the run's first segment. */
  start: number;
  /** Index after the run's last segment: the `equal` segment that follows it, or the list's length. */
  end: number;
  /** The run's segments, in order. */
  segments: S[];
}

/**
 * The maximal runs of consecutive changes, in order, with where they stand.
 * Every "run of changes" loop of the library goes through this. The runs are
 * found as the loop goes on, so a loop may replace segments after the current
 * run (the `equal` segment at its `end`, say) as long as their types stay.
 */
export function* changeRuns<S extends Segment>(segments: readonly S[]): Generator<ChangeRun<S>> {
  let i = 0;
  while (i < segments.length) {
    if (segments[i]!.type === 'equal') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < segments.length && segments[j]!.type !== 'equal') j += 1;
    yield { start: i, end: j, segments: segments.slice(i, j) };
    i = j;
  }
}
