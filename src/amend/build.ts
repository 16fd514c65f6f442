/**
 * Building the redline from planned edits: every base clause becomes a
 * redline clause (struck when removed, with delete/insert segments where its
 * text changed), new clauses are placed among their base siblings, labels are
 * assigned (renumber.ts) and ids computed from both numberings.
 *
 * Only the base text is cut: segments are built from base ranges, so the
 * `equal` + `delete` text of every clause is its base text by construction.
 *
 * @module
 */
import { diffTextResolved } from '../diff/text.js';
import type { Clause, Redline, RedlineClause, Resolution, Segment } from '../model.js';
import { isBullet } from '../parse/label-readings.js';
import { assignRedlineIds } from '../redline/ids.js';
import { clauseStatusOf, normalizeSegments } from '../redline/model.js';
import type { AddEdit, Edit, HeadingEdit, RelabelEdit, RemoveEdit, ResequenceEdit, TextEdit } from './edits.js';
import { editedHeading } from './plan-heading.js';
import { titleHolder } from './plan-title.js';
import { sameTitle, titleFields, type TitleFields } from '../redline/title.js';
import type { ResolvedApplyOptions } from './apply-options.js';
import { assignLabels, isCompleteLabel, type LabelItem } from './renumber.js';
import { fixSpacing, type WorkSegment } from './spacing.js';
import { mapTree, walk } from '../tree.js';
import { keyOf, readNewClauseText } from './new-subtree.js';

/** The edits of one plan, by the base clause (or parent) they act on. */
interface EditIndex {
  texts: Map<Clause, TextEdit[]>;
  headings: Map<Clause, HeadingEdit[]>;
  removed: Map<Clause, RemoveEdit>;
  adds: Map<Clause | undefined, AddEdit[]>;
  relabels: Map<Clause, RelabelEdit>;
  resequences: Map<Clause, ResequenceEdit>;
}

/** A sibling list of the base and the redline list built from it. */
interface SiblingList {
  /** The base parent (undefined for the top level). */
  parent: Clause | undefined;
  base: readonly Clause[];
  out: RedlineClause[];
  depth: number;
}

/** Builds the redline of `base` with `edits` applied (edits must not touch each other). */
export function buildRedline(base: Resolution, edits: readonly Edit[], options: ResolvedApplyOptions): Redline {
  const index = indexEdits(edits);
  const items = new Map<RedlineClause, LabelItem>();
  const { roots, lists } = buildBaseClauses(base, index, items, options);
  for (const list of lists) {
    const added = index.adds.get(list.parent);
    if (added !== undefined) placeAdditions(list, added, items);
    const touched = added !== undefined || list.base.some((c) => index.relabels.has(c) || index.resequences.has(c));
    if (touched)
      assignLabels(
        list.out.map((rc) => items.get(rc)!),
        list.depth === 0 ? '1.' : 'a)',
      );
  }
  assignRedlineIds(roots);
  return { ...titleOf(base, index.headings.get(titleHolder(base)), options), lead: base.lead, clauses: roots };
}

/**
 * The title fields: the base title, or with its edits applied like a clause
 * text's (a new wording as a word diff, each change attributed to its amendment).
 */
function titleOf(
  base: Resolution,
  edits: readonly HeadingEdit[] | undefined,
  options: ResolvedApplyOptions,
): TitleFields {
  if (edits === undefined || base.title === undefined) return sameTitle(base.title);
  const title = base.title;
  const texts = edits.map((e): TextEdit => ({ ...e, kind: 'text', rewrite: e.start === 0 && e.end === title.length }));
  return titleFields(textSegments(title, texts, options));
}

