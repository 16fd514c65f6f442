/**
 * Overlaps: which edits touch the same base words or clauses. Within one
 * amendment a touching pair is an `overlap` diagnostic; between amendments
 * applied together (apply-many.ts) it is a `conflict`.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { walk } from '../tree.js';
import {
  describeEditPlace,
  type Edit,
  type HeadingEdit,
  type RelabelEdit,
  type RemoveEdit,
  type TextEdit,
} from './edits.js';
import type { Reporter } from './report.js';

/** Each clause's parent (undefined at the top level). */
export function parentMap(clauses: readonly Clause[]): Map<Clause, Clause | undefined> {
  const map = new Map<Clause, Clause | undefined>();
  walk(clauses, ({ node, parent }) => {
    map.set(node, parent);
  });
  return map;
}

/** Reports `overlap` for every change that touches what an earlier change of the same amendment touches. */
export function reportOverlaps(
  edits: readonly Edit[],
  parents: ReadonlyMap<Clause, Clause | undefined>,
  reporter: Reporter,
): void {
  const reported = new Set<number>();
  for (const [a, b] of touchingPairs(edits, parents)) {
    const [first, second] = a.change <= b.change ? [a, b] : [b, a];
    if (first.change === second.change || reported.has(second.change)) continue;
    reported.add(second.change);
    reporter.report(
      'overlap',
      second.change,
      `Change ${second.change + 1} (${second.what}) touches the same part of ${describeEditPlace(second)} as change ${first.change + 1} (${first.what}).`,
      second.ref,
    );
  }
}

/**
 * The pairs of touching edits. Text edits are compared only within their
 * clause, after sorting by position, so many changes stay cheap.
 */
export function touchingPairs(
  edits: readonly Edit[],
  parents: ReadonlyMap<Clause, Clause | undefined>,
): Array<[Edit, Edit]> {
  const pairs: Array<[Edit, Edit]> = [];
  const byClause = new Map<Clause, TextEdit[]>();
  const headings = new Map<Clause, HeadingEdit[]>();
  const removals = new Map<Clause, RemoveEdit[]>();
  const relabels = new Map<Clause, RelabelEdit[]>();
  for (const e of edits) {
    if (e.kind === 'text') pushTo(byClause, e.clause, e);
    if (e.kind === 'heading') pushTo(headings, e.clause, e);
    if (e.kind === 'remove') pushTo(removals, e.clause, e);
    if (e.kind === 'relabel') pushTo(relabels, e.clause, e);
  }
  for (const list of byClause.values()) textPairs(list, pairs);
  for (const list of headings.values()) textPairs(list, pairs);
  if (removals.size > 0) removalPairs(edits, removals, parents, pairs);
  for (const list of relabels.values()) for (let i = 1; i < list.length; i += 1) pairs.push([list[0]!, list[i]!]);
  return pairs;
}

/** The touching pairs among the text edits of one clause (or among the edits of its heading). */
function textPairs(list: readonly (TextEdit | HeadingEdit)[], pairs: Array<[Edit, Edit]>): void {
  const lo = (e: TextEdit | HeadingEdit): number => Math.min(e.start, e.anchor?.start ?? e.start);
  const hi = (e: TextEdit | HeadingEdit): number => Math.max(e.end, e.anchor?.end ?? e.end);
  const sorted = [...list].sort((x, y) => lo(x) - lo(y));
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length && lo(sorted[j]!) <= hi(sorted[i]!); j += 1) {
      if (textTouch(sorted[i]!, sorted[j]!)) pairs.push([sorted[i]!, sorted[j]!]);
    }
  }
}

/** Whether two text edits of the same clause (or heading) touch the same base words. */
function textTouch(a: TextEdit | HeadingEdit, b: TextEdit | HeadingEdit): boolean {
  const aDel = a.end > a.start;
  const bDel = b.end > b.start;
  if (aDel && bDel && a.start < b.end && b.start < a.end) return true;
  if (!aDel && bDel && b.start < a.start && a.start < b.end) return true;
  if (aDel && !bDel && a.start < b.start && b.start < a.end) return true;
  if (a.anchor !== undefined && bDel && a.anchor.start < b.end && b.start < a.anchor.end) return true;
  if (b.anchor !== undefined && aDel && b.anchor.start < a.end && a.start < b.anchor.end) return true;
  return false;
}

/** A struck clause touches everything inside it: each edit is paired with the removals of its clause's ancestors. */
function removalPairs(
  edits: readonly Edit[],
  removals: ReadonlyMap<Clause, RemoveEdit[]>,
  parents: ReadonlyMap<Clause, Clause | undefined>,
  pairs: Array<[Edit, Edit]>,
): void {
  for (const e of edits) {
    let from: Clause | undefined;
    switch (e.kind) {
      case 'text':
      case 'heading':
      case 'relabel':
        from = e.clause;
        break;
      case 'remove':
        from = parents.get(e.clause);
        // The same clause struck twice.
        for (const r of removals.get(e.clause) ?? []) {
          if (r === e) break;
          pairs.push([r, e]);
        }
        break;
      case 'add':
        from = e.parent;
        break;
      case 'resequence':
        from = undefined;
        break;
    }
    for (let c = from; c !== undefined; c = parents.get(c)) for (const r of removals.get(c) ?? []) pairs.push([r, e]);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
