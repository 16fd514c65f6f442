/**
 * The wording a change results in ("Absatz 9 wird um folgende Regelung
 * ergänzt … und erhält damit folgende Fassung: …",
 * src/instructions/sentence/resulting-wording.ts) stands in place of the
 * change only when the two agree: the wording is the base clause with the
 * added text in one place, word for word (marks and spaces aside). The
 * addition need not say where its text goes — the wording shows it, and it is
 * what a clerk follows. A label the wording opens with is taken off (a page
 * that rendered the clause as a list prints "1." for the base's "9."), since
 * the agreement shows it is no word of the clause.
 *
 * Anything else is refused, naming the sentence: a wording that differs from
 * the base in more than the added text, or lacks it, or changes before it
 * other than one addition without a place.
 *
 * @module
 */
import type { Change, Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { sentenceError } from '../instructions/read/excerpt.js';
import { scanLineLabel } from '../parse/labels.js';
import { indexClauses, resolveAddress, type ClauseIndex } from '../references/resolve.js';
import { isWordChar } from '../text/chars.js';
import { mapChanges } from './map-changes.js';

/** The words of `s` (runs of word characters), in order. */
function words(s: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of s) {
    if (isWordChar(ch)) word += ch;
    else if (word !== '') {
      out.push(word);
      word = '';
    }
  }
  if (word !== '') out.push(word);
  return out;
}

/** How many items `a` and `b` share at their starts (`fromEnd`: at their ends). */
function shared(a: readonly string[], b: readonly string[], fromEnd: boolean): number {
  let n = 0;
  const at = (xs: readonly string[], k: number): string | undefined => (fromEnd ? xs[xs.length - 1 - k] : xs[k]);
  while (n < a.length && n < b.length && at(a, n) === at(b, n)) n += 1;
  return n;
}

/**
 * Whether `added` stands in `wording` in a place where the rest of `wording`
 * is `base` (where, when it could be several, does not matter: the wording is
 * the same).
 */
function addsIn(wording: readonly string[], base: readonly string[], added: readonly string[]): boolean {
  if (added.length === 0 || wording.length !== base.length + added.length) return false;
  const prefix = shared(wording, base, false);
  const suffix = shared(wording, base, true);
  for (let i = Math.max(0, base.length - suffix); i <= Math.min(prefix, base.length); i += 1)
    if (added.every((w, k) => wording[i + k] === w)) return true;
  return false;
}

/** The wording without the label it opens with, if any. */
function unlabelled(text: string): string {
  const trimmed = text.trimStart();
  const read = scanLineLabel(trimmed);
  return read === undefined ? text.trim() : trimmed.slice(read.textStart).trim();
}

/** Why the wording and the changes it replaces do not agree, or undefined when they do. */
function disagreement(
  base: Resolution,
  index: ClauseIndex,
  wording: string,
  replaced: readonly Change[],
): string | undefined {
  const addition = replaced.length === 1 ? replaced[0]! : undefined;
  if (addition?.op !== 'insert' || addition.after !== undefined || addition.before !== undefined)
    return 'the wording it results in is checked only against one addition without a place before it';
  const address = resolveAddress(base, addition.clause, index);
  if (address.kind !== 'clause' || address.narrowed) return `"${addition.clause}" is no whole clause of the base`;
  if (addsIn(words(wording), words(address.clause.text), words(addition.new))) return undefined;
  return `the wording it results in is not the text of ${addition.clause} with the added text in one place`;
}

/**
 * The reading with each resulting wording checked against the changes it
 * replaces, its opening label taken off.
 *
 * @throws {InstructionError} naming the sentence when they do not agree
 */
export function checkEchoes(base: Resolution, reading: AmendmentReading, source: string): AmendmentReading {
  if (reading.echoes.size === 0) return reading;
  const index = indexClauses(base.clauses);
  return mapChanges(reading, (change, k) => {
    const replaced = reading.echoes.get(change);
    if (replaced === undefined || change.op !== 'rewrite') return change;
    const wording = unlabelled(change.new);
    const why = disagreement(base, index, wording, replaced);
    if (why !== undefined) throw sentenceError(source, reading.sources[k]!, why);
    return wording === change.new ? change : { ...change, new: wording };
  });
}