function indexEdits(edits: readonly Edit[]): EditIndex {
  const index: EditIndex = {
    texts: new Map(),
    headings: new Map(),
    removed: new Map(),
    adds: new Map(),
    relabels: new Map(),
    resequences: new Map(),
  };
  for (const e of edits) {
    switch (e.kind) {
      case 'text':
        pushTo(index.texts, e.clause, e);
        break;
      case 'heading':
        pushTo(index.headings, e.clause, e);
        break;
      case 'remove':
        index.removed.set(e.clause, e);
        break;
      case 'add':
        pushTo(index.adds, e.parent, e);
        break;
      case 'relabel':
        index.relabels.set(e.clause, e);
        break;
      case 'resequence':
        index.resequences.set(e.clause, e);
        break;
    }
  }
  return index;
}

/**
 * Every base clause as a redline clause (struck with its subtree when
 * removed, with its text edits applied otherwise), its label item in `items`,
 * and every sibling list of the base with the redline list built from it.
 */
function buildBaseClauses(
  base: Resolution,
  index: EditIndex,
  items: Map<RedlineClause, LabelItem>,
  options: ResolvedApplyOptions,
): { roots: RedlineClause[]; lists: SiblingList[] } {
  const roots: RedlineClause[] = [];
  const lists: SiblingList[] = [{ parent: undefined, base: base.clauses, out: roots, depth: 0 }];
  const built = new Map<Clause, { rc: RedlineClause; removedBy: RemoveEdit | undefined }>();
  walk(base.clauses, ({ node: clause, parent, depth, index: at }) => {
    const up = parent === undefined ? undefined : built.get(parent)!;
    const by = up?.removedBy ?? index.removed.get(clause);
    const rc =
      by !== undefined
        ? deletedClause(clause, by)
        : keptClause(clause, index.texts.get(clause), index.headings.get(clause), options);
    (up === undefined ? roots : up.rc.children)[at] = rc;
    built.set(clause, { rc, removedBy: by });
    lists.push({ parent: clause, base: clause.children, out: rc.children, depth: depth + 1 });
    const item: LabelItem = { clause: rc, base: clause.label };
    const relabel = index.relabels.get(clause);
    if (relabel !== undefined) item.relabel = relabel.label;
    if (index.resequences.has(clause)) item.resequence = true;
    items.set(rc, item);
  });
  return { roots, lists };
}

