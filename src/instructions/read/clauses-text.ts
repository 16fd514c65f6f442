/**
 * The new text of several clauses replaced together ("Die Punkte 1 – 3 des
 * Antrags werden ersetzt durch:" + a text, sentence/clause-range.ts): the
 * text after the colon, up to the next instruction or skipped line. It takes
 * the place of the clauses as a whole, so it must be the amendment's only
 * instruction: one before or after it is refused, never dropped.
 *
 * @module
 */
import type { Span } from '../../text/span.js';
import { SentenceError } from '../sentence/result.js';
import { payloadExtent } from './payload.js';
import type { QuotedText } from './quoted-text.js';
import type { ReaderResult } from './reader-result.js';
import { unitsOf, type Unit } from './units.js';

/** Why several clauses announced as replaced are refused when no new text follows. */
const CLAUSES_TEXT = 'the clauses it names need their new text after the colon (not instructions)';

/** Why several clauses replaced together are refused beside other instructions. */
const CLAUSES_ALONE =
  'a new text for several clauses together is read only as the one instruction of an amendment, and this one has others';

/**
 * The text after the colon at `from` in unit `u`, and the units it took.
 *
 * @throws {SentenceError} when the text is missing or reads as instructions, or other instructions come before or after it
 */
export function clausesText(
  doc: QuotedText,
  { units, u, from }: { units: readonly Unit[]; u: number; from: number },
  skipped: readonly Span[],
  holds: (unit: Unit) => boolean,
  found: ReaderResult,
): { source: string; consumed: number } {
  const place = payloadExtent(doc, units, u, from, skipped, holds, false);
  const source = doc.text.slice(place.start, place.end);
  if (source.trim() === '' || holds({ start: place.start, end: place.end, item: false }))
    throw new SentenceError(CLAUSES_TEXT, from);
  const others = unitsOf(doc, place.end, doc.text.length).some(holds);
  if (others || found.changes.length > 0 || found.renumber.length > 0) throw new SentenceError(CLAUSES_ALONE, from);
  return { source, consumed: place.consumed };
}
