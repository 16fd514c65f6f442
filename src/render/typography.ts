/**
 * Typographic changes on display — the renderers' `typography` option. A run
 * of changes that alters only typography (quote or dash style, apostrophes,
 * spaces; see `isTypographicRun`) is kept in the redline, so that `acceptAll`
 * and `rejectAll` give both texts exactly, but no reader should take it for a
 * change of content:
 *
 * - `'hide'` (the default): the amended text, unmarked (`withoutTypographicChanges`);
 * - `'mark'`: the same, and the clause carries a discreet note naming the
 *   typographic changes (`„Stadt“ → "Stadt"`), which each renderer places in
 *   its own way (a footnote in Markdown, a small note in HTML and text);
 * - `'show'`: shown as changes, each as one whole-word hunk
 *   (`~~„Stadt“~~ **"Stadt"**`), never a lone quote mark; the two quote marks of
 *   a short quotation make one hunk.
 *
 * @module
 */
import type { Redline, RedlineClause, Segment } from '../model.js';
import {
  amendedText,
  baseText,
  changeRuns,
  isTypographicRun,
  normalizeSegments,
  runContext,
} from '../redline/segments.js';
import { isWhitespace } from '../text/chars.js';
import { mapTree } from '../tree.js';
import type { OptionTable } from '../validate/options.js';

/** How renderers show changes of typography only: `'hide'`, `'mark'` or `'show'` (see the module comment). */
export type TypographyMode = 'hide' | 'mark' | 'show';

/** The `typography` option every renderer takes (its options extend this). */
export interface TypographyOptions {
  /**
   * How changes of typography only are shown — quote style („…“ vs "…"),
   * dash style (– vs -), apostrophes (’ vs '), spaces (NBSP, a space more or
   * less): `'hide'` shows the amended text unmarked, `'mark'` does too and
   * adds a discreet note to the clause (`typografisch geändert: „Stadt“ →
   * "Stadt"`), `'show'` marks them as changes, one whole-word hunk each
   * (`~~„Stadt“~~ **"Stadt"**`). The redline itself keeps both spellings, so
   * `acceptAll`/`rejectAll` give the exact texts whatever is shown; only
   * `'show'` lets a reader of the output (`parseRedline` of Markdown, "reject
   * all" in Word) recover the base's typography.
   * @default 'hide'
   */
  typography?: TypographyMode;
}

/** The table of {@link TypographyOptions}, spread into every renderer's option table. */
export const TYPOGRAPHY_OPTIONS = {
  typography: { kind: 'enum', default: 'hide', values: ['hide', 'mark', 'show'] },
} as const satisfies OptionTable;

/** One typographic change as a note shows it: the whole words before and after. */
export interface TypographyNote {
  /** The words as the base writes them (`„Stadt“`). */
  base: string;
  /** The words as the amended text writes them (`"Stadt"`). */
  amended: string;
}

/** Most unchanged words between two typographic changes that still make one hunk (a short quotation). */
const QUOTATION_WORDS = 4;

/** A part of a clause text: unchanged text of one word, a space between words, or a run of changes. */
type Item =
  | { kind: 'word' | 'space'; text: string }
  | { kind: 'typo' | 'real'; segments: Segment[]; base: string; amended: string };

/** A word cluster: the items between two spaces of unchanged text. */
type Cluster = Item[];

/**
 * A clause's segments as shown under `mode`, and the notes `'mark'` shows
 * (empty for the other modes). The segments keep the amended text exactly;
 * with `'show'` the base text too.
 */
export function typographyOf(
  segments: readonly Segment[],
  mode: TypographyMode,
): { segments: Segment[]; notes: TypographyNote[] } {
  const canonical = normalizeSegments(segments);
  if (![...changeRuns(canonical)].some((run) => isTypographicRun(run.segments, runContext(canonical, run)))) {
    return { segments: canonical, notes: [] };
  }
  const out: Segment[] = [];
  const notes: TypographyNote[] = [];
  for (const part of groups(clusters(items(canonical)))) {
    if (part.kind === 'plain') {
      for (const item of part.items) out.push(...segmentsOf(item, mode === 'show'));
      continue;
    }
    const base = part.items.map((item) => textOf(item, 'base')).join('');
    const amended = part.items.map((item) => textOf(item, 'amended')).join('');
    if (mode === 'show') {
      out.push({ type: 'delete', text: base }, { type: 'insert', text: amended });
      continue;
    }
    for (const item of part.items) out.push(...segmentsOf(item, false));
    if (mode === 'mark') notes.push({ base: part.items.map((item) => textOf(item, 'note')).join(''), amended });
  }
  return { segments: normalizeSegments(out), notes };
}

