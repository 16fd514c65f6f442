/**
 * The token-level edit script shared by the diff stages: alternating runs of
 * equal tokens and changes, as index ranges into the base (`a`) and amended
 * (`b`) token arrays.
 *
 * @module
 */
import { diffArrays } from 'diff';

/** One run of the edit script: `a0..a1` base tokens, `b0..b1` amended tokens. */
export interface Op {
  /** True for a run of matching tokens (then `a1 - a0 === b1 - b0`). */
  equal: boolean;
  /** First base token. */
  a0: number;
  /** After the last base token. */
  a1: number;
  /** First amended token. */
  b0: number;
  /** After the last amended token. */
  b1: number;
}

/** The diff budget: jsdiff's limits for one Myers run. */
export interface Budget {
  /** Largest edit distance one Myers run may explore. */
  maxEditLength: number;
  /** Time limit of one Myers run in ms, if any. */
  timeout: number | undefined;
}

/** Which tokens of each side may anchor a patience-style diff. */
export interface Anchorable {
  /** Whether base token `i` may anchor. */
  a: (i: number) => boolean;
  /** Whether amended token `j` may anchor. */
  b: (j: number) => boolean;
}

/** Levels of anchoring before a stubborn gap is replaced whole. */
const MAX_ANCHOR_DEPTH = 4;
/** Anchoring needs at least one anchor per this many tokens (about eight words) of the longer side. */
const ANCHOR_SPACING = 16;

/**
 * Diffs two key arrays (folded token texts). The common beginning and end are
 * trimmed, then the middle goes to jsdiff's `diffArrays` (Myers, O((N + M) · D))
 * with the edit budget. When the budget is exceeded (two texts that differ a
 * lot), the middle is anchored instead, as patience diff does: words that occur
 * exactly once in each side and in the same order (longest increasing
 * subsequence) are kept, and the gaps between them are diffed the same way —
 * iteratively, a few levels deep; a gap still over budget, or with too few
 * anchors (a rewrite rather than scattered edits), becomes one replacement. So the cost stays near O((N + M) · budget) whatever
 * the texts, instead of O((N + M)²).
 *
 * `anchorable.a(i)` / `anchorable.b(i)` say whether base/amended token i may anchor (words, not spaces).
 * Returns the edit script with no two adjacent runs of the same kind.
 */
export function diffKeys(a: readonly string[], b: readonly string[], budget: Budget, anchorable: Anchorable): Op[] {
  const ops: Op[] = [];
  type Task = { equal: boolean; a0: number; a1: number; b0: number; b1: number; depth: number };
  // Tasks are popped in document order (pushed in reverse), so ops come out in order.
  const tasks: Task[] = [{ equal: false, a0: 0, a1: a.length, b0: 0, b1: b.length, depth: 0 }];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if (task.equal) {
      ops.push({ equal: true, a0: task.a0, a1: task.a1, b0: task.b0, b1: task.b1 });
      continue;
    }
    let { a0, a1, b0, b1 } = task;
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
      a0 += 1;
      b0 += 1;
    }
    if (a0 > task.a0) ops.push({ equal: true, a0: task.a0, a1: a0, b0: task.b0, b1: b0 });
    let suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - 1 - suffix] === b[b1 - 1 - suffix]) suffix += 1;
    if (suffix > 0) tasks.push({ equal: true, a0: a1 - suffix, a1, b0: b1 - suffix, b1, depth: task.depth });
    a1 -= suffix;
    b1 -= suffix;
    if (a0 === a1 && b0 === b1) continue;
    if (a0 === a1 || b0 === b1) {
      appendChange(ops, a0, a1, b0, b1);
      continue;
    }
    const direct = myers(a, b, a0, a1, b0, b1, budget);
    if (direct !== undefined) {
      for (const op of direct) {
        if (op.equal) ops.push(op);
        else appendChange(ops, op.a0, op.a1, op.b0, op.b1);
      }
      continue;
    }
    const anchors = task.depth < MAX_ANCHOR_DEPTH ? uniqueAnchors(a, b, a0, a1, b0, b1, anchorable) : [];
    // Few anchors mean a rewrite, not scattered edits: diffing the gaps would cost much and show little.
    if (anchors.length === 0 || anchors.length * ANCHOR_SPACING < Math.max(a1 - a0, b1 - b0)) {
      appendChange(ops, a0, a1, b0, b1);
      continue;
    }
    // Gaps and anchors, pushed last-first.
    let nextA = a1;
    let nextB = b1;
    for (let k = anchors.length - 1; k >= 0; k -= 1) {
      const [x, y] = anchors[k]!;
      if (x + 1 < nextA || y + 1 < nextB)
        tasks.push({ equal: false, a0: x + 1, a1: nextA, b0: y + 1, b1: nextB, depth: task.depth + 1 });
      tasks.push({ equal: true, a0: x, a1: x + 1, b0: y, b1: y + 1, depth: task.depth });
      nextA = x;
      nextB = y;
    }
    if (a0 < nextA || b0 < nextB) tasks.push({ equal: false, a0, a1: nextA, b0, b1: nextB, depth: task.depth + 1 });
  }
  return compact(ops);
}

