/**
 * Names of documents inside clause references: an abbreviation after the
 * reference ("§ 10 Abs. 1 GO", "Art. 3 GeschO") or a noun after "der"/"des"
 * ("§ 7 der Bundessatzung", "Ziffer 2 der Geschäftsordnung"). The reader
 * (read.ts) keeps the name on the reference (`Ref.document`) so that a caller
 * can tell a reference to another document from one to the base.
 *
 * @module
 */
import { isDigitRun, isLetter, isLowerCase } from '../text/chars.js';
import { isRomanLabel } from './labels.js';
import type { InstructionToken } from './tokens.js';
import { DOCUMENT_WORDS, WHOLE_RESOLUTION_NOUNS } from './nouns.js';

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

/** The longest participle phrase looked through before a document's noun. */
const MAX_ATTRIBUTE_TOKENS = 12;

/**
 * Where the document noun is that the phrase at `m` names: `m` itself
 * ("der Bundessatzung"), or the noun after a participle phrase ("der von der
 * ersten Tagung beschlossenen Geschäftsordnung": a phrase without verb,
 * quotation or punctuation, the word before the noun ending in "-en").
 */
export function documentNounAfter(tokens: readonly InstructionToken[], m: number): number | undefined {
  const first = tokens[m];
  if (first?.kind === 'word' && isDocumentNoun(first.lower)) return m;
  if (first?.kind !== 'word' || first.lower !== 'von') return undefined;
  for (let k = m + 1; k < tokens.length && k <= m + MAX_ATTRIBUTE_TOKENS; k += 1) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    const before = tokens[k - 1]!;
    if (isBareDocumentNoun(t) && before.kind === 'word' && isLowerCase(before.text[0]) && before.lower.endsWith('en'))
      return k;
  }
  return undefined;
}

/** A capitalised document noun standing alone after a reference ("§ 11 Abs. 2 Landessatzung", "OrgStatut"). */
export function isBareDocumentNoun(tok: InstructionToken): boolean {
  return tok.kind === 'word' && !isLowerCase(tok.text[0]) && isDocumentNoun(tok.lower);
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

/** Articles before a document named as the subject ("Die Hauptsatzung …", "Das Gesetz über …"). */
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das']);

/** The verbs that end a document named as the subject ("… vom 3. Juni 2010 (GVBl. S. 214), …, wird wie folgt geändert"). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(['wird', 'werden', 'erhält']);

/** Words that end a document's name inside its subject phrase: its date, its version, its citation. */
const NAME_STOPS: ReadonlySet<string> = new Set(['vom', 'in', 'zuletzt']);

/** The longest subject phrase read (a citation with a relative clause is some 40 tokens). */
const MAX_SUBJECT_TOKENS = 90;

/** A document named as the subject of an instruction: its name as written, and the token where the verb stands. */
export interface DocumentSubject {
  /** "Hauptsatzung der Stadt Talbrück", "Gesetz über Jugendfreizeiteinrichtungen". */
  name: string;
  /** The index of the finite verb after the subject phrase. */
  verb: number;
}

/**
 * A document named as the subject at the start of a sentence, with its date,
 * citation and amendment history, as amending statutes and Satzung motions
 * write it: "Die Geschäftsordnung wird wie folgt geändert:", "Das Gesetz über
 * Jugendfreizeiteinrichtungen in der Fassung der Bekanntmachung vom 3. Juni
 * 2010 (SächsGVBl. S. 214), das zuletzt durch Artikel 12 des Gesetzes vom …
 * geändert worden ist, wird wie folgt geändert:". The phrase runs from the
 * article to the first "wird"/"werden"/"erhält" outside brackets; it holds no
 * quotation. Undefined when the sentence does not open so.
 */
export function readDocumentSubject(tokens: readonly InstructionToken[]): DocumentSubject | undefined {
  // "Artikel 1 Das Gesetz über …": an article heading run into the sentence (extracted text).
  let i = articleHeadingLength(tokens);
  const article = tokens[i];
  if (article?.kind === 'word' && SUBJECT_ARTICLES.has(article.lower)) i += 1;
  // One adjective may precede the noun: "Die Sächsische Bauordnung".
  let head = i;
  if (!isDocumentHead(tokens[head]) && isDocumentHead(tokens[head + 1])) head += 1;
  if (!isDocumentHead(tokens[head])) return undefined;
  let depth = 0;
  let nameEnd: number | undefined;
  for (let n = head + 1; n < tokens.length && n < MAX_SUBJECT_TOKENS; n += 1) {
    const t = tokens[n]!;
    if (t.kind === 'quote') return undefined;
    if (t.kind === 'punct') {
      if (t.text === '(') depth += 1;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (t.text === ':' || t.text === ';') {
        if (depth === 0) return undefined;
      } else if (t.text === ',' && depth === 0) nameEnd ??= n;
      continue;
    }
    if (depth === 0 && SUBJECT_VERBS.has(t.lower)) {
      return { name: spellTokens(tokens.slice(head, nameEnd ?? n)), verb: n };
    }
    if (depth === 0 && NAME_STOPS.has(t.lower)) nameEnd ??= n;
  }
  return undefined;
}

/** The tokens of an article heading at the start ("Artikel 1", "Art. 2", "Artikel II"): 0 when there is none. */
function articleHeadingLength(tokens: readonly InstructionToken[]): number {
  const first = tokens[0];
  if (first?.kind !== 'word' || (first.lower !== 'artikel' && first.lower !== 'art')) return 0;
  const n = first.lower === 'art' && tokens[1]?.kind === 'punct' && tokens[1].text === '.' ? 2 : 1;
  const label = tokens[n];
  return label?.kind === 'word' && /^(?:\d{1,3}[a-z]?|[IVX]{1,6})$/u.test(label.text) ? n + 1 : 0;
}

function isDocumentHead(tok: InstructionToken | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && !isLowerCase(tok.text[0]!) && isDocumentNoun(tok.lower);
}

/** Words that end a document name written out after a reference ("… vom 28. November 2022 wird …"). */
const NAME_ENDS = new Set([
  'wird',
  'werden',
  'erhält',
  'erhalten',
  'lautet',
  'ist',
  'sind',
  'soll',
  'sollen',
  'bleibt',
  'bleiben',
]);

/**
 * Where a document name written out ends: before the verb, a quotation or a
 * colon, or a reference outside brackets. Its citation ("(GVOBl. M-V S. 118)")
 * and a clause on its amendment history (", die zuletzt durch Artikel 3 des
 * Gesetzes vom … geändert worden ist,") belong to the name.
 */
export function documentEnd(
  tokens: readonly InstructionToken[],
  from: number,
  isNoun: (at: number) => boolean,
): number {
  let n = from;
  let depth = 0;
  let history = false;
  while (n < tokens.length) {
    const t = tokens[n]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && (t.text === ':' || t.text === ';'))) break;
    if (t.kind === 'punct') {
      if (t.text === '(') depth += 1;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (t.text === ',' && depth === 0) {
        const next = tokens[n + 1];
        if (history) history = false;
        else if (next?.kind === 'word' && HISTORY_OPENERS.has(next.lower)) history = true;
        else break;
      }
    } else if (depth === 0 && !history && (NAME_ENDS.has(t.lower) || isNoun(n) || endsInInfinitive(tokens, n))) break;
    n += 1;
  }
  return n;
}