/** A redline as shown under `mode`, with the notes of each (new) clause for `'mark'`. */
export function typographyView(
  redline: Redline,
  mode: TypographyMode,
): { redline: Redline; notes: Map<RedlineClause, TypographyNote[]> } {
  const notes = new Map<RedlineClause, TypographyNote[]>();
  const clauses = mapTree(redline.clauses, (clause: RedlineClause, children: RedlineClause[]) => {
    const shown = typographyOf(clause.segments, mode);
    const copy: RedlineClause = { ...clause, segments: shown.segments, children };
    if (shown.notes.length > 0) notes.set(copy, shown.notes);
    return copy;
  });
  const shown: Redline = { ...redline, clauses };
  // The lead's typographic changes are shown the same way (without a note: a lead has no clause to carry it).
  if (redline.leadSegments !== undefined) shown.leadSegments = typographyOf(redline.leadSegments, mode).segments;
  if (redline.titleSegments !== undefined) shown.titleSegments = typographyOf(redline.titleSegments, mode).segments;
  return { redline: shown, notes };
}

/** The note's wording, the same in every renderer: `„Stadt“ → "Stadt"`, several joined by `; `. */
export function noteText(notes: readonly TypographyNote[]): string {
  return `typografisch geändert: ${notes.map((n) => `${n.base} → ${n.amended}`).join('; ')}`;
}

/** Equal text split at its whitespace, each run of changes one item. */
function items(segments: readonly Segment[]): Item[] {
  const out: Item[] = [];
  let next = 0;
  const equal = (text: string): void => {
    let start = 0;
    for (let i = 1; i <= text.length; i += 1) {
      if (i === text.length || isWhitespace(text[i]) !== isWhitespace(text[start])) {
        out.push({ kind: isWhitespace(text[start]) ? 'space' : 'word', text: text.slice(start, i) });
        start = i;
      }
    }
  };
  for (const run of changeRuns(segments)) {
    for (let k = next; k < run.start; k += 1) equal(segments[k]!.text);
    next = run.end;
    out.push({
      kind: isTypographicRun(run.segments, runContext(segments, run)) ? 'typo' : 'real',
      segments: run.segments,
      base: baseText(run.segments),
      amended: amendedText(run.segments),
    });
  }
  for (let k = next; k < segments.length; k += 1) equal(segments[k]!.text);
  return out;
}

/** Items grouped into word clusters and the spaces between them (each space a cluster of its own). */
function clusters(list: readonly Item[]): Cluster[] {
  const out: Cluster[] = [];
  let current: Cluster = [];
  for (const item of list) {
    if (item.kind === 'space') {
      if (current.length > 0) out.push(current);
      out.push([item]);
      current = [];
    } else {
      current.push(item);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Clusters with a typographic change (`typo` parts), the unchanged words of a
 * short quotation between two of them joined in; everything else `plain`.
 */
function groups(list: readonly Cluster[]): Array<{ kind: 'plain' | 'typo'; items: Item[] }> {
  const out: Array<{ kind: 'plain' | 'typo'; items: Item[] }> = [];
  const hasTypo = (cluster: Cluster): boolean => cluster.some((item) => item.kind === 'typo');
  let i = 0;
  while (i < list.length) {
    const cluster = list[i]!;
    if (!hasTypo(cluster)) {
      out.push({ kind: 'plain', items: cluster });
      i += 1;
      continue;
    }
    const items = [...cluster];
    let end = i + 1;
    // Join the next typographic cluster when only a few unchanged words on one line lie between.
    for (let j = i + 1, words = 0; j < list.length; j += 1) {
      const next = list[j]!;
      if (hasTypo(next)) {
        for (let k = end; k <= j; k += 1) items.push(...list[k]!);
        end = j + 1;
        words = 0;
        continue;
      }
      const only = next.length === 1 ? next[0]! : undefined;
      if (only?.kind === 'space' ? only.text.includes('\n') : next.some((item) => item.kind === 'real')) break;
      if (only?.kind !== 'space' && ++words > QUOTATION_WORDS) break;
    }
    out.push({ kind: 'typo', items });
    i = end;
  }
  return out;
}

/** An item's segments: a typographic run as its amended text (or, with `keep`, as it is). */
function segmentsOf(item: Item, keep: boolean): Segment[] {
  if ('text' in item) return [{ type: 'equal', text: item.text }];
  if (item.kind === 'typo' && !keep) return [{ type: 'equal', text: item.amended }];
  return item.segments;
}

/** An item's text in one version; `note`: the base's typography with any other change made. */
function textOf(item: Item, version: 'base' | 'amended' | 'note'): string {
  if ('text' in item) return item.text;
  if (version === 'amended' || (version === 'note' && item.kind === 'real')) return item.amended;
  return item.base;
}
