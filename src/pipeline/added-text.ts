/**
 * A check of added text against the base: an addition ("Der Beschlusstext
 * wird wie folgt ergänzt:") whose text begins by reprinting a clause of the
 * base word for word says two things at once — that it adds, and that it
 * restates — and no clerk can tell where the new text goes or whether the
 * restated part replaces the rest. That is an error, never a guess.
 *
 * @module
 */
import { InstructionError } from '../errors.js';
import type { AmendmentWithRenumbering, Clause, Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { splitSentences } from '../text/sentences.js';
import { preorder } from '../tree.js';
import { foldSpaces } from '../text/normalize.js';

/** Shorter base sentences may recur in new text by chance. */
const MIN_SENTENCE = 40;

/** Throws when an added text (new clause or appended text) reprints a base sentence of some length. */
export function checkAddedText(
  base: Resolution,
  amendment: AmendmentWithRenumbering,
  reading: AmendmentReading,
  source: string,
): void {
  const sentences = new Map<string, Clause>();
  for (const clause of preorder(base.clauses)) {
    for (const s of splitSentences(clause.text)) {
      const t = foldSpaces(clause.text.slice(s.start, s.end));
      if (t.length >= MIN_SENTENCE && !sentences.has(t)) sentences.set(t, clause);
    }
  }
  if (sentences.size === 0) return;
  // A clause struck and added anew after itself ("§ 7 erhält folgende Fassung: „§ 7 … (1) …“") replaces it: a reprint is expected.
  const struck = new Set(amendment.changes.flatMap((c) => (c.op === 'removeClause' ? [c.clause] : [])));
  amendment.changes.forEach((change, i) => {
    if (change.op !== 'addClause' && change.op !== 'insert') return;
    if (change.op === 'addClause' && change.after !== undefined && struck.has(change.after)) return;
    const added = foldSpaces(change.new);
    for (const [sentence, clause] of sentences) {
      // Text of a clause the amendment strikes, added elsewhere, is moved (a struck Absatz label: its text becomes the unit's).
      if (!added.includes(sentence) || struck.has(clause.id)) continue;
      const span = reading.sources[i] ?? { start: 0, end: 0 };
      const said = foldSpaces(source.slice(span.start, span.end));
      throw new InstructionError(
        said,
        span.start,
        `Cannot read the instruction „${said}“ (offset ${span.start}): the text it adds reprints the base word for word („${sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence}“), so it is unclear whether it adds new text, and where, or replaces the base; write the addition without the reprinted text, or give the new wording of the whole resolution.`,
      );
    }
  });
}
