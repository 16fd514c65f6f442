/**
 * "Dem § 4 Abs. 1 wird folgender Satz 2 angefügt": the appended sentence's
 * number must be one more than the sentences the addressed text holds — else
 * the amendment was written against another text, and it is refused naming
 * the sentence, never appended anyway (src/instructions/sentence/numbered-sentence.ts).
 *
 * @module
 */
import type { AmendmentReading } from '../instructions/read.js';
import { applyError } from '../instructions/read/excerpt.js';
import type { Resolution } from '../model.js';
import { listEnd } from '../references/after-list.js';
import { resolveAddress } from '../references/resolve.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Checks every numbered appended sentence of `reading` against `base`.
 *
 * @throws {InstructionError} naming the sentence when the number does not follow the addressed text's sentences
 */
export function checkSentenceNumbers(base: Resolution, reading: AmendmentReading, source: string): void {
  reading.amendment.changes.forEach((change, i) => {
    const number = reading.numbered.get(change);
    if (number === undefined || change.op !== 'insert') return;
    const address = resolveAddress(base, change.clause);
    if (address.kind !== 'clause') return;
    const own = splitSentences(address.clause.text.slice(address.scope.start, address.scope.end)).length;
    // An Absatz whose last sentence runs on through its list: the sentences after the list count too.
    const count = own + (address.narrowed ? 0 : (listEnd(address.clause)?.after.length ?? 0));
    if (count + 1 === number) return;
    throw applyError(
      source,
      reading.sources[i],
      `it appends Satz ${number}, but "${change.clause}" holds ${count} sentence${count === 1 ? '' : 's'}, so the appended sentence would be Satz ${count + 1}`,
    );
  });
}
