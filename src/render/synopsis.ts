/**
 * `toSynopsis`: the side-by-side view committees work with (*Synopse*) — base
 * text on the left, amended text on the right, one row per clause, the changes
 * marked in each column; an inserted clause has an empty left cell, a deleted
 * one an empty right cell. As an HTML table or a GFM Markdown table.
 *
 * @module
 */
import type { PhrasingContent, Root, Table, TableCell, TableRow } from 'mdast';
import type { Redline, RedlineClause, Segment } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { escapeHtml } from './html-escape.js';
import { htmlPage, inlineHtml } from './html.js';
import { flattenClauses, toRenderRedline } from './input.js';
import { SYNOPSIS_OPTIONS, resolveHeadings, type SynopsisOptions } from './render-options.js';
import { resolveOptions } from '../validate/options.js';
import { firstParagraphWithLabel, layoutClause, layoutLead, layoutTitle } from './layout.js';
import { footnoteDefinitions, footnoteReference, piecesToPhrasing, stringifyMdast } from './markdown-inline.js';
import { typographyNoteHast } from './hast.js';
import { serializeHast } from './hast-serialize.js';
import { noteText, typographyView, type TypographyNote } from './typography.js';
import { movePieces, type MovePlace } from './moves.js';

/** One side of a clause: its label and paragraphs as pieces, or undefined (empty cell). */
interface Side {
  paragraphs: Piece[][];
  /** How a move note names the clause (its label on this side). */
  place?: string;
  /** A whole clause's label joined into its first piece (`5. `). */
  whole?: string;
  /** The `typography: 'mark'` note (amended side only). */
  notes?: TypographyNote[];
}

/**
 * Renders a redline as a synopsis table. Each side shows the clause in that
 * version — label included, the base label on the left when the clause was
 * renumbered — with deletions struck on the left and insertions bold on the
 * right. The lead, when there is one, is the first row (a changed lead marked
 * on both sides like a clause). Markdown cells escape
 * `|` and Markdown syntax (remark-stringify); paragraphs inside a cell are
 * separated by `<br><br>`. HTML cells are escaped and carry `data-source`/`title`.
 */
export function toSynopsis(r: Redline, given?: SynopsisOptions): string {
  const options = resolveOptions('toSynopsis', SYNOPSIS_OPTIONS, given);
  const [left, right] = resolveHeadings(given);
  const view = typographyView(toRenderRedline(r), options.typography);
  const redline = view.redline;
  const withSources = options.sources;
  const rows: Array<{
    status: RedlineClause['status'] | 'lead';
    depth: number;
    base?: Side;
    amended?: Side;
    sources: string[];
  }> = [];
  if (redline.title !== undefined || redline.titleSegments !== undefined) {
    // The document's title, shown like the lead (a changed title struck on the left, inserted on the right).
    const base = { paragraphs: layoutTitle(redline, 'segments', 'base') };
    const amended = { paragraphs: layoutTitle(redline, 'segments', 'amended') };
    rows.push({ status: 'lead', depth: 0, base, amended, sources: sourcesOf(redline.titleSegments ?? []) });
  }
  if (redline.lead !== '' || redline.leadSegments !== undefined) {
    // A changed lead: struck on the left, inserted on the right, like a clause.
    const base = { paragraphs: layoutLead(redline, 'segments', 'base') };
    const amended = { paragraphs: layoutLead(redline, 'segments', 'amended') };
    rows.push({ status: 'lead', depth: 0, base, amended, sources: sourcesOf(redline.leadSegments ?? []) });
  }
  for (const { clause, depth } of flattenClauses(redline.clauses)) {
    const row: (typeof rows)[number] = { status: clause.status, depth, sources: sourcesOf(clause.segments) };
    if (clause.status !== 'inserted') row.base = side(clause, 'base');
    if (clause.status !== 'deleted') {
      row.amended = side(clause, 'amended');
      const notes = view.notes.get(clause);
      if (notes !== undefined) row.amended.notes = notes;
    }
    rows.push(row);
  }
  markSynopsisMoves(rows);
  if (options.format === 'html') {
    const head =
      [left, right].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('') +
      (withSources ? `<th scope="col" class="redline-sources">${escapeHtml(options.sourcesHeading)}</th>` : '');
    const body = rows
      .map((row) => {
        const cells = [cellHtml(row.base, row.depth), cellHtml(row.amended, row.depth)];
        if (withSources) cells.push(`<td>${escapeHtml(row.sources.join(', '))}</td>`);
        return `<tr class="redline-${row.status}">${cells.join('')}</tr>\n`;
      })
      .join('');
    const table = `<table class="redline-synopsis">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}</tbody>\n</table>\n`;
    return options.document ? htmlPage(options.title, table) : table;
  }
  const headings = [left, right, ...(withSources ? [options.sourcesHeading] : [])];
  const footnotes: string[] = [];
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  const table: Table = {
    type: 'table',
    align: headings.map(() => 'left' as const),
    children: [
      { type: 'tableRow', children: headings.map((h) => cell([{ type: 'text', value: h }])) },
      ...rows.map((row): TableRow => {
        const cells = [cell(cellPhrasing(row.base)), cell(cellPhrasing(row.amended, footnotes))];
        if (withSources)
          cells.push(cell(row.sources.length === 0 ? [] : [{ type: 'text', value: row.sources.join(', ') }]));
        return { type: 'tableRow', children: cells };
      }),
    ],
  };
  const root: Root = { type: 'root', children: [table] };
  const markdown = stringifyMdast(root);
  return footnotes.length === 0 ? markdown : `${markdown}\n${footnoteDefinitions(footnotes)}\n`;
}

