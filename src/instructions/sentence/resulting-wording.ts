/**
 * The wording a change results in, said as the second half of its sentence:
 * "Absatz 9 wird um folgende Regelung ergänzt … und erhält damit folgende
 * Fassung: …" (also "Er erhält somit folgende Fassung:", "… und lautet
 * damit:"). "damit"/"somit" say it is the result of the change before, not a
 * change of its own: the new wording of the clause the instruction before
 * names, which takes the place of that instruction — only when the two agree
 * (an echo, checked against the base by src/pipeline/echo.ts: the wording is
 * the base clause with the added text in one place). Without an instruction
 * before it, it is refused.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError, type SentenceContext, type SentenceResult } from './result.js';

/** Words before the verb: the conjunction of the second half, or a pronoun for the place. */
const OPENERS: ReadonlySet<string> = new Set(['und', 'er', 'sie', 'es']);

/** The words that say "as a result" (the wording follows from the change before). */
const RESULT_WORDS: ReadonlySet<string> = new Set(['damit', 'somit', 'dadurch', 'nunmehr']);

/** "erhält … folgende Fassung", "lautet … (wie folgt)": the word sequences after the result word. */
const SHAPES: readonly (readonly string[])[] = [
  ['erhält', '*', 'folgende', 'fassung'],
  ['erhält', '*', 'nachstehende', 'fassung'],
  ['erhält', '*', 'folgenden', 'wortlaut'],
  ['lautet', '*'],
  ['lautet', '*', 'wie', 'folgt'],
];

/** The lower-case words of `tokens` before a final colon, or undefined when anything else stands there. */
function wordsBeforeColon(tokens: readonly InstructionToken[]): string[] | undefined {
  const last = tokens[tokens.length - 1];
  if (last?.kind !== 'punct' || last.text !== ':') return undefined;
  const body = tokens.slice(0, -1);
  if (body.some((t) => t.kind !== 'word')) return undefined;
  return body.map((t) => (t as Extract<InstructionToken, { kind: 'word' }>).lower);
}

/** Whether `words` are one of the shapes, `*` standing for one result word. */
function fits(words: readonly string[]): boolean {
  const rest = OPENERS.has(words[0] ?? '') ? words.slice(1) : words;
  return SHAPES.some(
    (shape) =>
      shape.length === rest.length && shape.every((w, k) => (w === '*' ? RESULT_WORDS.has(rest[k]!) : w === rest[k])),
  );
}

/**
 * The result of "und erhält damit folgende Fassung:" (the wording after the
 * colon, for the clause before), or undefined when the sentence is not one.
 *
 * The payload's build throws a SentenceError when no instruction before it names a clause.
 */
export function resultingWording(
  tokens: readonly InstructionToken[],
  start: number,
  ctx: SentenceContext,
): SentenceResult | undefined {
  const words = wordsBeforeColon(tokens);
  if (words === undefined || !fits(words)) return undefined;
  const clause = ctx.previousClause;
  return {
    kind: 'payload',
    nestable: false,
    build: (text) => {
      // (Refused only here: while the text before it is read, it is an instruction that ends that text.)
      if (clause === undefined || clause === '')
        throw new SentenceError(
          'the wording it results in needs the instruction before it, which names its clause',
          start,
        );
      return { kind: 'supersede', change: { op: 'rewrite', clause, new: text }, required: true, echo: true };
    },
  };
}
