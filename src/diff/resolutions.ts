/**
 * `diffResolutions`: the redline of two versions of a resolution. Clauses are
 * aligned first (align.ts), level by level; then each matched pair gets a
 * word diff (text.ts). See docs/redlines.md.
 *
 * @module
 */
import type { Clause, Redline, RedlineClause, Resolution, Segment } from '../model.js';
import { checkResolution } from '../validate/shapes.js';
import { assignRedlineIds, type VersionIds } from '../redline/ids.js';
import { clauseStatusOf } from '../redline/segments.js';
import { alignSiblings } from './align.js';
import { resolveDiffOptions, type DiffOptions, type ResolvedDiffOptions } from './diff-options.js';
import { diffTextResolved } from './text.js';
import { TokenizedClauses } from './tokenized.js';
import { mapTree, walk } from '../tree.js';

/**
 * The redline from `base` to `amended`: matched clauses (by text, label and
 * similarity; renumbered ones carry `baseLabel`) with their word diff and status
 * `changed` or `unchanged` (the status speaks of the clause's own text; its
 * children carry their own), clauses only in the base as `deleted`, clauses
 * only in the amended version as `inserted` (whole subtrees). A moved clause
 * appears as deleted at its old and inserted at its new place. Ids follow
 * `assignRedlineIds`. The redline's `lead` is the amended lead (the model has
 * one lead; see docs/redlines.md).
 *
 * `rejectAll(diffResolutions(b, a))` reproduces `b` and `acceptAll(…)` reproduces
 * `a`, character for character (the lead excepted when the leads differ).
 *
 * @throws {RedlineError} `invalid-input` when either argument is not a resolution,
 *   `invalid-option` for a bad option value
 */
export function diffResolutions(base: Resolution, amended: Resolution, options?: DiffOptions): Redline {
  checkResolution(base, 'base');
  checkResolution(amended, 'amended');
  return diffParsed(base, amended, resolveDiffOptions(options));
}

/**
 * {@link diffResolutions} with options already resolved and no shape checks.
 * With `parsed` (two resolutions as the parser gives them, in `redline()`) the
 * clauses' ids are taken over instead of recomputed: the parser computes them
 * from the same labels the same way.
 */
export function diffParsed(
  base: Resolution,
  amended: Resolution,
  resolved: ResolvedDiffOptions,
  parsed = false,
): Redline {
  const statusOptions = { ignoreTypography: resolved.ignoreTypography };
  const clauses: RedlineClause[] = [];
  // Level by level with an explicit queue: deep trees must not overflow the stack.
  const jobs: Array<{ base: readonly Clause[]; amended: readonly Clause[]; out: RedlineClause[] }> = [
    { base: base.clauses, amended: amended.clauses, out: clauses },
  ];
  while (jobs.length > 0) {
    const job = jobs.pop()!;
    // Tokens made for the alignment's similarity are reused by the word diff.
    const texts = new TokenizedClauses();
    for (const step of alignSiblings(job.base, job.amended, resolved.matchThreshold, texts)) {
      if (step.kind === 'delete') {
        job.out.push(wholeSubtree(job.base[step.base]!, 'deleted'));
      } else if (step.kind === 'insert') {
        job.out.push(wholeSubtree(job.amended[step.amended]!, 'inserted'));
      } else {
        const from = job.base[step.base]!;
        const to = job.amended[step.amended]!;
        const segments = diffTextResolved(from.text, to.text, resolved, () => texts.takePair(from, to));
        const clause: RedlineClause = {
          id: to.id,
          label: to.label,
          status: clauseStatusOf(segments, statusOptions),
          segments,
          children: [],
        };
        if (from.label !== to.label) clause.baseLabel = from.label;
        job.out.push(clause);
        if (from.children.length > 0 || to.children.length > 0) {
          jobs.push({ base: from.children, amended: to.children, out: clause.children });
        }
      }
    }
  }
  assignRedlineIds(clauses, parsed ? versionIds(clauses) : undefined);
  return { lead: amended.lead, clauses };
}

/**
 * The ids of the two versions that the clauses of a diff of parsed
 * resolutions already carry: a pair its amended id, a whole subtree the ids of
 * the version it comes from. (Only deleted clauses' base ids are read.)
 */
function versionIds(clauses: readonly RedlineClause[]): VersionIds {
  const amended = new Map<RedlineClause, string>();
  const base = new Map<RedlineClause, string>();
  walk(clauses, ({ node }) => {
    if (node.status === 'deleted') base.set(node, node.id);
    else amended.set(node, node.id);
  });
  return { amended, base };
}

/** A clause and all its descendants as wholly deleted or wholly inserted. */
function wholeSubtree(root: Clause, status: 'deleted' | 'inserted'): RedlineClause {
  const type: Segment['type'] = status === 'deleted' ? 'delete' : 'insert';
  return mapTree([root], (clause, children: RedlineClause[]): RedlineClause => ({
    id: clause.id,
    label: clause.label,
    status,
    segments: clause.text === '' ? [] : [{ type, text: clause.text }],
    children,
  }))[0]!;
}
