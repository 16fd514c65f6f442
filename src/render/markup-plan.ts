/**
 * `planMarkup`: the spacing rules of the redline, public, so that every
 * renderer — the library's Markdown, HTML and PDF writers, a DOCX writer, a
 * council tool's own — places the space between a deletion and its insertion
 * the same way (and none gets "legt␣␣halbjährlich" or
 * "vierteljährlichhalbjährlich").
 *
 * @module
 */
import type { Segment } from '../model.js';
import { planPieces } from './pieces.js';
import { checkSegments } from '../validate/shapes.js';

/** One run of a clause text as it is drawn: plain (`equal`), struck (`delete`) or marked as inserted (`insert`). */
export interface MarkupPiece {
  /** How the text is drawn. */
  type: Segment['type'];
  /** The text; a `delete`/`insert` piece never starts or ends with whitespace and holds no paragraph break. */
  text: string;
}

/**
 * Plans how a clause's segments are drawn: which text goes inside a deletion
 * or insertion mark and which outside.
 *
 * - Whitespace at the edge of a change goes outside the mark, so no space is
 *   struck through or underlined; a change that spans paragraphs is marked per
 *   paragraph (`equal` pieces may hold the paragraph break `"\n\n"`).
 * - A deletion directly followed by its insertion is separated by one plain
 *   space: `legt ` ~~`vierteljährlich`~~ ` ` **`halbjährlich`** ` einen Bericht`.
 *   Draw the pieces one after the other, adding nothing.
 * - The plan reads back exactly: the base text is the `equal` and `delete`
 *   pieces, the amended text the `equal` and `insert` pieces, each with the
 *   whitespace next to a change read by the redline form's convention
 *   (`parseRedline`); where a change would not read back (a change of
 *   whitespace only) it is widened to whole neighbouring words.
 *
 * @param segments - a clause's segments (`RedlineClause.segments`)
 * @returns the pieces in drawing order; sources (`Segment.source`) are not kept
 */
export function planMarkup(segments: readonly Segment[]): MarkupPiece[] {
  checkSegments(segments, 'planMarkup');
  return planPieces(segments).map((piece) => ({ type: piece.type, text: piece.text }));
}
