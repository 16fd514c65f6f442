/**
 * Instructions that complete or take the place of the changes read before
 * them: "Ersetze durch: „…“" after "Streiche: „…“"; a new wording of the same
 * clause — "§ 12 Absatz 2 würde dann wie folgt lauten: …" (the result the
 * instructions before it describe) and "Für Satz 1 wird eingesetzt: „…“"
 * (after "Satz 1 und Satz 3 werden gestrichen").
 *
 * @module
 */
import type { Change } from '../../model.js';
import type { Span } from '../../text/span.js';
import type { SentenceResult } from '../sentence/result.js';
import { clauseOf, type ReaderResult } from './reader-result.js';

/** Whether `c` changes `clause` or a part of it ("Absatz 2" after a heading "§ 12 …" is "§ 12 Absatz 2"). */
function changesClause(c: Change, clause: string): boolean {
  const own = clauseOf(c);
  return (
    own !== undefined && own !== '' && (own === clause || own.startsWith(`${clause} `) || clause.endsWith(` ${own}`))
  );
}

/**
 * Puts `change` in place of the changes of `out` to its clause; false (and
 * nothing changed) when `required` and there are none.
 */
export function supersede(
  out: ReaderResult,
  change: Extract<Change, { op: 'rewrite' }>,
  required: boolean,
  sentence: Span,
): boolean {
  const keep = out.changes.map((c) => !changesClause(c, change.clause));
  if (keep.every(Boolean) && required) return false;
  out.changes = out.changes.filter((_, i) => keep[i]);
  out.sources = out.sources.filter((_, i) => keep[i]);
  out.changes.push(change);
  out.sources.push(sentence);
  return true;
}

/** Why "Ersetze durch: „…“" with nothing to complete is refused. */
export const NO_STRIKE_BEFORE = '"Ersetze durch" needs a "Streiche: „…“" right before it, or a clause to replace';

/**
 * "Ersetze durch: „…“": turns the "Streiche: „…“" just before it (when
 * `afterDelete`) into a replacement, else rewrites the clause the sentence
 * named (returned as `clause`); undefined when there is neither.
 */
export function completeReplacement(
  out: ReaderResult,
  result: Extract<SentenceResult, { kind: 'replacement' }>,
  sentence: Span,
  afterDelete: boolean,
): { replaced: true } | { clause: string } | undefined {
  const changes = out.changes;
  const last = changes[changes.length - 1];
  if (!afterDelete || last === undefined || last.op !== 'delete') {
    if (result.fallback === undefined) return undefined;
    changes.push({ op: 'rewrite', clause: result.fallback, new: result.text });
    out.sources.push(sentence);
    return { clause: result.fallback };
  }
  const replacement: Change = { op: 'replace', clause: last.clause, old: last.old, new: result.text };
  if (last.occurrence !== undefined) replacement.occurrence = last.occurrence;
  changes[changes.length - 1] = replacement;
  return { replaced: true };
}
