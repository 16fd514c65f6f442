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
import { absorb, refine } from './absorb.js';
import { rewrite, side, slide, type Side } from './cleanup.js';
import { diffKeys, replaceMiddle, type Op } from './ops.js';
import { resolveDiffOptions, type DiffOptions, type ResolvedDiffOptions } from './diff-options.js';
import { retokenize } from './retokenize.js';
import { tokenizeText, type Tokenized } from './tokenized.js';

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

/**
 * {@link diffText} with options already resolved (used per clause by
 * `diffResolutions`, which hands in the tokens its alignment already made).
 * `tokenized` gives both texts' tokens when they are needed.
 */
export function diffTextResolved(
  base: string,
  amended: string,
  options: ResolvedDiffOptions,
  tokenized: () => readonly [Tokenized, Tokenized] = () => tokenizePair(base, amended),
): Segment[] {
  if (base === amended) return base === '' ? [] : [{ type: 'equal', text: base }];
  if (base === '') return [{ type: 'insert', text: amended }];
  if (amended === '') return [{ type: 'delete', text: base }];
  const [aText, bText] = tokenized();
  const aTokens = aText.tokens;
  const bTokens = bText.tokens;
  const a = side(aTokens, keysOf(aText, options.ignoreTypography));
  const b = side(bTokens, keysOf(bText, options.ignoreTypography));
  let ops = obviouslyRewritten(base, amended, a, b, options.rewriteThreshold)
    ? replaceMiddle(a.keys, b.keys)
    : diffKeys(a.keys, b.keys, options, {
        a: (i) => aTokens[i]!.kind === 'word',
        b: (j) => bTokens[j]!.kind === 'word',
      });
  ops = slide(ops, a, b);
  // Spaces and punctuation first, so that refine sees whole hunks; then the words.
  ops = refine(absorb(ops, a, b, 0), a, b, options);
  ops = absorb(slide(ops, a, b), a, b, options.absorbWords);
  ops = rewrite(ops, a, b, options.rewriteThreshold);
  return normalizeSegments(emit(ops, base, amended, a, b), { insertFirst: options.insertFirst });
}

/** Both texts tokenised: the amended one mostly from the base's tokens (see retokenize.ts). */
function tokenizePair(base: string, amended: string): [Tokenized, Tokenized] {
  const a = tokenizeText(base);
  return [a, retokenize(base, a, amended)];
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
  const sizeA = a.words[a.tokens.length]!;
  const sizeB = b.words[b.tokens.length]!;
  if (sizeA === 0 || sizeB === 0) return false;
  const max = Math.max(sizeA, sizeB);
  // The words of the common beginning and end are common words: usually enough to say no.
  if (commonEdgeWords(a, b) / max >= 1 - threshold) return false;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.tokens.length; i += 1) {
    if (a.tokens[i]!.kind === 'word') counts.set(a.keys[i]!, (counts.get(a.keys[i]!) ?? 0) + 1);
  }
  let common = 0;
  for (let j = 0; j < b.tokens.length; j += 1) {
    if (b.tokens[j]!.kind !== 'word') continue;
    const left = counts.get(b.keys[j]!) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(b.keys[j]!, left - 1);
    }
  }
  return common / max < 1 - threshold;
}

/** The number of words in the common beginning and end of two token lists (compared by key). */
function commonEdgeWords(a: Side, b: Side): number {
  const max = Math.min(a.keys.length, b.keys.length);
  const bothWords = (i: number, j: number): number =>
    a.tokens[i]!.kind === 'word' && b.tokens[j]!.kind === 'word' ? 1 : 0;
  let common = 0;
  let prefix = 0;
  for (; prefix < max && a.keys[prefix] === b.keys[prefix]; prefix += 1) common += bothWords(prefix, prefix);
  for (let k = 1; k <= max - prefix && a.keys[a.keys.length - k] === b.keys[b.keys.length - k]; k += 1) {
    common += bothWords(a.keys.length - k, b.keys.length - k);
  }
  return common;
}

/** Comparison keys: the folded token text (all whitespace runs alike), or the raw text. */
function keysOf(text: Tokenized, fold: boolean): readonly string[] {
  return fold ? text.folded : text.tokens.map((t) => t.text);
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
