/**
 * Finding a passage in a clause text the way a clerk would: whole words only
 * ("jährlich" never inside "halbjährlich"), no matter how the text was wrapped,
 * normalised (NFC/NFD) or quoted („“ vs "" vs »«). Searches run on the folded
 * text (`foldWithMap`) and report offsets into the original characters.
 *
 * Word boundaries are token boundaries of the German-aware tokeniser, so
 * "Kölner" is not found inside "Kölner*innen" and "2022" not inside
 * "2018-2022", while "Medien" is found in "Medien." and ", die" after a word.
 *
 * @module
 */
import { isWordChar } from './chars.js';
import { foldWithMap } from './normalize.js';
import { tokenize } from './tokenize.js';
import type { Span } from './span.js';

/** The folded form of a needle: folded like the haystack, outer whitespace dropped. */
export function foldNeedle(needle: string): string {
  return foldWithMap(needle).folded.trim();
}

/** A haystack prepared once (folded, with a map back and its token boundaries) for many searches. */
export interface Searcher {
  /** The original text searched. */
  readonly text: string;
  /** Every occurrence of `needle` at word boundaries (see {@link findAll}). */
  findAll(needle: string): Span[];
}

/**
 * Prepares `haystack` for repeated searches: folding happens once, and
 * tokenising (for the word boundaries) once, at the first passage found.
 */
export function createSearcher(haystack: string): Searcher {
  const { folded, map } = foldWithMap(haystack);
  let bounds: { starts: Set<number>; ends: Set<number> } | undefined;
  return {
    text: haystack,
    findAll(needle: string): Span[] {
      const target = foldNeedle(needle);
      if (target === '') return [];
      const hits: Span[] = [];
      for (let at = folded.indexOf(target); at !== -1; at = folded.indexOf(target, at + 1)) {
        const end = at + target.length;
        // The tokeniser never splits two word characters: most hits inside words need no tokens.
        if (insideWord(folded, at) || insideWord(folded, end)) continue;
        bounds ??= tokenBounds(folded);
        if (!bounds.starts.has(at) || !bounds.ends.has(end)) continue;
        hits.push({ start: map[at]!, end: trimEnd(haystack, map[at]!, map[end]!) });
      }
      return hits;
    },
  };
}

/** Whether offset `i` lies between two word characters (so no token starts or ends there). */
function insideWord(text: string, i: number): boolean {
  return isWordChar(text[i - 1]) && isWordChar(text[i]);
}

function tokenBounds(text: string): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const token of tokenize(text)) {
    starts.add(token.start);
    ends.add(token.end);
  }
  return { starts, ends };
}

/**
 * How many searchers {@link searcherFor} keeps: enough for every clause of a
 * large resolution, so that scans over all clauses ("the whole resolution",
 * "it occurs in clause …") fold each clause once per amendment, not once per
 * change.
 */
const MAX_SEARCHERS = 4096;
/**
 * How many characters the kept searchers may cover together: a searcher holds
 * about ten bytes per character (folded text, offset map, token bounds), so
 * the cache keeps a few megabytes at most after a call.
 */
const MAX_SEARCHED_CHARS = 500_000;

/** The searchers of the texts searched last, least recently used first. */
const searchers = new Map<string, Searcher>();
let searchedChars = 0;

/**
 * The searcher of the last text too long for the cache, held weakly: a
 * `WeakRef` keeps its target alive until the current synchronous job ends, so
 * it serves every change of the call that made it and is freed after.
 */
let oversized: WeakRef<Searcher> | undefined;

/**
 * The searcher of `text`, from a small cache of the texts searched last
 * (least recently used out, bounded in count and in characters): every
 * change that addresses the same clause, and every amendment applied to the
 * same base, folds and tokenises that clause once. The one searcher cache of
 * the library.
 */
export function searcherFor(text: string): Searcher {
  if (text.length > MAX_SEARCHED_CHARS) {
    const big = oversized?.deref();
    if (big !== undefined && big.text === text) return big;
    const searcher = createSearcher(text);
    oversized = new WeakRef(searcher);
    return searcher;
  }
  const cached = searchers.get(text);
  if (cached !== undefined) {
    searchers.delete(text);
    searchers.set(text, cached);
    return cached;
  }
  const searcher = createSearcher(text);
  searchers.set(text, searcher);
  searchedChars += text.length;
  for (const [key] of searchers) {
    if (searchers.size <= MAX_SEARCHERS && searchedChars <= MAX_SEARCHED_CHARS) break;
    searchers.delete(key);
    searchedChars -= key.length;
  }
  return searcher;
}

/**
 * Every occurrence of `needle` in `haystack` at word boundaries, ignoring
 * differences of whitespace, Unicode normalisation and quote style, as ranges
 * of the original `haystack`, left to right (overlapping hits included). An
 * empty needle has no hits.
 */
export function findAll(haystack: string, needle: string): Span[] {
  return searcherFor(haystack).findAll(needle);
}

