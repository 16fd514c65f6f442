/**
 * `parseRedline`: reads the redline form — a resolution reprinted with
 * deletions struck (`~~alt~~`) and insertions bold (`**neu**`), as a whole
 * amendment document (seed 000) or as a bare resolution (what `toMarkdown`
 * writes).
 *
 * The structure comes from the clause parser (`parseMotion`/`parseResolution`,
 * which keep inline Markdown verbatim in the clause text); marked labels are
 * moved out of their markers first (read-labels.ts). Then each clause text is
 * read into segments (read-inline.ts, read-spacing.ts). Outside the
 * resolution, bold is formatting and is not looked at. Text whose markers were
 * lost in extraction ("Hierzu Bei der Erstellung") is plain text: nothing is
 * invented.
 *
 * @module
 */
import type { Clause, Redline, RedlineClause, Resolution, Segment } from '../../model.js';
import { ParseError, RedlineError } from '../../errors.js';
import { LEAD_PHRASES } from '../../parse/markers.js';
import { motionFromLines } from '../../parse/motion.js';
import { resolutionFromLines } from '../../parse/resolution.js';
import { isFalseLabel, parseLabel, scanLineLabel } from '../../parse/labels.js';
import type { ResolvedParseOptions } from '../../parse/parse-options.js';
import type { ClauseVersion } from '../../parse/open-clauses.js';
import { splitLines } from '../../parse/source-lines.js';
import { assignRedlineIds } from '../ids.js';
import { leadFields, type LeadFields } from '../lead.js';
import { titleFields } from '../title.js';
import { acceptAll, rejectAll } from '../model.js';
import { readInline } from './inline.js';
import { markHeadingLines, readHeading, restoreStandIn } from './headings.js';
import { hasSentinel, markAtStart, markLabels, takeMark, type LabelMark, type MarkedSource } from './labels.js';
import { PARAGRAPH_BREAK, piecesToSegments } from './spacing.js';
import { amendedText, baseText, clauseStatusOf } from '../segments.js';
import { walk, type Visit } from '../../tree.js';

/** What {@link parseRedline} returns. */
export interface ParsedRedline {
  /** The resolution before the amendment (`rejectAll(redline)`). */
  base: Resolution;
  /** The resolution after the amendment (`acceptAll(redline)`). */
  amended: Resolution;
  /** The redline itself. */
  redline: Redline;
}

/**
 * Reads a redline-form amendment (Markdown or extracted text): `~~…~~` is
 * deleted, `**…**` inserted, `~~alt~~ **neu**` a replacement; a wholly bold
 * (struck) labelled paragraph `**5. Neuer Text.**` an inserted (deleted)
 * clause with its sub-clauses; `~~3.~~ **4.** Text` a renumbered clause.
 * Escapes are decoded (`\*` → `*`), gender stars stay text (`**Kölner*innen**`).
 * A whole document is read from its resolution section on (see `parseMotion`);
 * text that starts with a clause or with a lead sentence followed by a clause
 * is read as a bare resolution. `parseRedline(toMarkdown(r))` gives back `r`.
 *
 * @throws ParseError `invalid-input` when `source` is not a string or contains
 *   the noncharacters U+FDD0/U+FDD1; `no-resolution` (from `parseMotion`) when a
 *   whole document has no resolution section.
 */
export function parseRedline(source: string): ParsedRedline {
  if (typeof source !== 'string') {
    throw new ParseError(
      'invalid-input',
      `parseRedline expects a string, got ${source === null ? 'null' : typeof source}.`,
    );
  }
  if (hasSentinel(source)) {
    throw new ParseError(
      'invalid-input',
      'The redline text contains the Unicode noncharacter U+FDD0 or U+FDD1, which parseRedline reserves for its own use; remove it.',
    );
  }
  // Marked labels, then the heading lines of statute units (`§ 1 ~~Name~~ **Name und Sitz**`).
  const marked = markHeadingLines(markLabels(source));
  const readSegments = (text: string): Segment[] => piecesToSegments(readInline(text));
  const redline = redlineFromStructure(readStructure(marked.source, marked), marked, readSegments, readSegments);
  return { base: rejectAll(redline), amended: acceptAll(redline), redline };
}

/**
 * The redline of a clause tree whose texts carry change marks, read by
 * `readSegments` (`parseRedline`: Markdown markers; `readDocx`: the runs of a
 * Word document), and whose label marks are in `marked`: whole inserted or
 * deleted clauses (with their sub-clauses), renumbered labels, ids. Shared
 * by every reader of the redline form, so they build clauses the same way.
 * With `readHeadingSegments` (`parseRedline`), the headings of statute units
 * and sections are read too: marked heading lines (headings.ts) and the
 * markup of plain ones; without it a clause's heading is kept as the parser
 * read it.
 */
