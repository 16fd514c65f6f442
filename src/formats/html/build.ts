/**
 * The second pass of the HTML reader: blocks → a `Redline`, through the
 * redline model (segments from pieces by the redline form's spacing rules,
 * clause statuses and ids as `parseRedline` gives them).
 *
 * - Headings are not clauses: the first becomes the title (when there is no
 *   `<title>`), a "Begründung" heading ends the resolution and what follows is
 *   the rationale; other ending headings ("Anlagen") end it too.
 * - List items are clauses, labelled by their list (`start`, `type`, `value`:
 *   the number HTML shows, not text); an inserted item does not count in the
 *   base numbering, a deleted one not in the amended numbering, so a shifted
 *   item gets a `baseLabel`.
 * - A paragraph that starts with a label (`1.`, `a)`, `~~3.~~ **4.**`) or has
 *   Word's list number is a clause, nested by Word's list level or by the label
 *   sequence; an unlabelled paragraph after it is a further paragraph of that
 *   clause; other unlabelled paragraphs are unlabelled clauses.
 * - The lead is the last lead-like paragraph ("… beschließen:", "wie folgt")
 *   before the first clause; paragraphs before it are left out. Change marks
 *   in it are a change of the lead (`leadSegments`).
 * - A block inside a change mark, or whose text is all inserted (deleted), is
 *   an inserted (deleted) clause, and so are its nested items.
 *
 * @module
 */
import type { RedlineClause, Segment } from '../../model.js';
import { amendedText, baseText, clauseStatusOf, normalizeSegments } from '../../redline/segments.js';
import { leadFields, type LeadFields } from '../../redline/lead.js';
import { assignRedlineIds } from '../../redline/ids.js';
import { continuesSequence, parseLabel } from '../../parse/labels.js';
import { LEAD_PHRASES, OTHER_END_HEADINGS, RATIONALE_HEADINGS } from '../../parse/markers.js';
import { matchHeading } from '../../parse/section.js';
import { walk } from '../../tree.js';
import type { Block } from './collect.js';
import { listLabel } from './marks.js';
import { piecesOfParagraphs, takeTextLabel, trimParagraphs } from './segments.js';

/** The resolution part of a page, and what surrounds it. */
export interface BuiltRedline extends LeadFields {
  clauses: RedlineClause[];
  title: string | undefined;
  rationale: string | undefined;
}

const LOWER = (list: readonly string[]): string[] => list.map((h) => h.toLowerCase());
const RATIONALE = LOWER(RATIONALE_HEADINGS);
const OTHER_END = LOWER(OTHER_END_HEADINGS);

/** The amended text of a block (its paragraphs joined by a blank line). */
export function blockText(block: Block): string {
  return amendedText(piecesOfParagraphs(trimParagraphs(block.paragraphs)));
}

/** Whether a block reads as a lead in either version (a struck lead has no amended text). */
function isLeadBlock(block: Block): boolean {
  const segments = piecesOfParagraphs(trimParagraphs(block.paragraphs));
  return block.lead === true || isLeadLike(amendedText(segments)) || isLeadLike(baseText(segments));
}

function isLeadLike(text: string): boolean {
  const lower = text.toLowerCase();
  return text.trimEnd().endsWith(':') || LEAD_PHRASES.some((phrase) => lower.includes(phrase));
}

/** A clause under construction, with what places it. */
interface Draft {
  clause: RedlineClause;
  block: Block;
}

