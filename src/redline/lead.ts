/**
 * The lead of a redline as redlined text. A `Redline` keeps the amended lead
 * in `lead` and, only when the amendment changed it, the lead's segments in
 * `leadSegments` (equal + delete = base lead, equal + insert = amended lead).
 * Every producer builds the pair with {@link leadFields}, every consumer reads
 * it through {@link leadSegmentsOf} / {@link baseLead}, so the rule "present
 * exactly when the base lead differs" lives in one place.
 *
 * @module
 */
import type { Redline, Segment } from '../model.js';
import { amendedText, baseText, normalizeSegments } from './segments.js';

/** The lead fields of a redline: the amended lead, and its segments when the base lead differs. */
export type LeadFields = Pick<Redline, 'lead' | 'leadSegments'>;

/**
 * The lead fields of a lead given as segments: `lead` is their amended text;
 * `leadSegments` (in canonical form) is set only when their base text differs.
 */
export function leadFields(segments: readonly Segment[]): LeadFields {
  const lead = amendedText(segments);
  if (baseText(segments) === lead) return { lead };
  return { lead, leadSegments: normalizeSegments(segments) };
}

/**
 * A redline with its lead fields replaced (the clauses shared, not copied);
 * `leadSegments` is left out when `fields` has none.
 */
export function withLead(redline: Redline, fields: LeadFields): Redline {
  const { lead: _lead, leadSegments: _segments, ...rest } = redline;
  return fields.leadSegments === undefined
    ? { lead: fields.lead, ...rest }
    : { lead: fields.lead, leadSegments: fields.leadSegments, ...rest };
}

/** The lead as segments: its `leadSegments`, or the lead as one unchanged run (none for an empty lead). */
export function leadSegmentsOf(redline: Pick<Redline, 'lead' | 'leadSegments'>): Segment[] {
  if (redline.leadSegments !== undefined) return redline.leadSegments;
  return redline.lead === '' ? [] : [{ type: 'equal', text: redline.lead }];
}

/** The base lead: what `rejectAll` returns. */
export function baseLead(redline: Pick<Redline, 'lead' | 'leadSegments'>): string {
  return redline.leadSegments === undefined ? redline.lead : baseText(redline.leadSegments);
}

/** Whether the redline changes its lead (the base lead differs from the amended one). */
export function changesLead(redline: Pick<Redline, 'lead' | 'leadSegments'>): boolean {
  return redline.leadSegments !== undefined && baseText(redline.leadSegments) !== redline.lead;
}
