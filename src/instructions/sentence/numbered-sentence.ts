/**
 * A new sentence named with the number it will have: "Dem § 4 Abs. 1 wird
 * folgender Satz 2 angefügt: „…“", "Nach Satz 1 wird folgender Satz 2
 * eingefügt". The sentence is read as "folgender Satz …" and its change is
 * marked with the number: inserted after Satz k, the number must be k + 1
 * (checked here); appended, the addressed text must hold one sentence fewer —
 * `redline()` checks that against the base (src/pipeline/sentence-number.ts).
 * A number that does not fit is refused, never ignored.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError, type SentenceResult } from './result.js';

/** "folgender", "folgende", "neuer": the words before "Satz" that make it a new one. */
const NEW_SENTENCE_WORDS: ReadonlySet<string> = new Set(['folgender', 'folgende', 'neuer', 'neue']);

/** The tokens without the number after "folgender Satz", and that number. */
export function withoutSentenceNumber(tokens: readonly InstructionToken[]): {
  tokens: InstructionToken[];
  number: number | undefined;
} {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const [before, noun, label] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (before.kind !== 'word' || !NEW_SENTENCE_WORDS.has(before.lower)) continue;
    if (noun.kind !== 'word' || noun.lower !== 'satz' || label.kind !== 'word' || !/^\d{1,2}$/u.test(label.text))
      continue;
    return { tokens: [...tokens.slice(0, i + 1), ...tokens.slice(i + 2)], number: Number(label.text) };
  }
  return { tokens: [...tokens], number: undefined };
}

/** "Satz k" at the end of an insertion's clause: the sentence it goes after. */
const AFTER_SENTENCE = / Satz (\d{1,2})$/u;

/**
 * Marks the insertion of a numbered new sentence (or waits for its text):
 * `Satz n` after "Satz k" needs n = k + 1; appended, the number travels to the check against the base.
 *
 * @throws {SentenceError} when the sentence holds no single insertion, or the number does not follow Satz k
 */
export function markSentenceNumber(
  results: readonly SentenceResult[],
  number: number,
  start: number,
): SentenceResult[] {
  return results.map((r) => {
    if (r.kind === 'payload')
      return { ...r, build: (text: string) => markSentenceNumber([r.build(text)], number, start)[0]! };
    const change = r.kind === 'changes' && r.changes.length === 1 ? r.changes[0] : undefined;
    if (r.kind !== 'changes' || change?.op !== 'insert' || change.after !== undefined || change.before !== undefined)
      throw new SentenceError(`"Satz ${number}" is read only as a new sentence added to a text`, start);
    const after = AFTER_SENTENCE.exec(change.clause);
    if (after !== null && Number(after[1]) + 1 !== number)
      throw new SentenceError(
        `a sentence inserted after Satz ${after[1]} is Satz ${Number(after[1]) + 1}, not Satz ${number}`,
        start,
      );
    return after === null ? { ...r, sentenceNumber: number } : r;
  });
}