/** The clause of a block: segments, whole status, a label from its text (paragraphs) or none yet (items). */
function draftOf(block: Block, forced: 'inserted' | 'deleted' | undefined): Draft {
  const headingLine = block.headingLine === true ? block.paragraphs[0]! : undefined;
  const paragraphs = headingLine === undefined ? block.paragraphs : block.paragraphs.slice(1);
  let segments = piecesOfParagraphs(trimParagraphs(paragraphs.length > 0 ? paragraphs : [[]]));
  const kinds = new Set(segments.map((s) => s.type));
  const oneKind = kinds.size === 1 && !kinds.has('equal') && block.statedStatus !== true;
  const byContent = oneKind ? (kinds.has('insert') ? 'inserted' : 'deleted') : undefined;
  const whole = forced ?? (block.mark === 'insert' ? 'inserted' : block.mark === 'delete' ? 'deleted' : byContent);
  const clause: RedlineClause = { id: '', label: '', status: 'unchanged', segments, children: [] };
  if (block.writtenLabel !== undefined) {
    const { base, amended } = block.writtenLabel;
    clause.label = whole === 'deleted' || amended === '' ? base : amended;
    if (base !== '' && amended !== '' && base !== amended) clause.baseLabel = base;
  } else if (block.kind !== 'item') {
    const found = takeTextLabel(segments, whole);
    if (found !== undefined) {
      clause.label = found.label;
      if (found.baseLabel !== undefined) clause.baseLabel = found.baseLabel;
      segments = found.segments;
    }
  }
  if (whole !== undefined) {
    const type = whole === 'inserted' ? 'insert' : 'delete';
    const kept = segments.filter((s) => s.type !== (type === 'insert' ? 'delete' : 'insert'));
    clause.segments = normalizeSegments(kept.map((s) => ({ ...s, type })));
    clause.status = whole;
  } else {
    clause.segments = segments;
    clause.status = clauseStatusOf(segments);
  }
  if (headingLine !== undefined) setHeadings(clause, piecesOfParagraphs([headingLine]));
  return { clause, block };
}

/**
 * A statute unit's headings from its heading line (`§ 1 <del>Name</del>
 * <ins>Name und Sitz</ins>`): `heading` the amended one (the base one of a
 * deleted unit), `baseHeading` the base one where they differ — as
 * `parseRedline` reads them.
 */
function setHeadings(clause: RedlineClause, segments: readonly Segment[]): void {
  const base = baseText(segments).trim();
  const amended = amendedText(segments).trim();
  clause.heading = clause.status === 'deleted' ? base : amended;
  if (clause.status !== 'deleted' && clause.status !== 'inserted' && base !== amended) clause.baseHeading = base;
}

/** A list item's clause with its nested items (wholly inserted/deleted items pass that on). */
function itemClause(item: Block, forced: 'inserted' | 'deleted' | undefined): RedlineClause {
  const top = draftOf(item, forced);
  const drafts = new Map<Block, Draft>([[item, top]]);
  walk(item.children, ({ node, parent }) => {
    const parentDraft = drafts.get(parent ?? item)!;
    const status = parentDraft.clause.status;
    const draft = draftOf(node, status === 'inserted' || status === 'deleted' ? status : undefined);
    drafts.set(node, draft);
    parentDraft.clause.children.push(draft.clause);
  });
  for (const draft of drafts.values()) numberItems(draft.clause.children, draft.block.children);
  return top.clause;
}

/** Labels list items by their list's numbering; an item absent from one version does not count there. */
function numberItems(clauses: readonly RedlineClause[], blocks: readonly Block[]): void {
  const counters = new Map<object, { base: number; amended: number }>();
  blocks.forEach((block, index) => {
    const clause = clauses[index]!;
    const list = block.list;
    if (block.kind !== 'item' || list === undefined || block.writtenLabel !== undefined) return;
    let counter = counters.get(list);
    if (counter === undefined) {
      counter = { base: list.start, amended: list.start };
      counters.set(list, counter);
    }
    if (block.value !== undefined) counter = { base: block.value, amended: block.value };
    counters.set(list, counter);
    const inBase = clause.status !== 'inserted';
    const inAmended = clause.status !== 'deleted';
    const base = list.numbered ? listLabel(list.ordered, list.type, counter.base) : '';
    const amended = list.numbered ? listLabel(list.ordered, list.type, counter.amended) : '';
    clause.label = inAmended ? amended : base;
    if (inBase && inAmended && base !== amended) clause.baseLabel = base;
    if (inBase) counter.base += list.step;
    if (inAmended) counter.amended += list.step;
  });
}

/** The last index in `list` where `test` holds, or −1. */
function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/**
 * Places a labelled paragraph's clause: at Word's list level when it has one,
 * else as the sibling of the open clause whose label it continues (`b)` after
 * `a)`), else of the last open clause of its kind, else as a child of the open clause.
 */
