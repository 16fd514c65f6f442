/**
 * The labels a list ends up with, checked before anything is applied (the
 * builder assigns them the same way, src/amend/renumber.ts):
 *
 * - a renumbering that gives a number a kept clause has ("Die bisherige
 *   Ziffer 2 wird Ziffer 4." while Ziffer 4 stays) or leaves the numbers out
 *   of order ("Ziffer 2 wird Ziffer 3 und Ziffer 3 wird Ziffer 2": 1, 3, 2) —
 *   a change of labels does not move a clause (a new clause placed and
 *   numbered out of order says so in as many words, and is applied);
 * - a new clause given a number it cannot have ("Folgende Ziffer 4 wird
 *   angefügt." after a Ziffer 4 that stays: it would become 5).
 *
 * A renumbering is applied as said, with an `invalid-change` warning naming
 * the clause (a literal swap of labels is what the words say, and what
 * `toInstructions` writes for such a redline); a new clause that would not
 * get the mover's number is an error, since applying it would change what
 * the amendment says. Clauses after a renumbered or
 * new one that would collide still number on ("Ziffer 2 (neu): „…“ Ziffer 2
 * (alt) wird Ziffer 3.").
 *
 * @module
 */
import type { Clause, RedlineClause } from '../model.js';
import { labelKey } from '../parse/labels.js';
import { parseLabel } from '../parse/label-readings.js';
import type { AddEdit, Edit, RelabelEdit } from './edits.js';
import { keyOf } from './new-subtree.js';
import { assignLabels, type LabelItem } from './renumber.js';
import type { Reporter } from './report.js';

/** "4a" → [4, 1] (the number and its letter's place, as the parser reads the label); a letter or Roman numeral → undefined. */
function numberOf(key: string): [number, number] | undefined {
  const info = parseLabel(`${key}.`);
  return info?.kind === 'arabic' ? [info.value, info.sub] : undefined;
}

/** A key without a statute unit's prefix ("§4a" → "4a", "Art3" → "3"): a given "4a" becomes "§ 4a" among §§. */
function numberKey(key: string): string {
  return key.startsWith('§') ? key.slice(1) : key.startsWith('Art') ? key.slice(3) : key;
}

