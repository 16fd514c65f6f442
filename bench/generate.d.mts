/** Types of bench/generate.mjs (deterministic council-German resolutions for bench and tests). */

/** A seeded PRNG (mulberry32). */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** A uniformly chosen item. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}
export function createRandom(seed: number): Random;

/** Extra words for substitutions and insertions (whole words, no punctuation). */
export const WORD_POOL: readonly string[];

/** A generated clause (no ids: the parser assigns them). */
export interface GenClause {
  label: string;
  text: string;
  children: GenClause[];
}
/** A generated resolution. */
export interface GenResolution {
  lead: string;
  clauses: GenClause[];
}

/** Label of the i-th (0-based) clause of a style: `I.`, `1.`, `a)`/`aa)`, `-`. */
export function labelAt(style: 'roman' | 'number' | 'letter' | 'bullet', index: number): string;
/** Number of clauses on all levels. */
export function clauseCount(clauses: readonly GenClause[]): number;
/** A resolution of exactly `clauses` clauses (labels `1.` > `a)` > `-`). */
export function generateResolution(options: { clauses: number; seed?: number }): GenResolution;
/** The text a converter would emit: lead, one paragraph per clause, blank lines between. */
export function serializeResolution(resolution: GenResolution): string;
/** A rewrite-form amendment: `wordRate` of the words changed, clauses deleted/inserted, labels renumbered. */
export function amendResolution(
  base: GenResolution,
  options?: { seed?: number; wordRate?: number; deleteRate?: number; insertRate?: number; everyClause?: boolean },
): GenResolution;
/** One unlabelled clause of about `bytes` bytes. */
export function generateLongClause(options: { bytes: number; seed?: number }): GenResolution;
/** A resolution of about `bytes` bytes. */
export function generateResolutionOfSize(options: { bytes: number; seed?: number }): GenResolution;

/** One benchmark case. */
export interface BenchCase {
  name: string;
  description: string;
  base: GenResolution;
  amended: GenResolution;
  baseText: string;
  amendedText: string;
}
export function realisticCase(clauses: number, seed?: number): BenchCase;
export function unrelatedCase(bytes?: number): BenchCase;
export function everyClauseCase(clauses?: number): BenchCase;
export function longClauseCase(bytes?: number): BenchCase;
/** The benchmark's cases by key, built lazily. */
export const BENCH_CASES: Record<'c200' | 'c2000' | 'c8000' | 'unrelated' | 'every' | 'long', () => BenchCase>;
