/**
 * Options of `parseMotion` and `parseResolution`: the interface, its table
 * for the option resolver (the one place the defaults are defined) and the
 * check of a parse call's arguments.
 *
 * @module
 */
import { ParseError, RedlineError } from '../errors.js';
import { describeValue, resolveOptions, type OptionTable } from '../validate/options.js';
import type { BuildOptions } from './tree.js';

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

/** The options of {@link ParseOptions}: kinds and defaults. */
export const PARSE_OPTIONS = {
  dehyphenate: { kind: 'boolean', default: false },
} as const satisfies OptionTable;

/** Options with defaults applied. */
export interface ResolvedParseOptions {
  /** See {@link ParseOptions.dehyphenate}. */
  dehyphenate: boolean;
  /**
   * Internal (no public option): keep Markdown escapes in the clause texts.
   * `parseRedline` reads escapes together with its change markers.
   */
  keepEscapes?: boolean;
  /** Internal, for the redline reader: see `BuildOptions.versionOf`. */
  versionOf?: BuildOptions['versionOf'];
}

/**
 * Checks the input and options of a parse call; throws `ParseError` with code
 * `invalid-input` for a non-string source and `invalid-option` for bad options
 * (`null` options count as none).
 */
export function checkParseInput(fn: string, source: unknown, options: unknown): ResolvedParseOptions {
  if (typeof source !== 'string') {
    throw new ParseError('invalid-input', `${fn} expects the document as a string, but got ${describeValue(source)}.`);
  }
  try {
    return resolveOptions(fn, PARSE_OPTIONS, options ?? undefined);
  } catch (error) {
    // The resolver's message, thrown as the parse functions' own error class.
    if (error instanceof RedlineError) throw new ParseError(error.code, error.message, { cause: error });
    throw error;
  }
}
