/**
 * Text similarity of two clauses for the alignment: the Dice coefficient of
 * their word multisets (folded, lower-cased). Word bags ignore order, so a
 * clause whose sentences were rearranged still matches itself.
 *
 * @module
 */
import { tokenizeText, type Tokenized } from './tokenized.js';

/** A word multiset with its size. */
export interface WordBag {
  /** Word → count. */
  counts: Map<string, number>;
  /** Total number of words. */
  size: number;
}

/** The word multiset of a text. */
export function wordBag(text: string): WordBag {
  return bagOf(tokenizeText(text));
}

/** The word multiset of a tokenised text: its word tokens, folded and lower-cased. */
export function bagOf({ tokens, folded }: Tokenized): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.kind !== 'word') continue;
    const key = folded[i]!.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    size += 1;
  }
  return { counts, size };
}

/** Dice coefficient 2·|A ∩ B| / (|A| + |B|) of two multisets: 1 for equal bags (also both empty), 0 for disjoint ones. */
export function similarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [word, count] of small.counts) {
    const other = large.counts.get(word);
    if (other !== undefined) common += Math.min(count, other);
  }
  return (2 * common) / (a.size + b.size);
}

/** The number of word tokens of a tokenised text. */
export function wordCount({ tokens }: Tokenized): number {
  let n = 0;
  for (const token of tokens) if (token.kind === 'word') n += 1;
  return n;
}

/**
 * A lower bound of the {@link similarity} of two tokenised texts' word bags,
 * from their common beginning and end alone (the words there are in both
 * bags): for the usual pair of a clause and its slightly edited version it
 * already decides the threshold, without building either bag.
 */
export function similarityAtLeast(a: Tokenized, b: Tokenized): number {
  const sizeA = wordCount(a);
  const sizeB = wordCount(b);
  if (sizeA === 0 && sizeB === 0) return 1;
  if (sizeA === 0 || sizeB === 0) return 0;
  const x = a.folded;
  const y = b.folded;
  const max = Math.min(x.length, y.length);
  // Equal keys of a word and a punctuation token ("§" is either) are no common word.
  const bothWords = (i: number, j: number): number =>
    a.tokens[i]!.kind === 'word' && b.tokens[j]!.kind === 'word' ? 1 : 0;
  let common = 0;
  let prefix = 0;
  for (; prefix < max && x[prefix] === y[prefix]; prefix += 1) common += bothWords(prefix, prefix);
  for (let k = 1; k <= max - prefix && x[x.length - k] === y[y.length - k]; k += 1) {
    common += bothWords(x.length - k, y.length - k);
  }
  return (2 * common) / (sizeA + sizeB);
}
