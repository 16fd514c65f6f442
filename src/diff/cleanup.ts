/**
 * Turns a minimal token edit script into the hunks a clerk would mark:
 * insertions and deletions slid to word starts, and a mostly rewritten clause
 * shown as one deletion and one insertion. (What lies between two changes and
 * is absorbed into one hunk is decided in absorb.ts.)
 *
 * jsdiff has no such cleanup for token arrays, and diff-match-patch's semantic
 * cleanup works on characters (it would cut words apart), hence this module.
 *
 * @module
 */
import type { Token } from '../text/tokenize.js';
import { compact, type Op } from './ops.js';

/** One version's tokens with what the cleanup needs to know about them. */
export interface Side {
  /** The tokens, covering the text. */
  tokens: readonly Token[];
  /** Comparison keys (folded token texts), parallel to `tokens`. */
  keys: readonly string[];
  /** `words[i]` = number of word tokens before token `i` (length `tokens.length + 1`). */
  words: Int32Array;
}

/** Builds a {@link Side}. */
export function side(tokens: readonly Token[], keys: readonly string[]): Side {
  const words = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i += 1) words[i + 1] = words[i]! + (tokens[i]!.kind === 'word' ? 1 : 0);
  return { tokens, keys, words };
}

/** The number of word tokens among tokens `from..to` of a side. */
export function wordCount(s: Side, from: number, to: number): number {
  return s.words[to]! - s.words[from]!;
}

/**
 * Slides each pure insertion or deletion (one side empty, equal runs on both
 * sides) along the run of tokens it can shift over without changing either
 * text, to the place that reads best: starting at a word, ending with a space
 * ("Stabsstelle **des CDO** dessen", not "Stabsstelle** des CDO** dessen").
 */
export function slide(ops: Op[], a: Side, b: Side): Op[] {
  for (let i = 1; i + 1 < ops.length; i += 1) {
    const op = ops[i]!;
    const prev = ops[i - 1]!;
    const next = ops[i + 1]!;
    if (op.equal || !prev.equal || !next.equal) continue;
    const insert = op.a0 === op.a1;
    const del = op.b0 === op.b1;
    if (insert === del) continue;
    const s = insert ? b : a;
    const r0 = insert ? op.b0 : op.a0;
    const r1 = insert ? op.b1 : op.a1;
    const prevLength = prev.a1 - prev.a0;
    const nextLength = next.a1 - next.a0;
    let left = 0;
    while (left < prevLength && s.keys[r0 - left - 1] === s.keys[r1 - left - 1]) left += 1;
    let right = 0;
    while (right < nextLength && s.keys[r0 + right] === s.keys[r1 + right]) right += 1;
    if (left === 0 && right === 0) continue;
    let best = 0;
    let bestScore = score(s, r0, r1);
    for (let shift = -left; shift <= right; shift += 1) {
      const value = score(s, r0 + shift, r1 + shift);
      if (value > bestScore || (value === bestScore && Math.abs(shift) < Math.abs(best))) {
        best = shift;
        bestScore = value;
      }
    }
    if (best === 0) continue;
    prev.a1 += best;
    prev.b1 += best;
    next.a0 += best;
    next.b0 += best;
    if (insert) {
      op.a0 = op.a1 = prev.a1;
      op.b0 += best;
      op.b1 += best;
    } else {
      op.b0 = op.b1 = prev.b1;
      op.a0 += best;
      op.a1 += best;
    }
  }
  return compact(ops);
}

/** How well a hunk over tokens `r0..r1` reads: begins at a word after a space, ends with a space. */
function score(s: Side, r0: number, r1: number): number {
  const first = s.tokens[r0];
  const last = s.tokens[r1 - 1];
  const before = s.tokens[r0 - 1];
  let value = 0;
  if (first !== undefined && first.kind !== 'space') value += 2;
  if (last !== undefined && last.kind === 'space') value += 1;
  if (before === undefined || before.kind === 'space') value += 1;
  return value;
}

/**
 * Per paragraph (a whitespace run with a line break ends one): when the share of
 * changed words exceeds `threshold` and the paragraph has two or more hunks,
 * merges everything from its first to its last hunk into one (the common
 * beginning and end stay equal). A mostly rewritten clause then reads as one
 * deletion and one insertion per paragraph.
 */
export function rewrite(ops: Op[], a: Side, b: Side, threshold: number): Op[] {
  if (threshold >= 1) return ops;
  const out: Op[] = [];
  let block: Op[] = [];
  const flush = (): void => {
    out.push(...rewriteBlock(block, a, b, threshold));
    block = [];
  };
  for (const op of ops) {
    if (!op.equal) {
      block.push(op);
      continue;
    }
    // Split equal runs at paragraph breaks; the break itself belongs to no block.
    let start = op.a0;
    for (let i = op.a0; i < op.a1; i += 1) {
      const j = op.b0 + (i - op.a0);
      if (a.tokens[i]!.kind === 'space' && (a.tokens[i]!.text.includes('\n') || b.tokens[j]!.text.includes('\n'))) {
        if (start < i) block.push(equalRun(op, start, i));
        flush();
        out.push(equalRun(op, i, i + 1));
        start = i + 1;
      }
    }
    if (start < op.a1) block.push(equalRun(op, start, op.a1));
  }
  flush();
  return compact(out);
}

/** The part `from..to` (base token indices) of an equal run. */
function equalRun(op: Op, from: number, to: number): Op {
  return { equal: true, a0: from, a1: to, b0: op.b0 + (from - op.a0), b1: op.b0 + (to - op.a0) };
}

function rewriteBlock(ops: Op[], a: Side, b: Side, threshold: number): Op[] {
  let hunks = 0;
  let equalWords = 0;
  let baseWords = 0;
  let amendedWords = 0;
  for (const op of ops) {
    const words = wordCount(a, op.a0, op.a1);
    baseWords += words;
    amendedWords += op.equal ? words : wordCount(b, op.b0, op.b1);
    if (op.equal) equalWords += words;
    else hunks += 1;
  }
  if (hunks < 2) return ops;
  const total = Math.max(baseWords, amendedWords);
  if (total === 0 || 1 - equalWords / total <= threshold) return ops;
  const first = ops.findIndex((op) => !op.equal);
  let last = ops.length - 1;
  while (ops[last]!.equal) last -= 1;
  const middle: Op = { equal: false, a0: ops[first]!.a0, a1: ops[last]!.a1, b0: ops[first]!.b0, b1: ops[last]!.b1 };
  return [...ops.slice(0, first), middle, ...ops.slice(last + 1)];
}
