/**
 * The first step of reading a sentence: its tokens become elements —
 * quotations with the role their preposition gives them ("durch „…“" is new
 * text, "nach „…“" an anchor), clause references with theirs, verbs,
 * separators. Every word must be known (lexicon.ts, filler-words.ts,
 * src/references/nouns.ts); any other word is an error, never a guess.
 *
 * @module
 */
import {
  ACTION_VERBS,
  COPULA_WORDS,
  CUE_WORDS,
  FOLLOWING_WORDS,
  NEW_MARKERS,
  PASSAGE_NOUNS,
  PAYLOAD_KINDS,
  PUNCTUATION_NOUNS,
  RENUMBER_WORDS,
  UNSUPPORTED_WORDS,
  type Action,
  type Cue,
} from '../lexicon.js';
import { FILLER_WORDS } from '../filler-words.js';
import { ECHO_WORDS, PLACE_PRONOUNS, REMAIN_VERBS, UNCHANGED_WORDS } from '../place-words.js';
import {
  AND_WORDS,
  LAST_WORDS,
  ORDINALS,
  REFERENCE_NOUNS,
  WHOLE_RESOLUTION_NOUNS,
  type Noun,
} from '../../references/nouns.js';
import { readReference, type RefRead } from '../../references/read.js';
import { RefSyntaxError, type Ref } from '../../references/ref.js';
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError } from './result.js';
import { glossEnd } from './gloss.js';
import { valueChangeOf, valueRole, type ValueChange } from './value-change.js';

/** The role of a quotation: given by a preposition, or by a colon before it, or none. */
export type QuoteCue = Cue | 'colon' | 'plain';

/** One element of a sentence. */
export type Elem =
  | { e: 'quote'; text: string; cue: QuoteCue; occurrence?: number; start: number }
  | { e: 'refs'; refs: Ref[]; cue: Cue | undefined; isNew: boolean; start: number }
  | { e: 'newClause'; noun: Noun; start: number }
  | { e: 'payloadKind'; kind: 'sentence' | 'paragraph' }
  | { e: 'verb'; action: Action; word: string; start: number }
  | { e: 'whole'; start: number }
  | { e: 'copula'; start: number }
  | { e: 'renum' }
  | { e: 'following' }
  | { e: 'colon'; start: number }
  /** "bleibt unverändert": the place stays as it is. */
  | { e: 'unchanged'; start: number }
  /** "Für Satz 1 wird eingesetzt: „…“": the text takes the place of the clause named after "für". */
  | { e: 'for'; start: number }
  /** "würde … lauten": the sentence shows the result (an echo). */
  | { e: 'echo' }
  /** "Er …" at the start: the place of the sentence before. */
  | { e: 'pronoun'; start: number }
  | { e: 'sep' };

/** A quotation (or a punctuation noun: "ein Komma") with its role. */
export type QuoteElem = Extract<Elem, { e: 'quote' }>;
/** A group of clause references with their role. */
export type RefsElem = Extract<Elem, { e: 'refs' }>;
/** A verb and the action it names. */
export type VerbElem = Extract<Elem, { e: 'verb' }>;

/** What the words read so far say about the next quotation or reference. */
interface Pending {
  /** The preposition before it. */
  cue: Cue | undefined;
  /** "folgende", "neue": it names a new clause. */
  isNew: boolean;
  /** "der zweite", "letzte", "2.": which occurrence. */
  ordinal: number | 'last' | undefined;
  /** Where that ordinal stands (for errors). */
  ordinalAt: number;
  /** A colon came before (a quotation after it is the payload). */
  afterColon: boolean;
  /** "die nachfolgenden …" was read (a clause noun after it names the following clauses). */
  sawFollowing: boolean;
  /** The sentence's value change ("… von „40 €“ auf „55 €“ angehoben"), if it is one. */
  value: ValueChange | undefined;
  /** "Im Leitantrag" was just read: a quotation right after it is the document's title. */
  title: boolean;
}

