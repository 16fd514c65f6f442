/**
 * A new wording that takes the place of the changes read before it to the
 * same clause: "§ 12 Absatz 2 würde dann wie folgt lauten: …" (the result the
 * instructions before it describe) and "Für Satz 1 wird eingesetzt: „…“"
 * (after "Satz 1 und Satz 3 werden gestrichen").
 *
 * @module
 */
import type { Change } from '../../model.js';
import { instructionTokens, type InstructionToken } from '../../references/tokens.js';
import { isDigit } from '../../text/chars.js';
import type { Span } from '../../text/span.js';
import { SentenceError, type SentenceResult } from '../sentence/result.js';
import type { QuotedText } from './quoted-text.js';
import { clauseOf, type ReaderResult } from './reader-result.js';

/** How `c` relates to `clause`: it changes the clause or a part of it, or it names only the clause's tail. */
function relation(c: Change, clause: string): 'same' | 'tail' | undefined {
  const own = clauseOf(c);
  if (own === undefined || own === '') return undefined;
  if (own === clause || own.startsWith(`${clause} `)) return 'same';
  // "Absatz 2" under an unread heading "§ 12 Kandidaturen" is "§ 12 Absatz 2" — when nothing says otherwise.
  return clause.endsWith(` ${own}`) ? 'tail' : undefined;
}

/** "§ 12" → "§ 12": a noun and its number as written in `tokens` at `i`, lower-cased ("§§ 3" reads "§ 3"). */
function namedAt(tokens: readonly InstructionToken[], i: number): { noun: string; key: string } | undefined {
  const noun = tokens[i];
  const number = tokens[i + 1];
  if (noun?.kind !== 'word' || number?.kind !== 'word' || !isDigit(number.text[0])) return undefined;
  const word = noun.lower === '§§' ? '§' : noun.lower;
  return { noun: word, key: `${word} ${number.lower}` };
}

/**
 * Whether the document names, outside quotations before `to`, a place of the
 * head's kind other than the head ("§ 5" beside "§ 12"): then a bare tail
 * ("Absatz 2") read before may mean that other place.
 */
function namesAnotherHead(doc: QuotedText, to: number, head: string): boolean {
  const own = namedAt(instructionTokens(head, 0, head.length, []), 0);
  if (own === undefined) return true;
  const tokens = instructionTokens(doc.text, 0, to, doc.quotes);
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const named = namedAt(tokens, i);
    if (named !== undefined && named.noun === own.noun && named.key !== own.key) return true;
  }
  return false;
}

/**
 * Puts `change` in place of the changes of `out` to its clause; a
 * SentenceError when `required` and there are none, and when a change that
 * names only the clause's tail ("Absatz 2") may belong to another unit the
 * document names ("§ 5 Wahlen … Ersetze in Absatz 2 …") — dropping it would
 * lose an instruction silently. With `echo`, the changes it replaces are kept
 * in `out.echoes` for the check against the base.
 */
export function supersede(
  out: ReaderResult,
  { change, required, echo }: Extract<SentenceResult, { kind: 'supersede' }>,
  sentence: Span,
  doc: QuotedText,
): void {
  const relations = out.changes.map((c) => relation(c, change.clause));
  if (relations.every((r) => r === undefined) && required)
    throw new SentenceError(`no instruction before it changes ${change.clause}`, sentence.start);
  const tail = relations.findIndex((r) => r === 'tail');
  if (tail >= 0) {
    const own = clauseOf(out.changes[tail]!)!;
    if (namesAnotherHead(doc, sentence.start, change.clause.slice(0, change.clause.length - own.length - 1)))
      throw new SentenceError(
        `it would take the place of the change to „${own}“ read before it, which names no unit while the amendment names another one too; name the whole place (${change.clause}) in that instruction`,
        sentence.start,
      );
  }
  const keep = relations.map((r) => r === undefined);
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