/** One Myers run over a[a0..a1) × b[b0..b1) within the budget, as ops with absolute indices; undefined when over budget. */
function myers(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  budget: Budget,
): Op[] | undefined {
  const options =
    budget.timeout === undefined
      ? { maxEditLength: budget.maxEditLength }
      : { maxEditLength: budget.maxEditLength, timeout: budget.timeout };
  const changes = diffArrays(a.slice(a0, a1), b.slice(b0, b1), options);
  if (changes === undefined) return undefined;
  const ops: Op[] = [];
  let ai = a0;
  let bi = b0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) {
      ops.push({ equal: false, a0: ai, a1: ai, b0: bi, b1: bi + count });
      bi += count;
    } else if (change.removed) {
      ops.push({ equal: false, a0: ai, a1: ai + count, b0: bi, b1: bi });
      ai += count;
    } else {
      ops.push({ equal: true, a0: ai, a1: ai + count, b0: bi, b1: bi + count });
      ai += count;
      bi += count;
    }
  }
  return ops;
}

/**
 * Anchor pairs for patience-style diffing: anchorable keys that occur exactly
 * once in a[a0..a1) and once in b[b0..b1), in the longest order-preserving chain.
 */
function uniqueAnchors(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  anchorable: Anchorable,
): Array<readonly [number, number]> {
  const inA = new Map<string, number>();
  for (let i = a0; i < a1; i += 1) if (anchorable.a(i)) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<string, number>();
  for (let j = b0; j < b1; j += 1) if (anchorable.b(j)) inB.set(b[j]!, inB.has(b[j]!) ? -1 : j);
  const pairs: Array<readonly [number, number]> = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** Longest subsequence of `pairs` (sorted by first index) with increasing second index; O(n log n). */
export function longestIncreasing(pairs: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i += 1) {
    const value = pairs[i]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const chain: Array<readonly [number, number]> = [];
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    chain.push(pairs[k]!);
    k = previous[k]!;
  }
  return chain.reverse();
}

/** Appends a change, merging it into a directly preceding change. */
function appendChange(ops: Op[], a0: number, a1: number, b0: number, b1: number): void {
  const last = ops[ops.length - 1];
  if (last !== undefined && !last.equal) {
    last.a1 = a1;
    last.b1 = b1;
  } else {
    ops.push({ equal: false, a0, a1, b0, b1 });
  }
}

/**
 * The edit script of one replacement of everything between the common
 * beginning and end of two key arrays.
 */
export function replaceMiddle(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  const min = Math.min(a.length, b.length);
  while (prefix < min && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < min - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  return compact([
    { equal: true, a0: 0, a1: prefix, b0: 0, b1: prefix },
    { equal: false, a0: prefix, a1: a.length - suffix, b0: prefix, b1: b.length - suffix },
    { equal: true, a0: a.length - suffix, a1: a.length, b0: b.length - suffix, b1: b.length },
  ]);
}

/** The edit script with adjacent runs of the same kind merged and empty runs dropped (a new array). */
export function compact(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    if (op.a0 === op.a1 && op.b0 === op.b1) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.equal === op.equal) {
      last.a1 = op.a1;
      last.b1 = op.b1;
    } else {
      out.push({ ...op });
    }
  }
  return out;
}
