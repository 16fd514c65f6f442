/**
 * Shape checks of the clause trees that users hand back to the library (a
 * `Resolution` or a `Redline` read from JSON, say), so that malformed input is
 * a `RedlineError` with a message, never a `TypeError` deep inside, and a
 * shared or cyclic tree is refused before anything walks it forever.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Redline, Resolution, Segment } from '../model.js';
import { walk } from '../tree.js';
import { describeValue } from './options.js';
import { checkUniqueIds } from './unique-ids.js';

/** What a shape check requires beyond the tree itself. */
export interface ShapeOptions {
  /**
   * Require a string `lead` (`false`: it may be missing or of another type).
   * @default true
   */
  lead?: boolean;
  /**
   * Require a string `id` and `label` on every clause (`false`: renderers show
   * whatever they are given).
   * @default true
   */
  names?: boolean;
}

/** A node of a tree that is being checked: only its `children` array has been seen to exist. */
interface Unchecked {
  readonly children: readonly Unchecked[];
}

/** Throws the caller's error with `detail` in its message. */
export type Fail = (detail: string) => never;

/** How a message names a clause: its id when it has a string one. */
function clauseName(clause: Record<string, unknown>): string {
  return typeof clause.id === 'string' ? `clause ${JSON.stringify(clause.id)}` : 'a clause without a string id';
}

/**
 * Checks the container (an object with a `clauses` array and, when asked, a
 * string lead), then calls `check` on every clause in document order. Each
 * clause is refused before its children are walked when it is not an object,
 * occurs twice (shared or cyclic children) or has no `children` array; the
 * walk is iterative, so deep trees cannot overflow the stack.
 */
function checkTree(
  value: unknown,
  options: ShapeOptions,
  fail: Fail,
  check: (clause: Record<string, unknown>) => void,
): void {
  if (value === null || typeof value !== 'object') fail(`got ${describeValue(value)}`);
  const tree = value as { lead?: unknown; clauses?: unknown };
  if (options.lead !== false && typeof tree.lead !== 'string') fail('its "lead" is not a string');
  if (!Array.isArray(tree.clauses)) fail('it has no "clauses" array');
  const seen = new Set<unknown>();
  walk(tree.clauses as Unchecked[], ({ node }) => {
    if (node === null || typeof node !== 'object') fail(`a clause is ${describeValue(node)}, not an object`);
    if (seen.has(node)) fail('a clause occurs twice in the tree (shared or cyclic children)');
    seen.add(node);
    const clause = node as unknown as Record<string, unknown>;
    if (options.names !== false && (typeof clause.id !== 'string' || typeof clause.label !== 'string')) {
      fail(`${clauseName(clause)} lacks a string id or a string label`);
    }
    check(clause);
    if (!Array.isArray(clause.children)) fail(`${clauseName(clause)} has no "children" array`);
  });
}

/**
 * Validates the shape of a resolution: a string lead, and clauses with a
 * string id, label and text and a children array, none of them shared or
 * cyclic, and no two with the same non-empty id (unless `names` is false).
 *
 * @param value - the object to check
 * @param what - how the message names it ("base", "amended", …)
 * @param options - what may be left out (see {@link ShapeOptions})
 * @throws {RedlineError} code `invalid-input`
 */
export function checkResolution(value: unknown, what: string, options: ShapeOptions = {}): asserts value is Resolution {
  const fail: Fail = (detail) => {
    throw new RedlineError('invalid-input', `The ${what} resolution is not a resolution: ${detail}.`);
  };
  checkTree(value, options, fail, (clause) => {
    if (typeof clause.text !== 'string') fail(`${clauseName(clause)} has no string "text"`);
  });
  const title = (value as { title?: unknown }).title;
  if (title !== undefined && typeof title !== 'string') fail(`its "title" is ${describeValue(title)}, not a string`);
  if (options.names !== false) checkUniqueIds((value as Resolution).clauses, what);
}

const SEGMENT_TYPES: ReadonlySet<unknown> = new Set(['equal', 'delete', 'insert']);
const STATUSES: ReadonlySet<unknown> = new Set(['unchanged', 'changed', 'inserted', 'deleted']);

/** Whether `value` is a segment: `{ type: 'equal' | 'delete' | 'insert', text: string }`. */
function isSegment(value: unknown): boolean {
  const s = value as { type?: unknown; text?: unknown } | null;
  return s !== null && typeof s === 'object' && SEGMENT_TYPES.has(s.type) && typeof s.text === 'string';
}