/** The end of a hit without invisible characters the map attached to it (a soft hyphen before a space). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === '\u00AD' || text[e - 1] === '\u200B' || text[e - 1] === '\u2060')) e -= 1;
  return e;
}

/** Lower case, character by character, keeping offsets ("İ" would otherwise grow to two units). */
function lowerSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** Character bigrams of a string (lower-cased), as a multiset. */
function bigrams(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i += 1) {
    const g = s.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/**
 * The Dice coefficient (1 = same bigrams) of a target bigram multiset and a
 * window of `text` that only moves forward: each bigram enters and leaves the
 * window once, so scoring every window of a text costs linear time in the
 * text, not windows × window length.
 */
class SlidingDice {
  private readonly inWindow = new Map<string, number>();
  /** Bigram positions [lo, hi) of the window. */
  private lo = 0;
  private hi = 0;
  /** Bigrams of the window that the target has too (as a multiset intersection). */
  private common = 0;

  constructor(
    private readonly text: string,
    private readonly target: ReadonlyMap<string, number>,
    private readonly targetSize: number,
  ) {}

  /** The coefficient for the characters [from, to) of the text; `from` and `to` never decrease. */
  score(from: number, to: number): number {
    while (this.lo < from && this.lo < this.hi) this.remove(this.lo++);
    if (this.lo < from) this.lo = this.hi = from;
    while (this.hi < to - 1) this.add(this.hi++);
    const size = Math.max(0, to - from - 1);
    return this.targetSize + size === 0 ? 0 : (2 * this.common) / (this.targetSize + size);
  }

  private add(at: number): void {
    const g = this.text.slice(at, at + 2);
    const n = (this.inWindow.get(g) ?? 0) + 1;
    this.inWindow.set(g, n);
    if (n <= (this.target.get(g) ?? 0)) this.common += 1;
  }

  private remove(at: number): void {
    const g = this.text.slice(at, at + 2);
    const n = this.inWindow.get(g)!;
    if (n <= (this.target.get(g) ?? 0)) this.common -= 1;
    this.inWindow.set(g, n - 1);
  }
}

/** How many bigram candidates are re-ranked by edit distance. */
const RERANK = 8;
/** Needles longer than this are ranked by bigrams only. */
const MAX_RERANK_LENGTH = 400;

/** Edit distance of two strings (two rows, O(a·b) time, O(b) space). */
function levenshtein(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Candidate order: higher score first, then the earlier and shorter passage (as in document order). */
function ranksBefore(a: Span & { score: number }, b: Span & { score: number }): number {
  return b.score - a.score || a.start - b.start || a.end - b.end;
}

/** Options of {@link closestPassage}. */
export interface ClosestOptions {
  /**
   * Least similarity (Dice coefficient of character bigrams, 0–1) for a passage
   * to count as close.
   * @default 0.4
   */
  threshold?: number;
}

/**
 * The passage of `haystack` most similar to `needle`: a run of whole tokens
 * with about as many words as the needle (one fewer to one more). Candidates
 * are ranked by the Dice coefficient of character bigrams on the folded,
 * lower-cased text; the best few are re-ranked by edit distance. Finds typos
 * ("vierteljärlich") and passages changed since the amendment was written.
 * `score` is the similarity (0–1). `undefined` when nothing reaches the threshold.
 */
export function closestPassage(
  haystack: string,
  needle: string,
  options: ClosestOptions = {},
): (Span & { score: number }) | undefined {
  const threshold = options.threshold ?? 0.4;
  const target = lowerSameLength(foldNeedle(needle));
  if (target === '') return undefined;
  const { folded, map } = foldWithMap(haystack);
  const lower = lowerSameLength(folded);
  const words = tokenize(folded).filter((t) => t.kind !== 'space');
  const wanted = Math.max(1, tokenize(target).filter((t) => t.kind !== 'space').length);
  const targetGrams = bigrams(target);
  const targetSize = Math.max(0, target.length - 1);
  // Bigram similarity (linear per window) finds the candidates; edit distance, which also
  // counts what is missing, picks among the best few (a mere subset of the needle scores
  // high on bigrams alone). Long needles keep the bigram ranking: edit distance is quadratic.
  const candidates: Array<Span & { score: number }> = [];
  for (const n of [wanted - 1, wanted, wanted + 1]) {
    if (n < 1) continue;
    const windows = new SlidingDice(lower, targetGrams, targetSize);
    for (let s = 0; s + n - 1 < words.length; s += 1) {
      const from = words[s]!.start;
      const to = words[s + n - 1]!.end;
      const candidate = { score: windows.score(from, to), start: from, end: to };
      if (candidates.length < RERANK || ranksBefore(candidate, candidates[candidates.length - 1]!) < 0) {
        candidates.push(candidate);
        candidates.sort(ranksBefore);
        if (candidates.length > RERANK) candidates.pop();
      }
    }
  }
  let best = candidates[0];
  if (best !== undefined && target.length <= MAX_RERANK_LENGTH) {
    let bestSimilarity = -1;
    for (const c of candidates) {
      const window = lower.slice(c.start, c.end);
      const similarity = 1 - levenshtein(target, window) / Math.max(target.length, window.length);
      if (similarity > bestSimilarity + 1e-12) {
        bestSimilarity = similarity;
        best = { score: Math.max(c.score, similarity), start: c.start, end: c.end };
      }
    }
  }
  if (best === undefined || best.score < threshold) return undefined;
  return { start: map[best.start]!, end: trimEnd(haystack, map[best.start]!, map[best.end]!), score: best.score };
}
