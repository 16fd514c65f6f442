/**
 * Words appended to a text that ends a sentence ("Dem § 4 Absatz 1 Satz 1
 * werden die Wörter „nach Tarif“ angefügt", "… wird folgender Halbsatz
 * angefügt: „; dies gilt …“"): appended at the end they would stand after
 * the full stop ("Kräfte. nach Tarif"), while the clerk puts them before it.
 * Where they go relative to the mark is not said, so the instruction is
 * refused naming the sentence — never applied after the mark. A whole
 * sentence (a capital letter first) or a new paragraph is appended as read.
 *
 * @module
 */
import type { AmendmentReading } from '../instructions/read.js';
import { applyError } from '../instructions/read/excerpt.js';
import type { Resolution } from '../model.js';
import { indexClauses, resolveAddress } from '../references/resolve.js';
import { isLowerCase } from '../text/chars.js';

/** Closing quotes and brackets that may follow a sentence's mark. */
const CLOSERS = '\u201C\u201D"\'»«)';

/** Whether `text` ends a sentence: a full stop, "!" or "?" last (closing quotes and brackets aside). */
function endsSentence(text: string): boolean {
  let end = text.trimEnd().length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end -= 1;
  return end > 0 && '.!?'.includes(text[end - 1]!);
}

/** Whether `text` goes on a sentence rather than starting one: a small letter, a comma or a semicolon first. */
function continuesSentence(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first === ',' || first === ';' || isLowerCase(first);
}

/**
 * Refuses every appended insertion (no "after"/"before") of words that go on
 * a sentence into a text that ends with a sentence's mark.
 *
 * @throws {InstructionError} naming the sentence
 */
export function checkAppendedWords(base: Resolution, reading: AmendmentReading, source: string): void {
  const index = indexClauses(base.clauses);
  reading.amendment.changes.forEach((change, i) => {
    if (change.op !== 'insert' || change.after !== undefined || change.before !== undefined) return;
    if (change.part !== undefined || /^\s*\n/u.test(change.new) || !continuesSentence(change.new)) return;
    const address = resolveAddress(base, change.clause, index);
    if (address.kind !== 'clause') return;
    if (!endsSentence(address.clause.text.slice(address.scope.start, address.scope.end))) return;
    throw applyError(
      source,
      reading.sources[i],
      `the words „${change.new.trim()}“ would be appended after the mark that ends "${change.clause}"; say where they go ("nach dem Wort „…“", or "der Punkt am Ende wird durch … ersetzt")`,
    );
  });
}
