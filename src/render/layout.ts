/**
 * The layout of one redline clause, shared by every renderer: its label as
 * marked-up pieces and its text as paragraphs of pieces.
 *
 * - A changed or unchanged clause shows its label plainly.
 * - A renumbered clause shows the old label struck and the new one inserted
 *   (`~~3.~~ **4.**`).
 * - A wholly inserted or deleted clause is marked as a whole, label included
 *   (`**5. Neuer Text.**`, `~~6. Alter Text.~~`), each paragraph on its own.
 * - A statute unit or section (a clause with a `heading`, see `Clause.heading`)
 *   has its heading as the first paragraph, the line of its label
 *   (`§ 2 Zweck`), and its text in the paragraphs after it; a changed heading
 *   is marked like text (`~~Name~~ **Name und Sitz**`). So every renderer
 *   shows the heading, and the text never shares the label's line (where the
 *   statute parser would take `§ 2 Der Verein …` for running text).
 *
 * @module
 */
import type { Redline, RedlineClause, Segment } from '../model.js';
import { leadSegmentsOf } from '../redline/lead.js';
import { titleSegmentsOf } from '../redline/title.js';
import type { Piece } from '../redline/read/spacing.js';
import { normalizeSegments } from '../redline/segments.js';
import { planPieces, segmentPieces, splitParagraphs } from './pieces.js';

/** How a clause is laid out. */
export interface ClauseLayout {
  /**
   * The label as pieces: `[]` (unlabelled), `[equal]` (as written),
   * `[delete, insert]` (renumbered), or `[delete]`/`[insert]` (whole clause).
   */
  label: Piece[];
  /** Set when the whole clause is deleted or inserted: every paragraph is one marked piece. */
  whole?: 'delete' | 'insert';
  /** The text, one entry per paragraph (at least one, possibly empty). */
  paragraphs: Piece[][];
}

/**
 * How the text is cut into pieces: `markdown` plans the markup for Markdown
 * (edge whitespace outside markers, see `pieces.ts`; sources dropped);
 * `segments` keeps the canonical segments as they are, with their sources
 * (terminal output and the Synopse can mark any text); `html` is `segments`
 * for the HTML redline, which `fromHtml` reads back: a clause whose
 * segments would not read back exactly is planned as for Markdown.
 */
export type PieceMode = 'markdown' | 'segments' | 'html';

/** Lays out a clause (see the module comment). */
export function layoutClause(clause: RedlineClause, mode: PieceMode = 'markdown'): ClauseLayout {
  const cut = (segments: readonly Segment[]): Piece[][] =>
    splitParagraphs(
      mode === 'markdown'
        ? planPieces(segments)
        : mode === 'html'
          ? segmentPieces(segments)
          : normalizeSegments(segments),
    );
  if (clause.status === 'inserted' || clause.status === 'deleted') {
    const type = clause.status === 'inserted' ? 'insert' : 'delete';
    const kept = clause.segments.filter((s) => s.type !== (type === 'insert' ? 'delete' : 'insert'));
    return {
      label: clause.label === '' ? [] : [{ type, text: clause.label }],
      whole: type,
      paragraphs: withHeading(clause, cut, cut(kept.map((s) => ({ ...s, type })))),
    };
  }
  const paragraphs = withHeading(clause, cut, cut(clause.segments));
  if (
    clause.baseLabel !== undefined &&
    clause.baseLabel !== clause.label &&
    clause.baseLabel !== '' &&
    clause.label !== ''
  ) {
    return {
      label: [
        { type: 'delete', text: clause.baseLabel },
        { type: 'insert', text: clause.label },
      ],
      paragraphs,
    };
  }
  return { label: clause.label === '' ? [] : [{ type: 'equal', text: clause.label }], paragraphs };
}

/**
 * The lead laid out as the text of an unlabelled clause: its paragraphs as
 * pieces, a changed lead marked word by word like a clause (`[]` when there is
 * no lead). `side` keeps one version's text only (the Synopse's columns).
 */
export function layoutLead(redline: Redline, mode: PieceMode = 'markdown', side?: 'base' | 'amended'): Piece[][] {
  return layoutSegments(leadSegmentsOf(redline), mode, side);
}

