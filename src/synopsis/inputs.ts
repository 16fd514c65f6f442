/**
 * Reading the amendments of a Synopse: each through the one-call pipeline
 * (`readAmendment`: form detection, parsing, checking against the base), with
 * its id, title and movers from what was given or from its document.
 *
 * @module
 */
import { AmendmentError, RedlineError } from '../errors.js';
import type { AmendmentLike, AmendmentWithRenumbering, Resolution } from '../model.js';
import { parseMotion } from '../parse/motion.js';
import { readAmendment, type ReadAmendment, type RedlineOptions } from '../pipeline/run.js';
import { parseAmendment } from '../instructions/read.js';
import { writeInstructions } from '../instructions/write.js';
import { resolveLineLength } from '../numbering/line-length.js';
import { baseLead, withLead } from '../redline/lead.js';
import { findMovers } from './movers.js';
import type { SynopsisAmendment, SynopsisAmendmentInput, SynopsisAmendmentSource } from './model.js';

/** An amendment as read, before it is lined up with the base. */
export type ReadInput = Omit<SynopsisAmendment, 'added'>;

/**
 * Reads every amendment against `base`. Ids are made unique by a counter
 * ("Ä1", "Ä1 (2)") in the order given.
 * @throws {AmendmentError} naming the amendment when one does not apply cleanly
 */
export function readInputs(
  base: Resolution,
  inputs: readonly SynopsisAmendmentInput[],
  options: RedlineOptions,
): ReadInput[] {
  const seen = new Map<string, number>();
  return inputs.map((input, n) => {
    const read = readInput(base, input, n, options);
    const count = (seen.get(read.id) ?? 0) + 1;
    seen.set(read.id, count);
    return count === 1 ? read : { ...read, id: `${read.id} (${count})` };
  });
}

function readInput(base: Resolution, input: SynopsisAmendmentInput, n: number, options: RedlineOptions): ReadInput {
  const given = wrap(input, n);
  const isText = typeof given.source === 'string';
  const text = isText ? (given.source as string) : jsonOf(given.source as AmendmentLike, n);
  const form = isText ? (given.form ?? options.form ?? 'auto') : 'json';
  let read: ReadAmendment;
  try {
    read = readAmendment(base, text, { ...options, form });
  } catch (error) {
    if (!(error instanceof AmendmentError)) throw error;
    const name = given.id ?? String(n + 1);
    throw new AmendmentError(
      error.diagnostics.map((d) => ({ ...d, amendment: name })),
      `Amendment ${n + 1}${given.id === undefined ? '' : ` ("${given.id}")`} of the Synopse: ${error.message}`,
    );
  }
  const meta = isText ? documentMeta(text, read.form) : {};
  const amendment = read.amendment ?? changesOf(read);
  const id = given.id ?? amendment.id ?? meta.reference ?? `Ä${n + 1}`;
  const title = given.title ?? amendment.title ?? meta.title;
  const movers = given.movers ?? amendment.movers ?? meta.movers;
  return {
    id,
    ...(title !== undefined ? { title } : {}),
    ...(movers !== undefined ? { movers } : {}),
    form: isText ? read.form : 'object',
    amendment,
    redline: read.redline,
    diagnostics: read.diagnostics,
  };
}

/** The input as `{ source, … }`, its metadata checked. */
function wrap(input: SynopsisAmendmentInput, n: number): SynopsisAmendmentSource {
  const isSource =
    input !== null && typeof input === 'object' && !Array.isArray(input) && 'source' in input && !('changes' in input);
  if (!isSource) return { source: input as string | AmendmentLike };
  const given = input as SynopsisAmendmentSource;
  for (const key of ['id', 'title', 'movers', 'form'] as const) {
    const value: unknown = given[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new RedlineError('invalid-input', `The "${key}" of amendment ${n + 1} must be a string.`);
    }
  }
  const source: unknown = given.source;
  if (typeof source !== 'string' && (source === null || typeof source !== 'object')) {
    throw new RedlineError('invalid-input', `The "source" of amendment ${n + 1} must be a text or an Amendment.`);
  }
  return given;
}

/** An amendment object as the JSON form the pipeline reads (so objects and JSON texts are checked alike). */
function jsonOf(amendment: AmendmentLike, n: number): string {
  if (amendment === null || typeof amendment !== 'object') {
    throw new RedlineError('invalid-input', `Amendment ${n + 1} is neither a text nor an Amendment object.`);
  }
  try {
    return JSON.stringify(amendment);
  } catch (error) {
    throw new RedlineError('invalid-input', `Amendment ${n + 1} cannot be read: ${(error as Error).message}.`);
  }
}

/**
 * The changes of a redline- or rewrite-form amendment, addressing the base:
 * the instructions `toInstructions` writes (verified by applying them), read back.
 * A change of the lead has no instruction: the Synopse takes it from the
 * amendment's redline (see collisions.ts and merged.ts).
 */
function changesOf(read: ReadAmendment): AmendmentWithRenumbering {
  const clausesOnly = withLead(read.redline, { lead: baseLead(read.redline) });
  const text = writeInstructions(clausesOnly, { lines: false, lineLength: resolveLineLength(undefined) });
  return text.trim() === '' ? { changes: [] } : parseAmendment(text);
}

/** Title, file number and movers from the amendment's own document, where it has them. */
function documentMeta(
  text: string,
  form: ReadAmendment['form'],
): { title?: string; reference?: string; movers?: string } {
  if (form === 'json') {
    const record = JSON.parse(text) as { movers?: unknown } | unknown[];
    const movers = Array.isArray(record) ? undefined : record.movers;
    return typeof movers === 'string' ? { movers } : {};
  }
  const movers = findMovers(text);
  let motion: { title?: string; reference?: string } = {};
  try {
    motion = parseMotion(text);
  } catch (error) {
    if (!(error instanceof RedlineError)) throw error;
  }
  return {
    ...(motion.title !== undefined ? { title: motion.title } : {}),
    ...(motion.reference !== undefined ? { reference: motion.reference } : {}),
    ...(movers !== undefined ? { movers } : {}),
  };
}
