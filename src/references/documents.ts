/**
 * Names of documents inside clause references: an abbreviation after the
 * reference ("§ 10 Abs. 1 GO", "Art. 3 GeschO") or a noun after "der"/"des"
 * ("§ 7 der Bundessatzung", "Ziffer 2 der Geschäftsordnung"). The reader
 * (read.ts) keeps the name on the reference (`Ref.document`) so that a caller
 * can tell a reference to another document from one to the base.
 *
 * @module
 */
import { isLetter, isLowerCase } from '../text/chars.js';
import { isRomanLabel } from './labels.js';
import type { InstructionToken } from './tokens.js';

/** Endings of the nouns that name a statute or rule book, in the forms that follow "der"/"des". */
const DOCUMENT_ENDINGS: readonly string[] = [
  'satzung',
  'ordnung',
  'statut',
  'statuts',
  'gesetz',
  'gesetzes',
  'vertrag',
  'vertrages',
  'vertrags',
  'richtlinie',
  'richtlinien',
  'vereinbarung',
];

/** Whether `lower` (a lower-case word) names a document: "bundessatzung", "geschäftsordnung", "gemeindeordnung". */
export function isDocumentNoun(lower: string): boolean {
  return DOCUMENT_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * Whether `word` reads as a document abbreviation ("GO", "GeschO", "HS",
 * "BauGB"): two to eight letters, upper case first, at least two capitals,
 * and not a roman numeral (which would be a label: "Ziffer II").
 */
export function isDocumentAbbreviation(word: string): boolean {
  if (word.length < 2 || word.length > 8 || isRomanLabel(word)) return false;
  let capitals = 0;
  for (const ch of word) {
    if (!isLetter(ch)) return false;
    if (!isLowerCase(ch)) capitals += 1;
  }
  return capitals >= 2 && !isLowerCase(word[0]!);
}

/** Tokens written back as text: words spaced, punctuation attached ("Hohenfeld (Büchereigebührensatzung) vom 28. November"). */
export function spellTokens(tokens: readonly InstructionToken[]): string {
  let out = '';
  for (const t of tokens) {
    const attach = t.kind === 'punct' && t.text !== '(' && t.text !== '„';
    const afterOpen = out.endsWith('(') || out.endsWith('„');
    out += out === '' || attach || afterOpen ? t.text : ` ${t.text}`;
  }
  return out;
}
