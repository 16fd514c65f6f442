/**
 * A sentence that changes the title of the amended document itself
 * (`part: 'title'`, `clause: ''`): "Der Titel wird wie folgt gefasst: „…“",
 * "Die Bezeichnung des Gesetzes erhält folgende Fassung: „…“", "Im Titel wird
 * das Wort „X“ durch „Y“ ersetzt", "Titel ändern in: …". The words naming the
 * title are taken out, the rest is read as the instruction it is — of the
 * whole document, never of the context a heading or an enclosing sentence
 * set — and each of its changes then addresses the title. The base must hold
 * a title (`Resolution.title`); planning says so when it has none.
 *
 * "Der Titel des § 3" is the heading of § 3 (sentence/heading.ts reads it as
 * "Die Überschrift des § 3"). A title change joined with another place, or one
 * that names a place in its rest, is refused.
 *
 * @module
 */
import type { Change } from '../../model.js';
import { isDocumentNoun } from '../../references/documents.js';
import { readReference } from '../../references/read.js';
import type { InstructionToken } from '../../references/tokens.js';
import { elements } from './elements.js';
import { changesResult, payloadResult, SentenceError, type SentenceContext, type SentenceResult } from './result.js';
import { rolesOf } from './roles.js';
import { onPart } from './heading.js';

/** Nouns naming a document's title. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(['titel', 'bezeichnung', 'kurzbezeichnung', 'gesetzesbezeichnung']);

/** The genitive articles of "die Bezeichnung des Gesetzes / der Satzung". */
const OF_DOCUMENT: ReadonlySet<string> = new Set(['des', 'der']);

/** Articles before the noun. */
const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'den', 'dem']);

/** The prepositions of "Im Titel …", "In der Bezeichnung des Gesetzes …". */
const IN_WORDS: ReadonlySet<string> = new Set(['in', 'im']);

/** Verbs that announce instructions ("wie folgt geändert:") rather than a new wording ("Titel ändern in: …" has "in"). */
const ANNOUNCING: ReadonlySet<string> = new Set(['geändert', 'ändern', 'ergänzt', 'ergänzen']);

/** The nouns of "durch die folgende Überschrift / Fassung ersetzt": a new wording. */
const NEW_WORDING_NOUNS: ReadonlySet<string> = new Set(['überschrift', 'fassung', 'bezeichnung', 'titel']);

/** Words before such a noun. */
const NEW_WORDING_WORDS: ReadonlySet<string> = new Set([
  'die',
  'den',
  'das',
  'folgende',
  'folgenden',
  'nachstehende',
  'neue',
]);

/** Words joining the title to another place. */
const JOINERS: ReadonlySet<string> = new Set(['und', 'sowie', 'oder']);

const word = (t: InstructionToken | undefined): string | undefined => (t?.kind === 'word' ? t.lower : undefined);

/** What a sentence that opens with a title noun names: the title (with the words after it), a heading, or neither. */
export type TitleWords =
  { kind: 'title'; rest: InstructionToken[] } | { kind: 'heading'; tokens: InstructionToken[] } | undefined;

/**
 * Reads the words naming the document's title at the start of a sentence:
 * the rest of the sentence without them, or — for "Der Titel des § 3" — the
 * sentence with "Titel" read as "Überschrift"; undefined when the sentence
 * does not open with a title.
 * @throws {SentenceError} for a title joined with another place
 */
export function titleWords(tokens: readonly InstructionToken[]): TitleWords {
  let i = 0;
  if (IN_WORDS.has(word(tokens[i]) ?? '')) i += 1;
  if (ARTICLES.has(word(tokens[i]) ?? '')) i += 1;
  const noun = tokens[i];
  // "Die Überschrift" of no unit is never taken for the document's title: the unit an earlier sentence announced
  // ("§ 2 wird wie folgt geändert:") may be meant, and its context does not always reach this far (heading.ts reads
  // or refuses it). The title is "Der Titel", "Die Bezeichnung des Gesetzes".
  if (noun === undefined || !TITLE_NOUNS.has(word(noun) ?? '')) return undefined;
  // "Im Titel" and "in dem Titel" only with "in"; "Titel ändern in:" without an article.
  if (word(tokens[0]) === 'im' && i !== 1) return undefined;
  let next = i + 1;
  // "Der Titel des § 3": the heading of a unit, which sentence/heading.ts reads.
  const of = OF_DOCUMENT.has(word(tokens[next]) ?? '') ? next + 1 : next;
  if (word(noun) === 'titel' && of > next && readReference(tokens, of) !== undefined) {
    const { start, end } = noun;
    const heading: InstructionToken = { kind: 'word', text: 'Überschrift', lower: 'überschrift', start, end };
    return { kind: 'heading', tokens: [...tokens.slice(0, i), heading, ...tokens.slice(i + 1)] };
  }
  // "Die Bezeichnung des Gesetzes / der Satzung": one noun after the article; not "die Bezeichnung „Ortsvorsteher“"
  // (quoted words called a Bezeichnung) nor a Bezeichnung of nothing named (left to the reader).
  if (word(noun) !== 'titel' && (of === next || tokens[of]?.kind !== 'word')) return undefined;
  if (of > next) {
    // Only the title of a document („des Gesetzes“, „der Satzung“, „des Gesetzentwurfs“): „die Bezeichnung der
    // Behörde“ or „der Titel des Projekts“ is a name in the text, which no title change may touch.
    const owner = word(tokens[of]) ?? '';
    if (!isDocumentNoun(owner) && !/entwurf(?:e?s)?$/u.test(owner))
      throw new SentenceError(
        `„${noun.text} ${tokens[next]!.text} ${tokens[of]?.text ?? ''}“ names no document whose title this reader changes`,
        noun.start,
      );
    next = of + 1;
  }
  if (tokens[next]?.kind === 'quote')
    throw new SentenceError(
      'a title named by its words („der Titel „…““) is not read; write „Der Titel wird …“',
      noun.start,
    );
  const after = tokens[next];
  if (JOINERS.has(word(after) ?? '') || (after?.kind === 'punct' && after.text === ','))
    throw new SentenceError(
      'the title joined with another place („der Titel und …“) is not read; write one instruction for each',
      noun.start,
    );
  return { kind: 'title', rest: tokens.slice(next) };
}

