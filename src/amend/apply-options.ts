/**
 * Options of `checkAmendment`, `applyAmendment` and `applyAmendments`.
 *
 * @module
 */
import { resolveDiffOptions, type DiffOptions, type ResolvedDiffOptions } from '../diff/diff-options.js';
import { LINE_LENGTH_OPTIONS } from '../numbering/line-length.js';
import { resolveOptions, type OptionTable } from '../validate/options.js';

/**
 * How amendments are checked and applied. The diff options apply to `rewrite`
 * changes (a new wording is shown as word-level changes against the old one)
 * and `insertFirst` to the order within every hunk.
 * `lineLength` says how the base was numbered for line-addressed changes
 * ("In Zeile 12 …", `clause: 'Zeile 12'`).
 */
export interface ApplyOptions extends DiffOptions {
  /**
   * Compute `suggestion` (the closest passage of the clause) for `text-not-found`.
   * Costs a scan of the clause per missing passage.
   * @default true
   */
  suggest?: boolean;
  /**
   * Characters per line of the base numbering that line-addressed changes
   * ("Zeile 12", "Zeilen 12 bis 14") refer to (see docs/lines-and-instructions.md).
   * @default 80
   */
  lineLength?: number;
}

/**
 * The options {@link ApplyOptions} adds to the diff options, for the option
 * resolver: kinds, ranges and the defaults (defined only here). `lineLength`
 * has the range of the line numbering (`resolveLineLength`).
 */
export const APPLY_OPTIONS = {
  suggest: { kind: 'boolean', default: true },
  lineLength: LINE_LENGTH_OPTIONS.lineLength,
} as const satisfies OptionTable;

/** {@link ApplyOptions} with defaults filled in. */
export interface ResolvedApplyOptions {
  /** Diff options for rewrites. */
  diff: ResolvedDiffOptions;
  /** See {@link ApplyOptions.suggest}. */
  suggest: boolean;
  /** See {@link ApplyOptions.lineLength}. */
  lineLength: number;
}

/**
 * Validates and completes apply options.
 * @throws {RedlineError} code `invalid-option` for a value of the wrong type or range
 */
export function resolveApplyOptions(options: ApplyOptions | undefined): ResolvedApplyOptions {
  // The apply table first, so that options that are no object are named as apply options.
  const own = resolveOptions('apply', APPLY_OPTIONS, options);
  return { diff: resolveDiffOptions(options), ...own };
}
