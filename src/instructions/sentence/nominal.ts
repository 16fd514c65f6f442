/**
 * An addition said as a noun: "(Wir beantragen daher) eine Ergänzung der
 * Vorlage um einen neuen Punkt 5 mit dem Inhalt:" — read as the infinitive it
 * stands for, "um einen neuen Punkt 5 zu ergänzen:". What is added to may be
 * named between "Ergänzung" and "um": the resolution ("des Antrags") or the
 * paper by its number ("der GRDrs 418/2022", a document name compared with
 * the base like any other, src/references/document-names.ts); anything else
 * leaves the sentence as it is (and unread).
 *
 * @module
 */
import { WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import { paperNumberAt } from '../../references/documents.js';
import type { InstructionToken } from '../../references/tokens.js';

/** The nouns of the addition ("Ergänzung"). */
const ADDITION_NOUNS: ReadonlySet<string> = new Set(['ergänzung']);

/** Articles before the noun and inside the genitive. */
const ARTICLES: ReadonlySet<string> = new Set(['eine', 'die', 'einer', 'der', 'des']);

/** The words that name the text after the colon ("mit dem (folgenden) Inhalt", "mit folgendem Wortlaut"). */
const CONTENT_WORDS: ReadonlySet<string> = new Set(['mit', 'dem', 'folgenden', 'folgendem', 'inhalt', 'wortlaut']);

const word = (tok: InstructionToken | undefined, words: ReadonlySet<string>): boolean =>
  tok?.kind === 'word' && words.has(tok.lower);

/** The tokens with "eine Ergänzung … um X mit dem Inhalt" read as "um X zu ergänzen" (unchanged when they say no such thing). */
export function withoutNominalAddition(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  let i = word(tokens[0], ARTICLES) ? 1 : 0;
  const noun = tokens[i];
  if (!word(noun, ADDITION_NOUNS)) return tokens;
  i += 1;
  const um = tokens.findIndex((t, k) => k >= i && t.kind === 'word' && t.lower === 'um');
  if (um < 0 || !namesTheBase(tokens.slice(i, um))) return tokens;
  let end = tokens.length;
  if (tokens[end - 1]?.kind === 'punct' && tokens[end - 1]!.text === ':') end -= 1;
  let content = end;
  while (content > um + 1 && word(tokens[content - 1], CONTENT_WORDS)) content -= 1;
  const said = tokens.slice(content, end).map((t) => (t.kind === 'word' ? t.lower : ''));
  if (content < end && (said[0] !== 'mit' || !said.some((w) => w === 'inhalt' || w === 'wortlaut'))) return tokens;
  const at = noun!;
  const verb: InstructionToken[] = [
    { kind: 'word', text: 'zu', lower: 'zu', start: at.start, end: at.end },
    { kind: 'word', text: 'ergänzen', lower: 'ergänzen', start: at.start, end: at.end },
  ];
  return [...tokens.slice(um, content), ...verb, ...tokens.slice(end)];
}

/** Whether the words between "Ergänzung" and "um" name the resolution, its paper by number, or nothing. */
function namesTheBase(between: readonly InstructionToken[]): boolean {
  if (between.length === 0) return true;
  if (!word(between[0], ARTICLES)) return false;
  if (between.length === 2 && word(between[1], WHOLE_RESOLUTION_NOUNS)) return true;
  return paperNumberAt(between, 1)?.next === between.length;
}
