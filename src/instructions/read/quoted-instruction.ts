/**
 * An instruction that minutes print wholly inside quotation marks, as the
 * resolution put to the vote: "Es wird gebeten zu beschließen:" / „Der
 * Beschluss vom 04.03.2019 wird in Satz 4 dahin geändert, dass …“. Quoted,
 * it would be new text; its marks are taken off (blanked, so offsets stay)
 * when all of these hold:
 *
 * - the paragraph is that one quotation (it opens the paragraph's first line
 *   and closes its last);
 * - the line above it is a lead that ends with a colon ("… möge
 *   beschließen:", "Es wird gebeten zu beschließen:") — the place a
 *   resolution's text stands, never an instruction's payload colon;
 * - the quoted text opens like an instruction: a place ("Ziffer 3", "In § 4")
 *   or the resolution itself ("Der Beschluss …") first, an instruction verb
 *   in it.
 *
 * A new wording of the whole resolution in quotes after a lead ("Der Rat
 * möge beschließen: „Die Verwaltung wird beauftragt …“") opens with neither,
 * and stays quoted.
 *
 * @module
 */
import { RESOLUTION_PHRASES } from '../../parse/markers.js';
import { WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import type { QuoteSpan } from '../../text/quotes.js';

/** "Ziffer 3 …", "In § 4 …", "Der Beschluss …", "Der Beschlussvorschlag der Verwaltung …": an instruction's opening. */
const PLACE_OPENING =
  /^(?:(?:In|Im|Nach|Der|Die|Das)[ \t]+)?(?:Ziffer|Punkt|Nr\.|Nummer|Buchstabe|§|Absatz|Satz|Abschnitt)[ \t]*\d/u;

/** The verbs of an instruction, as a whole word anywhere in the quoted text. */
const INSTRUCTION_VERB =
  /(?<![\p{L}\p{N}])(?:gestrichen|ersetzt|eingefügt|angefügt|gefasst|gefaßt|geändert|modifiziert|ergänzt|entfällt|aufgehoben)(?![\p{L}\p{N}])/u;

/** Whether `content` opens like an instruction (see the module comment). */
function opensInstruction(content: string): boolean {
  const text = content.trimStart();
  if (!INSTRUCTION_VERB.test(text)) return false;
  if (PLACE_OPENING.test(text)) return true;
  const words = text.slice(0, 80).split(/[ \t\n]+/u, 2);
  return (
    words.length === 2 && /^(?:Der|Die|Das)$/u.test(words[0]!) && WHOLE_RESOLUTION_NOUNS.has(words[1]!.toLowerCase())
  );
}

/** The last line with text before offset `at`, trimmed: the lead stands right above the quotation. */
function lineBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end -= 1;
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
}

/** Whether `line` is a lead ending in a colon ("… möge beschließen:"). */
function isLead(line: string): boolean {
  if (!line.endsWith(':')) return false;
  const lower = line.toLowerCase().replace(/\s+/gu, ' ');
  return RESOLUTION_PHRASES.some((phrase) => {
    const at = lower.lastIndexOf(phrase.replace(/:$/u, ''));
    return at >= 0 && lower.length - at - phrase.length <= 24;
  });
}

/** Whether only white space lies between `from` and the line break (or end) after it. */
function lineEndsAt(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\n') return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return true;
}

/** Whether only white space lies between the line break (or start) before `to` and `to`. */
function lineStartsAt(text: string, to: number): boolean {
  for (let i = to - 1; i >= 0; i -= 1) {
    if (text[i] === '\n') return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return true;
}

/**
 * `text` with the marks of every quoted instruction after a lead blanked
 * (see the module comment); the same text when there is none.
 *
 * @param quotes - the top-level quotations of `text`
 */
export function unquoteInstructions(text: string, quotes: readonly QuoteSpan[]): string {
  let out: string[] | undefined;
  for (const q of quotes) {
    if (!lineStartsAt(text, q.start) || !lineEndsAt(text, q.end)) continue;
    if (!isLead(lineBefore(text, q.start))) continue;
    if (!opensInstruction(text.slice(q.contentStart, q.contentEnd))) continue;
    out ??= text.split('');
    out[q.start] = ' ';
    out[q.end - 1] = ' ';
  }
  return out === undefined ? text : out.join('');
}
