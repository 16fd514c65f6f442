/**
 * From a document's paragraphs to what `readDocx` (and `readOdt`) return:
 * plain text for `parseMotion` when nothing is marked, otherwise a `Redline`
 * built by the same code as `parseRedline` (`redlineFromStructure`).
 *
 * The clause tree comes from the clause parser, as for every other input:
 * each paragraph becomes one line — indented by its level, its settled label
 * first — and the text carries its changes as private-use characters (never
 * Markdown), which the parser keeps as text and `readSegments` turns back into
 * segments. A text start is guarded by a private-use character too, so the
 * parser never reads text as a label the file did not mark as one. Label
 * marks (a wholly inserted/deleted or renumbered clause) use the redline
 * form's own label sentinels.
 *
 * @module
 */
import type { Redline, Segment } from '../model.js';
import { assignIds } from '../parse/ids.js';
import { findEnd, findResolutionStart } from '../parse/section.js';
import { splitLines } from '../parse/source-lines.js';
import { buildBody } from '../parse/body.js';
import { isStatute } from '../parse/statute.js';
import type { HeadingLine } from '../redline/read/headings.js';
import { headingLineOf, headingStandIn, isPreambleLine } from './heading-lines.js';
import { SENTINEL_CLOSE, SENTINEL_OPEN, type LabelMark, type MarkedSource } from '../redline/read/labels.js';
import { redlineFromStructure } from '../redline/read/parse-redline.js';
import { PARAGRAPH_BREAK, piecesToSegments, type Piece } from '../redline/read/spacing.js';
import { amendedText, normalizeSegments } from '../redline/segments.js';
import { leadFields, withLead } from '../redline/lead.js';
import { settleLabel, type LabelledParagraph, type ReadParagraph } from './paragraphs.js';

const OPEN: Record<'delete' | 'insert', string> = { delete: '\uE000', insert: '\uE002' };
const CLOSE: Record<'delete' | 'insert', string> = { delete: '\uE001', insert: '\uE003' };
/** Guards the start of a paragraph's text. */
const GUARD = '\uE004';
/** The paragraph mark before the next `"\n\n"` is inserted / deleted. */
const MARK: Record<'delete' | 'insert', string> = { insert: '\uE005', delete: '\uE006' };

/** Characters the encoding uses, removed from document text (with the label sentinels). */
export function stripReserved(text: string): string {
  return text.replace(/[\uE000-\uE006\uFDD0\uFDD1]/g, '');
}

/** Where the resolution is among the paragraphs. */
interface Section {
  /** The lead; from lead-style paragraphs with their changes encoded (see {@link encodeParagraph}). */
  lead: string;
  body: LabelledParagraph[];
  /** The lead is known (a lead style or a resolution sentence): the parser must not look for one. */
  leadKnown: boolean;
}

/** The text of a paragraph as a line: both versions' text where they differ (only used to find sections). */
function plainLine(p: LabelledParagraph): string {
  const label = p.label === undefined ? '' : `${p.label.amended || p.label.base} `;
  return (label + p.pieces.map((piece) => piece.text).join('')).replace(/\s+/g, ' ').trim();
}

/**
 * The resolution: after lead-style paragraphs; else from a resolution marker
 * ("Beschluss:", "Der Rat möge beschließen:") to the rationale or closing;
 * else every paragraph that is not a title. A document `toDocx` wrote is
 * title, lead and clauses: all its other paragraphs are the body.
 */
function findSection(paragraphs: readonly LabelledParagraph[], ours: boolean): Section {
  const lastLead = paragraphs.map((p) => p.role).lastIndexOf('lead');
  if (lastLead >= 0) {
    const lead = paragraphs.filter((p) => p.role === 'lead').map(encodeParagraph);
    return { lead: lead.join(PARAGRAPH_BREAK), body: paragraphs.slice(lastLead + 1), leadKnown: true };
  }
  if (ours) return { lead: '', body: paragraphs.filter((p) => p.role !== 'title'), leadKnown: true };
  const lines = splitLines(paragraphs.map(plainLine).join('\n\n'));
  const start = findResolutionStart(lines);
  if (start !== undefined) {
    const from = Math.ceil((lines[start.bodyFrom]?.number ?? lines.length * 2) / 2);
    const end = findEnd(lines, start.bodyFrom).end;
    const to = end >= lines.length ? paragraphs.length : Math.ceil(lines[end]!.number / 2);
    return { lead: start.lead, body: paragraphs.slice(from, to), leadKnown: start.kind === 'sentence' };
  }
  return { lead: '', body: paragraphs.filter((p) => p.role !== 'title'), leadKnown: false };
}

/** The text with its changes as private-use characters. */
function encode(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.type === 'equal' ? p.text : OPEN[p.type] + p.text + CLOSE[p.type])).join('');
}

/** A paragraph's text and the fate of its paragraph mark, encoded. */
function encodeParagraph(p: ReadParagraph): string {
  return encode(p.pieces) + (p.mark === 'equal' ? '' : MARK[p.mark]);
}

/** The levels of the paragraphs: numbering levels where given, else the rank of their indentation. */
function levelsOf(body: readonly LabelledParagraph[]): number[] {
  const indents = [...new Set(body.filter((p) => p.level === undefined).map((p) => p.indent))].sort((a, b) => a - b);
  return body.map((p) => p.level ?? indents.indexOf(p.indent));
}

/**
 * The body as source lines for the clause parser, with the label marks;
 * with `headings`, the heading lines of statute units as marked unit lines
 * (heading-lines.ts).
 */
