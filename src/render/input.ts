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

/** Which text of a redline a renderer shows. */
export type RenderView = 'redline' | 'amended' | 'base';

/** True when `x` is a {@link Redline} (its clauses carry `segments`), false for a {@link Resolution}. */
export function isRedline(x: Redline | Resolution): x is Redline {
  const first: unknown = x.clauses[0];
  return first !== null && typeof first === 'object' && Array.isArray((first as Partial<RedlineClause>).segments);
}

/**
 * The input of a renderer as a redline, validated: a resolution becomes a
 * redline of unchanged clauses; `view` `amended`/`base` reduces a redline to the
 * clean text of one version (`acceptAll`/`rejectAll`: no markers, inserted or
 * deleted clauses dropped, the labels of that version).
 *
 * Walks the tree with an explicit stack, so deep nesting cannot overflow the call stack.
 *
 * @throws RedlineError `invalid-input` when `x` is not shaped like a redline or resolution.
 */
export function toRenderRedline(x: Redline | Resolution, view: RenderView = 'redline'): Redline {
  if (x === null || typeof x !== 'object' || !Array.isArray((x as Partial<Resolution>).clauses)) {
    throw new RedlineError('invalid-input', 'Expected a Redline or Resolution object with a `clauses` array.');
  }
  const lead = typeof x.lead === 'string' ? x.lead : '';
  const redline = isRedline(x);
  const out: RedlineClause[] = [];
  type Frame = { from: readonly (Clause | RedlineClause)[]; into: RedlineClause[] };
  const stack: Frame[] = [{ from: x.clauses, into: out }];
  // A clause object met twice is a shared or cyclic tree: it would render forever.
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const source of from) {
      if (seen.has(source)) {
        throw new RedlineError('invalid-input', 'A clause occurs twice in the tree (shared or cyclic children).');
      }
      seen.add(source);
      const clause = redline ? checkRedlineClause(source as RedlineClause) : fromClause(source as Clause);
      into.push(clause);
      if (!Array.isArray(source.children)) {
        throw new RedlineError('invalid-input', `Clause ${String(source.id)} has no \`children\` array.`);
      }
      stack.push({ from: source.children, into: clause.children });
    }
  }
  const checked: Redline = { lead, clauses: out };
  if (!redline || view === 'redline') return checked;
  // A version's clean text is the resolution acceptAll/rejectAll give, shown unchanged.
  return toRenderRedline(view === 'amended' ? acceptAll(checked) : rejectAll(checked));
}

function fromClause(clause: Clause): RedlineClause {
  if (clause === null || typeof clause !== 'object' || typeof clause.text !== 'string') {
    throw new RedlineError('invalid-input', 'A clause must have a string `text` and a `children` array.');
  }
  return {
    id: String(clause.id ?? ''),
    label: typeof clause.label === 'string' ? clause.label : '',
    status: 'unchanged',
    segments: clause.text === '' ? [] : [{ type: 'equal', text: clause.text }],
    children: [],
  };
}

const SEGMENT_TYPES = new Set(['equal', 'delete', 'insert']);
const STATUSES = new Set(['unchanged', 'changed', 'inserted', 'deleted']);

function checkRedlineClause(clause: RedlineClause): RedlineClause {
  if (clause === null || typeof clause !== 'object' || !Array.isArray(clause.segments)) {
    throw new RedlineError('invalid-input', 'A redline clause must have `segments` and `children` arrays.');
  }
  const label = typeof clause.label === 'string' ? clause.label : '';
  for (const segment of clause.segments) {
    if (
      segment === null ||
      typeof segment !== 'object' ||
      !SEGMENT_TYPES.has(segment.type) ||
      typeof segment.text !== 'string'
    ) {
      throw new RedlineError(
        'invalid-input',
        `Clause ${clause.id} (${JSON.stringify(label)}) has a segment that is not {type: 'equal'|'delete'|'insert', text: string}.`,
      );
    }
  }
  if (!STATUSES.has(clause.status)) {
    throw new RedlineError(
      'invalid-input',
      `Clause ${clause.id} (${JSON.stringify(label)}) has an unknown status ${JSON.stringify(clause.status)}.`,
    );
  }
  const copy: RedlineClause = {
    id: String(clause.id ?? ''),
    label,
    status: clause.status,
    segments: clause.segments.map((s) => copySegment(s)),
    children: [],
  };
  if (typeof clause.baseLabel === 'string' && clause.baseLabel !== label) copy.baseLabel = clause.baseLabel;
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
  const stack: FlatClause[] = [];
  for (let i = clauses.length - 1; i >= 0; i--) stack.push({ clause: clauses[i]!, depth: 0 });
  while (stack.length > 0) {
    const item = stack.pop()!;
    out.push(item);
    const children = item.clause.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ clause: children[i]!, depth: item.depth + 1 });
  }
  return out;
}