/** How the rest of a sentence is read (sentence/read.ts `readSentence`). */
type ReadRest = (tokens: readonly InstructionToken[], start: number, ctx: SentenceContext) => SentenceResult;

/**
 * What a sentence says of the document's title, read without its title words
 * (`rest`): each text change it makes, of the whole document, gets
 * `part: 'title'` (a title struck as a whole loses its words).
 * @throws {SentenceError} for a result that cannot concern the title
 */
export function readTitle(
  rest: InstructionToken[],
  start: number,
  ctx: SentenceContext,
  read: ReadRest,
): SentenceResult {
  // The title is the document's, whatever clause a heading or an enclosing sentence set as the context.
  const { context: _context, reasoned: _reasoned, every: _every, ...own } = ctx;
  if (replacedByNewWording(rest)) {
    const quotes = rest.filter((t) => t.kind === 'quote');
    if (quotes.length === 1) return changesResult([newTitle(quotes[0]!.text)]);
    if (quotes.length === 0 && own.external) return payloadResult(newTitle);
    throw new SentenceError('a new title needs exactly one quoted text', start);
  }
  const roles = rolesOf(elements(rest, start), start, own);
  // "Der Titel wird gestrichen": the title loses its words.
  const strikes = roles.verbs.length > 0 && roles.verbs.every((v) => v.action === 'delete');
  if (strikes && roles.quotes.length === 0 && roles.groups.length === 0) return changesResult([newTitle('')]);
  // A new wording: of the title, where the reader takes one of no place for the whole resolution's.
  const rewrites = roles.verbs.length > 0 && roles.verbs.every((v) => v.action === 'rewrite');
  // "Der Titel wird wie folgt geändert:" announces instructions for the title, not its new wording.
  const announces = roles.verbs.some((v) => ANNOUNCING.has(v.word)) && !rest.some((t) => word(t) === 'in');
  if (rewrites && announces)
    throw new SentenceError('a title changed by a list of instructions is not read; write „Im Titel wird …“', start);
  if (rewrites && roles.groups.length === 0) {
    const payloads = roles.quotes.filter((q) => q.cue === 'plain' || q.cue === 'colon' || q.cue === 'new');
    if (payloads.length !== roles.quotes.length || payloads.length > 1)
      throw new SentenceError('a new title needs exactly one quoted text', start);
    if (payloads.length === 1) return changesResult([newTitle(payloads[0]!.text)]);
    if (own.external) return payloadResult(newTitle);
    throw new SentenceError('a new title needs the text in quotes or after a colon', start);
  }
  return onPart(read(rest, start, own), start, 'the title', titleChange);
}

/** "wird durch die folgende Überschrift ersetzt": the words after "durch" name a new wording, not a passage. */
function replacedByNewWording(rest: readonly InstructionToken[]): boolean {
  const at = rest.findIndex((t) => word(t) === 'durch');
  if (at < 0) return false;
  let j = at + 1;
  while (NEW_WORDING_WORDS.has(word(rest[j]) ?? '')) j += 1;
  return NEW_WORDING_NOUNS.has(word(rest[j]) ?? '') && /^ersetz/u.test(word(rest[j + 1]) ?? '');
}

/** The new wording of the title: its words as quoted, without the sentence's full stop after the quotation. */
function newTitle(text: string): Change {
  return { op: 'rewrite', clause: '', new: text.trim(), part: 'title' };
}

function titleChange(change: Change, refuse: (why?: string) => never): Change {
  if (change.op === 'removeClause' && change.clause === '')
    return { op: 'rewrite', clause: '', new: '', part: 'title' };
  if (change.op === 'removeClause' || change.op === 'addClause' || change.part !== undefined) return refuse();
  if (change.clause !== '')
    return refuse(
      `the sentence names the title and another place („${change.clause}“); write one instruction for each`,
    );
  return { ...change, part: 'title' };
}
