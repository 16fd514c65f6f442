/**
 * Line-numbered output of the renderers (`lineNumbers: true`): the clause
 * text printed line by line as a motion book prints the **base** text, each
 * line with its number; inserted text stands where it goes in and has no
 * number of its own (see `src/numbering/rows.ts`). The lead stands before the
 * numbered lines, unnumbered (a changed lead marked like a clause text).
 *
 * - Text: the number right-aligned in a margin column, then the line.
 * - Markdown: one line per base line, the number as inline code
 *   (`` `12` ``) and a hard break (`\`) at the end of each line of a clause.
 * - HTML: one `<div class="redline-line" data-line="12">` per line; the
 *   number is drawn by CSS (`::before { content: attr(data-line) }`,
 *   `user-select: none`), so it sits in the margin and is not part of the
 *   selectable or copied text.
 *
 * @module
 */
import type { Properties, RootContent } from 'hast';
import type { Redline } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { lineRows, type LineRow } from '../numbering/rows.js';
import { resolveLineLength } from '../numbering/line-length.js';
import { hastElement, hastText, piecesToHast } from './hast-inline.js';
import { layoutClause, layoutLead } from './layout.js';
import { piecesToMarkdown } from './markdown-inline.js';

/** CSS for line-numbered HTML (also emitted with a fragment, so the numbers show without a page stylesheet). */
export const LINE_NUMBER_CSS = `.redline-lines { padding-left: 3.5em; }
.redline-line { position: relative; min-height: 1.2em; white-space: pre-wrap; }
.redline-line[data-line]::before { content: attr(data-line); position: absolute; left: -3.5em; width: 2.8em; text-align: right; color: #777; font-variant-numeric: tabular-nums; user-select: none; -webkit-user-select: none; }
.redline-line.redline-clause-start { margin-top: 0.4em; }
.redline-line.redline-inserted-line { border-left: 2px solid #0a6b2c; padding-left: 0.3em; }
`;

/** The rows, validated line length. */
function rows(redline: Redline, lineLength: number | undefined): LineRow[] {
  return lineRows(redline, resolveLineLength(lineLength));
}

/** The label of a row's clause as pieces (first row only). */
function labelPieces(row: LineRow): Piece[] {
  if (!row.first) return [];
  return layoutClause(row.clause, 'segments').label;
}

/** Pieces of the row: label (on the first row), a space, the text. */
function rowPieces(row: LineRow): Piece[] {
  const label = labelPieces(row);
  const text: Piece[] = row.segments.map((s) => ({ ...s }));
  if (label.length === 0) return text;
  const out: Piece[] = [];
  label.forEach((p, i) => {
    if (i > 0) out.push({ type: 'equal', text: ' ' });
    out.push(p);
  });
  if (text.length > 0) out.push({ type: 'equal', text: ' ' }, ...text);
  return out;
}

/** Line-numbered terminal text; `inline` renders one row's pieces (with or without colour). */
export function numberedText(
  redline: Redline,
  lineLength: number | undefined,
  inline: (pieces: readonly Piece[]) => string,
): string {
  const all = rows(redline, lineLength);
  const width = String(all.reduce((m, r) => Math.max(m, r.number ?? 0), 0)).length;
  const out: string[] = [];
  const lead = layoutLead(redline, 'segments');
  if (lead.length > 0) out.push(`${' '.repeat(width)}  ${lead.map(inline).join(' ')}`, '');
  for (const row of all) {
    const number = row.number === undefined ? ' '.repeat(width) : String(row.number).padStart(width);
    out.push(`${number}  ${inline(rowPieces(row))}`.trimEnd());
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Line-numbered Markdown: one paragraph per clause, one line per base line. */
export function numberedMarkdown(redline: Redline, lineLength: number | undefined): string {
  const all = rows(redline, lineLength);
  const blocks = layoutLead(redline).map((paragraph) => piecesToMarkdown(paragraph, { continuation: true }));
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) blocks.push(lines.join('\\\n'));
    lines = [];
  };
  for (const row of all) {
    if (row.first) flush();
    const pieces = rowPieces(row);
    // After the number a lower-case start is safe; without one (inserted rows) it must not join the line before.
    const text = pieces.length === 0 ? '' : piecesToMarkdown(pieces, { continuation: row.number === undefined });
    // The number as code: it cannot be read as a list marker or as an insertion.
    lines.push(row.number === undefined ? text : `\`${row.number}\` ${text}`.trimEnd());
  }
  flush();
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * Line-numbered HTML fragment as hast: an optional `<style>` with
 * {@link LINE_NUMBER_CSS}, then `<div class="redline redline-lines">` with one
 * `<div class="redline-line" data-line="12">` per row.
 */
export function numberedHast(redline: Redline, lineLength: number | undefined, withStyle: boolean): RootContent[] {
  const all = rows(redline, lineLength);
  const out: RootContent[] = [];
  // The style text is the library's own constant; the serialiser writes style text as is.
  if (withStyle) out.push(hastElement('style', {}, [{ type: 'text', value: `\n${LINE_NUMBER_CSS}` }]), hastText('\n'));
  const div = hastElement('div', { className: ['redline', 'redline-lines'] }, [hastText('\n')]);
  for (const paragraph of layoutLead(redline, 'segments')) {
    div.children.push(hastElement('p', { className: ['redline-lead'] }, piecesToHast(paragraph)), hastText('\n'));
  }
  for (const row of all) {
    const className = ['redline-line'];
    if (row.first) className.push('redline-clause-start');
    if (row.number === undefined) className.push('redline-inserted-line');
    const properties: Properties = { className };
    if (row.number !== undefined) properties['dataLine'] = String(row.number);
    if (row.first) properties['dataClauseId'] = row.clause.id;
    div.children.push(hastElement('div', properties, piecesToHast(rowPieces(row))), hastText('\n'));
  }
  out.push(div, hastText('\n'));
  return out;
}