/**
 * Checks a redline's optional `leadSegments`: an array of segments whose
 * amended text (`equal` + `insert`) is the redline's `lead` — the lead they
 * redline. (When `lead` is not a string only the segments are checked.)
 *
 * @param fail - throws with the detail it is given
 */
export function checkLeadSegments(value: { lead?: unknown; leadSegments?: unknown }, fail: Fail): void {
  const segments = value.leadSegments;
  if (segments === undefined) return;
  if (!Array.isArray(segments) || !segments.every(isSegment)) {
    fail(`its "leadSegments" is not an array of { type: 'equal' | 'delete' | 'insert', text: string }`);
  }
  if (typeof value.lead !== 'string') return;
  let amended = '';
  for (const s of segments as Array<{ type: string; text: string }>) if (s.type !== 'delete') amended += s.text;
  if (amended !== value.lead) {
    fail(
      `its "leadSegments" give the amended lead „${amended.slice(0, 80)}“, but its "lead" is „${value.lead.slice(0, 80)}“`,
    );
  }
}

/**
 * Validates the shape of a redline: clauses with a known `status`, a
 * `segments` array of `{ type: 'equal' | 'delete' | 'insert', text: string }`
 * and a children array, none of them shared or cyclic (and, unless relaxed,
 * a string lead and string ids and labels); `leadSegments`, when present,
 * agree with the lead (see {@link checkLeadSegments}).
 *
 * @param value - the object to check
 * @param what - how the message names it ("rendered", …)
 * @param options - what may be left out (see {@link ShapeOptions})
 * @throws {RedlineError} code `invalid-input`
 */
export function checkRedlineShape(value: unknown, what: string, options: ShapeOptions = {}): asserts value is Redline {
  const fail: Fail = (detail) => {
    throw new RedlineError('invalid-input', `The ${what} redline is not a redline: ${detail}.`);
  };
  checkTree(value, options, fail, (clause) => {
    if (!Array.isArray(clause.segments)) fail(`${clauseName(clause)} has no "segments" array`);
    if (!(clause.segments as unknown[]).every(isSegment)) {
      fail(`${clauseName(clause)} has a segment that is not { type: 'equal' | 'delete' | 'insert', text: string }`);
    }
    if (!STATUSES.has(clause.status))
      fail(`${clauseName(clause)} has an unknown status ${describeValue(clause.status)}`);
    if (options.names === false) return;
    for (const key of OPTIONAL_STRINGS) {
      if (clause[key] !== undefined && typeof clause[key] !== 'string') {
        fail(`${clauseName(clause)} has a "${key}" that is ${describeValue(clause[key])}, not a string`);
      }
    }
  });
  checkLeadSegments(value as { lead?: unknown; leadSegments?: unknown }, fail);
  checkTitleSegments(value as { title?: unknown; titleSegments?: unknown }, fail);
}

/**
 * Checks a redline's optional `title` (a string) and `titleSegments`: an
 * array of segments whose amended text is the redline's `title` ("" when it
 * has none).
 *
 * @param fail - throws with the detail it is given
 */
export function checkTitleSegments(value: { title?: unknown; titleSegments?: unknown }, fail: Fail): void {
  if (value.title !== undefined && typeof value.title !== 'string')
    fail(`its "title" is ${describeValue(value.title)}, not a string`);
  const segments = value.titleSegments;
  if (segments === undefined) return;
  if (!Array.isArray(segments) || !segments.every(isSegment))
    fail(`its "titleSegments" is not an array of { type: 'equal' | 'delete' | 'insert', text: string }`);
  let amended = '';
  for (const s of segments as Array<{ type: string; text: string }>) if (s.type !== 'delete') amended += s.text;
  const title = (value.title as string | undefined) ?? '';
  if (amended !== title)
    fail(
      `its "titleSegments" give the amended title „${amended.slice(0, 80)}“, but its "title" is „${title.slice(0, 80)}“`,
    );
}

/** Optional string fields of a redline clause (JSON may carry `null` or a number there). */
const OPTIONAL_STRINGS = ['baseLabel', 'heading', 'baseHeading'] as const;

/**
 * Validates a segment list (`RedlineClause.segments`).
 *
 * @param value - the list to check
 * @param what - the function that was given it, for the message
 * @throws {RedlineError} code `invalid-input`
 */
export function checkSegments(value: unknown, what: string): asserts value is Segment[] {
  if (!Array.isArray(value) || !value.every(isSegment)) {
    throw new RedlineError(
      'invalid-input',
      `${what} needs an array of segments { type: 'equal' | 'delete' | 'insert', text: string }, got ${Array.isArray(value) ? 'an array with another entry' : describeValue(value)}.`,
    );
  }
}