function placeLabelled(stack: Draft[], draft: Draft, roots: RedlineClause[]): void {
  const level = draft.block.wordLevel;
  const info = parseLabel(draft.clause.label);
  let depth: number;
  if (level !== undefined) depth = Math.min(level - 1, stack.length);
  else {
    const continued = lastIndex(stack, (d) => {
      const previous = parseLabel(d.clause.label);
      return previous !== undefined && info !== undefined && continuesSequence(previous, info);
    });
    const sameKind = lastIndex(stack, (d) => parseLabel(d.clause.label)?.kind === info?.kind);
    depth = continued >= 0 ? continued : sameKind >= 0 ? sameKind : stack.length;
  }
  stack.length = depth;
  (depth === 0 ? roots : stack[depth - 1]!.clause.children).push(draft.clause);
  stack.push(draft);
}

/** Builds the redline of the collected blocks (see the module comment). */
export function buildRedline(blocks: readonly Block[], title: string | undefined): BuiltRedline {
  let pageTitle = title;
  let rationale: string | undefined;
  const body: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'heading') {
      body.push(block);
      continue;
    }
    const text = blockText(block);
    if (matchHeading(text, RATIONALE) !== undefined) {
      rationale =
        blocks
          .slice(i + 1)
          .map(blockText)
          .filter((t) => t !== '')
          .join('\n\n') || undefined;
      break;
    }
    if (matchHeading(text, OTHER_END) !== undefined) break;
    pageTitle ??= text || undefined;
  }
  const drafts = body.map((block) => ({ block, draft: block.kind === 'item' ? undefined : draftOf(block, undefined) }));
  const firstClause = drafts.findIndex(
    ({ block, draft }) => block.kind === 'item' || (draft?.clause.label ?? '') !== '',
  );
  const before = firstClause < 0 ? Math.min(drafts.length, 1) : firstClause;
  let leadAt = -1;
  for (let i = 0; i < before; i++) {
    const block = drafts[i]!.block;
    if (isLeadBlock(block)) leadAt = i;
  }
  // A lead with change marks is a change of the lead.
  const lead =
    leadAt < 0 ? { lead: '' } : leadFields(piecesOfParagraphs(trimParagraphs(drafts[leadAt]!.block.paragraphs)));
  const roots: RedlineClause[] = [];
  const stack: Draft[] = [];
  const items: { clauses: RedlineClause[]; blocks: Block[] } = { clauses: [], blocks: [] };
  drafts.slice(leadAt + 1).forEach(({ block, draft }) => {
    if (block.kind === 'item') {
      stack.length = 0;
      const clause = itemClause(block, undefined);
      roots.push(clause);
      items.clauses.push(clause);
      items.blocks.push(block);
      return;
    }
    if (draft === undefined || (draft.clause.segments.length === 0 && draft.clause.label === '')) return;
    if (draft.clause.label !== '') placeLabelled(stack, draft, roots);
    else if (stack.length === 0 || !appendParagraph(stack[stack.length - 1]!.clause, draft.clause.segments)) {
      stack.length = 0;
      roots.push(draft.clause);
    }
  });
  numberItems(items.clauses, items.blocks);
  assignRedlineIds(roots);
  useGivenIds(roots, items.blocks);
  return { ...lead, clauses: roots, title: pageTitle, rationale };
}

/**
 * The ids the markup gives (`data-clause-id`, in the library's own HTML), when
 * every clause has one and they are unique; otherwise the computed ids stay.
 */
function useGivenIds(roots: RedlineClause[], blocks: readonly Block[]): void {
  const clauses: RedlineClause[] = [];
  const given: string[] = [];
  walk(roots, ({ node }) => {
    clauses.push(node);
  });
  walk(blocks, ({ node }) => {
    if (node.kind === 'item' && node.clauseId !== undefined) given.push(node.clauseId);
  });
  if (given.length !== clauses.length || new Set(given).size !== given.length) return;
  clauses.forEach((clause, index) => {
    clause.id = given[index]!;
  });
}

/**
 * Joins an unlabelled paragraph to the open labelled clause as a further
 * paragraph; false (nothing joined) when the clause exists in one version only
 * and the paragraph does not — then it is a clause of its own.
 */
function appendParagraph(clause: RedlineClause, segments: readonly Segment[]): boolean {
  const type = clause.status === 'inserted' ? 'insert' : clause.status === 'deleted' ? 'delete' : undefined;
  if (type !== undefined && segments.some((s) => s.type !== type)) return false;
  const joined: Segment[] = [...clause.segments, { type: type ?? 'equal', text: '\n\n' }, ...segments];
  if (type === undefined) clause.status = clauseStatusOf(joined);
  clause.segments = normalizeSegments(joined);
  return true;
}
