/**
 * Text similarity of two clauses for the alignment: the Dice coefficient of
 * their word multisets (folded, lower-cased). Word bags ignore order, so a
 * clause whose sentences were rearranged still matches itself.
 *
 * @module
 */
import { foldTypography } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/** A word multiset with its size. */
export interface WordBag {
  /** Word → count. */
  counts: Map<string, number>;
  /** Total number of words. */
  size: number;
}

/** The word multiset of a text. */
export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    const key = foldTypography(token.text).toLowerCase();
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
