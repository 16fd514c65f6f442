/**
 * `diffText`: the word diff of two clause texts, as redline segments.
 *
 * Tokens come from the German-aware tokeniser, are compared on their folded
 * form (typography ignored) and diffed with jsdiff's `diffArrays`; the edit
 * script is then cleaned up (see cleanup.ts) and turned back into the exact
 * characters of each version.
 *
 * @module
 */
import type { Segment } from '../model.js';
import { RedlineError } from '../errors.js';
import { normalizeSegments } from '../redline/segments.js';
import { foldTypography } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { absorb, rewrite, side, slide, type Side } from './cleanup.js';
import { diffKeys, replaceMiddle, type Op } from './ops.js';
import { resolveDiffOptions, type DiffOptions, type ResolvedDiffOptions } from './diff-options.js';

/**
 * The redline of two texts: `equal`, `delete` and `insert` segments in reading
 * order, such that the `equal` + `delete` texts are exactly `base` and the
 * `equal` + `insert` texts exactly `amended`. Hunks are whole tokens (words
 * are never cut), short common words between two changes are absorbed into
 * one hunk, each hunk is one deletion followed by one insertion (or the
 * reverse with `insertFirst`), no segment is empty and no two neighbours have
 * the same type.
 *
 * @throws {RedlineError} `invalid-input` when an argument is not a string,
 *   `invalid-option` for a bad option value
 */
export function diffText(base: string, amended: string, options?: DiffOptions): Segment[] {
  if (typeof base !== 'string' || typeof amended !== 'string') {
    throw new RedlineError('invalid-input', `diffText needs two strings, got ${typeof base} and ${typeof amended}.`);
  }
  return diffTextResolved(base, amended, resolveDiffOptions(options));
}

/** {@link diffText} with options already resolved (used per clause by `diffResolutions`). */
export function diffTextResolved(base: string, amended: string, options: ResolvedDiffOptions): Segment[] {
  if (base === amended) return base === '' ? [] : [{ type: 'equal', text: base }];
  if (base === '') return [{ type: 'insert', text: amended }];
  if (amended === '') return [{ type: 'delete', text: base }];
  const aTokens = tokenize(base);
  const bTokens = tokenize(amended);
  const a = side(aTokens, keysOf(aTokens, options.ignoreTypography));
  const b = side(bTokens, keysOf(bTokens, options.ignoreTypography));
  const words = (tokens: readonly Token[]): boolean[] => tokens.map((t) => t.kind === 'word');
  let ops = obviouslyRewritten(base, amended, a, b, options.rewriteThreshold)
    ? replaceMiddle(a.keys, b.keys)
    : diffKeys(a.keys, b.keys, options, { a: words(aTokens), b: words(bTokens) });
  ops = slide(ops, a, b);
  ops = absorb(ops, a, b, options.absorbWords);
  ops = rewrite(ops, a, b, options.rewriteThreshold);
  return normalizeSegments(emit(ops, base, amended, a, b), { insertFirst: options.insertFirst });
}

/**
 * Whether a one-paragraph text pair shares so few words that the rewrite rule
 * would show it as one replacement anyway: the words a diff can keep equal are
 * at most the common words, so a word-multiset similarity (Dice) below
 * `1 - threshold` means more than `threshold` of the words change. Skipping the
 * word diff then saves its O((N + M) · D) cost on complete rewrites.
 */
function obviouslyRewritten(base: string, amended: string, a: Side, b: Side, threshold: number): boolean {
  if (threshold >= 1 || base.includes('\n') || amended.includes('\n')) return false;
  const counts = new Map<string, number>();
  let sizeA = 0;
  let sizeB = 0;
  a.tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    counts.set(a.keys[i]!, (counts.get(a.keys[i]!) ?? 0) + 1);
    sizeA += 1;
  });
  let common = 0;
  b.tokens.forEach((t, j) => {
    if (t.kind !== 'word') return;
    sizeB += 1;
    const left = counts.get(b.keys[j]!) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(b.keys[j]!, left - 1);
    }
  });
  if (sizeA === 0 || sizeB === 0) return false;
  return common / Math.max(sizeA, sizeB) < 1 - threshold;
}

const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** Comparison keys: the folded token text (all whitespace runs alike), or the raw text. */
function keysOf(tokens: readonly Token[], fold: boolean): string[] {
  if (!fold) return tokens.map((t) => t.text);
  return tokens.map((t) => (t.kind === 'space' ? ' ' : PLAIN_ASCII.test(t.text) ? t.text : foldTypography(t.text)));
}

/** Offset of token `i` in its text (the text's length past the end). */
function offset(s: Side, i: number, length: number): number {
  return i < s.tokens.length ? s.tokens[i]!.start : length;
}

/** The segments of an edit script, with each version's exact characters. */
function emit(ops: readonly Op[], base: string, amended: string, a: Side, b: Side): Segment[] {
  const out: Segment[] = [];
  for (const op of ops) {
    if (!op.equal) {
      out.push({ type: 'delete', text: base.slice(offset(a, op.a0, base.length), offset(a, op.a1, base.length)) });
      out.push({
        type: 'insert',
        text: amended.slice(offset(b, op.b0, amended.length), offset(b, op.b1, amended.length)),
      });
      continue;
    }
    // Matched tokens may still differ in their characters (typography): keep both.
    let start = op.a0;
    for (let i = op.a0, j = op.b0; i <= op.a1; i += 1, j += 1) {
      const same = i < op.a1 && a.tokens[i]!.text === b.tokens[j]!.text;
      if (same) continue;
      if (start < i) {
        out.push({ type: 'equal', text: base.slice(a.tokens[start]!.start, a.tokens[i - 1]!.end) });
      }
      if (i < op.a1) {
        out.push({ type: 'delete', text: a.tokens[i]!.text });
        out.push({ type: 'insert', text: b.tokens[j]!.text });
      }
      start = i + 1;
    }
  }
  return out;
}
