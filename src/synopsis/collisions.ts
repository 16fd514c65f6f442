/**
 * Collisions between amendments: two amendments collide when
 * `applyAmendments` refuses the second after the first (`conflict`: they
 * touch the same base words, or one strikes a clause the other changes), and
 * when both insert text at the same place (which `applyAmendments` accepts,
 * the earlier first — but which words come first is for the council to
 * decide), and when both change the lead to different wordings. The places
 * are the base clauses where they meet; the hint says which one's change
 * contains the other's.
 *
 * @module
 */
import type { Diagnostic, Resolution } from '../model.js';
import type { ApplyOptions } from '../amend/apply-options.js';
import { applyAmendments } from '../amend/apply-many.js';
import { locateClause } from '../references/find-clause.js';
import type { SynopsisAmendment, SynopsisCollision, SynopsisRow, SynopsisVersion } from './model.js';
import { changesLead } from '../redline/lead.js';
import { insertionsMeet, reachContains, reachOf, versionsTouch } from './ranges.js';

/** The amendment as `applyAmendments` takes it, under its Synopse id. */
export function attributed(amendment: SynopsisAmendment): SynopsisAmendment['amendment'] {
  return { ...amendment.amendment, id: amendment.id };
}

/** Whether an amendment does anything at this clause (changes, strikes or adds after it). */
export function acts(version: SynopsisVersion): boolean {
  return version.status !== 'unchanged' || version.inserted.length > 0;
}

/**
 * Every colliding pair, in the order of the amendments; each row's
 * `collisions` gets the indices of the collisions at its clause.
 */
export function findCollisions(
  base: Resolution,
  amendments: readonly SynopsisAmendment[],
  rows: readonly SynopsisRow[],
  options: ApplyOptions,
): SynopsisCollision[] {
  const collisions: SynopsisCollision[] = [];
  for (let i = 0; i < amendments.length; i += 1) {
    for (let j = i + 1; j < amendments.length; j += 1) {
      const inLead = leadsCollide(amendments[i]!, amendments[j]!);
      const found =
        collisionOf(base, amendments, rows, i, j, options) ?? (inLead ? leadOnly(amendments, i, j) : undefined);
      if (found === undefined) continue;
      if (inLead) found.collision.lead = true;
      for (const row of found.places) row.collisions.push(collisions.length);
      collisions.push(found.collision);
    }
  }
  return collisions;
}

/**
 * Whether two amendments both change the lead, to different wordings (the
 * lead has no `Change`, so `applyAmendments` cannot see this).
 */
function leadsCollide(a: SynopsisAmendment, b: SynopsisAmendment): boolean {
  return changesLead(a.redline) && changesLead(b.redline) && a.redline.lead !== b.redline.lead;
}

/** The collision of two amendments that meet in the lead only. */
function leadOnly(
  amendments: readonly SynopsisAmendment[],
  i: number,
  j: number,
): { collision: SynopsisCollision; places: SynopsisRow[] } {
  const [a, b] = [amendments[i]!, amendments[j]!];
  return {
    collision: {
      amendments: [a.id, b.id],
      clauses: [],
      kind: 'words',
      message: `Amendments "${a.id}" and "${b.id}" both change the lead („${a.redline.lead}“, „${b.redline.lead}“), so only one of them can be adopted.`,
    },
    places: [],
  };
}

/** Whether amendments `i` and `j` collide, and where. */
function collisionOf(
  base: Resolution,
  amendments: readonly SynopsisAmendment[],
  rows: readonly SynopsisRow[],
  i: number,
  j: number,
  options: ApplyOptions,
): { collision: SynopsisCollision; places: SynopsisRow[] } | undefined {
  const a = amendments[i]!;
  const b = amendments[j]!;
  const { diagnostics } = applyAmendments(base, [attributed(a), attributed(b)], options);
  const conflicts = diagnostics.filter((d) => d.code === 'conflict');
  const meeting = rows.filter((row) => insertionsMeet(row.versions[i]!, row.versions[j]!));
  if (conflicts.length === 0 && meeting.length === 0) return undefined;
  const places = conflicts.length === 0 ? meeting : placesOf(base, rows, conflicts, i, j);
  const struck = (row: SynopsisRow): boolean =>
    row.versions[i]!.status === 'deleted' || row.versions[j]!.status === 'deleted';
  const collision: SynopsisCollision = {
    amendments: [a.id, b.id],
    clauses: places.map((row) => row.clause),
    kind: places.some(struck) ? 'clause' : 'words',
    message:
      conflicts[0]?.message ??
      `Amendments "${a.id}" and "${b.id}" insert text at the same place in clause "${meeting[0]!.clause}", so the order of their words is open.`,
  };
  const first = farthestReaching(places, i, j);
  if (first !== undefined) collision.first = first === i ? a.id : b.id;
  return { collision, places };
}

/**
 * Where amendments `i` and `j` meet: the clauses where their changes touch;
 * failing that (an insertion anchored on a word the other changes), the
 * clauses the conflicts name and those where both act.
 */
function placesOf(
  base: Resolution,
  rows: readonly SynopsisRow[],
  conflicts: readonly Diagnostic[],
  i: number,
  j: number,
): SynopsisRow[] {
  const touching = rows.filter((row) => versionsTouch(row.versions[i]!, row.versions[j]!));
  if (touching.length > 0) return touching;
  const named = new Set<string>();
  for (const d of conflicts) {
    const found = d.clause === undefined ? undefined : locateClause(base.clauses, d.clause);
    if (found !== undefined) named.add(found.clause.id);
  }
  return rows.filter((row) => named.has(row.clause) || (acts(row.versions[i]!) && acts(row.versions[j]!)));
}

/** The index (`i` or `j`) whose change contains the other's at every place; undefined when neither or both do. */
function farthestReaching(places: readonly SynopsisRow[], i: number, j: number): number | undefined {
  let iContains = true;
  let jContains = true;
  for (const row of places) {
    const ri = reachOf(row.versions[i]!);
    const rj = reachOf(row.versions[j]!);
    if (!reachContains(ri, rj)) iContains = false;
    if (!reachContains(rj, ri)) jContains = false;
  }
  if (iContains === jContains) return undefined;
  return iContains ? i : j;
}