export function redlineFromStructure(
  resolution: Resolution,
  marked: MarkedSource,
  readSegments: (text: string) => Segment[],
  readHeadingSegments?: (text: string) => Segment[],
): Redline {
  const redline: Redline = { ...readLead(resolution.lead, marked, readSegments), clauses: [] };
  // The document's title (a statute's title line, `# …` as toMarkdown writes it), its marks read like the lead's.
  if (resolution.title !== undefined) Object.assign(redline, titleFields(readSegments(resolution.title)));
  // Each clause read with the status forced by a wholly inserted/deleted parent.
  const reads = new Map<Visit<Clause>, RedlineClause>();
  const headings = readHeadingSegments === undefined ? undefined : { marked, read: readHeadingSegments };
  walk(resolution.clauses, (visit) => {
    const parent = visit.up === undefined ? undefined : reads.get(visit.up)!;
    const forced = parent?.status === 'inserted' || parent?.status === 'deleted' ? parent.status : undefined;
    const { read, following } = splitWhole(
      readClause(visit.node, marked, forced, readSegments, headings),
      visit.node.label,
    );
    (parent === undefined ? redline.clauses : parent.children).push(read, ...following);
    reads.set(visit, read);
  });
  assignRedlineIds(redline.clauses);
  return redline;
}

/**
 * The clause tree of the (marked) source. A text whose first paragraph is a
 * clause, or a lead sentence directly followed by a clause, is a bare
 * resolution; anything else is a document whose resolution section
 * `parseMotion` finds (falling back to `parseResolution` when it finds none
 * but the text has labelled clauses or redline markers).
 */
function readStructure(source: string, marked: MarkedSource): Resolution {
  // Clauses of one version only, or renumbered, are placed as their version places them.
  // The markers' reader decodes escapes itself (`\*\*` is two stars, not a marker): keep them.
  const options: ResolvedParseOptions = {
    dehyphenate: false,
    keepEscapes: true,
    versionOf: (text) => versionOf(text, marked),
  };
  const lines = splitLines(source);
  if (looksLikeBareResolution(source)) return resolutionFromLines(lines, options);
  try {
    return motionFromLines(lines, options).resolution;
  } catch (error) {
    if (error instanceof RedlineError && error.code === 'no-resolution') {
      // Without a marker heading it may still be a bare resolution: if it has
      // labelled clauses or redline markers. Plain prose stays an error.
      const resolution = resolutionFromLines(lines, options);
      if (resolution.clauses.some((c) => c.label !== '') || /~~|\*\*/.test(source)) return resolution;
    }
    throw error;
  }
}

/** The version a marked clause belongs to (see `ClauseVersion`): its mark, read off the sentinel. */
function versionOf(text: string, marked: MarkedSource): ClauseVersion | undefined {
  const mark = markAtStart(text, marked);
  if (mark === undefined) return undefined;
  if (mark.kind === 'heading') return undefined;
  if (mark.kind === 'renumbered') {
    const baseInfo = parseLabel(mark.baseLabel);
    return baseInfo === undefined ? undefined : { baseInfo };
  }
  return { only: mark.kind === 'inserted' ? 'amended' : 'base' };
}

/** The first two paragraphs' first lines: a clause, or a lead-like paragraph and a clause. */
function looksLikeBareResolution(source: string): boolean {
  const firstLines: string[] = [];
  let inParagraph = false;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      inParagraph = false;
      continue;
    }
    if (!inParagraph) {
      firstLines.push(line);
      if (firstLines.length === 2) break;
    }
    inParagraph = true;
  }
  const [first, second] = firstLines;
  if (first === undefined) return true;
  if (startsWithLabel(first)) return true;
  return second !== undefined && isLeadLike(first) && startsWithLabel(second);
}

function startsWithLabel(line: string): boolean {
  const label = scanLineLabel(line);
  return label !== undefined && !isFalseLabel(line, label);
}

function isLeadLike(line: string): boolean {
  const lower = line.toLowerCase();
  return line.trimEnd().endsWith(':') || LEAD_PHRASES.some((phrase) => lower.includes(phrase));
}

/**
 * The lead, markers read and escapes decoded: the amended lead, and its
 * segments when the markers change it (`~~möge beschließen~~ **beschließt**`).
 */
function readLead(lead: string, marked: MarkedSource, readSegments: (text: string) => Segment[]): LeadFields {
  if (lead === '') return { lead: '' };
  return leadFields(readSegments(takeMark(lead, marked).text));
}

/** How the headings of statute units are read: the marked source and the reader of a heading's markup. */
interface HeadingReader {
  marked: MarkedSource;
  read: (text: string) => Segment[];
}

