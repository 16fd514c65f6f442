/**
 * Options of `parseMotion` and `parseResolution`, and their validation.
 *
 * @module
 */
import { ParseError } from '../errors.js';

/** Options of {@link parseMotion} and {@link parseResolution}. */
export interface ParseOptions {
  /**
   * Join words hyphenated at a line end in plain-text input:
   * "Digitalisierungsprogram-\nme" → "Digitalisierungsprogramme". A hyphen
   * before an upper-case letter or digit stays ("IT-\nStrategie" →
   * "IT-Strategie"), and one before "und"/"oder"/"bzw." … keeps its space
   * ("Rechts- und"). See docs/parsing.md.
   * @default false
   */
  dehyphenate?: boolean;
}

/** Options with defaults applied. */
export interface ResolvedParseOptions {
  /** See {@link ParseOptions.dehyphenate}. */
  dehyphenate: boolean;
}

/**
 * Checks the input and options of a parse call; throws `ParseError` with code
 * `invalid-input` for a non-string source and `invalid-option` for bad options.
 */
export function checkParseInput(fn: string, source: unknown, options: unknown): ResolvedParseOptions {
  if (typeof source !== 'string') {
    const what = source === null ? 'null' : Array.isArray(source) ? 'an array' : typeof source;
    throw new ParseError('invalid-input', `${fn} expects the document as a string, but got ${what}.`);
  }
  if (options === undefined || options === null) return { dehyphenate: false };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ParseError('invalid-option', `${fn} expects options as an object, but got ${typeof options}.`);
  }
  const d = (options as { dehyphenate?: unknown }).dehyphenate;
  if (d !== undefined && typeof d !== 'boolean') {
    throw new ParseError(
      'invalid-option',
      `The option "dehyphenate" must be true or false, but got ${typeof d === 'string' ? JSON.stringify(d) : typeof d}.`,
    );
  }
  return { dehyphenate: d === true };
}
