/**
 * An instruction reading completed and checked against the base: the steps
 * only the base can decide (articles that change other documents, places
 * inside a bill's quoted text, struck Absatz labels, echoes of a resulting
 * wording, continued sentences, numbered places, sentence numbers, sub-items
 * a new wording leaves open, "jeweils" and "am Ende"). One chain for both
 * ways an amendment is read as instructions — detected (`detect-form.ts`)
 * or forced with `{ form: 'instructions' }` (`run.ts`) — so forcing the form
 * never skips a check.
 *
 * @module
 */
import type { AmendmentWithRenumbering, Diagnostic, Resolution } from '../model.js';
import { parseAmendment, readAmendmentText, type AmendmentReading } from '../instructions/read.js';
import { checkAddedText } from './added-text.js';
import { checkDocuments } from './base-document.js';
import { readPastReprints } from './current-wording.js';
import { checkEchoes } from './echo.js';
import { continueSentences } from './continuation.js';
import { withoutOwnHeadings } from './own-heading.js';
import { checkNumberedPlaces } from './numbered-place.js';
import { scopeArticles } from './articles.js';
import { everyOccurrence } from './every.js';
import { atEnd } from './at-end.js';
import { checkSentenceNumbers } from './sentence-number.js';
import { checkAppendedWords } from './appended-words.js';
import { checkSubItems } from './sub-items.js';
import { checkListLeads } from './list-lead.js';
import { resolveQuotedPlaces } from './quoted-place.js';
import { strikeLabels } from './label-strike.js';
import { withoutReprints } from './reprints.js';

/** A reading checked against the base: the final reading, its amendment, and the warnings of articles set aside. */
export interface BaseReading {
  reading: AmendmentReading;
  amendment: AmendmentWithRenumbering;
  warnings: Diagnostic[];
}

/**
 * Completes `reading` of `source` against `base`.
 *
 * @throws {InstructionError} naming the sentence a step refuses
 */
export function readAgainstBase(
  base: Resolution,
  reading: AmendmentReading,
  source: string,
  title: () => string | undefined,
): BaseReading {
  // An amending statute's articles that change other documents are set aside, with a warning each.
  const scoped = scopeArticles(reading, source, title);
  const read = withoutOwnHeadings(
    continueSentences(
      base,
      checkEchoes(base, strikeLabels(base, resolveQuotedPlaces(base, scoped.reading, source), source), source),
      source,
    ),
  );
  checkNumberedPlaces(base, read, source);
  checkSentenceNumbers(base, read, source);
  checkAppendedWords(base, read, source);
  checkSubItems(base, read, source);
  checkListLeads(base, read, source);
  const amendment = atEnd(base, everyOccurrence(base, withoutReprints(base, read, source), read.every), read, source);
  return { reading: read, amendment, warnings: scoped.warnings };
}

/**
 * An amendment read as instructions because the caller said so
 * (`{ form: 'instructions' }`): read and checked against the base like a
 * detected one, only without weighing other forms.
 *
 * @throws {InstructionError} naming the sentence that cannot be read or that a check refuses
 */
export function forcedInstructions(base: Resolution, text: string, title: () => string | undefined): BaseReading {
  const { reading, text: source } = readPastReprints(base, text, readAmendmentText);
  const { changes, renumber = [] } = reading.amendment;
  // A new wording of the whole, or no instruction at all: parseAmendment says why (it throws).
  if (reading.whole !== undefined || (changes.length === 0 && renumber.length === 0))
    return { reading, amendment: parseAmendment(text), warnings: [] };
  const checked = readAgainstBase(base, reading, source, title);
  checkAddedText(base, checked.amendment, checked.reading, source);
  checkDocuments(checked.reading, source, title, base.lead);
  return checked;
}
