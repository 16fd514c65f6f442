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
import { assignRedlineIds } from '../redline/ids.js';
import { clauseStatusOf, normalizeSegments } from '../redline/model.js';
import type { AddEdit, Edit, RelabelEdit, RemoveEdit, ResequenceEdit, TextEdit } from './plan.js';
import type { ResolvedApplyOptions } from './apply-options.js';
import { assignLabels, type LabelItem } from './renumber.js';
import { fixSpacing, type WorkSegment } from './spacing.js';

/** Builds the redline of `base` with `edits` applied (edits must not touch each other). */
export function buildRedline(base: Resolution, edits: readonly Edit[], options: ResolvedApplyOptions): Redline {
  const texts = new Map<Clause, TextEdit[]>();
  const removed = new Map<Clause, RemoveEdit>();
  const adds = new Map<Clause | undefined, AddEdit[]>();
  const relabels = new Map<Clause, RelabelEdit>();
  const resequences = new Map<Clause, ResequenceEdit>();
  for (const e of edits) {
    switch (e.kind) {
      case 'text':
        pushTo(texts, e.clause, e);
        break;
      case 'remove':
        removed.set(e.clause, e);
        break;
      case 'add':
        pushTo(adds, e.parent, e);
        break;
      case 'relabel':
        relabels.set(e.clause, e);
        break;
      case 'resequence':
        resequences.set(e.clause, e);
        break;
    }
  }

  const roots: RedlineClause[] = [];
  const items = new Map<RedlineClause, LabelItem>();
  const lists: Array<{ parent: Clause | undefined; base: readonly Clause[]; out: RedlineClause[]; depth: number }> = [];
  // Iterative walk: deep trees must not overflow the stack.
  const stack: Array<{
    parent: Clause | undefined;
    list: readonly Clause[];
    out: RedlineClause[];
    removedBy: RemoveEdit | undefined;
    depth: number;
  }> = [{ parent: undefined, list: base.clauses, out: roots, removedBy: undefined, depth: 0 }];
  while (stack.length > 0) {
    const { parent, list, out, removedBy, depth } = stack.pop()!;
    lists.push({ parent, base: list, out, depth });
    for (const clause of list) {
      const by = removedBy ?? removed.get(clause);
      const rc = by !== undefined ? deletedClause(clause, by) : keptClause(clause, texts.get(clause), options);
      out.push(rc);
      const item: LabelItem = { clause: rc, base: clause.label };
      const relabel = relabels.get(clause);
      if (relabel !== undefined) item.relabel = relabel.label;
      if (resequences.has(clause)) item.resequence = true;
      items.set(rc, item);
      stack.push({ parent: clause, list: clause.children, out: rc.children, removedBy: by, depth: depth + 1 });
    }
  }

  for (const { parent, base: list, out, depth } of lists) {
    const added = adds.get(parent);
    if (added !== undefined) {
      const ordered = [...added].sort((a, b) => (a.order ?? a.change) - (b.order ?? b.change));
      // Bucketed by position, so a long list with many new clauses costs list + adds, not list × adds.
      const at = new Map<number, AddEdit[]>();
      for (const add of ordered) pushTo(at, add.index, add);
      const merged: RedlineClause[] = [];
      for (let i = 0; i <= list.length; i += 1) {
        for (const add of at.get(i) ?? []) {
          const rc = insertedClause(add);
          const item: LabelItem = { clause: rc };
          if (add.label !== undefined) item.given = add.label;
          items.set(rc, item);
          merged.push(rc);
        }
        const kept = out[i];
        if (i < list.length && kept !== undefined) merged.push(kept);
      }
      // Copied element by element: spreading a list of 100,000 clauses into splice() overflows the call stack.
      out.length = 0;
      for (const rc of merged) out.push(rc);
    }
    const touched = added !== undefined || list.some((c) => relabels.has(c) || resequences.has(c));
    if (touched)
      assignLabels(
        out.map((rc) => items.get(rc)!),
        depth === 0 ? '1.' : 'a)',
      );
  }
  assignRedlineIds(roots);
  return { lead: base.lead, clauses: roots };
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

function deletedClause(clause: Clause, by: RemoveEdit): RedlineClause {
  return {
    id: clause.id,
    label: clause.label,
    status: 'deleted',
    segments: clause.text === '' ? [] : [withSource({ type: 'delete', text: clause.text }, by.source)],
    children: [],
  };
}

function insertedClause(add: AddEdit): RedlineClause {
  return {
    id: '',
    label: add.label ?? '',
    status: 'inserted',
    segments: [withSource({ type: 'insert', text: add.text }, add.source)],
    children: [],
  };
}

function keptClause(
  clause: Clause,
  edits: readonly TextEdit[] | undefined,
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
