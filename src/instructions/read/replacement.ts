/**
 * "Ersetze durch: „…“" of the party-convention imperatives: it completes the
 * "Streiche: „…“" right before it into a replacement, or — without one —
 * rewrites the clause the sentence names.
 *
 * @module
 */
import type { Change } from '../../model.js';
import { SentenceError, type SentenceResult } from '../sentence/result.js';

/** What "Ersetze durch" makes: the last change replaced by a replacement, or a rewrite added. */
export type Completion = { replaces: true; change: Change } | { replaces: false; change: Change; clause: string };

/**
 * Completes "Ersetze durch: „…“" after `last` (the change before it; `afterDelete`: it came from "Streiche: …").
 *
 * @throws {SentenceError} when there is neither a "Streiche" before it nor a clause to rewrite
 */
export function completeReplacement(
  result: Extract<SentenceResult, { kind: 'replacement' }>,
  last: Change | undefined,
  afterDelete: boolean,
): Completion {
  if (afterDelete && last?.op === 'delete') {
    const replacement: Change = { op: 'replace', clause: last.clause, old: last.old, new: result.text };
    if (last.occurrence !== undefined) replacement.occurrence = last.occurrence;
    return { replaces: true, change: replacement };
  }
  if (result.fallback !== undefined)
    return {
      replaces: false,
      change: { op: 'rewrite', clause: result.fallback, new: result.text },
      clause: result.fallback,
    };
  throw new SentenceError('"Ersetze durch" needs a "Streiche: „…“" right before it, or a clause to replace', result.at);
}
