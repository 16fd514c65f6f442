/**
 * A block of text in place of several clauses ("Die Punkte 1 – 3 des Antrags
 * werden ersetzt durch:" + an intro line and its list, sentence/clauses-block.ts)
 * becomes a new wording of those clauses together, which `redline()` builds
 * (src/pipeline/clause-range.ts). It takes their place as a whole, so it must
 * be the amendment's only instruction: one before or after it is refused,
 * never dropped.
 *
 * @module
 */
import type { Span } from '../../text/span.js';
import { SentenceError } from '../sentence/result.js';
import type { QuotedText } from './quoted-text.js';
import type { ReaderResult, WholeText } from './reader-result.js';
import { unitsOf, type Unit } from './units.js';
import { LINE_PEEK } from './payload.js';

/** Why a block in place of several clauses is refused beside other instructions. */
const CLAUSES_ALONE =
  'a new text in place of several clauses together is read only as the one instruction of an amendment, and this one has others';

/**
 * The whole-text reading of a block in place of `clauses`; `sentence` spans
 * the announcing sentence and its text.
 *
 * @throws {SentenceError} when other instructions come before or after it
 */
export function clausesWhole(
  doc: QuotedText,
  { clauses, text }: { clauses: string[]; text: string },
  sentence: Span,
  holds: (unit: Unit) => boolean,
  found: ReaderResult,
): WholeText {
  const others = unitsOf(doc, sentence.end, doc.text.length).some(holds) || lineHolds(doc, sentence, holds);
  if (others || found.changes.length > 0 || found.renumber.length > 0)
    throw new SentenceError(CLAUSES_ALONE, sentence.start);
  return { kind: 'rewrite', source: text, sentence, clauses };
}

/**
 * Whether a line of the block after the announcing sentence's line reads as
 * an instruction ("… 2. Die Wiese zu mähen.\n\nZiffer 4 wird gestrichen."):
 * the text after the colon may run over it, so it is checked line by line.
 */
function lineHolds(doc: QuotedText, sentence: Span, holds: (unit: Unit) => boolean): boolean {
  const text = doc.text;
  for (let nl = text.indexOf('\n', sentence.start); nl !== -1 && nl < sentence.end; nl = text.indexOf('\n', nl + 1)) {
    if (doc.insideQuote(nl)) continue;
    const start = doc.skipGaps(nl + 1, sentence.end);
    if (start >= sentence.end) break;
    const end = text.indexOf('\n', start);
    const lineEnd = end === -1 || end > sentence.end ? sentence.end : end;
    if (holds({ start, end: Math.min(lineEnd, start + LINE_PEEK), item: false })) return true;
  }
  return false;
}
