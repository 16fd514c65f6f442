/**
 * What every renderer accepts: a {@link Redline} or a plain {@link Resolution}.
 * A resolution is rendered as a redline in which nothing changed, so each
 * renderer has one code path. The two are told apart structurally: only a
 * redline clause has `segments`.
 *
 * @module
 */
import type { Clause, Redline, RedlineClause, Resolution, Segment } from '../model.js';
import { RedlineError } from '../errors.js';
import { acceptAll, rejectAll } from '../redline/model.js';
import { leadFields } from '../redline/lead.js';
import { sameTitle, titleFields, withTitle } from '../redline/title.js';
import { mapTree, walk } from '../tree.js';
import { checkRedlineShape, checkResolution } from '../validate/shapes.js';

/** Which text of a redline a renderer shows. */
export type RenderView = 'redline' | 'amended' | 'base';

/** True when `x` is a {@link Redline} (its clauses carry `segments`, or it has `leadSegments` or `titleSegments`), false for a {@link Resolution}. */
export function isRedline(x: Redline | Resolution): x is Redline {
  // Any `leadSegments` (even malformed: the shape check then reports it) make it a redline.
  if ((x as Partial<Redline>).leadSegments !== undefined || (x as Partial<Redline>).titleSegments !== undefined)
    return true;
  const first: unknown = x.clauses[0];
  return first !== null && typeof first === 'object' && Array.isArray((first as Partial<RedlineClause>).segments);
}

/**
 * The input of a renderer as a redline, validated: a resolution becomes a
 * redline of unchanged clauses; `view` `amended`/`base` reduces a redline to the
 * clean text of one version (`acceptAll`/`rejectAll`: no markers, inserted or
 * deleted clauses dropped, the labels of that version).
 *
 * The shape is checked by the shared checks of src/validate/shapes.ts (shared
 * or cyclic trees included) before the tree is copied bottom-up without
 * recursion, so deep nesting cannot overflow the call stack.
 *
 * @throws RedlineError `invalid-input` when `x` is not shaped like a redline or resolution.
 */
export function toRenderRedline(x: Redline | Resolution, view: RenderView = 'redline'): Redline {
  if (x === null || typeof x !== 'object' || !Array.isArray((x as Partial<Resolution>).clauses)) {
    throw new RedlineError('invalid-input', 'Expected a Redline or Resolution object with a `clauses` array.');
  }
  const lead = typeof x.lead === 'string' ? x.lead : '';
  // Renderers show what they are given: a missing lead, id or label renders as none.
  const lenient = { lead: false, names: false };
  let clauses: RedlineClause[];
  if (isRedline(x)) {
    checkRedlineShape(x, 'rendered', lenient);
    clauses = mapTree(x.clauses, (clause: RedlineClause, children: RedlineClause[]) => ({
      ...copyRedlineClause(clause),
      children,
    }));
  } else {
    checkResolution(x, 'rendered', lenient);
    clauses = mapTree(x.clauses, (clause: Clause, children: RedlineClause[]) => ({ ...fromClause(clause), children }));
  }
  const checked: Redline = { lead, clauses };
  // A changed lead comes along (copied: renderers must not share the caller's segments).
  const leadSegments = (x as Partial<Redline>).leadSegments;
  if (leadSegments !== undefined) Object.assign(checked, leadFields(leadSegments.map((s) => copySegment(s))));
  // The document's title, changed or not, comes along the same way.
  const titleSegments = (x as Partial<Redline>).titleSegments;
  const title = typeof x.title === 'string' ? x.title : undefined;
  const titled = withTitle(
    checked,
    titleSegments !== undefined ? titleFields(titleSegments.map((s) => copySegment(s))) : sameTitle(title),
  );
  if (!isRedline(x) || view === 'redline') return titled;
  // A version's clean text is the resolution acceptAll/rejectAll give, shown unchanged.
  return toRenderRedline(view === 'amended' ? acceptAll(titled) : rejectAll(titled));
}

/** An id as renderers show it: strings and numbers as written, anything else (null, objects, even without a prototype) as none. */
function idText(id: unknown): string {
  return typeof id === 'string' ? id : typeof id === 'number' || typeof id === 'bigint' ? String(id) : '';
}

function fromClause(clause: Clause): RedlineClause {
  const copy: RedlineClause = {
    id: idText(clause.id),
    label: typeof clause.label === 'string' ? clause.label : '',
    status: 'unchanged',
    segments: clause.text === '' ? [] : [{ type: 'equal', text: clause.text }],
    children: [],
  };
  if (typeof clause.heading === 'string') copy.heading = clause.heading;
  return copy;
}

function copyRedlineClause(clause: RedlineClause): RedlineClause {
  const label = typeof clause.label === 'string' ? clause.label : '';
  const copy: RedlineClause = {
    id: idText(clause.id),
    label,
    status: clause.status,
    segments: clause.segments.map((s) => copySegment(s)),
    children: [],
  };
  if (typeof clause.baseLabel === 'string' && clause.baseLabel !== label) copy.baseLabel = clause.baseLabel;
  // A statute unit's or section's headings (both shown by every renderer, see layout.ts).
  if (typeof clause.heading === 'string') copy.heading = clause.heading;
  if (typeof clause.baseHeading === 'string' && clause.baseHeading !== (clause.heading ?? '')) {
    copy.baseHeading = clause.baseHeading;
  }
  return copy;
}

function copySegment(segment: Segment): Segment {
  const copy: Segment = { type: segment.type, text: segment.text };
  if (typeof segment.source === 'string') copy.source = segment.source;
  return copy;
}

/** A clause with its depth, in document (pre-)order. */
export interface FlatClause {
  /** The clause. */
  clause: RedlineClause;
  /** 0 for top-level clauses. */
  depth: number;
}

/** All clauses of a tree in document order with their depth; iterative, so deep trees are safe. */
export function flattenClauses(clauses: readonly RedlineClause[]): FlatClause[] {
  const out: FlatClause[] = [];
  walk(clauses, (visit) => {
    out.push({ clause: visit.node, depth: visit.depth });
  });
  return out;
}
