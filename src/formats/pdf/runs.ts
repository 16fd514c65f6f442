/**
 * The smallest parts of the PDF: text runs in pdfmake's document-definition
 * format. A clause text is planned with `planMarkup` (the public spacing
 * rules: no struck or underlined space, one space between a deletion and its
 * insertion) and every piece becomes one run — struck through for a deletion,
 * bold (or underlined, or coloured) for an insertion.
 *
 * The document definition is written as plain objects typed here, so the
 * library's type declarations do not depend on pdfmake's.
 *
 * @module
 */
import type { RedlineClause, Segment } from '../../model.js';
import { normalizeSegments } from '../../redline/segments.js';
import { planMarkup, type MarkupPiece } from '../../render/markup-plan.js';
import { splitEdgeSpace } from '../../render/pieces.js';
import type { PdfInsertionStyle } from './options.js';

/** A run of text with its style (pdfmake's inline text object). */
export interface PdfRun {
  text: string;
  bold?: boolean;
  decoration?: 'lineThrough' | 'underline';
  color?: string;
}

/** A block of pdfmake's document definition (paragraph, table, columns …). */
export type PdfBlock = Record<string, unknown>;

const DELETED_COLOR = '#a01818';
const INSERTED_COLOR = '#0a6b2c';

/** The run of one planned piece, styled by its type. */
export function pieceRun(piece: MarkupPiece, style: PdfInsertionStyle): PdfRun {
  if (piece.type === 'equal') return { text: piece.text };
  if (piece.type === 'delete') {
    return style === 'color'
      ? { text: piece.text, decoration: 'lineThrough', color: DELETED_COLOR }
      : { text: piece.text, decoration: 'lineThrough' };
  }
  if (style === 'underline') return { text: piece.text, decoration: 'underline' };
  if (style === 'color') return { text: piece.text, bold: true, decoration: 'underline', color: INSERTED_COLOR };
  return { text: piece.text, bold: true };
}

/**
 * Segments as runs, one list per paragraph (at least one, possibly empty).
 * `planned` (the running redline) places marks and spaces by `planMarkup`;
 * otherwise (a line of the numbered text, one side of the Synopse, where the
 * plan's widening of a change to whole words would repeat words) each segment
 * is drawn as it is, its edge whitespace outside the mark and one space
 * between a deletion and the insertion after it — as the HTML output does.
 */
export function paragraphRuns(segments: readonly Segment[], style: PdfInsertionStyle, planned = true): PdfRun[][] {
  const paragraphs: PdfRun[][] = [[]];
  for (const piece of planned ? planMarkup(segments) : directPieces(segments)) {
    piece.text.split('\n\n').forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part !== '') paragraphs[paragraphs.length - 1]!.push(pieceRun({ type: piece.type, text: part }, style));
    });
  }
  return paragraphs;
}

/** Canonical segments as pieces: edge whitespace outside the marks, a space between a deletion and its insertion. */
function directPieces(segments: readonly Segment[]): MarkupPiece[] {
  const out: MarkupPiece[] = [];
  normalizeSegments(segments).forEach((segment, index, all) => {
    if (segment.type === 'equal') {
      out.push({ type: 'equal', text: segment.text });
      return;
    }
    if (segment.type === 'insert' && all[index - 1]?.type === 'delete') out.push({ type: 'equal', text: ' ' });
    const { before, core, after } = splitEdgeSpace(segment.text);
    out.push({ type: 'equal', text: before }, { type: segment.type, text: core }, { type: 'equal', text: after });
  });
  return out.filter((piece) => piece.text !== '');
}

/**
 * A clause's segments as drawn: a wholly inserted (deleted) clause is all
 * insertion (deletion), whatever its segments say about unchanged text.
 */
export function drawnSegments(clause: RedlineClause): Segment[] {
  if (clause.status !== 'inserted' && clause.status !== 'deleted') return clause.segments;
  const type = clause.status === 'inserted' ? 'insert' : 'delete';
  return clause.segments
    .filter((s) => s.type !== (type === 'insert' ? 'delete' : 'insert'))
    .map((s) => ({ type, text: s.text }));
}

/**
 * The label runs (followed by a space): plain as written; struck and bold for a
 * renumbered clause (`3.` → `4.`); marked with the clause when it is wholly
 * inserted or deleted. `side` picks one version's label for the Synopse.
 */
export function labelRuns(clause: RedlineClause, style: PdfInsertionStyle, side?: 'base' | 'amended'): PdfRun[] {
  const base = clause.baseLabel ?? clause.label;
  const renumbered = base !== clause.label && base !== '' && clause.label !== '';
  const pieces: MarkupPiece[] = [];
  const whole = clause.status === 'inserted' ? 'insert' : clause.status === 'deleted' ? 'delete' : undefined;
  if (side === 'base') pieces.push({ type: renumbered ? 'delete' : (whole ?? 'equal'), text: base });
  else if (side === 'amended') pieces.push({ type: renumbered ? 'insert' : (whole ?? 'equal'), text: clause.label });
  else if (renumbered)
    pieces.push({ type: 'delete', text: base }, { type: 'equal', text: ' ' }, { type: 'insert', text: clause.label });
  else pieces.push({ type: whole ?? 'equal', text: clause.label });
  const runs = pieces.filter((p) => p.text !== '').map((p) => pieceRun(p, style));
  if (runs.length > 0) runs.push({ text: ' ' });
  return runs;
}
