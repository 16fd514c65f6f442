/**
 * A new wording that takes the place of the changes read before it to the
 * same clause: "§ 12 Absatz 2 würde dann wie folgt lauten: …" (the result the
 * instructions before it describe) and "Für Satz 1 wird eingesetzt: „…“"
 * (after "Satz 1 und Satz 3 werden gestrichen").
 *
 * @module
 */
import type { Change } from '../../model.js';
import type { Span } from '../../text/span.js';
import { SentenceError, type SentenceResult } from '../sentence/result.js';
import { clauseOf, type ReaderResult } from './reader-result.js';

/** Whether `c` changes `clause` or a part of it ("Absatz 2" after a heading "§ 12 …" is "§ 12 Absatz 2"). */
function changesClause(c: Change, clause: string): boolean {
  const own = clauseOf(c);
  return (
    own !== undefined && own !== '' && (own === clause || own.startsWith(`${clause} `) || clause.endsWith(` ${own}`))
  );
}

/**
 * Puts `change` in place of the changes of `out` to its clause; a
 * SentenceError when `required` and there are none. With `echo`, the
 * changes it replaces are kept in `out.echoes` for the check against the base.
 */
export function supersede(
  out: ReaderResult,
  { change, required, echo }: Extract<SentenceResult, { kind: 'supersede' }>,
  sentence: Span,
): void {
  const keep = out.changes.map((c) => !changesClause(c, change.clause));
  if (keep.every(Boolean) && required)
    throw new SentenceError(`no instruction before it changes ${change.clause}`, sentence.start);
  // "… und erhält damit folgende Fassung:": the wording must agree with what it replaces (src/pipeline/echo.ts).
  if (echo === true)
    out.echoes.set(
      change,
      out.changes.filter((_, i) => !keep[i]),
    );
  out.changes = out.changes.filter((_, i) => keep[i]);
  out.sources = out.sources.filter((_, i) => keep[i]);
  out.changes.push(change);
  out.sources.push(sentence);
}
