/**
 * Options of `diffText` and `diffResolutions`: the interface and its table
 * for the option resolver (`src/validate/options.ts`).
 *
 * @module
 */
import { resolveOptions, type OptionTable } from '../validate/options.js';

/** How `diffText` and `diffResolutions` compare and present two versions. See docs/redlines.md. */
export interface DiffOptions {
  /**
   * Treat typographic differences as no change: „…“ vs "…", ‚…‘ vs '…', NBSP and
   * other Unicode spaces vs a space, runs of whitespace, NFC vs NFD, soft hyphens.
   * Tokens are compared on their folded form; where two matched tokens still
   * differ in their characters the redline keeps both (a deletion directly
   * followed by an insertion whose texts fold to the same string), so
   * `rejectAll`/`acceptAll` reproduce each version exactly, and such a clause
   * counts as `unchanged`.
   * @default true
   */
  ignoreTypography?: boolean;
  /**
   * Put the insertion before the deletion within a hunk (`**neu** ~~alt~~`).
   * German council redlines strike first, so the default is deletion first.
   * @default false
   */
  insertFirst?: boolean;
  /**
   * Share of changed words (0–1) above which a clause with two or more hunks is
   * shown as one deletion of the whole base text and one insertion of the whole
   * amended text. `1` never rewrites whole clauses.
   * @default 0.5
   */
  rewriteThreshold?: number;
  /**
   * Most words between two changes that are absorbed into one hunk (struck
   * and written again). Words are absorbed only where that saves marked
   * fragments — never between two pure insertions or deletions, at most one
   * word next to one replacement, at most two between two replacements — and
   * only short common words ("der", "und", "für", … of at most four letters,
   * see docs/redlines.md), or between two replacements at most half as many
   * words as each. Spaces and in-sentence punctuation between two changes are
   * always absorbed; `0` absorbs only those.
   * @default 2
   */
  absorbWords?: number;
  /**
   * Edit budget, in tokens, of one run of the word diff (jsdiff `maxEditLength`;
   * the cost of a run is O((N + M) · maxEditLength)). A clause that needs more
   * edits is anchored instead: words occurring once in each version are kept in
   * order and the gaps between them diffed within the same budget (patience-diff
   * style); a gap that is still over budget, or has too few anchors to be
   * scattered edits, is shown as one replacement. Bounds the worst case (two
   * unrelated texts) to near-linear time.
   * @default 128
   */
  maxEditLength?: number;
  /**
   * Time limit in milliseconds of one run of the word diff (jsdiff `timeout`),
   * with the same fallback as {@link DiffOptions.maxEditLength}. Off by default
   * because a time limit makes the output depend on the machine.
   * @default undefined
   */
  timeout?: number;
  /**
   * Least text similarity (Dice coefficient of the clauses' word multisets, 0–1)
   * for `diffResolutions` to pair a base clause with an amended clause that does
   * not carry the same label. Clauses with the same label in the same gap pair
   * regardless (a reworded clause).
   * @default 0.5
   */
  matchThreshold?: number;
}

/**
 * The options of {@link DiffOptions} for the option resolver: kinds, ranges
 * and the defaults (defined only here).
 */
export const DIFF_OPTIONS = {
  ignoreTypography: { kind: 'boolean', default: true },
  insertFirst: { kind: 'boolean', default: false },
  rewriteThreshold: { kind: 'number', default: 0.5, min: 0, max: 1 },
  absorbWords: { kind: 'number', default: 2, min: 0, max: 1000, integer: true },
  maxEditLength: { kind: 'number', default: 128, min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  timeout: { kind: 'number', default: undefined, min: 1, max: Number.MAX_SAFE_INTEGER },
  matchThreshold: { kind: 'number', default: 0.5, min: 0, max: 1 },
} as const satisfies OptionTable;

/** {@link DiffOptions} with every default filled in. */
export type ResolvedDiffOptions = Required<Omit<DiffOptions, 'timeout'>> & { timeout: number | undefined };

/**
 * Fills in defaults and validates option values.
 * @throws {RedlineError} code `invalid-option` for a value of the wrong type or range
 */
export function resolveDiffOptions(options?: DiffOptions): ResolvedDiffOptions {
  return resolveOptions('diff', DIFF_OPTIONS, options);
}