/** One clause: its mark (if any), its segments, its status and (statute units and sections) its headings. */
function readClause(
  clause: Clause,
  marked: MarkedSource,
  forced: 'inserted' | 'deleted' | undefined,
  readSegments: (text: string) => Segment[],
  headings: HeadingReader | undefined,
): RedlineClause {
  const { mark, text } = takeMark(headings === undefined ? clause.text : restoreStandIn(clause.text, marked), marked);
  const segments = readSegments(text);
  const out: RedlineClause = { id: clause.id, label: clause.label, status: 'unchanged', segments, children: [] };
  let whole: 'inserted' | 'deleted' | undefined;
  if (typeof clause.heading === 'string') {
    const heading =
      headings === undefined
        ? { heading: clause.heading }
        : readHeading(clause.heading, headings.marked, headings.read);
    out.heading = heading.heading;
    if (heading.baseHeading !== undefined) out.baseHeading = heading.baseHeading;
    if (heading.baseLabel !== undefined) out.baseLabel = heading.baseLabel;
    whole = heading.whole;
  }
  const status = forced ?? whole ?? wholeStatus(mark) ?? unlabelledWhole(clause.label, segments);
  if (status !== undefined) {
    // Completed by splitWhole: the clause exists in one version only.
    out.status = status;
    return out;
  }
  out.status = clauseStatusOf(segments);
  if (mark?.kind === 'renumbered' && mark.baseLabel !== clause.label) out.baseLabel = mark.baseLabel;
  return out;
}

/**
 * A wholly inserted (deleted) clause exists in one version only, so all its text
 * is inserted (deleted). The clause parser joins an unlabelled paragraph to the
 * clause before it; when such trailing paragraphs are wholly of the other kind
 * (`~~2. Alt.~~` followed by the paragraph `**Neu.**`), they are clauses of their
 * own — unlabelled, inserted (deleted) — and are returned as `following`
 * siblings. Text of the other kind anywhere else cannot be read: an error, never
 * a silent loss.
 */
function splitWhole(read: RedlineClause, label: string): { read: RedlineClause; following: RedlineClause[] } {
  if (read.status !== 'inserted' && read.status !== 'deleted') return { read, following: [] };
  const own: Segment['type'] = read.status === 'inserted' ? 'insert' : 'delete';
  const other: Segment['type'] = own === 'insert' ? 'delete' : 'insert';
  const segments = read.segments;
  // The trailing run of other-kind text (a paragraph break between `~~…~~` and
  // `**…**` reads as the separator of a replacement, so it may be gone).
  let first = segments.length;
  while (
    first > 0 &&
    (segments[first - 1]!.type === other ||
      (segments[first - 1]!.type === 'equal' && segments[first - 1]!.text.trim() === ''))
  ) {
    first -= 1;
  }
  while (first < segments.length && segments[first]!.type === 'equal') first += 1;
  const kept = segments.slice(0, first);
  const stray = kept.find((s) => s.type === other);
  if (stray !== undefined) {
    throw new ParseError(
      'invalid-redline',
      `Clause ${label || read.id} is ${read.status === 'deleted' ? 'struck' : 'inserted'} as a whole but also ${
        other === 'insert' ? 'inserts' : 'strikes'
      } „${stray.text.slice(0, 80)}“ inside it; mark that text as a clause of its own or mark the clause's changes word by word.`,
    );
  }
  const text = own === 'insert' ? amendedText(kept) : baseText(kept);
  read.segments = text === '' ? [] : [{ type: own, text }];
  const tail = segments
    .slice(first)
    .filter((s) => s.type === other)
    .map((s) => s.text)
    .join(PARAGRAPH_BREAK);
  const following = tail
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph): RedlineClause => ({
      id: '',
      label: '',
      status: other === 'insert' ? 'inserted' : 'deleted',
      segments: [{ type: other, text: paragraph }],
      children: [],
    }));
  return { read, following };
}

/**
 * An unlabelled paragraph that is wholly bold (struck) is an inserted (deleted)
 * clause: without a label there is nothing else it could be, since an
 * unlabelled clause with no text of its own does not exist.
 */
function unlabelledWhole(label: string, segments: readonly Segment[]): 'inserted' | 'deleted' | undefined {
  if (label !== '' || segments.length !== 1) return undefined;
  const only = segments[0]!.type;
  return only === 'insert' ? 'inserted' : only === 'delete' ? 'deleted' : undefined;
}

function wholeStatus(mark: LabelMark | undefined): 'inserted' | 'deleted' | undefined {
  if (mark === undefined || mark.kind === 'renumbered' || mark.kind === 'heading') return undefined;
  return mark.kind;
}
