/**
 * The merged view: the base with every amendment applied that collides with
 * no other (`applyAmendments`, so each change carries its amendment's id in
 * `Segment.source`), and for each clause what the withheld, colliding
 * amendments would do there instead.
 *
 * @module
 */
import { AmendmentError } from '../errors.js';
import type { Resolution, Segment } from '../model.js';
import type { ApplyOptions } from '../amend/apply-options.js';
import { applyAmendments } from '../amend/apply-many.js';
import { acts, attributed } from './collisions.js';
import { changesLead, withLead, type LeadFields } from '../redline/lead.js';
import type { SynopsisAmendment, SynopsisCollision, SynopsisMerged, SynopsisRow } from './model.js';

/** Builds the merged view (see the module comment). */
export function mergeView(
  base: Resolution,
  amendments: readonly SynopsisAmendment[],
  collisions: readonly SynopsisCollision[],
  rows: readonly SynopsisRow[],
  options: ApplyOptions,
): SynopsisMerged {
  const colliding = new Set(collisions.flatMap((c) => c.amendments));
  const applied = amendments.filter((a) => !colliding.has(a.id));
  const { redline: clauses, diagnostics } = applyAmendments(base, applied.map(attributed), options);
  // Each applied amendment applies on its own and collides with none: an error here is a bug, not bad input.
  if (diagnostics.some((d) => d.severity === 'error')) throw new AmendmentError(diagnostics);
  const redline = withLead(clauses, mergedLead(applied) ?? { lead: clauses.lead });
  const alternatives: SynopsisMerged['alternatives'] = {};
  for (const row of rows) {
    amendments.forEach((amendment, k) => {
      const version = row.versions[k]!;
      if (!colliding.has(amendment.id) || !acts(version)) return;
      (alternatives[row.clause] ??= []).push({ amendment: amendment.id, version });
    });
  }
  return {
    redline,
    applied: applied.map((a) => a.id),
    withheld: amendments.filter((a) => colliding.has(a.id)).map((a) => a.id),
    alternatives,
  };
}

/**
 * The lead of the merged view: the lead change of the first applied amendment
 * that changes the lead (applied amendments that change it give the same
 * wording, else they would collide), its changes attributed to it.
 */
function mergedLead(applied: readonly SynopsisAmendment[]): LeadFields | undefined {
  const changing = applied.find((a) => changesLead(a.redline));
  if (changing === undefined) return undefined;
  const attribute = (s: Segment): Segment => (s.type === 'equal' ? s : { ...s, source: changing.id });
  return { lead: changing.redline.lead, leadSegments: changing.redline.leadSegments!.map(attribute) };
}