/**
 * The document's title laid out like the lead (see {@link layoutLead}): `[]`
 * when there is none. Renderers show it before the lead.
 */
export function layoutTitle(redline: Redline, mode: PieceMode = 'markdown', side?: 'base' | 'amended'): Piece[][] {
  return layoutSegments(titleSegmentsOf(redline), mode, side);
}

function layoutSegments(all: readonly Segment[], mode: PieceMode, side: 'base' | 'amended' | undefined): Piece[][] {
  const drop = side === 'base' ? 'insert' : side === 'amended' ? 'delete' : undefined;
  const segments = all.filter((s) => s.type !== drop);
  if (segments.length === 0) return [];
  return layoutClause({ id: '', label: '', status: 'changed', segments, children: [] }, mode).paragraphs;
}

/** True when the clause is a statute unit or section: it has a heading line (possibly with an empty heading). */
export function hasHeadingLine(clause: RedlineClause): boolean {
  return typeof clause.heading === 'string' || typeof clause.baseHeading === 'string';
}

/**
 * The heading of a statute unit or section as segments (undefined for other
 * clauses, `[]` for an empty heading): `equal` when kept, `delete` + `insert`
 * when changed, one `insert`/`delete` in a whole inserted/deleted clause.
 * Renderers that cut text themselves (DOCX, PDF) draw it like a text.
 */
export function headingSegments(clause: RedlineClause): Segment[] | undefined {
  if (!hasHeadingLine(clause)) return undefined;
  const amended = clause.heading ?? '';
  const base = clause.baseHeading ?? amended;
  const segments: Segment[] = [];
  if (clause.status === 'inserted' || clause.status === 'deleted') {
    const text = clause.status === 'deleted' ? base : amended;
    if (text !== '') segments.push({ type: clause.status === 'inserted' ? 'insert' : 'delete', text });
  } else if (base === amended) {
    if (amended !== '') segments.push({ type: 'equal', text: amended });
  } else {
    if (base !== '') segments.push({ type: 'delete', text: base });
    if (amended !== '') segments.push({ type: 'insert', text: amended });
  }
  return segments;
}

/**
 * The text paragraphs of a statute unit or section with its heading line
 * before them (see the module comment); other clauses' paragraphs as they
 * are. The heading is cut like text.
 */
function withHeading(
  clause: RedlineClause,
  cut: (segments: readonly Segment[]) => Piece[][],
  paragraphs: Piece[][],
): Piece[][] {
  const segments = headingSegments(clause);
  if (segments === undefined) return paragraphs;
  const heading = segments.length === 0 ? [] : (cut(segments)[0] ?? []);
  const textless = paragraphs.length === 1 && paragraphs[0]!.length === 0;
  return [heading, ...(textless ? [] : paragraphs)];
}

/** True when the label is written as is (no markers). */
export function isPlainLabel(layout: ClauseLayout): boolean {
  return layout.label.every((piece) => piece.type === 'equal');
}

/**
 * The first paragraph with the label joined in, for output that carries the
 * label inside the text (Markdown of marked labels, mdast, table cells): a
 * whole-clause label merges into the first marked piece (`**5. Neuer Text.**`),
 * other labels are followed by one space.
 */
export function firstParagraphWithLabel(layout: ClauseLayout): Piece[] {
  const first = layout.paragraphs[0] ?? [];
  if (layout.label.length === 0) return first.slice();
  if (layout.whole !== undefined) {
    const label = layout.label[0]!;
    const head = first[0];
    if (head !== undefined && head.type === layout.whole) {
      return [{ ...head, text: `${label.text} ${head.text}` }, ...first.slice(1)];
    }
    return first.length === 0 ? [label] : [label, { type: 'equal', text: ' ' }, ...first];
  }
  const out: Piece[] = [];
  layout.label.forEach((piece, index) => {
    if (index > 0) out.push({ type: 'equal', text: ' ' });
    out.push(piece);
  });
  if (first.length > 0) out.push({ type: 'equal', text: ' ' }, ...first);
  return out;
}
