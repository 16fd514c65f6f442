/**
 * Options of `checkAmendment`, `applyAmendment` and `applyAmendments`.
 *
 * @module
 */
import type { DiffOptions } from '../diff/diff-options.js';
import { resolveDiffOptions, type ResolvedDiffOptions } from '../diff/diff-options.js';
import { RedlineError } from '../errors.js';
import { resolveLineLength } from '../numbering/line-length.js';

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
 * @throws {RedlineError} code `invalid-option` for a value of the wrong type
 */
export function resolveApplyOptions(options: ApplyOptions | undefined): ResolvedApplyOptions {
  if (options === undefined)
    return { diff: resolveDiffOptions({}), suggest: true, lineLength: resolveLineLength(undefined) };
  if (options === null || typeof options !== 'object') {
    throw new RedlineError('invalid-option', `The apply options must be an object, got ${String(options)}.`);
  }
  const suggest = options.suggest;
  if (suggest !== undefined && typeof suggest !== 'boolean') {
    throw new RedlineError('invalid-option', `The option "suggest" must be a boolean, got ${typeof suggest}.`);
  }
  return {
    diff: resolveDiffOptions(options),
    suggest: suggest ?? true,
    lineLength: resolveLineLength(options.lineLength),
  };
}
