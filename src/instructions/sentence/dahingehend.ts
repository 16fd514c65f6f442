/**
 * The dass-clause of a change: "den Antrag dahingehend zu ändern, dass
 * „mindestens“ durch „möglichst“ ersetzt wird", "Ziffer 2 wird dahin
 * geändert, dass …". The words from "dahingehend" to "dass" only announce the
 * change the dass-clause states, so they are left out and the rest is read as
 * the instruction. A dass-clause without a quotation describes what the text
 * should say instead of giving its wording ("… dahingehend ergänzt, dass die
 * Verwaltung prüfen soll"): a descriptive wish, refused as such — unless
 * it states a replacement with "nicht X, sondern Y" (described-sondern.ts).
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { describedReplacement } from './described-sondern.js';
import { SentenceError } from './result.js';

/** Words that announce a dass-clause stating the change ("dahingehend", "dahin", "dergestalt"). */
const ANNOUNCERS: ReadonlySet<string> = new Set(['dahingehend', 'dahin', 'dergestalt']);

/** The conjunction of the clause ("dass", old spelling "daß"). */
const DASS: ReadonlySet<string> = new Set(['dass', 'daß']);

/** The tokens without "dahingehend … , dass" (or unchanged when the sentence has none). */
export function withoutDahingehend(tokens: readonly InstructionToken[], start: number): readonly InstructionToken[] {
  const from = tokens.findIndex((t) => t.kind === 'word' && ANNOUNCERS.has(t.lower));
  if (from < 0) return tokens;
  const to = tokens.findIndex((t, i) => i > from && t.kind === 'word' && DASS.has(t.lower));
  if (to < 0) return tokens;
  if (!tokens.slice(to + 1).some((t) => t.kind === 'quote')) {
    const pair = describedReplacement(tokens.slice(to + 1));
    if (pair !== undefined) return [...tokens.slice(0, from), ...pair];
    throw new SentenceError(
      'a descriptive wish ("dahingehend …, dass …" without the new wording in quotes) says what the text should mean, not its wording; no clerk can apply it mechanically — give the wording in quotes („…“)',
      start,
    );
  }
  return [...tokens.slice(0, from), ...tokens.slice(to + 1)];
}