function before(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** The edits that decide the labels of one list. */
interface ListEdits {
  relabels: Map<Clause, RelabelEdit>;
  removed: Set<Clause>;
  resequenced: Set<Clause>;
  /** New clauses by the list they go into (`undefined`: the top level). */
  adds: Map<Clause | undefined, AddEdit[]>;
}

/** Reports every renumbering or numbered new clause whose number the list cannot give as said. */
export function reportLabelClashes(
  edits: readonly Edit[],
  parents: ReadonlyMap<Clause, Clause | undefined>,
  topLevel: readonly Clause[],
  reporter: Reporter,
): void {
  const index: ListEdits = { relabels: new Map(), removed: new Set(), resequenced: new Set(), adds: new Map() };
  const lists = new Set<Clause | undefined>();
  for (const e of edits) {
    if (e.kind === 'relabel') {
      index.relabels.set(e.clause, e);
      lists.add(parents.get(e.clause));
    } else if (e.kind === 'remove') index.removed.add(e.clause);
    else if (e.kind === 'resequence') index.resequenced.add(e.clause);
    else if (e.kind === 'add') {
      const list = index.adds.get(e.parent) ?? [];
      list.push(e);
      index.adds.set(e.parent, list);
      if (e.label !== undefined) lists.add(e.parent);
    }
  }
  for (const parent of lists) checkList(parent?.children ?? topLevel, parent, index, reporter);
}

/** One stub per clause of the list, in order, the new ones where they go (as the builder places them). */
function dryRun(list: readonly Clause[], parent: Clause | undefined, edits: ListEdits): LabelItem[] {
  const stub = (label: string, status: RedlineClause['status']): RedlineClause => ({
    id: '',
    label,
    status,
    segments: [],
    children: [],
  });
  const adds = [...(edits.adds.get(parent) ?? [])].sort((a, b) => (a.order ?? a.change) - (b.order ?? b.change));
  const items: LabelItem[] = [];
  // By position, so a long list with many new clauses costs list + adds, not list × adds.
  const at = new Map<number, AddEdit[]>();
  for (const add of adds) {
    const here = at.get(add.index);
    if (here === undefined) at.set(add.index, [add]);
    else here.push(add);
  }
  for (let i = 0; i <= list.length; i += 1) {
    for (const add of at.get(i) ?? []) {
      const item: LabelItem & { add?: AddEdit } = { clause: stub('', 'inserted'), add };
      if (add.label !== undefined) item.given = add.label;
      items.push(item);
    }
    const c = list[i];
    if (c === undefined) continue;
    const item: LabelItem & { base: string; of?: Clause } = {
      clause: stub(c.label, edits.removed.has(c) ? 'deleted' : 'unchanged'),
      base: c.label,
      of: c,
    };
    const relabel = edits.relabels.get(c)?.label;
    if (relabel !== undefined) item.relabel = relabel;
    if (edits.resequenced.has(c)) item.resequence = true;
    items.push(item);
  }
  assignLabels(items, parent === undefined ? '1.' : 'a)');
  return items;
}

function checkList(list: readonly Clause[], parent: Clause | undefined, edits: ListEdits, reporter: Reporter): void {
  const items = dryRun(list, parent, edits) as Array<LabelItem & { add?: AddEdit; of?: Clause }>;
  // The edit that said a number: a renumbering or a numbered new clause.
  const said = (item: (typeof items)[number]): { change: number; ref: string } | undefined =>
    item.of !== undefined ? edits.relabels.get(item.of) : item.add?.label !== undefined ? item.add : undefined;
  const seen = new Map<string, (typeof items)[number]>();
  let previous: { item: (typeof items)[number]; number: [number, number]; key: string } | undefined;
  for (const item of items) {
    if (item.clause.status === 'deleted') continue;
    const key = labelKey(item.clause.label);
    const edit = said(item);
    if (item.add?.label !== undefined && key !== '' && numberKey(key) !== numberKey(keyOf(item.add.label))) {
      const why = `the new clause is numbered "${keyOf(item.add.label)}", but its list keeps that number before it, so it would be "${item.clause.label}"; renumber the clauses first, or give it the number it gets`;
      return reporter.invalid(item.add.change, why, item.add.ref);
    }
    if (key === '') continue;
    const twin = seen.get(key);
    const blamed = edit ?? (twin !== undefined ? said(twin) : undefined);
    if (twin !== undefined && blamed !== undefined) {
      const message = `Change ${blamed.change + 1} is applied as said, but ${blamed.ref} is then numbered "${key}" like another clause of its list; renumber that one too, or strike one of them.`;
      return reporter.report('invalid-change', blamed.change, message, blamed.ref, undefined, 'warning');
    }
    seen.set(key, item);
    const number = numberOf(numberKey(key));
    if (number === undefined) continue;
    // Only a renumbering is blamed: a new clause placed and numbered out of order ("Nach Ziffer 2 wird folgende
    // Ziffer 1 eingefügt") says so in as many words.
    const renumbered = (it: (typeof items)[number]): RelabelEdit | undefined =>
      it.of !== undefined ? edits.relabels.get(it.of) : undefined;
    const out = previous !== undefined && before(number, previous.number);
    const culprit = out ? (renumbered(item) ?? renumbered(previous!.item)) : undefined;
    if (culprit !== undefined) {
      const message = `Change ${culprit.change + 1} is applied as said, but the numbers of its list then run out of order (${key} after ${previous!.key}): a number does not move a clause; if a move is meant, strike the clause and insert it at its new place.`;
      return reporter.report('invalid-change', culprit.change, message, culprit.ref, undefined, 'warning');
    }
    previous = { item, number, key };
  }
}