/** The elements of one sentence (`sentenceStart` is its offset, for errors). */
export function elements(tokens: readonly InstructionToken[], sentenceStart: number): Elem[] {
  const out: Elem[] = [];
  const pending: Pending = {
    cue: undefined,
    isNew: false,
    ordinal: undefined,
    ordinalAt: 0,
    afterColon: false,
    sawFollowing: false,
    title: false,
    value: valueChangeOf(tokens),
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    const title = pending.title && tok.kind === 'quote';
    pending.title = false;
    if (title) continue;
    const gloss = glossEnd(tokens, i, out[out.length - 1]?.e === 'refs');
    if (gloss !== undefined) {
      i = gloss;
      continue;
    }
    if (tok.kind === 'quote') {
      out.push(quotation(tok, pending));
      continue;
    }
    if (tok.kind === 'punct') {
      punctuation(tok, pending, out);
      continue;
    }
    if (infinitiveParticle(tokens, i)) continue;
    // "von „A“ bis „B“": the passage from A to B, as an elided quotation „A […] B“ names it.
    const head = out[out.length - 1];
    const tail = tokens[i + 1];
    if (tok.kind === 'word' && tok.lower === 'bis' && tokens[i - 1]?.kind === 'quote' && tail?.kind === 'quote') {
      if (head?.e !== 'quote')
        throw new SentenceError('"bis „…“" needs the passage\'s first words before it', tok.start);
      head.text = `${head.text} […] ${tail.text}`;
      i += 1;
      continue;
    }
    if (i === 0 && tok.kind === 'word' && tok.lower === 'für' && tokens[1]?.kind === 'word') {
      out.push({ e: 'for', start: tok.start });
      continue;
    }
    if (i === 0 && tok.kind === 'word' && PLACE_PRONOUNS.has(tok.lower)) {
      out.push({ e: 'pronoun', start: tok.start });
      continue;
    }
    if (numericOrdinal(tokens, i, pending)) {
      i += 1;
      continue;
    }
    const unsupported = UNSUPPORTED_WORDS.get(tok.lower);
    if (unsupported !== undefined) throw new SentenceError(unsupported, tok.start);
    const next = reference(tokens, i, pending, out);
    if (next !== undefined) {
      i = next - 1;
      continue;
    }
    word(tok, pending, out);
  }
  if (out.length === 0) throw new SentenceError('the sentence holds no instruction', sentenceStart);
  return out;
}

function quotation(tok: Extract<InstructionToken, { kind: 'quote' }>, pending: Pending): QuoteElem {
  if (pending.cue === 'in')
    throw new SentenceError('a quotation cannot be the place of an instruction ("in „…“"); name the clause', tok.start);
  if (pending.ordinal === 'last')
    throw new SentenceError(
      '"letzte" for a passage (its last occurrence) is not supported; count the occurrence ("das zweite Wort „…“")',
      pending.ordinalAt,
    );
  const elem: QuoteElem = { e: 'quote', text: tok.text, cue: quoteCue(pending), start: tok.start };
  if (typeof pending.ordinal === 'number') elem.occurrence = pending.ordinal;
  pending.cue = undefined;
  pending.isNew = false;
  pending.ordinal = undefined;
  return elem;
}

function quoteCue(pending: Pending): QuoteCue {
  return pending.cue ?? (pending.afterColon ? 'colon' : 'plain');
}

function punctuation(tok: Extract<InstructionToken, { kind: 'punct' }>, pending: Pending, out: Elem[]): void {
  if (tok.text === ':') {
    out.push({ e: 'colon', start: tok.start });
    pending.afterColon = true;
  } else if (tok.text === ',' || tok.text === ';') {
    out.push({ e: 'sep' });
  }
}