function encodeBody(
  body: readonly LabelledParagraph[],
  headings?: (p: LabelledParagraph) => HeadingLine | undefined,
): MarkedSource {
  const levels = levelsOf(body);
  const marks: MarkedSource['marks'] = [];
  const open: Array<{ level: number; content: number }> = [];
  const lines = body.map((p, i) => {
    const level = levels[i]!;
    while (open.length > 0 && open[open.length - 1]!.level > level) open.pop();
    const top = open[open.length - 1];
    const text = GUARD + encodeParagraph(p);
    if (p.label === undefined || (p.label.base === '' && p.label.amended === '')) {
      const column = top?.content ?? 0;
      return ' '.repeat(column) + text;
    }
    if (top !== undefined && top.level === level) open.pop();
    const column = open[open.length - 1]?.content ?? 0;
    const shown = p.whole === 'delete' ? p.label.base : p.label.amended || p.label.base;
    open.push({ level, content: column + shown.length + 1 });
    const heading = headings?.(p);
    // The statute parser nests units in sections by their lines, not by indentation: a unit line starts the line.
    if (heading !== undefined) return headingStandIn(heading, marks);
    if (headings !== undefined && isPreambleLine(p)) return shown;
    const mark: LabelMark | undefined =
      p.whole !== undefined
        ? { kind: p.whole === 'insert' ? 'inserted' : 'deleted' }
        : p.label.base !== '' && p.label.amended !== '' && p.label.base !== p.label.amended
          ? { kind: 'renumbered', baseLabel: p.label.base }
          : undefined;
    if (mark === undefined) return `${' '.repeat(column)}${shown} ${text}`;
    const rewritten = `${shown} ${SENTINEL_OPEN}${marks.length}${SENTINEL_CLOSE}`;
    marks.push({ mark, original: `${shown} `, rewritten });
    return ' '.repeat(column) + rewritten + text;
  });
  return { source: lines.join('\n\n'), marks };
}

/** A clause text back to segments: exact for tracked changes, by the redline form's spacing convention for formatting. */
function segmentReader(tracked: boolean): (text: string) => Segment[] {
  return (text) => {
    const pieces: Piece[] = [];
    let type: Segment['type'] = 'equal';
    const push = (t: Segment['type'], value: string): void => {
      const last = pieces[pieces.length - 1];
      if (last !== undefined && last.type === t) last.text += value;
      else pieces.push({ type: t, text: value });
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === OPEN.delete) type = 'delete';
      else if (ch === OPEN.insert) type = 'insert';
      else if (ch === CLOSE.delete || ch === CLOSE.insert) type = 'equal';
      else if ((ch === MARK.insert || ch === MARK.delete) && text.startsWith(PARAGRAPH_BREAK, i + 1)) {
        push(ch === MARK.insert ? 'insert' : 'delete', PARAGRAPH_BREAK);
        i += PARAGRAPH_BREAK.length;
      } else if (ch !== GUARD && ch !== MARK.insert && ch !== MARK.delete) push(type, ch);
    }
    return tracked ? normalizeSegments(pieces) : piecesToSegments(pieces);
  };
}

/** The paragraphs as a redline (`tracked`: the changes are tracked changes, else formatting). */
export function paragraphsToRedline(section: Section, tracked: boolean): Redline {
  const read = segmentReader(tracked);
  // Statute units: their heading lines carry both headings; where the body is no statute, labels only.
  let marked = encodeBody(section.body, (p) => headingLineOf(p, (pieces) => read(encode(pieces))));
  let lines = splitLines(marked.source);
  const headed = marked.marks.some((m) => m.mark.kind === 'heading');
  if (headed && !isStatute(lines, 0, lines.length)) {
    marked = encodeBody(section.body);
    lines = splitLines(marked.source);
  }
  const built = buildBody(lines, 0, lines.length, {
    dehyphenate: false,
    detectLead: !section.leadKnown,
    stopAtHeadings: false,
  });
  assignIds(built.clauses);
  const lead = section.leadKnown ? section.lead : built.lead;
  const redline = redlineFromStructure({ lead: '', clauses: built.clauses }, marked, read, read);
  // A lead with changes (tracked, or struck/bold) is a change of the lead.
  return withLead(redline, leadFields(read(lead)));
}

/** The document as plain text for `parseMotion`: one paragraph per block, labels before the text, levels indented. */
function plainText(paragraphs: readonly LabelledParagraph[]): string {
  const body = paragraphs.filter((p) => p.role === 'body');
  const lines = encodeBody(body).source.split('\n\n');
  let next = 0;
  return paragraphs
    .map((p) => (p.role === 'body' ? lines[next++]! : amendedText(p.pieces)))
    .map((line) => line.replace(/[\uE000-\uE006]/g, ''))
    .join('\n\n');
}

/** What a document reader returns. */
export type DocumentContent = { kind: 'text'; text: string } | { kind: 'redline'; redline: Redline };

/**
 * Text when neither tracked changes nor struck/bold text (outside labels) are
 * in the resolution; else the redline.
 */
export function readDocumentParagraphs(input: readonly ReadParagraph[], tracked: boolean): DocumentContent {
  const ours = input.some((p) => p.ours);
  const paragraphs = input.map((p, i) => settleLabel(p, tracked, i === input.length - 1, ours));
  const section = findSection(paragraphs, ours);
  const changes = (p: ReadParagraph): boolean => p.mark !== 'equal' || p.pieces.some((piece) => piece.type !== 'equal');
  const marked = section.body.some(changes) || paragraphs.some((p) => p.role === 'lead' && changes(p));
  if (!tracked && !marked) return { kind: 'text', text: plainText(paragraphs) };
  return { kind: 'redline', redline: paragraphsToRedline(section, tracked) };
}