/** Infinitives of change after "zu" ("… der Geschäftsordnung wie folgt neu zu fassen"). */
const CHANGE_INFINITIVES: ReadonlySet<string> = new Set(['ändern', 'fassen', 'ergänzen', 'streichen', 'ersetzen']);

/**
 * Whether the words at `n` go on with the instruction rather than the name:
 * "wie folgt", "neu zu"/"neu gefasst", "zu ändern" ("§ 6 Abs. 1 der
 * Geschäftsordnung wie folgt neu zu fassen:"). "zu" alone stays in a name
 * ("Gesetz zu dem Übereinkommen …").
 */
function endsInInfinitive(tokens: readonly InstructionToken[], n: number): boolean {
  const word = (k: number): string | undefined => {
    const t = tokens[k];
    return t?.kind === 'word' ? t.lower : undefined;
  };
  const next = word(n + 1);
  switch (word(n)) {
    case 'wie':
      return next === 'folgt';
    case 'neu':
      return next === 'zu' || next === 'gefasst' || next === 'gefaßt';
    case 'zu':
      return next !== undefined && CHANGE_INFINITIVES.has(next);
    default:
      return false;
  }
}

/** Words that open a clause on a document's amendment history after its citation (", die zuletzt durch …", ", zuletzt geändert durch …"). */
const HISTORY_OPENERS: ReadonlySet<string> = new Set(['die', 'das', 'der', 'zuletzt', 'geändert']);

/**
 * Where the noun is of a part of the base named after a reference by what its
 * lead calls it ("Punkt 9 der textlichen Festsetzung" for a base that
 * resolves "… mit folgenden textlichen Festsetzungen:"): a capitalised noun at
 * `m`, or after one adjective in "-en", that is no document noun; undefined
 * otherwise. Whether the base's lead names it is decided against the base
 * (document-names.ts), so an unknown name is refused, never taken for the base.
 */
