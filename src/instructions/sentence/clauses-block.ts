/**
 * Several clauses replaced by one block of text: "Die Punkte 1. – 3. des
 * Antrags werden ersetzt durch:" + a text that opens with an intro line of
 * its own before its items ("Der Magistrat wird beauftragt:\n1. … 2. …").
 * Such a text is no new wording of each clause (several-units.ts reads that
 * one, when the text holds exactly the clauses' labels): it takes the place
 * of the clauses as one block — the resolution's lead kept — which
 * src/pipeline/clause-range.ts builds.
 *
 * The block reading holds only when the text says so by its shape, never by
 * a guess: its first line carries no label and ends with a colon, and the
 * next line starts a list with its first label ("1.", "a)"). Any other text
 * without the clauses' labels stays refused.
 *
 * @module
 */
import { firstLabelLike, scanLineLabel } from '../../parse/labels.js';
import type { SentenceResult } from './result.js';

/** The lines of `text` that hold words. */
function wordLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether `text` opens with an intro line ending in a colon, followed by a list from its first label. */
export function opensWithIntro(text: string): boolean {
  const [intro, first] = wordLines(text);
  if (intro === undefined || first === undefined) return false;
  if (scanLineLabel(intro) !== undefined || !intro.endsWith(':')) return false;
  const label = scanLineLabel(first)?.label;
  return label !== undefined && firstLabelLike(label) === label;
}

/** The result for a block of `text` in place of `clauses` (references as written by formatRef). */
export function clausesBlock(clauses: string[], text: string): SentenceResult {
  return { kind: 'clauses', clauses, text };
}