/** Places the new clauses of one sibling list among the base clauses, in application order at each position. */
function placeAdditions(list: SiblingList, added: readonly AddEdit[], items: Map<RedlineClause, LabelItem>): void {
  const ordered = [...added].sort((a, b) => (a.order ?? a.change) - (b.order ?? b.change));
  // Bucketed by position, so a long list with many new clauses costs list + adds, not list × adds.
  const at = new Map<number, AddEdit[]>();
  for (const add of ordered) pushTo(at, add.index, add);
  const merged: RedlineClause[] = [];
  // Among unlabelled paragraphs a new one is unlabelled too: „U. Die Stadt …“ is then its text, not a label.
  const unlabelled = list.base.length > 0 && list.base.every((c) => c.label === '');
  for (let i = 0; i <= list.base.length; i += 1) {
    for (const add of at.get(i) ?? []) {
      const rc = insertedClause(add, unlabelled);
      const item: LabelItem = { clause: rc };
      // A complete label (the change's, or its quotation's own „(1) Neu: …“), else the change's bare key,
      // else the quotation's own bullet („- Neu.“): a bullet, never the "a)" a first sub-clause falls back to.
      const given = isCompleteLabel(rc.label) ? rc.label : (add.label ?? (isBullet(rc.label) ? rc.label : undefined));
      if (given !== undefined) item.given = given;
      items.set(rc, item);
      merged.push(rc);
    }
    const kept = list.out[i];
    if (i < list.base.length && kept !== undefined) merged.push(kept);
  }
  // Copied element by element: spreading a list of 100,000 clauses into splice() overflows the call stack.
  list.out.length = 0;
  for (const rc of merged) list.out.push(rc);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function withSource(segment: Segment, source: string | undefined): Segment {
  if (source !== undefined) segment.source = source;
  return segment;
}

/**
 * A statute unit's or section's heading: as it is, or with the heading
 * changes applied (`baseHeading` then the base one, `""` when it had none; a
 * heading struck whole leaves `""`, as the parser reads a bare „§ 3“).
 */
function headingOf(clause: Clause, edits?: readonly HeadingEdit[]): Pick<RedlineClause, 'heading' | 'baseHeading'> {
  const base = clause.heading !== undefined ? { heading: clause.heading } : {};
  if (edits === undefined) return base;
  const amended = editedHeading(clause.heading ?? '', edits);
  if (amended === (clause.heading ?? '')) return base;
  return { heading: amended, baseHeading: clause.heading ?? '' };
}

function deletedClause(clause: Clause, by: RemoveEdit): RedlineClause {
  return {
    id: clause.id,
    label: clause.label,
    ...headingOf(clause),
    status: 'deleted',
    segments: clause.text === '' ? [] : [withSource({ type: 'delete', text: clause.text }, by.source)],
    children: [],
  };
}

/** The new clause of an addition, with the sub-clauses its text prints (src/amend/new-subtree.ts). */
function insertedClause(add: AddEdit, unlabelled: boolean): RedlineClause {
  const read = readNewClauseText(add.text, add.label ?? (unlabelled ? '' : undefined));
  const inserted = (label: string, text: string, children: RedlineClause[]): RedlineClause => ({
    id: '',
    label,
    status: 'inserted',
    segments: text === '' ? [] : [withSource({ type: 'insert', text }, add.source)],
    children,
  });
  const children = mapTree(read.children, (c: Clause, kids: RedlineClause[]) => inserted(c.label, c.text, kids));
  // „(1) …“ for the change's "1": the quotation's own complete label wins over the bare key's styling.
  const own = read.label !== undefined && add.label !== undefined && keyOf(read.label) === keyOf(add.label);
  const clause = inserted(own ? read.label! : (add.label ?? read.label ?? ''), read.text, children);
  if (read.heading !== undefined) clause.heading = read.heading;
  return clause;
}

function keptClause(
  clause: Clause,
  edits: readonly TextEdit[] | undefined,
  headings: readonly HeadingEdit[] | undefined,
  options: ResolvedApplyOptions,
): RedlineClause {
  const segments =
    edits === undefined
      ? clause.text === ''
        ? []
        : [{ type: 'equal' as const, text: clause.text }]
      : textSegments(clause.text, edits, options);
  return {
    id: clause.id,
    label: clause.label,
    ...headingOf(clause, headings),
    status: clauseStatusOf(segments, { ignoreTypography: options.diff.ignoreTypography }),
    segments,
    children: [],
  };
}

/** The segments of one clause text with its (non-touching) edits applied. */
export function textSegments(text: string, edits: readonly TextEdit[], options: ResolvedApplyOptions): Segment[] {
  // By position; at one position insertions come before a deletion starting there, then by order.
  const sorted = [...edits].sort(
    (a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || (a.order ?? a.change) - (b.order ?? b.change),
  );
  const out: WorkSegment[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start > at) out.push({ type: 'equal', text: text.slice(at, e.start) });
    if (e.rewrite && e.text !== '') {
      for (const s of diffTextResolved(text.slice(e.start, e.end), e.text, options.diff)) {
        const w: WorkSegment = { type: s.type, text: s.text, locked: true };
        if (s.type !== 'equal' && e.source !== undefined) w.source = e.source;
        out.push(w);
      }
    } else {
      if (e.end > e.start) out.push(work('delete', text.slice(e.start, e.end), e.source));
      if (e.text !== '') out.push(work('insert', e.text, e.source));
    }
    at = Math.max(at, e.end);
  }
  if (at < text.length) out.push({ type: 'equal', text: text.slice(at) });
  fixSpacing(out);
  return normalizeSegments(out, { insertFirst: options.diff.insertFirst });
}

function work(type: Segment['type'], text: string, source: string | undefined): WorkSegment {
  const s: WorkSegment = { type, text };
  if (source !== undefined) s.source = source;
  return s;
}
