/**
 * The paragraphs of a redline as a Word document shows them, as plain data
 * (no `docx` objects, so it can be tested and reasoned about alone): a title,
 * the lead (a changed lead with its changes, like a clause text), then one paragraph per paragraph of each clause, in document
 * order with their depth.
 *
 * Labels are text in the paragraph, in a character style of their own
 * (`RedlineLabel`) and followed by a tab, not Word's automatic numbering:
 * council labels are written exactly as the resolution has them ("2a.",
 * "(1a)", "II.", "-"), a renumbered clause shows its old label struck and
 * its new one inserted, and `readDocx` finds the label again by its style.
 *
 * @module
 */
import type { Redline, RedlineClause, Segment } from '../../model.js';
import { flattenClauses } from '../../render/input.js';
import { headingSegments } from '../../render/layout.js';
import { leadSegmentsOf } from '../../redline/lead.js';
import { titleSegmentsOf } from '../../redline/title.js';
import { formattedRuns, splitRunParagraphs, trackedRuns, type Run } from './runs.js';

/** One Word paragraph. */
export interface ParagraphPlan {
  /** The title heading, a paragraph of the lead, or a paragraph of a clause. */
  kind: 'title' | 'lead' | 'clause';
  /** Nesting depth of the clause (0 for top-level clauses, the title and the lead). */
  depth: number;
  /** The label runs (each ending in a tab), empty for unlabelled clauses and further paragraphs. */
  label: Run[];
  /** The text runs. */
  runs: Run[];
  /** The paragraph mark: kept, deleted or inserted. */
  mark: Segment['type'];
  /** A note on the paragraph (the `typography: 'mark'` note, on a clause's last paragraph): a Word comment. */
  note?: string;
}

/**
 * The paragraphs of a (validated) redline; `tracked` chooses the spacing of the
 * runs (see runs.ts); `notes` are put on the last paragraph of their clause.
 */
export function planDocument(
  redline: Redline,
  title: string | undefined,
  tracked: boolean,
  notes: ReadonlyMap<RedlineClause, string> = new Map(),
): ParagraphPlan[] {
  const out: ParagraphPlan[] = [];
  if (title !== undefined && title !== '') {
    out.push({ kind: 'title', depth: 0, label: [], runs: [{ type: 'equal', text: title }], mark: 'equal' });
  }
  // The document's own title (unless it is the heading given), with its changes like the lead's.
  const own = titleSegmentsOf(redline);
  if (own.length > 0 && !(redline.titleSegments === undefined && redline.title === title)) {
    const runs = tracked ? trackedRuns(own) : formattedRuns(own);
    for (const { runs: paragraph, mark } of splitRunParagraphs(runs, 'equal')) {
      out.push({ kind: 'title', depth: 0, label: [], runs: paragraph, mark });
    }
  }
  // The lead: its paragraphs, a changed lead with tracked (or drawn) changes like a clause text.
  const lead = leadSegmentsOf(redline);
  if (lead.length > 0) {
    const runs = tracked ? trackedRuns(lead) : formattedRuns(lead);
    for (const { runs: paragraph, mark } of splitRunParagraphs(runs, 'equal')) {
      out.push({ kind: 'lead', depth: 0, label: [], runs: paragraph, mark });
    }
  }
  for (const { clause, depth } of flattenClauses(redline.clauses)) {
    const paragraphs = planClause(clause, depth, tracked);
    const note = notes.get(clause);
    if (note !== undefined && paragraphs.length > 0) paragraphs[paragraphs.length - 1]!.note = note;
    out.push(...paragraphs);
  }
  return out;
}

function planClause(clause: RedlineClause, depth: number, tracked: boolean): ParagraphPlan[] {
  const whole = clause.status === 'inserted' ? 'insert' : clause.status === 'deleted' ? 'delete' : undefined;
  const source = clause.segments.find((s) => s.source !== undefined)?.source;
  let runs: Run[];
  if (whole !== undefined) {
    // The clause exists in one version only: all its text is of that kind.
    const text = clause.segments.map((s) => s.text).join('');
    runs = text === '' ? [] : [withSource({ type: whole, text }, source)];
  } else {
    runs = tracked ? trackedRuns(clause.segments) : formattedRuns(clause.segments);
  }
  const paragraphs = splitRunParagraphs(runs, whole ?? 'equal');
  // A statute unit or section: its heading line (`§ 2⇥Zweck`) first, the text in paragraphs of its own.
  const heading = headingSegments(clause);
  if (heading !== undefined) {
    const headingRuns =
      whole !== undefined
        ? heading.map((s) => withSource({ type: whole, text: s.text }, source))
        : tracked
          ? trackedRuns(heading)
          : formattedRuns(heading);
    const textless = runs.length === 0;
    paragraphs.splice(0, textless ? paragraphs.length : 0, { runs: headingRuns, mark: whole ?? 'equal' });
  }
  return paragraphs.map((paragraph, index) => ({
    kind: 'clause',
    depth,
    label: index === 0 ? labelRuns(clause, whole, source, tracked) : [],
    runs: paragraph.runs,
    mark: paragraph.mark,
  }));
}

/** The label with its tab: kept, wholly inserted/deleted, or renumbered (old label struck, new one inserted). */
function labelRuns(
  clause: RedlineClause,
  whole: 'insert' | 'delete' | undefined,
  source: string | undefined,
  tracked: boolean,
): Run[] {
  if (clause.label === '') return [];
  if (whole !== undefined) return [withSource({ type: whole, text: `${clause.label}\t` }, source)];
  const base = clause.baseLabel;
  if (base === undefined || base === clause.label) return [{ type: 'equal', text: `${clause.label}\t` }];
  // Tracked, each version keeps exactly "label⇥"; drawn, it reads like Markdown's `~~3.~~ **4.**`.
  return tracked
    ? [
        { type: 'delete', text: `${base}\t` },
        { type: 'insert', text: `${clause.label}\t` },
      ]
    : [
        { type: 'delete', text: base },
        { type: 'equal', text: ' ' },
        { type: 'insert', text: clause.label },
        { type: 'equal', text: '\t' },
      ];
}

function withSource(run: Run, source: string | undefined): Run {
  return source === undefined ? run : { ...run, source };
}
