/**
 * Renumberings checked against the siblings they land among: "Die bisherige
 * Ziffer 2 wird Ziffer 4." in a list that keeps its Ziffer 4 gives two
 * clauses numbered 4, and "Ziffer 2 wird Ziffer 3 und Ziffer 3 wird Ziffer 2"
 * numbers them 1, 3, 2 — a change of labels that does not move a clause.
 * Both would be applied literally and read as nonsense, so each is reported
 * as an invalid change naming the clause (to move a clause, strike it and
 * insert it at its new place). New clauses are left out: their labels are
 * assigned after the renumbering, around what it gives.
 *
 * @module
 */
import type { Clause, RedlineClause } from '../model.js';
import { labelKey } from '../parse/labels.js';
import type { Edit, RelabelEdit } from './edits.js';
import { assignLabels, type LabelItem } from './renumber.js';
import type { Reporter } from './report.js';
import { isAsciiDigit } from '../text/chars.js';

/** "4a" → [4, "a"]; a key that is no number (a letter, a Roman numeral) → undefined. */
function numberOf(key: string): [number, string] | undefined {
  let i = 0;
  while (i < key.length && isAsciiDigit(key[i])) i += 1;
  return i === 0 || i > 6 ? undefined : [Number(key.slice(0, i)), key.slice(i)];
}

function before(a: [number, string], b: [number, string]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Reports every renumbering that gives a label twice among its siblings or puts numbers out of order. */
export function reportRelabelClashes(
  edits: readonly Edit[],
  parents: ReadonlyMap<Clause, Clause | undefined>,
  topLevel: readonly Clause[],
  reporter: Reporter,
): void {
  const relabels = new Map<Clause, RelabelEdit>();
  const removed = new Set<Clause>();
  const resequenced = new Set<Clause>();
  for (const e of edits) {
    if (e.kind === 'relabel') relabels.set(e.clause, e);
    else if (e.kind === 'remove') removed.add(e.clause);
    else if (e.kind === 'resequence') resequenced.add(e.clause);
  }
  if (relabels.size === 0) return;
  const lists = new Set<readonly Clause[]>();
  for (const clause of relabels.keys()) lists.add(parents.get(clause)?.children ?? topLevel);
  for (const list of lists) checkList(list, { relabels, removed, resequenced }, reporter);
}

/** The labels a list of base clauses ends up with, as the builder assigns them (new clauses left out). */
function assignedLabels(list: readonly Clause[], edits: ListEdits): Map<Clause, string> {
  const items: LabelItem[] = list.map((c) => {
    const stub: RedlineClause = {
      id: c.id,
      label: c.label,
      status: edits.removed.has(c) ? 'deleted' : 'unchanged',
      segments: [],
      children: [],
    };
    const item: LabelItem = { clause: stub, base: c.label };
    const relabel = edits.relabels.get(c)?.label;
    if (relabel !== undefined) item.relabel = relabel;
    if (edits.resequenced.has(c)) item.resequence = true;
    return item;
  });
  assignLabels(items, '1.');
  return new Map(list.map((c, i) => [c, items[i]!.clause.label]));
}

interface ListEdits {
  relabels: ReadonlyMap<Clause, RelabelEdit>;
  removed: ReadonlySet<Clause>;
  resequenced: ReadonlySet<Clause>;
}

function checkList(list: readonly Clause[], edits: ListEdits, reporter: Reporter): void {
  const { relabels, removed } = edits;
  const labels = assignedLabels(list, edits);
  const seen = new Map<string, Clause>();
  let previous: { clause: Clause; number: [number, string]; key: string } | undefined;
  for (const clause of list) {
    if (removed.has(clause)) continue;
    const key = labelKey(labels.get(clause)!);
    if (key === '') continue;
    const edit = relabels.get(clause);
    const twin = seen.get(key);
    if (twin !== undefined && (edit !== undefined || relabels.has(twin))) {
      const e = edit ?? relabels.get(twin)!;
      const why = `${e.ref} would be numbered "${key}" like another clause of its list; renumber that one too, or strike one of them`;
      return reporter.invalid(e.change, why, e.ref);
    }
    seen.set(key, clause);
    const number = numberOf(key);
    if (number === undefined) continue;
    if (
      previous !== undefined &&
      before(number, previous.number) &&
      (edit !== undefined || relabels.has(previous.clause))
    ) {
      const e = edit ?? relabels.get(previous.clause)!;
      const why = `the renumbering leaves the numbers of its list out of order (${key} after ${previous.key}) without moving a clause; to move a clause, strike it and insert it at its new place`;
      return reporter.invalid(e.change, why, e.ref);
    }
    previous = { clause, number, key };
  }
}
