/**
 * Clause alignment: which base clause became which amended clause, among the
 * children of one parent. Runs before any word diff, so that each word diff is
 * small (speed) and compares the right clauses (quality).
 *
 * 1. Anchors: clauses whose text occurs exactly once on each side and is equal
 *    (patience-diff style). Renumbered but unchanged clauses anchor here.
 * 2. The longest in-order chain of anchors (longest increasing subsequence,
 *    O(n log n)); anchors off the chain are moved clauses, shown as deleted at
 *    their old and inserted at their new place (a redline has one clause order,
 *    and `rejectAll`/`acceptAll` must reproduce both).
 * 3. The gaps between anchors: small gaps by an order-preserving best-score
 *    matching (dynamic programming over the word-bag similarity, with a bonus
 *    for equal labels), large gaps by a banded greedy walk — never O(n²) over the
 *    whole resolution.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { labelKey } from '../parse/labels.js';
import { longestIncreasing } from './ops.js';
import { bagOf, similarity, similarityAtLeast, wordBag, wordCount, type WordBag } from './similarity.js';
import type { Tokenized, TokenizedClauses } from './tokenized.js';

/** One step of an alignment, in redline order: a matched pair, a deleted base clause, or an inserted amended clause. */
export type AlignStep =
  | { kind: 'match'; base: number; amended: number }
  | { kind: 'delete'; base: number }
  | { kind: 'insert'; amended: number };

/** Gaps up to this many candidate pairs are matched optimally (DP); larger ones greedily. */
const DP_LIMIT = 2500;
/** How far the greedy walk looks ahead on either side. */
const BAND = 8;
/** Score bonus for two similar clauses with the same label key. */
const LABEL_BONUS = 0.1;
/** Base score of a similar pair: more than any weak pairs it competes with can add up to locally. */
const STRONG = 1;
/** Base score of a dissimilar pair that shares its label (a reworded clause). */
const WEAK = 0.05;
/** Own texts shorter than this many words borrow their children's words for the similarity. */
const SHORT_TEXT = 3;
/** The highest score of one pair: similar (similarity at most 1) with the same label key. */
const BEST_PAIR = STRONG + 1 + LABEL_BONUS;
/** Keeps the shortcut of {@link Scorer.diagonalWins} clear of rounding in the matching's sums. */
const MARGIN = 1e-6;

/** Whether a clause's similarity is that of its own text (see {@link SHORT_TEXT}). */
function ownWords(clause: Clause, text: Tokenized): boolean {
  return clause.children.length === 0 || wordCount(text) >= SHORT_TEXT;
}

/**
 * Aligns two sibling lists. The steps list every base and every amended index
 * exactly once; base indices ascend, amended indices ascend, and within a gap
 * deletions come before insertions.
 */
export function alignSiblings(
  base: readonly Clause[],
  amended: readonly Clause[],
  matchThreshold: number,
  texts: TokenizedClauses,
): AlignStep[] {
  const chain = anchorChain(base, amended);
  const scorer = new Scorer(base, amended, matchThreshold, texts);
  const steps: AlignStep[] = [];
  let bi = 0;
  let ai = 0;
  for (const [b, a] of [...chain, [base.length, amended.length] as const]) {
    alignGap(bi, b, ai, a, scorer, steps);
    if (b < base.length) steps.push({ kind: 'match', base: b, amended: a });
    bi = b + 1;
    ai = a + 1;
  }
  return steps;
}

