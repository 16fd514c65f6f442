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
import { leadFields, type LeadFields } from '../redline/lead.js';
import { sameTitle, titleFields, type TitleFields } from '../redline/title.js';
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
 * `assignRedlineIds`. The redline's `lead` is the amended lead; when the base
 * lead differs, `leadSegments` is their word diff (made like a clause's);
 * the title likewise (`title`, `titleSegments`).
 *
 * `rejectAll(diffResolutions(b, a))` reproduces `b` and `acceptAll(…)` reproduces
 * `a`, character for character, leads and titles included.
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
  /** The two clauses each paired redline clause was made from, until their children are aligned. */
  const pairs = new Map<RedlineClause, readonly [Clause, Clause]>();
  /** One sibling list: aligned, then each pair word-diffed. */
  const level = (from: readonly Clause[], to: readonly Clause[]): RedlineClause[] => {
    const out: RedlineClause[] = [];
    // Tokens made for the alignment's similarity are reused by the word diff.
    const texts = new TokenizedClauses();
    for (const step of alignSiblings(from, to, resolved.matchThreshold, texts)) {
      if (step.kind === 'delete') {
        out.push(wholeSubtree(from[step.base]!, 'deleted'));
      } else if (step.kind === 'insert') {
        out.push(wholeSubtree(to[step.amended]!, 'inserted'));
      } else {
        const x = from[step.base]!;
        const y = to[step.amended]!;
        const segments = diffTextResolved(x.text, y.text, resolved, () => texts.takePair(x, y));
        const clause: RedlineClause = {
          id: y.id,
          label: y.label,
          status: clauseStatusOf(segments, statusOptions),
          segments,
          children: [],
        };
        if (x.label !== y.label) clause.baseLabel = x.label;
        withHeadings(clause, x.heading, y.heading);
        if (x.children.length > 0 || y.children.length > 0) pairs.set(clause, [x, y]);
        out.push(clause);
      }
    }
    return out;
  };
  const clauses = level(base.clauses, amended.clauses);
  // Down the redline as it grows: a pair's children are aligned when the walk reaches it.
  walk(clauses, ({ node }) => {
    const pair = pairs.get(node);
    if (pair === undefined) return 'skip';
    pairs.delete(node);
    node.children = level(pair[0].children, pair[1].children);
    return undefined;
  });
  assignRedlineIds(clauses, parsed ? versionIds(clauses) : undefined);
  return {
    ...diffTitles(base.title, amended.title, resolved),
    ...diffLeads(base.lead, amended.lead, resolved),
    clauses,
  };
}

/**
 * The title fields of a diff: the amended title (none when it has none), and —
 * when the base title differs — the two titles' word diff.
 */
export function diffTitles(
  base: string | undefined,
  amended: string | undefined,
  resolved: ResolvedDiffOptions,
): TitleFields {
  if ((base ?? '') === (amended ?? '')) return sameTitle(amended);
  return titleFields(diffTextResolved(base ?? '', amended ?? '', resolved));
}

/**
 * The lead fields of a diff: the amended lead, and — when the base lead
 * differs — the two leads' word diff, made by the same diff (and folding of
 * typography) as clause texts.
 */
export function diffLeads(base: string, amended: string, resolved: ResolvedDiffOptions): LeadFields {
  if (base === amended) return { lead: amended };
  return leadFields(diffTextResolved(base, amended, resolved));
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
    ...(clause.heading !== undefined ? { heading: clause.heading } : {}),
    status,
    segments: clause.text === '' ? [] : [{ type, text: clause.text }],
    children,
  }))[0]!;
}

/**
 * The headings of a matched pair (statute units and sections): `heading` the
 * amended one, `baseHeading` the base one when it differs (`""` when the base
 * had none), as `label`/`baseLabel`.
 */
function withHeadings(clause: RedlineClause, base: string | undefined, amended: string | undefined): void {
  if (amended !== undefined) clause.heading = amended;
  if (base !== amended) clause.baseHeading = base ?? '';
}