/** The clause as seen from one side: only that side's segments, that side's label joined in. */
function side(clause: RedlineClause, which: 'base' | 'amended'): Side {
  const drop = which === 'base' ? 'insert' : 'delete';
  const label = which === 'base' ? (clause.baseLabel ?? clause.label) : clause.label;
  const whole = clause.status === 'inserted' || clause.status === 'deleted';
  const oneSided: RedlineClause = {
    id: clause.id,
    label,
    status: whole ? clause.status : 'changed',
    segments: clause.segments.filter((s) => s.type !== drop),
    children: [],
  };
  // A statute unit's or section's heading as this side has it; a changed one is marked there like a renumbered label.
  const heading = which === 'base' ? (clause.baseHeading ?? clause.heading) : clause.heading;
  if (typeof heading === 'string') oneSided.heading = heading;
  const layout = layoutClause(oneSided, 'segments');
  if (!whole && label !== '' && clause.baseLabel !== undefined && clause.baseLabel !== clause.label) {
    // Renumbered: this side's label is the change.
    layout.label = [{ type: which === 'base' ? 'delete' : 'insert', text: label }];
  }
  if (
    !whole &&
    heading !== undefined &&
    heading !== '' &&
    clause.baseHeading !== undefined &&
    clause.baseHeading !== clause.heading
  ) {
    layout.paragraphs[0] = [{ type: which === 'base' ? 'delete' : 'insert', text: heading }];
  }
  const out: Side = { paragraphs: [firstParagraphWithLabel(layout), ...layout.paragraphs.slice(1)] };
  out.place = label === '' ? `(${clause.id})` : label;
  if (whole && label !== '') out.whole = `${label} `;
  return out;
}

/**
 * Text struck in one clause on the left and inserted in another on the right is
 * a move: both ends get a link to the other (src/render/moves.ts), as in `toHtml`.
 */
function markSynopsisMoves(rows: ReadonlyArray<{ base?: Side; amended?: Side }>): void {
  const places: MovePlace[] = [];
  for (const which of ['base', 'amended'] as const) {
    rows.forEach((row, order) => {
      const side = row[which];
      if (side?.place === undefined) return;
      for (const [i, pieces] of side.paragraphs.entries()) {
        const place: MovePlace = { pieces, place: side.place, order };
        if (i === 0 && side.whole !== undefined) place.label = side.whole;
        places.push(place);
      }
    });
  }
  movePieces(places, 'synopsis-move');
}

function sourcesOf(segments: readonly Segment[]): string[] {
  const seen = new Set<string>();
  for (const s of segments) if (s.type !== 'equal' && s.source !== undefined) seen.add(s.source);
  return [...seen];
}

function cellHtml(content: Side | undefined, depth: number): string {
  if (content === undefined) return '<td class="redline-empty"></td>';
  const style = depth > 0 ? ` style="padding-left: ${(0.5 + 1.5 * depth).toFixed(1)}em"` : '';
  const note =
    content.notes === undefined
      ? ''
      : ` ${serializeHast({ type: 'root', children: [typographyNoteHast(content.notes)] })}`;
  const paragraphs = content.paragraphs.map(
    (p, i, all) => `<p>${inlineHtml(p)}${i === all.length - 1 ? note : ''}</p>`,
  );
  return `<td${style}>${paragraphs.join('')}</td>`;
}

/** A cell's phrasing; a `typography: 'mark'` note becomes a footnote reference (its text added to `footnotes`). */
function cellPhrasing(content: Side | undefined, footnotes: string[] = []): PhrasingContent[] {
  if (content === undefined) return [];
  const out: PhrasingContent[] = [];
  content.paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push({ type: 'html', value: '<br><br>' });
    out.push(...piecesToPhrasing(paragraph));
  });
  if (content.notes !== undefined) {
    footnotes.push(noteText(content.notes));
    out.push({ type: 'html', value: footnoteReference(footnotes.length) });
  }
  return out;
}
