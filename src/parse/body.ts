/**
 * The one entry to the clause-tree builders: a statute body (two or more
 * §/Art. units, see statute.ts) is read by the statute builder, any other
 * body by the motion builder (tree.ts).
 *
 * @module
 */
import { buildStatute, isStatute } from './statute.js';
import type { Line } from './source-lines.js';
import { buildClauses, type BuildOptions, type BuiltResolution } from './tree.js';

/** Builds the clause tree of `[from, to)`: a statute's units and sections, else a motion's clauses. */
export function buildBody(lines: readonly Line[], from: number, to: number, options: BuildOptions): BuiltResolution {
  if (isStatute(lines, from, to)) return buildStatute(lines, from, to, options);
  return buildClauses(lines, from, to, options);
}
