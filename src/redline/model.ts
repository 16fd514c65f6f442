/**
 * The redline model's operations: reading each version back out of a redline
 * (`acceptAll`, `rejectAll`) and the canonical form of segment lists.
 *
 * Invariant of every redline clause: the `equal` and `delete` segments
 * concatenated are the base text, the `equal` and `insert` segments the
 * amended text. Inserted clauses exist only in the amended resolution, deleted
 * ones only in the base (each with its whole subtree).
 *
 * @module
 */
import type { Clause, Redline, RedlineClause, Resolution } from '../model.js';
import { RedlineError } from '../errors.js';
import { assignIds } from '../parse/ids.js';
import { amendedText, baseText } from './segments.js';
import { baseLead } from './lead.js';
import { baseTitle } from './title.js';
import { walk, type Visit } from '../tree.js';
import { checkRedlineShape } from '../validate/shapes.js';
import { describeValue } from '../validate/options.js';

/**
 * The amended resolution: every clause except deleted ones (with their subtrees),
 * under its amended label, with `equal` + `insert` text; ids recomputed from the labels.
 * The lead is the redline's `lead` (the amended lead), the title its `title`.
 * @throws {RedlineError} `invalid-input` when `redline` is not a redline
 */
export function acceptAll(redline: Redline): Resolution {
  return extract(redline, 'accept');
}

/**
 * The base resolution: every clause except inserted ones (with their subtrees),
 * under its base label (`baseLabel ?? label`), with `equal` + `delete` text; ids
 * recomputed from the labels. The lead is the base lead: the `equal` + `delete`
 * text of `leadSegments` when the amendment changed the lead, else `lead`
 * (see docs/redlines.md, "The lead"); the title likewise the base title.
 * @throws {RedlineError} `invalid-input` when `redline` is not a redline
 */
export function rejectAll(redline: Redline): Resolution {
  return extract(redline, 'reject');
}

function extract(redline: Redline, side: 'accept' | 'reject'): Resolution {
  // The shared shape check (cyclic and shared trees, segments, statuses); ids are recomputed, so not required.
  checkRedlineShape(redline, side === 'accept' ? 'accepted' : 'rejected', { names: false });
  const skip: RedlineClause['status'] = side === 'accept' ? 'deleted' : 'inserted';
  const clauses: Clause[] = [];
  const copies = new Map<Visit<RedlineClause>, Clause>();
  walk(redline.clauses, (visit) => {
    const clause = visit.node;
    const label = side === 'accept' ? clause.label : (clause.baseLabel ?? clause.label);
    if (typeof label !== 'string') {
      throw new RedlineError(
        'invalid-input',
        `${side === 'accept' ? 'acceptAll' : 'rejectAll'} needs a redline: clause ${describeValue(clause.id)} has a ${side === 'accept' ? 'label' : 'baseLabel or label'} that is ${describeValue(label)}, not a string.`,
      );
    }
    if (clause.status === skip) return 'skip';
    const copy: Clause = {
      id: '',
      label,
      text: side === 'accept' ? amendedText(clause.segments) : baseText(clause.segments),
      children: [],
    };
    // The heading of a statute unit or section: `baseHeading` ("" for none) where an amendment changed it.
    // An empty heading is kept, as the parser gives it (a bare `§ 3`): the clause stays a unit with a heading line.
    const heading = side === 'accept' ? clause.heading : (clause.baseHeading ?? clause.heading);
    if (typeof heading === 'string') copy.heading = heading;
    (visit.up === undefined ? clauses : copies.get(visit.up)!.children).push(copy);
    copies.set(visit, copy);
    return undefined;
  });
  assignIds(clauses);
  const title = side === 'accept' ? redline.title : baseTitle(redline);
  const lead = side === 'accept' ? redline.lead : baseLead(redline);
  return title === undefined || title === '' ? { lead, clauses } : { title, lead, clauses };
}

export {
  amendedText,
  baseText,
  clauseStatusOf,
  isTypographicRun,
  normalizeSegments,
  withoutTypographicChanges,
  type NormalizeOptions,
  type StatusOptions,
} from './segments.js';
