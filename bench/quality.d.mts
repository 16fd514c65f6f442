/** Types of bench/quality.mjs (the redline-quality measurement of docs/redline-quality.md). */

/** One input set: randomly edited generated clauses, fixed seed. */
export interface InputSet {
  name: string;
  seed: number;
  clauses: number;
  minEdits: number;
  maxEdits: number;
}

/** The two input sets of the docs (A: 1–3 edits per clause, B: 2–4). */
export const INPUT_SETS: readonly InputSet[];

/** (base, amended) clause text pairs of an input set. */
export function editedClauses(set: InputSet): Array<[string, string]>;

/** The figures of one input set under one diff. */
export function measure(
  pairs: ReadonlyArray<readonly [string, string]>,
  diff: (base: string, amended: string) => ReadonlyArray<{ type: string; text: string }>,
): { changed: number; hunks: number; remarked: number; marked: number; cut: number };

/** The fewest hunks of any alignment of the two texts that keeps as many tokens unchanged as possible (so re-marks no word). */
export function fewestHunks(base: string, amended: string): number;

/** Changed clauses and the {@link fewestHunks} of each, in all. */
export function measureBound(pairs: ReadonlyArray<readonly [string, string]>): { changed: number; hunks: number };
