/**
 * The options of `fromHtml`/`fromHast`/`rehypeRedline` and their table.
 *
 * @module
 */
import type { OptionTable } from '../../validate/options.js';

/** What the HTML is read as. */
export type HtmlReading = 'auto' | 'redline' | 'motion';

/** Options of `fromHtml`, `fromHast` and the rehype plugin. */
export interface FromHtmlOptions {
  /**
   * `'redline'`: read change marks into a `Redline` (a document without marks
   * gives a redline with nothing changed); `'motion'`: read the text into a
   * `Motion` (marks are ignored, the amended text is kept); `'auto'`: a redline
   * when the document has any change mark, otherwise a motion.
   * @default 'auto'
   */
  as?: HtmlReading;
  /**
   * Read `<b>`/`<strong>` (and `font-weight: bold`) as insertion marks, as
   * redlines that mark insertions in bold do (seed 000). Off by default: most
   * HTML uses bold for emphasis.
   * @default false
   */
  boldInsertions?: boolean;
  /**
   * Read `<u>` (and `text-decoration: underline`) as insertion marks, as
   * printed redlines that underline insertions do.
   * @default false
   */
  underlineInsertions?: boolean;
  /**
   * Join words hyphenated at line ends when reading a plain motion (see `parseMotion`).
   * @default false
   */
  dehyphenate?: boolean;
}

/** The table of {@link FromHtmlOptions}. */
export const FROM_HTML_OPTIONS = {
  as: { kind: 'enum', default: 'auto', values: ['auto', 'redline', 'motion'] },
  boldInsertions: { kind: 'boolean', default: false },
  underlineInsertions: { kind: 'boolean', default: false },
  dehyphenate: { kind: 'boolean', default: false },
} as const satisfies OptionTable;
