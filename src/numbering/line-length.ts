/**
 * The line-length option shared by the line numbering, the renderers,
 * `toInstructions` and the application of line-addressed instructions.
 *
 * @module
 */
import { resolveOptions, type OptionTable } from '../validate/options.js';

/** Options of the line numbering. */
export interface LineLengthOptions {
  /**
   * Characters per line (labels count, continuation lines are not indented).
   * @default 80
   */
  lineLength?: number;
}

/** Rendering options for line numbers, shared by `toMarkdown`, `toHtml` and `toText`. */
export interface LineOptions extends LineLengthOptions {
  /**
   * Print line numbers of the **base** text in the margin. In a redline,
   * inserted text carries no number of its own.
   * @default false
   */
  lineNumbers?: boolean;
}

/**
 * {@link LineLengthOptions} for `resolveOptions`: 80 characters per line as a
 * printed motion book has them (Antragsgrün uses 80, OpenSlides 85); longer
 * than 10,000 makes no printed page.
 */
export const LINE_LENGTH_OPTIONS = {
  lineLength: { kind: 'number', default: 80, min: 10, max: 10_000, integer: true },
} as const satisfies OptionTable;

/** {@link LineOptions} for `resolveOptions`. */
export const LINE_OPTIONS = {
  ...LINE_LENGTH_OPTIONS,
  lineNumbers: { kind: 'boolean', default: false },
} as const satisfies OptionTable;

/**
 * Validates a `lineLength` option value (whole number from 10 to 10 000; see
 * {@link LINE_LENGTH_OPTIONS}), for entry points whose other options are
 * resolved elsewhere.
 * @param what - how the message names the options ("apply", "numberLines")
 * @throws {RedlineError} code `invalid-option`
 */
export function resolveLineLength(value: unknown, what = 'line numbering'): number {
  return resolveOptions(what, LINE_LENGTH_OPTIONS, { lineLength: value }).lineLength;
}