export function partNounAfter(
  tokens: readonly InstructionToken[],
  m: number,
  isNoun: (at: number) => boolean,
): number | undefined {
  const first = tokens[m];
  const adjective = first?.kind === 'word' && isLowerCase(first.text[0]) && first.lower.endsWith('en') ? 1 : 0;
  const noun = tokens[m + adjective];
  if (noun?.kind !== 'word' || isLowerCase(noun.text[0]) || !isLetter(noun.text[0]) || isNoun(m + adjective))
    return undefined;
  return isDocumentNoun(noun.lower) ? undefined : m + adjective;
}

/**
 * A paper cited by its number at `i` ("GRDrs 418/2022", "Vorlage 19/2021/0311",
 * "Drucksache 212/03"): a capitalised word, then a number of digit groups joined
 * by "/", "-" or "."; its name as written and the token after it.
 */
export function paperNumberAt(
  tokens: readonly InstructionToken[],
  i: number,
): { name: string; next: number } | undefined {
  const noun = tokens[i];
  if (noun?.kind !== 'word' || isLowerCase(noun.text[0]) || !isLetter(noun.text[0])) return undefined;
  let n = i + 1;
  if (!isDigits(tokens[n])) return undefined;
  n += 1;
  while (isJoiner(tokens[n]) && isDigits(tokens[n + 1]) && tokens[n]!.start === tokens[n - 1]!.end) n += 2;
  if (n === i + 2) return undefined;
  return { name: spellNumber(tokens.slice(i, n)), next: n };
}

function isDigits(tok: InstructionToken | undefined): boolean {
  return tok?.kind === 'word' && isDigitRun(tok.text, 6);
}

function isJoiner(tok: InstructionToken | undefined): boolean {
  return tok?.kind === 'punct' && (tok.text === '/' || tok.text === '-' || tok.text === '.');
}

/** "GRDrs 418/2022": the word, a space, the number without spaces. */
function spellNumber(tokens: readonly InstructionToken[]): string {
  return `${tokens[0]!.text} ${tokens
    .slice(1)
    .map((t) => t.text)
    .join('')}`;
}

/**
 * The document named after a connector at `j` (its article skipped, the name
 * at `m`): "der Bundessatzung", "der von der ersten Tagung beschlossenen
 * Geschäftsordnung", "der Satzung über … vom 28. November 2022", or a part of
 * the base named as its lead names it ("Punkt 9 der textlichen Festsetzung",
 * compared with the lead in document-names.ts); its name and the token after it.
 */
export function documentAfter(
  tokens: readonly InstructionToken[],
  j: number,
  m: number,
  nounAt: (tokens: readonly InstructionToken[], i: number) => unknown,
): { name: string; next: number } | undefined {
  const isNoun = (k: number): boolean => nounAt(tokens, k) !== undefined;
  const noun = documentNounAfter(tokens, m);
  if (noun !== undefined) {
    const end = documentEnd(tokens, noun + 1, isNoun);
    const from = DOCUMENT_WORDS.has(tokens[j]!.text.toLowerCase()) ? j : j + 1;
    return { name: spellTokens(tokens.slice(from, end)), next: end };
  }
  const genitive = tokens[j]!.text === 'der' || tokens[j]!.text === 'des';
  const part = genitive ? partNounAfter(tokens, m, isNoun) : undefined;
  const word = part === undefined ? undefined : tokens[part];
  if (part === undefined || word?.kind !== 'word' || WHOLE_RESOLUTION_NOUNS.has(word.lower)) return undefined;
  return { name: spellTokens(tokens.slice(m, part + 1)), next: part + 1 };
}

/**
 * A document named by its quoted title as the whole place of an instruction
 * sentence ("Ergänzen in „Gute Arbeit … Beschluss des 31. Landesjugendtreffens
 * …“:"): a word (its verb), "in", the quotation, a colon — nothing else. The
 * name is the quotation with its marks („…“), so that it is compared with the
 * base's title word for word (document-names.ts), never by its nouns.
 */
export function quotedDocumentPlace(
  tokens: readonly InstructionToken[],
): { name: string; verb: Extract<InstructionToken, { kind: 'word' }> } | undefined {
  const [verb, into, quote, colon] = tokens;
  if (tokens.length !== 4 || verb?.kind !== 'word' || into?.kind !== 'word' || quote?.kind !== 'quote')
    return undefined;
  if ((into.lower !== 'in' && into.lower !== 'im') || colon?.kind !== 'punct' || colon.text !== ':') return undefined;
  return quote.text.trim() === '' ? undefined : { name: `„${quote.text.trim()}“`, verb };
}
