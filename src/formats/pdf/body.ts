/**
 * The body of the PDF: the running redline (clause by clause, nested clauses
 * indented), the same with the base text's line numbers in the margin (rows
 * from `src/numbering/rows.ts`: the library's lines, so a PDF's "Zeile 12" is
 * the HTML's and the instructions' "Zeile 12"), and the Synopse as a
 * two-column table.
 *
 * @module
 */
import type { Redline, RedlineClause } from '../../model.js';
import { walk } from '../../tree.js';
import { lineRows } from '../../numbering/rows.js';
import { flattenClauses } from '../../render/input.js';
import { leadSegmentsOf } from '../../redline/lead.js';
import { titleSegmentsOf } from '../../redline/title.js';
import { headingSegments } from '../../render/layout.js';
import type { PdfInsertionStyle } from './options.js';
import { drawnSegments, labelRuns, paragraphRuns, type PdfBlock, type PdfRun } from './runs.js';

/** Indentation per nesting level, in points. */
const INDENT = 16;

/** The lead as paragraphs; a changed lead is struck and inserted like a clause text. */
function leadBlocks(redline: Redline, style: PdfInsertionStyle): PdfBlock[] {
  // The document's own title first, bold like a heading, a changed title marked like the lead.
  const title = paragraphRuns(titleSegmentsOf(redline), style).map((text): PdfBlock => ({
    text,
    style: 'lead',
    bold: true,
  }));
  const segments = leadSegmentsOf(redline);
  if (segments.length === 0) return title;
  return [...title, ...paragraphRuns(segments, style).map((text): PdfBlock => ({ text, style: 'lead' }))];
}

/** One side of the lead in the Synopse: that version's text, its changes marked. */
function leadCell(redline: Redline, side: 'base' | 'amended', style: PdfInsertionStyle): unknown {
  const drop = side === 'base' ? 'insert' : 'delete';
  const paragraphs = paragraphRuns(
    leadSegmentsOf(redline).filter((s) => s.type !== drop),
    style,
    false,
  );
  return { stack: paragraphs.map((text, index) => ({ text, margin: [0, index === 0 ? 0 : 4, 0, 0] })) };
}

/**
 * The running redline: the lead, then each clause (label and first paragraph
 * together, further paragraphs below, then its note, if any, in the `note` style).
 */
export function redlineBlocks(
  redline: Redline,
  style: PdfInsertionStyle,
  notes: ReadonlyMap<RedlineClause, string> = new Map(),
): PdfBlock[] {
  const blocks = leadBlocks(redline, style);
  walk(redline.clauses, ({ node, depth }) => {
    const paragraphs = paragraphRuns(drawnSegments(node), style);
    // A statute unit or section: its heading line (`§ 2 Zweck`, bold) first, the text in paragraphs of its own.
    const heading = headingSegments(node);
    if (heading !== undefined) {
      const textless = paragraphs.length === 1 && paragraphs[0]!.length === 0;
      paragraphs.splice(0, textless ? 1 : 0, heading.length === 0 ? [] : (paragraphRuns(heading, style)[0] ?? []));
    }
    const [first = [], ...rest] = paragraphs;
    const margin = [depth * INDENT, 0, 0, 5];
    blocks.push({
      text: [...labelRuns(node, style), ...first],
      margin,
      ...(heading !== undefined ? { bold: true } : {}),
    });
    for (const paragraph of rest) blocks.push({ text: paragraph, margin });
    const note = notes.get(node);
    if (note !== undefined) blocks.push({ text: note, style: 'note', margin });
  });
  return blocks;
}

/**
 * The redline line by line with the base line numbers in a narrow left column;
 * inserted lines have no number. A row longer than the page (inserted text
 * added to a base line) wraps under its own number, as in a motion book.
 */
