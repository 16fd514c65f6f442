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
import { hasHeadingLine, layoutClause, layoutLead, layoutTitle } from './layout.js';
import { piecesToMarkdown } from './markdown-inline.js';

/** CSS for line-numbered HTML (also emitted with a fragment, so the numbers show without a page stylesheet). */
export const LINE_NUMBER_CSS = `.redline-lines { padding-left: 3.5em; }
.redline-line { position: relative; min-height: 1.2em; white-space: pre-wrap; }
.redline-line[data-line]::before { content: attr(data-line); position: absolute; left: -3.5em; width: 2.8em; text-align: right; color: #777; font-variant-numeric: tabular-nums; user-select: none; -webkit-user-select: none; }
.redline-line.redline-clause-start { margin-top: 0.4em; }
.redline-line.redline-inserted-line { border-left: 2px solid #0a6b2c; padding-left: 0.3em; }
`;

/** One printed line: its pieces, its base line number (none for inserted text and headings), its clause. */
interface PrintedRow {
  pieces: Piece[];
  number: number | undefined;
  /** The first line of its clause. */
  first: boolean;
  row: LineRow;
}

/**
 * The printed lines, validated line length: the rows of `lineRows`, the label
 * on a clause's first row. A statute unit or section with text gets its
 * heading line (`§ 2 Zweck`) before its first row, unnumbered — headings are
 * no lines of the text; one without text has the heading in its only row.
 */
function rows(redline: Redline, lineLength: number | undefined): PrintedRow[] {
  const out: PrintedRow[] = [];
  for (const row of lineRows(redline, resolveLineLength(lineLength))) {
    if (!row.first) {
      out.push({ pieces: row.segments.map((s) => ({ ...s })), number: row.number, first: false, row });
      continue;
    }
    const layout = layoutClause(row.clause, 'segments');
    const text: Piece[] = row.segments.map((s) => ({ ...s }));
    if (!hasHeadingLine(row.clause)) {
      out.push({ pieces: joined(layout.label, text), number: row.number, first: true, row });
      continue;
    }
    const heading = joined(layout.label, layout.paragraphs[0] ?? []);
    if (text.length === 0) {
      out.push({ pieces: heading, number: row.number, first: true, row });
      continue;
    }
    out.push(
      { pieces: heading, number: undefined, first: true, row },
      { pieces: text, number: row.number, first: false, row },
    );
  }
  return out;
}

/** The label pieces (joined by spaces), a space, the text. */
function joined(label: readonly Piece[], text: readonly Piece[]): Piece[] {
  if (label.length === 0) return text.slice();
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
  const title = layoutTitle(redline, 'segments');
  if (title.length > 0) out.push(`${' '.repeat(width)}  ${title.map(inline).join(' ')}`, '');
  const lead = layoutLead(redline, 'segments');
  if (lead.length > 0) out.push(`${' '.repeat(width)}  ${lead.map(inline).join(' ')}`, '');
  for (const row of all) {
    const number = row.number === undefined ? ' '.repeat(width) : String(row.number).padStart(width);
    out.push(`${number}  ${inline(row.pieces)}`.trimEnd());
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Line-numbered Markdown: one paragraph per clause, one line per base line. */
export function numberedMarkdown(redline: Redline, lineLength: number | undefined): string {
  const all = rows(redline, lineLength);
  const blocks = [
    ...layoutTitle(redline).map((paragraph) => `# ${piecesToMarkdown(paragraph, { continuation: true })}`),
    ...layoutLead(redline).map((paragraph) => piecesToMarkdown(paragraph, { continuation: true })),
  ];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) blocks.push(lines.join('\\\n'));
    lines = [];
  };
  for (const row of all) {
    if (row.first) flush();
    const pieces = row.pieces;
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
  for (const paragraph of layoutTitle(redline, 'segments')) {
    div.children.push(hastElement('h1', { className: ['redline-title'] }, piecesToHast(paragraph)), hastText('\n'));
  }
  for (const paragraph of layoutLead(redline, 'segments')) {
    div.children.push(hastElement('p', { className: ['redline-lead'] }, piecesToHast(paragraph)), hastText('\n'));
  }
  for (const row of all) {
    const className = ['redline-line'];
    if (row.first) className.push('redline-clause-start');
    if (row.number === undefined) className.push('redline-inserted-line');
    const properties: Properties = { className };
    if (row.number !== undefined) properties['dataLine'] = String(row.number);
    if (row.first) properties['dataClauseId'] = row.row.clause.id;
    div.children.push(hastElement('div', properties, piecesToHast(row.pieces)), hastText('\n'));
  }
  out.push(div, hastText('\n'));
  return out;
}
