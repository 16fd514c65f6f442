/**
 * The one range type of the library: a half-open character range.
 *
 * @module
 */

/** A half-open character range `[start, end)` of a text. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
}