/** The in-order chain of unique exact-text anchors as [base, amended] index pairs. */
function anchorChain(base: readonly Clause[], amended: readonly Clause[]): Array<readonly [number, number]> {
  const inBase = uniqueIndex(base);
  const inAmended = uniqueIndex(amended);
  const pairs: Array<readonly [number, number]> = [];
  for (const [text, b] of inBase) {
    if (b < 0) continue;
    const a = inAmended.get(text);
    if (a !== undefined && a >= 0) pairs.push([b, a]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** Text → index for texts that occur once; -1 for repeated texts. */
function uniqueIndex(clauses: readonly Clause[]): Map<string, number> {
  const map = new Map<string, number>();
  clauses.forEach((clause, i) => map.set(clause.text, map.has(clause.text) ? -1 : i));
  return map;
}

/** Similarities and match scores of clause pairs, with word bags computed lazily (from tokens the word diff reuses). */
class Scorer {
  private readonly baseBags: Array<WordBag | undefined>;
  private readonly amendedBags: Array<WordBag | undefined>;

  constructor(
    private readonly base: readonly Clause[],
    private readonly amended: readonly Clause[],
    private readonly threshold: number,
    private readonly texts: TokenizedClauses,
  ) {
    this.baseBags = new Array<WordBag | undefined>(base.length);
    this.amendedBags = new Array<WordBag | undefined>(amended.length);
  }

  /** Whether the two clauses carry the same label (same key, or the same bullet/no label). */
  sameLabel(b: number, a: number): boolean {
    const x = this.base[b]!.label;
    const y = this.amended[a]!.label;
    return x === y || (labelKey(x) !== '' && labelKey(x) === labelKey(y));
  }

  /** Score of pairing base `b` with amended `a`, or -1 when they must not pair. `alone`: the only candidates of their gap. */
  score(b: number, a: number, alone: boolean): number {
    const x = this.base[b]!;
    const y = this.amended[a]!;
    const sim = similarity(this.bag(this.baseBags, this.base, b), this.bag(this.amendedBags, this.amended, a));
    const key = labelKey(x.label);
    const sameKey = key !== '' && key === labelKey(y.label);
    // A similar pair is worth more than any number of weak pairs can outweigh locally.
    if (sim >= this.threshold) return STRONG + sim + (sameKey ? LABEL_BONUS : 0);
    // A reworded clause: same label, or the only clause of the same style between two
    // anchors. Paired only when nothing similar competes for it.
    if (sameKey || (alone && x.label === y.label)) return WEAK + WEAK * sim;
    return -1;
  }

  /**
   * Whether pairing the clauses of a square gap in order (`b0 + i` with
   * `a0 + i`) is certainly what the optimal matching gives, decided from the
   * clauses' common beginnings and ends alone (no word bags): every such pair
   * is similar, and together they outscore any matching that leaves a pair out
   * (at most `n - 1` pairs, each worth at most {@link BEST_PAIR}). This is the
   * usual gap: clauses edited in place, perhaps renumbered.
   */
  diagonalWins(b0: number, a0: number, n: number): boolean {
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      const x = this.base[b0 + i]!;
      const y = this.amended[a0 + i]!;
      const [tx, ty] = this.texts.pair(x, y);
      // Short texts are compared with their children's words (see bag()): no shortcut for them.
      if (!ownWords(x, tx) || !ownWords(y, ty)) return false;
      const atLeast = similarityAtLeast(tx, ty);
      if (atLeast < this.threshold) return false;
      const key = labelKey(x.label);
      total += STRONG + atLeast + (key !== '' && key === labelKey(y.label) ? LABEL_BONUS : 0);
    }
    return total > (n - 1) * BEST_PAIR + MARGIN;
  }

  private bag(cache: Array<WordBag | undefined>, clauses: readonly Clause[], i: number): WordBag {
    let bag = cache[i];
    if (bag === undefined) {
      const clause = clauses[i]!;
      bag = bagOf(this.texts.get(clause));
      if (bag.size < SHORT_TEXT && clause.children.length > 0) {
        bag = wordBag([clause.text, ...clause.children.map((c) => c.text)].join(' '));
      }
      cache[i] = bag;
    }
    return bag;
  }
}

/** Aligns base[b0..b1) with amended[a0..a1) and appends the steps. */
function alignGap(b0: number, b1: number, a0: number, a1: number, scorer: Scorer, steps: AlignStep[]): void {
  const nb = b1 - b0;
  const na = a1 - a0;
  if (nb === 0 || na === 0) {
    for (let b = b0; b < b1; b += 1) steps.push({ kind: 'delete', base: b });
    for (let a = a0; a < a1; a += 1) steps.push({ kind: 'insert', amended: a });
    return;
  }
  if (nb === 1 && na === 1 && scorer.sameLabel(b0, a0)) {
    // The common case (one clause changed between two unchanged ones): it pairs
    // whatever its similarity, so skip computing it.
    steps.push({ kind: 'match', base: b0, amended: a0 });
    return;
  }
  const optimal = nb * na <= DP_LIMIT;
  if (optimal && nb === na && scorer.diagonalWins(b0, a0, nb)) {
    for (let i = 0; i < nb; i += 1) steps.push({ kind: 'match', base: b0 + i, amended: a0 + i });
    return;
  }
  const matches = optimal ? matchOptimal(b0, b1, a0, a1, scorer) : matchGreedy(b0, b1, a0, a1, scorer);
  let bi = b0;
  let ai = a0;
  for (const [b, a] of [...matches, [b1, a1] as const]) {
    for (; bi < b; bi += 1) steps.push({ kind: 'delete', base: bi });
    for (; ai < a; ai += 1) steps.push({ kind: 'insert', amended: ai });
    if (b < b1) steps.push({ kind: 'match', base: b, amended: a });
    bi = b + 1;
    ai = a + 1;
  }
}

/** Order-preserving matching of maximal total score (DP over the nb × na grid). */
function matchOptimal(
  b0: number,
  b1: number,
  a0: number,
  a1: number,
  scorer: Scorer,
): Array<readonly [number, number]> {
  const nb = b1 - b0;
  const na = a1 - a0;
  const alone = nb === 1 && na === 1;
  const width = na + 1;
  const best = new Float64Array((nb + 1) * width);
  const pair = new Float64Array(nb * na);
  for (let i = 0; i < nb; i += 1)
    for (let j = 0; j < na; j += 1) pair[i * na + j] = scorer.score(b0 + i, a0 + j, alone);
  for (let i = nb - 1; i >= 0; i -= 1) {
    for (let j = na - 1; j >= 0; j -= 1) {
      const p = pair[i * na + j]!;
      const take = p >= 0 ? p + best[(i + 1) * width + j + 1]! : -1;
      best[i * width + j] = Math.max(take, best[(i + 1) * width + j]!, best[i * width + j + 1]!);
    }
  }
  const matches: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < nb && j < na) {
    const p = pair[i * na + j]!;
    if (p >= 0 && best[i * width + j] === p + best[(i + 1) * width + j + 1]!) {
      matches.push([b0 + i, a0 + j]);
      i += 1;
      j += 1;
    } else if (best[i * width + j] === best[(i + 1) * width + j]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return matches;
}

/**
 * Banded greedy matching for large gaps: look up to {@link BAND} clauses ahead
 * on either side for the nearest similar couple (ties: the more similar); if
 * there is none, pair the current clauses when they share their label (a
 * reworded clause), else leave both unmatched. Linear in the gap size.
 */
function matchGreedy(b0: number, b1: number, a0: number, a1: number, scorer: Scorer): Array<readonly [number, number]> {
  const matches: Array<readonly [number, number]> = [];
  let b = b0;
  let a = a0;
  while (b < b1 && a < a1) {
    let found: readonly [number, number] | undefined;
    let foundScore = STRONG;
    for (let distance = 0; distance <= BAND && found === undefined; distance += 1) {
      for (let db = 0; db <= distance; db += 1) {
        const x = b + db;
        const y = a + distance - db;
        if (x >= b1 || y >= a1) continue;
        const value = scorer.score(x, y, false);
        if (found === undefined ? value >= STRONG : value > foundScore) {
          found = [x, y];
          foundScore = value;
        }
      }
    }
    if (found === undefined && scorer.score(b, a, false) >= 0) found = [b, a];
    if (found === undefined) {
      b += 1;
      a += 1;
      continue;
    }
    matches.push(found);
    b = found[0] + 1;
    a = found[1] + 1;
  }
  return matches;
}
