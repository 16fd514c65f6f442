/**
 * The line-length option shared by the line numbering, the renderers,
 * `toInstructions` and the application of line-addressed instructions.
 *
 * @module
 */
import { RedlineError } from '../errors.js';

/** Characters per line of a printed motion book (Antragsgrün uses 80, OpenSlides 85). */
export const DEFAULT_LINE_LENGTH = 80;

/** Longest line length accepted; longer lines make no printed page. */
const MAX_LINE_LENGTH = 10_000;

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
 * Validates a `lineLength` option value (whole number from 10 to 10 000).
 * @throws {RedlineError} code `invalid-option`
 */
export function resolveLineLength(value: unknown): number {
  if (value === undefined) return DEFAULT_LINE_LENGTH;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 10 || value > MAX_LINE_LENGTH) {
    throw new RedlineError(
      'invalid-option',
      `The option "lineLength" must be a whole number from 10 to ${MAX_LINE_LENGTH}, got ${JSON.stringify(value) ?? String(value)}.`,
    );
  }
  return value;
}
