/**
 * A new title of the law, bill or statute itself ("Der Titel wird wie folgt
 * gefasst: „…“", "Die Bezeichnung des Gesetzes erhält folgende Fassung"). The
 * resolution this library reads holds no title of its own: the document's
 * title line stands outside it (`parseMotion` reads it as the motion's
 * title), so there is no place to apply the change to. Refused with that
 * reason, never guessed onto the lead or a first paragraph (lead decision,
 * wave 7: a title is applied only where the base holds it in one
 * identifiable place, which no base read so far does).
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError } from './result.js';

/** Nouns naming a document's title. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(['titel', 'bezeichnung', 'kurzbezeichnung', 'gesetzesbezeichnung']);

/** The genitive articles of "die Bezeichnung des Gesetzes / der Satzung". */
const OF_DOCUMENT: ReadonlySet<string> = new Set(['des', 'der']);

/** Articles before the noun. */
const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'den']);

/**
 * Throws when the sentence's subject is the document's title ("Der Titel …",
 * "Die Bezeichnung des Gesetzes …"); returns otherwise.
 * @throws {SentenceError} naming why a title change is not applied
 */
export function refuseTitle(tokens: readonly InstructionToken[]): void {
  let i = 0;
  const word = (t: InstructionToken | undefined): string | undefined => (t?.kind === 'word' ? t.lower : undefined);
  if (ARTICLES.has(word(tokens[i]) ?? '')) i += 1;
  const noun = tokens[i];
  if (noun === undefined || !TITLE_NOUNS.has(word(noun) ?? '')) return;
  // "Der Titel …", "Die Bezeichnung des Gesetzes …"; not "Die Bezeichnung „Ortsvorsteher“ wird … ersetzt" (quoted
  // words called a Bezeichnung) nor a Bezeichnung of nothing named (left to the reader's "names no place" refusal).
  if (word(noun) !== 'titel' && !OF_DOCUMENT.has(word(tokens[i + 1]) ?? '')) return;
  throw new SentenceError(
    `a new title of the document („${noun.text}“) has no place in the resolution this library reads (the title line stands outside it); apply it by hand`,
    noun.start,
  );
}