/** "zu" before an infinitive ("… um eine Nr. 8 zu ergänzen"): a particle of the verb, not the preposition "zu". */
function infinitiveParticle(tokens: readonly InstructionToken[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  return tok.kind === 'word' && tok.lower === 'zu' && next?.kind === 'word' && ACTION_VERBS.has(next.lower);
}

/** "der 2. Spiegelstrich", "das 2. Wort": a numeric ordinal (the number and its dot are read). */
function numericOrdinal(tokens: readonly InstructionToken[], i: number, pending: Pending): boolean {
  const tok = tokens[i]!;
  const dot = tokens[i + 1];
  const noun = tokens[i + 2];
  if (
    tok.kind === 'word' &&
    isDigitWord(tok.lower) &&
    dot?.kind === 'punct' &&
    dot.text === '.' &&
    noun?.kind === 'word' &&
    (PASSAGE_NOUNS.has(noun.lower) || REFERENCE_NOUNS.has(noun.lower))
  ) {
    pending.ordinal = Number(tok.lower);
    pending.ordinalAt = tok.start;
    return true;
  }
  return false;
}

function isDigitWord(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}

/** A reference phrase at `i` (or a reference noun without a number); the index after it, or undefined when there is none. */
function reference(tokens: readonly InstructionToken[], i: number, pending: Pending, out: Elem[]): number | undefined {
  const tok = tokens[i]!;
  if (tok.kind !== 'word') return undefined;
  let read: RefRead | undefined;
  try {
    read = readReference(tokens, i, pending.ordinal);
  } catch (error) {
    if (error instanceof RefSyntaxError)
      throw new SentenceError(`the reference cannot be read: ${error.message}`, error.at);
    throw error;
  }
  if (read === undefined) return undefined;
  if (read.kind === 'refs') {
    out.push(references(read.refs, tok.start, pending));
  } else if (read.noun.kind === 'clause' && (pending.isNew || pending.sawFollowing)) {
    if (pending.isNew) out.push({ e: 'newClause', noun: read.noun, start: tok.start });
    pending.isNew = false;
  } else if (PAYLOAD_KINDS.has(tok.lower)) {
    out.push({ e: 'payloadKind', kind: PAYLOAD_KINDS.get(tok.lower)! });
    pending.isNew = false;
  } else if (read.noun.kind === 'line') {
    throw new SentenceError(`"${tok.text}" needs a line number ("Zeile 12")`, tok.start);
  } else {
    throw new SentenceError(`"${tok.text}" needs a number ("${read.noun.canonical} 3")`, tok.start);
  }
  return read.next;
}

function references(refs: Ref[], start: number, pending: Pending): RefsElem {
  if (refs.some((r) => r.line !== undefined && (r.parts.length > 0 || r.sentence !== undefined))) {
    throw new SentenceError(
      'a line number addresses the numbered text on its own; write "In Zeile 12 …" without a clause, sentence or paragraph',
      start,
    );
  }
  if (pending.isNew && refs.some((r) => r.line !== undefined))
    throw new SentenceError(
      'a new line cannot be added; insert text after a line ("Nach Zeile 20 wird eingefügt: „…“")',
      start,
    );
  const elem: RefsElem = { e: 'refs', refs, cue: pending.cue, isNew: pending.isNew, start };
  pending.cue = undefined;
  pending.isNew = false;
  pending.ordinal = undefined;
  return elem;
}

/** Any other word: it names a role, an action, or nothing — or it is unknown, and the sentence an error. */
function word(tok: Extract<InstructionToken, { kind: 'word' }>, pending: Pending, out: Elem[]): void {
  const lower = tok.lower;
  if (pending.value !== undefined && valueWord(tok, pending, out)) return;
  const mark = PUNCTUATION_NOUNS.get(lower);
  if (mark !== undefined) {
    // "ein Komma": a passage like a quoted one.
    out.push({ e: 'quote', text: mark, cue: quoteCue(pending), start: tok.start });
    pending.cue = undefined;
    return;
  }
  const action = ACTION_VERBS.get(lower);
  if (action !== undefined) {
    out.push({ e: 'verb', action, word: lower, start: tok.start });
    return;
  }
  const cue = CUE_WORDS.get(lower);
  if (cue !== undefined) {
    pending.cue = cue;
    return;
  }
  if (WHOLE_RESOLUTION_NOUNS.has(lower)) {
    out.push({ e: 'whole', start: tok.start });
    // "Im Leitantrag „Mobilität für alle“ …": the quotation right after it is the document's title.
    pending.title = pending.cue === 'in';
    pending.cue = undefined;
    return;
  }
  const n = ORDINALS.get(lower);
  if (n !== undefined || LAST_WORDS.has(lower)) {
    pending.ordinal = n ?? 'last';
    pending.ordinalAt = tok.start;
    return;
  }
  if (!markerWord(tok, pending, out)) {
    throw new SentenceError(
      `the word "${tok.text}" is not part of any instruction phrasing this reader understands`,
      tok.start,
    );
  }
}

/** A word of a value change (value-change.ts): its verb, the cue of the new value, or a word naming the value. */
function valueWord(tok: Extract<InstructionToken, { kind: 'word' }>, pending: Pending, out: Elem[]): boolean {
  const role = valueRole(tok, pending.value!);
  if (role === 'verb') out.push({ e: 'verb', action: 'replace', word: tok.lower, start: tok.start });
  else if (role === 'new') pending.cue = 'new';
  return role !== undefined;
}

/** Words that mark what follows or join parts ("folgende", "nachfolgenden", "Wort", "und", "wird", "nummeriert", fillers). */
function markerWord(tok: Extract<InstructionToken, { kind: 'word' }>, pending: Pending, out: Elem[]): boolean {
  const lower = tok.lower;
  if (FOLLOWING_WORDS.has(lower)) {
    out.push({ e: 'following' });
    pending.sawFollowing = true;
  }
  if (NEW_MARKERS.has(lower)) {
    pending.isNew = true;
    return true;
  }
  if (FOLLOWING_WORDS.has(lower)) return true;
  if (PASSAGE_NOUNS.has(lower)) {
    const kind = PAYLOAD_KINDS.get(lower);
    if (kind !== undefined) out.push({ e: 'payloadKind', kind });
    pending.isNew = false;
    return true;
  }
  if (ECHO_WORDS.has(lower)) out.push({ e: 'echo' });
  else if (UNCHANGED_WORDS.has(lower)) out.push({ e: 'unchanged', start: tok.start });
  else if (REMAIN_VERBS.has(lower)) return true;
  else if (AND_WORDS.has(lower)) out.push({ e: 'sep' });
  else if (COPULA_WORDS.has(lower)) out.push({ e: 'copula', start: tok.start });
  else if (RENUMBER_WORDS.has(lower)) out.push({ e: 'renum' });
  else return FILLER_WORDS.has(lower);
  return true;
}
