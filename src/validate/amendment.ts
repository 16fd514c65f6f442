/**
 * Shape checks of amendments handed in by users: the container (`Amendment`
 * or a bare list of changes), each `Change` and each renumbering entry. A
 * malformed container is thrown as `invalid-input`; a malformed change or
 * entry is a reason for the caller's `invalid-change` diagnostic, so the other
 * changes of the amendment are still checked.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { AmendmentLike, Change } from '../model.js';
import { describeValue } from './options.js';

/** The string fields of each operation: which it needs and which it may have. */
const FIELDS: Readonly<Record<Change['op'], { required: readonly string[]; optional: readonly string[] }>> = {
  replace: { required: ['clause', 'old', 'new'], optional: [] },
  delete: { required: ['clause', 'old'], optional: [] },
  insert: { required: ['clause', 'new'], optional: ['after', 'before'] },
  rewrite: { required: ['clause', 'new'], optional: [] },
  removeClause: { required: ['clause'], optional: [] },
  addClause: { required: ['new'], optional: ['after', 'before', 'parent', 'label'] },
};

/** The operations a `Change` can have (its `op`), in the order the contract lists them. */
export const CHANGE_OPS: readonly Change['op'][] = Object.keys(FIELDS) as Change['op'][];

const OP_SET: ReadonlySet<unknown> = new Set(CHANGE_OPS);

/** Operations that change text, and so may address a clause's heading instead (`part: 'heading'`). */
const WITH_PART: ReadonlySet<unknown> = new Set(['replace', 'delete', 'insert', 'rewrite']);

/** The values of `Change.part`. */
const PARTS: ReadonlySet<unknown> = new Set(['heading', 'title']);

/** Operations that locate a passage and so may choose one of several by `occurrence`. */
const WITH_OCCURRENCE: ReadonlySet<unknown> = new Set(['replace', 'delete', 'insert']);

/** Whether `op` is one of {@link CHANGE_OPS}. */
export function isChangeOp(op: unknown): op is Change['op'] {
  return OP_SET.has(op);
}

/**
 * The header facts an amendment may carry beside the contract's `id` and
 * `title` (`parseAmendment` reads them from the document): strings when present.
 */
export const HEADER_FIELDS = ['reference', 'kind', 'amends', 'movers', 'date'] as const;

/** The parts of an amendment input, validated as far as their container goes. */
export interface AmendmentParts {
  /** The amendment's id, when it has a string one. */
  id?: string;
  /** The changes, each still to be checked by {@link changeProblem}. */
  changes: readonly unknown[];
  /** The renumbering entries, each still to be checked by {@link renumberingProblem}. */
  renumber: readonly unknown[];
}

/**
 * Splits `Amendment | Change[]` into its parts.
 * @throws {RedlineError} `invalid-input` when it is neither
 */
export function amendmentParts(input: AmendmentLike): AmendmentParts {
  if (Array.isArray(input)) return { changes: input, renumber: [] };
  if (input === null || typeof input !== 'object' || !Array.isArray((input as { changes?: unknown }).changes)) {
    throw new RedlineError(
      'invalid-input',
      `An amendment must be an object with a "changes" array, or an array of changes; got ${describeValue(input)}.`,
    );
  }
  const record = input as { id?: unknown; changes: unknown[]; renumber?: unknown };
  if (record.renumber !== undefined && !Array.isArray(record.renumber)) {
    throw new RedlineError(
      'invalid-input',
      `The "renumber" field of an amendment must be an array, got ${describeValue(record.renumber)}.`,
    );
  }
  for (const field of HEADER_FIELDS) {
    const value = (input as unknown as Record<string, unknown>)[field];
    if (value !== undefined && typeof value !== 'string') {
      throw new RedlineError(
        'invalid-input',
        `The "${field}" field of an amendment must be a string, got ${describeValue(value)}.`,
      );
    }
  }
  const parts: AmendmentParts = { changes: record.changes, renumber: (record.renumber as unknown[] | undefined) ?? [] };
  if (typeof record.id === 'string') parts.id = record.id;
  return parts;
}

/** Why a change or entry is malformed, and the clause it names (for the diagnostic). */
export interface ShapeProblem {
  /** The reason, completing "Change 3 is invalid: …". */
  why: string;
  /** The change's `clause`, when it is a string. */
  clause?: string;
}

/**
 * What is wrong with the shape of a change — not an object, an unknown `op`,
 * a missing or non-string field, an `occurrence` that is not a whole number
 * from 1 — or `undefined` when it has the shape of a {@link Change}.
 */
export function changeProblem(raw: unknown): ShapeProblem | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { why: 'it is not an object' };
  const c = raw as Record<string, unknown>;
  if (!isChangeOp(c.op)) {
    const got = c.op === undefined ? 'nothing' : describeValue(c.op);
    return { why: `"op" must be one of ${CHANGE_OPS.join(', ')}, got ${got}` };
  }
  const op = c.op;
  const problem = (why: string): ShapeProblem => (typeof c.clause === 'string' ? { why, clause: c.clause } : { why });
  for (const field of FIELDS[op].required) {
    if (typeof c[field] !== 'string') return problem(`"${op}" needs a string "${field}"`);
  }
  for (const field of FIELDS[op].optional) {
    if (c[field] !== undefined && typeof c[field] !== 'string') return problem(`"${field}" must be a string`);
  }
  const occurrence = c.occurrence;
  if (
    occurrence !== undefined &&
    WITH_OCCURRENCE.has(op) &&
    (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1)
  ) {
    return problem(`"occurrence" must be a whole number from 1, got ${describeValue(occurrence)}`);
  }
  if (c.part !== undefined && !WITH_PART.has(op))
    return problem(`"part" belongs to the text changes (replace, delete, insert, rewrite), not to "${op}"`);
  if (c.part !== undefined && !PARTS.has(c.part))
    return problem(
      `"part" must be "heading" or "title" (or left out for the clause's text), got ${describeValue(c.part)}`,
    );
  // The title is the document's own: no clause has one.
  if (c.part === 'title' && c.clause !== '')
    return problem(
      `"part": "title" changes the document's title, so its "clause" must be "" (the document), got ${describeValue(c.clause)}`,
    );
  return undefined;
}

/**
 * What is wrong with the shape of a renumbering entry (`{ clause, label }`
 * with a non-blank label, or `{ from }`), or `undefined` when nothing is.
 */
export function renumberingProblem(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object') return 'a renumbering entry must be an object';
  const r = raw as Record<string, unknown>;
  if (typeof r.from === 'string') return undefined;
  if (typeof r.clause !== 'string' || typeof r.label !== 'string' || r.label.trim() === '') {
    return 'a renumbering entry needs "clause" and "label" strings (or "from")';
  }
  return undefined;
}
