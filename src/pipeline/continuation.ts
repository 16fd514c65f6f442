/**
 * An addition that opens with an ellipsis for the kept text: "Der
 * Beschlussvorschlag wird ergänzt: „(…) und empfiehlt, …“". "(…)" stands for
 * the text as it is, so what follows continues its last sentence: the final
 * full stop of the last clause (of the resolution, or of the clause named)
 * goes and the added words follow, with their paragraphs and list as written.
 *
 * Only when that reading is certain: the added words start in lower case (a
 * capital after "(…)" may open a new sentence or a new paragraph, which is
 * not said), and the last clause's text ends with a full stop. Otherwise the
 * sentence is refused.
 *
 * @module
 */
import type { Change, Clause, Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { sentenceError } from '../instructions/read/excerpt.js';
import { shapeNewText } from '../instructions/read/payload.js';
import { resolveAddress } from '../references/resolve.js';
import type { Span } from '../text/span.js';
import { isLetter, isLowerCase, isWhitespace } from '../text/chars.js';
import { scanQuotes } from '../text/quotes.js';
import { preorder } from '../tree.js';
import { occurrenceCount } from './occurrences.js';
import { mapChanges } from './map-changes.js';

/** "(…)", "(...)", "[…]", "[...]" or "…" at the start of the added text, and the space after it. */
const KEPT_TEXT = /^(?:\((?:…|\.{3})\)|\[(?:…|\.{3})\]|…)\s+/u;

/** The last clause of `clauses` in document order (the deepest last one). */
function lastOf(clauses: readonly Clause[]): Clause | undefined {
  const all = preorder(clauses);
  return all[all.length - 1];
}

/** The added text as written in the source (its list and paragraphs), from the quotation in the sentence. */
function writtenText(source: string, span: Span, folded: string): string {
  const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  for (const q of scanQuotes(source.slice(span.start, span.end)).quotes) {
    const content = source.slice(span.start + q.contentStart, span.start + q.contentEnd);
    if (fold(content) === fold(folded)) return content;
  }
  return folded;
}

/** The change that continues the last sentence of the place `change` adds to, or the reason it cannot. */
function continued(base: Resolution, change: Extract<Change, { op: 'insert' }>, written: string): Change | string {
  const address = resolveAddress(base, change.clause);
  if (address.kind === 'whole') return continuedIn(base, lastOf(base.clauses), written);
  if (address.kind !== 'clause' || address.narrowed) return `"${change.clause}" is no whole clause of the base`;
  return continuedIn(base, lastOf([address.clause]), written);
}

function continuedIn(base: Resolution, last: Clause | undefined, written: string): Change | string {
  const rest = shapeNewText(written.trim().replace(KEPT_TEXT, ''));
  if (!isLetter(rest[0]) || !isLowerCase(rest[0]))
    return 'after "(…)" the added text starts with a capital: whether it continues the last sentence, opens a new one or a new paragraph is not said';
  const text = last?.text.trimEnd() ?? '';
  if (last === undefined || !text.endsWith('.'))
    return 'after "(…)" the added text continues the last sentence, but the text it continues does not end with a full stop';
  let from = text.length;
  while (from > 0 && !isWhitespace(text[from - 1])) from -= 1;
  const old = text.slice(from);
  const change: Change = { op: 'replace', clause: last.id, old, new: `${old.slice(0, -1)} ${rest}` };
  const count = occurrenceCount(base, change);
  return count === undefined || count <= 1 ? change : { ...change, occurrence: count };
}

/**
 * The reading with each addition that opens with "(…)" turned into the
 * continuation of the last sentence it adds to.
 *
 * @throws {InstructionError} naming the sentence when that reading is not certain
 */
export function continueSentences(base: Resolution, reading: AmendmentReading, source: string): AmendmentReading {
  const starts = (c: Change): boolean =>
    c.op === 'insert' && c.after === undefined && c.before === undefined && KEPT_TEXT.test(c.new.trim());
  if (!reading.amendment.changes.some(starts)) return reading;
  return mapChanges(reading, (change, k) => {
    if (!starts(change) || change.op !== 'insert') return change;
    const span = reading.sources[k]!;
    const made = continued(base, change, writtenText(source, span, change.new));
    if (typeof made === 'string') throw sentenceError(source, span, made);
    return made;
  });
}