export function numberedBlocks(redline: Redline, style: PdfInsertionStyle, lineLength: number): PdfBlock[] {
  const body: unknown[][] = [];
  const push = (number: number | undefined, runs: PdfRun[], depth: number, top: number, bold = false): void => {
    body.push([
      { text: number === undefined ? '' : String(number), style: 'lineNumber', margin: [0, top, 0, 0] },
      { text: runs.length === 0 ? '' : runs, margin: [depth * INDENT, top, 0, 0], ...(bold ? { bold } : {}) },
    ]);
  };
  for (const row of lineRows(redline, lineLength)) {
    const runs: PdfRun[] = [];
    paragraphRuns(row.segments, style, false).forEach((paragraph, index) => {
      if (index > 0) runs.push({ text: ' ' });
      runs.push(...paragraph);
    });
    const heading = row.first ? headingSegments(row.clause) : undefined;
    if (heading === undefined) {
      push(row.number, [...(row.first ? labelRuns(row.clause, style) : []), ...runs], row.depth, row.first ? 3 : 0);
      continue;
    }
    // A statute unit or section: its heading line (`§ 2 Zweck`, bold) unnumbered before its numbered text, as in
    // every line-numbered output (headings are no lines of the text); without text, the heading has the row's number.
    const line = [...labelRuns(row.clause, style), ...(paragraphRuns(heading, style, false)[0] ?? [])];
    if (runs.length === 0) push(row.number, line, row.depth, 3, true);
    else {
      push(undefined, line, row.depth, 3, true);
      push(row.number, runs, row.depth, 0);
    }
  }
  const table = { widths: [22, '*'], dontBreakRows: true, body: body.length === 0 ? [['', '']] : body };
  return [...leadBlocks(redline, style), { table, layout: 'noBorders' }];
}

/** One side of a clause in the Synopse: that version's label and text, or an empty cell. */
function synopsisCell(
  clause: RedlineClause,
  side: 'base' | 'amended',
  style: PdfInsertionStyle,
  depth: number,
  note?: string,
): unknown {
  const absent = side === 'base' ? 'inserted' : 'deleted';
  if (clause.status === absent) return { text: '' };
  const drop = side === 'base' ? 'insert' : 'delete';
  const text = paragraphRuns(
    drawnSegments(clause).filter((s) => s.type !== drop),
    style,
    false,
  );
  // A statute unit or section: this side's heading (a changed one marked) on the label's line, bold; the text below.
  const heading = headingSegments(clause)?.filter((s) => s.type !== drop);
  if (heading !== undefined) {
    const textless = text.length === 1 && text[0]!.length === 0;
    text.splice(0, textless ? 1 : 0, paragraphRuns(heading, style, false)[0] ?? []);
  }
  const [first = [], ...rest] = text;
  const margin = [depth * INDENT, 0, 0, 0];
  const paragraphs: PdfBlock[] = [
    { text: [...labelRuns(clause, style, side), ...first], margin, ...(heading !== undefined ? { bold: true } : {}) },
  ];
  for (const paragraph of rest) paragraphs.push({ text: paragraph, margin: [depth * INDENT, 4, 0, 0] });
  if (note !== undefined && side === 'amended') paragraphs.push({ text: note, style: 'note', margin });
  return { stack: paragraphs };
}

/** The Synopse: base text left, amended text right (with the clause's note), a header row, the lead in both columns (a changed lead marked). */
export function synopsisBlocks(
  redline: Redline,
  style: PdfInsertionStyle,
  headings: readonly [string, string],
  notes: ReadonlyMap<RedlineClause, string> = new Map(),
): PdfBlock[] {
  const body: unknown[][] = [headings.map((text) => ({ text, style: 'tableHeader' }))];
  if (leadSegmentsOf(redline).length > 0)
    body.push([leadCell(redline, 'base', style), leadCell(redline, 'amended', style)]);
  for (const { clause, depth } of flattenClauses(redline.clauses)) {
    const note = notes.get(clause);
    body.push([synopsisCell(clause, 'base', style, depth), synopsisCell(clause, 'amended', style, depth, note)]);
  }
  return [{ table: { headerRows: 1, widths: ['*', '*'], body }, layout: 'lightHorizontalLines' }];
}
