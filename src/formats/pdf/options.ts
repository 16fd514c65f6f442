/**
 * The options of `toPdf` and their table (kinds, defaults, ranges) for the
 * shared option resolver.
 *
 * @module
 */
import type { OptionTable } from '../../validate/options.js';
import { TYPOGRAPHY_OPTIONS, type TypographyOptions } from '../../render/typography.js';
import { LINE_LENGTH_OPTIONS } from '../../numbering/line-length.js';

/** How inserted text is drawn (deleted text is always struck through). */
export type PdfInsertionStyle = 'bold' | 'underline' | 'color';

/**
 * Options of `toPdf`. `typography` (see `TypographyOptions`): `'mark'` prints
 * the note in small grey type under the clause (in the running redline and
 * the Synopse; the line-numbered print shows the amended text unmarked).
 */
export interface PdfOptions extends TypographyOptions {
  /**
   * Heading of the document (and the PDF's title metadata); without it
   * "Änderungen am Beschluss" for a redline, "Beschluss" for a resolution.
   * @default undefined
   */
  title?: string;
  /**
   * The Begründung, printed after the resolution under the heading "Begründung"
   * (paragraphs separated by a blank line).
   * @default undefined (none)
   */
  rationale?: string;
  /**
   * How insertions are drawn: `'bold'`; `'underline'`; or `'color'` — insertions
   * bold, underlined and green, deletions struck and red (for screens and colour print).
   * @default 'bold'
   */
  insertions?: PdfInsertionStyle;
  /**
   * Print the base text's line numbers (`numberLines`: the library's lines, the
   * same the HTML and text output and line-addressed instructions use) in the margin.
   * @default false
   */
  lineNumbers?: boolean;
  /**
   * Characters per line of the line numbering.
   * @default 80
   */
  lineLength?: number;
  /**
   * Print the Synopse — base text left, amended text right, one row per clause —
   * instead of the running redline.
   * @default false
   */
  synopsis?: boolean;
  /**
   * Font size of the text in points (headings scale with it).
   * @default 11
   */
  fontSize?: number;
}

/** The table of {@link PdfOptions}. */
export const PDF_OPTIONS = {
  title: { kind: 'string', default: undefined },
  rationale: { kind: 'string', default: undefined },
  insertions: { kind: 'enum', default: 'bold', values: ['bold', 'underline', 'color'] },
  lineNumbers: { kind: 'boolean', default: false },
  lineLength: LINE_LENGTH_OPTIONS.lineLength,
  synopsis: { kind: 'boolean', default: false },
  fontSize: { kind: 'number', default: 11, min: 6, max: 24 },
  ...TYPOGRAPHY_OPTIONS,
} as const satisfies OptionTable;
