/**
 * What the text after an announcement is: for one of the whole resolution
 * ("Der Beschlusstext wird wie folgt geändert:" / "… ergänzt:") a new wording
 * or an addition, decided by the announcing sentence's verbs; for several
 * clauses replaced together ("Die Punkte 1 – 3 des Antrags werden ersetzt
 * durch:", sentence/clause-range.ts) their new wording together, up to the
 * next instruction or skipped line — which must then be the amendment's only
 * instruction: one before or after it is refused, never dropped.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import type { Span } from '../../text/span.js';
import { ACTION_VERBS } from '../lexicon.js';
import { SentenceError } from '../sentence/result.js';
import { payloadExtent } from './payload.js';
import type { QuotedText } from './quoted-text.js';
import type { ReaderResult } from './reader-result.js';
import { unitsOf, type Unit } from './units.js';

/**
 * What the text after an announcement of the whole resolution is, by the sentence's verbs: an addition
 * ("ergänzt", "angefügt"), a new wording ("geändert", "neu gefasst", "ersetzt"), or — when its verbs say
 * both — a refusal that says why; `adds` (the construct that read it) decides when no verb does.
 */
export function announcedKind(
  tokens: readonly InstructionToken[],
  adds: boolean,
): 'append' | 'rewrite' | { reason: string } {
  let adding: string | undefined;
  let changing: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const action = ACTION_VERBS.get(t.lower);
    if (action === 'insert') adding ??= t.text;
    else if (action === 'rewrite' || action === 'replace') changing ??= t.text;
  }
  if (adding !== undefined && changing !== undefined)
    return {
      reason: `the sentence says both "${changing}" and "${adding}": the text after it may be a new wording of the whole resolution or an addition to it; pass { form: 'rewrite' } for a new wording, or name the place of the addition`,
    };
  if (adding !== undefined) return 'append';
  if (changing !== undefined) return 'rewrite';
  return adds ? 'append' : 'rewrite';
}

/** Why several clauses announced as replaced are refused when no new text follows. */
const CLAUSES_TEXT = 'the clauses it names need their new text after the colon (not instructions)';

/** Why several clauses replaced together are refused beside other instructions. */
const CLAUSES_ALONE =
  'a new text for several clauses together is read only as the one instruction of an amendment, and this one has others';

/**
 * Takes the text after the colon at `from` in unit `u` as the new wording of
 * `clauses` together (into `found.whole`); returns the units it took.
 *
 * @throws {SentenceError} when the text is missing or reads as instructions, or other instructions come before or after it
 */
export function clausesText(
  doc: QuotedText,
  { units, u, from, clauses }: { units: readonly Unit[]; u: number; from: number; clauses: string[] },
  [skipped, holds]: [readonly Span[], (unit: Unit) => boolean],
  found: ReaderResult,
  sentence: Span,
): number {
  const place = payloadExtent(doc, units, u, from, skipped, holds, false);
  const source = doc.text.slice(place.start, place.end);
  if (source.trim() === '' || holds({ start: place.start, end: place.end, item: false }))
    throw new SentenceError(CLAUSES_TEXT, from);
  const others = unitsOf(doc, place.end, doc.text.length).some(holds);
  if (others || found.changes.length > 0 || found.renumber.length > 0) throw new SentenceError(CLAUSES_ALONE, from);
  found.whole = { kind: 'rewrite', source, sentence, clauses };
  return place.consumed;
}
