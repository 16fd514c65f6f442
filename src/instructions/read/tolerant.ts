/**
 * Reading a sentence of a whole amendment document, where instructions sit
 * inside prose: minutes ("Rh. Kaminski (FDP) beantragt, den Punkt 1 des
 * Antrags wie folgt zu ändern:"), letters ("Wir beantragen daher eine
 * Ergänzung … um einen neuen Punkt 5 mit dem Inhalt:"), purpose clauses
 * ("…, um auch den „kleinen“ Fraktionen … zu ermöglichen").
 *
 * A sentence the strict reader understands is taken as it is. Otherwise its
 * instruction core is searched: a stretch between clause boundaries (a comma,
 * "beantragt", "dass", …) that reads as an instruction, where what is left
 * around it is quiet — no quotation, no instruction verb, no numbered clause
 * reference (a purpose or reason clause after the core may hold quotations).
 * A sentence without a core is prose and skipped when it is quiet as a whole;
 * one that shows the signs of an instruction (a verb of change with a place,
 * a quotation or a colon; a numbered clause reference as its subject) is an
 * error, never skipped: that is how nothing is dropped silently.
 *
 * @module
 */
import { ACTION_VERBS, IMPERATIVE_VERBS, VALUE_CHANGE_VERBS } from '../lexicon.js';
import { REFERENCE_NOUNS, WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import { isWordOf, type InstructionToken } from '../../references/tokens.js';

/** Words after which an instruction core may start ("… beantragt, …", "…, dass …"). */
const CORE_OPENERS: ReadonlySet<string> = new Set([
  'beantragt',
  'beantragen',
  'beantrage',
  'beschließen',
  'beschließt',
  'beschließe',
  'dass',
  'daß',
  'daher',
  'deshalb',
  'darum',
  'somit',
  'folglich',
]);

/** Subordinators that open a clause after the core which is prose ("…, um …", "…, weil …"). */
const TRAILING_CLAUSES: ReadonlySet<string> = new Set([
  'um',
  'weil',
  'damit',
  'da',
  'denn',
  'sodass',
  'wobei',
  'zumal',
]);

/** Auxiliaries at which a core may start after an adverbial phrase in front. */
const AUXILIARIES: ReadonlySet<string> = new Set(['wird', 'werden']);

/** Prepositions that open an adverbial phrase in front of the auxiliary ("Auf Anregung von …", "Nach Aussprache …"). */
const FRONT_PREPOSITIONS: ReadonlySet<string> = new Set(['auf', 'nach', 'gemäß', 'laut', 'entsprechend', 'aufgrund']);

/** At most this many start and end candidates are tried per sentence (so a hostile sentence stays linear). */
const MAX_CANDIDATES = 8;

/** Longer sentences are not searched for a core (they are read strictly). */
const MAX_SEARCH_TOKENS = 400;

/** Whether a token is a number or a clause label ("3", "3a", "b", "II"). */
function isLabelWord(tok: InstructionToken | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && /^(?:\d{1,4}[a-z]?|[a-z]{1,2}|[ivxlc]{1,6})$/iu.test(tok.text);
}

/** A clause reference with its number ("Ziffer 3", "§ 4", "Nr. 1", "Satz 2") starts at `i`. */
export function numberedReferenceAt(tokens: readonly InstructionToken[], i: number): boolean {
  const tok = tokens[i];
  if (tok === undefined || tok.kind !== 'word') return false;
  const noun = REFERENCE_NOUNS.get(tok.lower);
  if (noun === undefined) return false;
  let j = i + 1;
  if (tokens[j]?.kind === 'punct' && tokens[j]!.text === '.') j += 1;
  const label = tokens[j];
  if (!isLabelWord(label)) return false;
  // "Buchstabe b" is numbered by its letter; any other noun by a number ("Punkt um" is prose).
  return /\d/u.test(label!.text) || noun.canonical === 'Buchstabe';
}

function isVerb(tok: InstructionToken): boolean {
  return tok.kind === 'word' && (ACTION_VERBS.has(tok.lower) || IMPERATIVE_VERBS.has(tok.lower));
}

/**
 * Whether `tokens` are quiet: nothing an instruction is made of — no
 * quotation, no instruction verb, no numbered clause reference.
 */
export function quiet(tokens: readonly InstructionToken[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    if (tok.kind === 'quote' || isVerb(tok) || numberedReferenceAt(tokens, i)) return false;
  }
  return true;
}

/** Forms of "fassen" that make "Beschluss …" the act of resolving. */
const RESOLVING_VERBS: ReadonlySet<string> = new Set(['gefasst', 'gefaßt', 'fassen', 'fasst', 'faßt']);

/** The indices of "Beschluss gefasst", "Beschluss zu fassen": the noun, "zu" and the verb. */
function resolvingAt(tokens: readonly InstructionToken[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || (t.lower !== 'beschluss' && t.lower !== 'beschlüsse' && t.lower !== 'beschluß')) return;
    const zu = tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.text === 'zu' ? 1 : 0;
    const verb = tokens[i + 1 + zu];
    if (verb?.kind === 'word' && RESOLVING_VERBS.has(verb.lower)) for (let k = i; k <= i + 1 + zu; k += 1) out.add(k);
  });
  return out;
}

/**
 * Whether an unreadable sentence shows the signs of an instruction, so that
 * skipping it could drop one: a verb of change together with a place (a
 * quotation, a numbered clause reference, the resolution named, or a colon
 * announcing text), a value change ("von „40 €“ auf „55 €“ angehoben"), or a
 * numbered clause reference as the subject ("Ziffer 3 wird verschoben").
 * "Beschluss gefasst" is the act of resolving ("Über diesen Punkt wurde unter
 * TO B Beschluss gefasst."): neither a place nor a verb of change.
 */
export function looksLikeInstruction(tokens: readonly InstructionToken[], endsWithColon: boolean): boolean {
  const resolving = resolvingAt(tokens);
  let verb = false;
  let place = endsWithColon;
  let valueChange = false;
  let von = false;
  let auf = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    if (resolving.has(i)) continue;
    if (tok.kind === 'quote') place = true;
    else if (tok.kind === 'word') {
      if (isVerb(tok)) verb = true;
      if (VALUE_CHANGE_VERBS.has(tok.lower)) valueChange = true;
      if (tok.lower === 'von') von = true;
      if (tok.lower === 'auf') auf = true;
      if (REFERENCE_NOUNS.has(tok.lower) || WHOLE_RESOLUTION_NOUNS.has(tok.lower)) place = true;
    }
  }
  if (verb && place) return true;
  if (valueChange && von && auf) return true;
  // "Ziffer 3 wird verschoben.", "In § 2 Nr. 1 …": a clause reference opens the sentence.
  let first = 0;
  for (;;) {
    const t = tokens[first];
    if (t === undefined || t.kind !== 'word' || !/^(?:in|im|nach|vor|zu|der|die|das)$/u.test(t.lower)) break;
    first += 1;
  }
  return (
    numberedReferenceAt(tokens, first) &&
    tokens.some((t) => t.kind === 'word' && /^(?:wird|werden|ist|sind)$/u.test(t.lower))
  );
}

/** Where an instruction core may start: the sentence start, after a comma, and after a word of {@link CORE_OPENERS}. */
function coreStarts(tokens: readonly InstructionToken[]): number[] {
  const starts = [0];
  for (let i = 0; i < tokens.length && starts.length < MAX_CANDIDATES; i += 1) {
    const tok = tokens[i]!;
    const opens =
      (tok.kind === 'punct' && (tok.text === ',' || tok.text === ':')) ||
      (tok.kind === 'word' && CORE_OPENERS.has(tok.lower));
    if (opens && i + 1 < tokens.length) starts.push(i + 1);
    // "Auf Anregung von Frau Meier wird das Wort „…“ gestrichen": after an adverbial phrase in front (a preposition
    // first), the core starts at its auxiliary.
    else if (i > 0 && isWordOf(tok, AUXILIARIES) && isWordOf(tokens[0], FRONT_PREPOSITIONS)) starts.push(i);
  }
  return starts;
}

/** Where an instruction core may end: the sentence end, and before ", um …", ", weil …". */
function coreEnds(tokens: readonly InstructionToken[]): number[] {
  const ends = [tokens.length];
  for (let i = tokens.length - 2; i > 0 && ends.length < MAX_CANDIDATES; i -= 1) {
    const tok = tokens[i]!;
    const next = tokens[i + 1]!;
    if (tok.kind === 'punct' && tok.text === ',' && next.kind === 'word' && TRAILING_CLAUSES.has(next.lower))
      ends.push(i);
  }
  return ends;
}

/** The instruction core found in a sentence: its token range and what reading it gave. */
export interface Core<R> {
  from: number;
  to: number;
  result: R;
}

/**
 * Searches the instruction core of a sentence the strict reader could not
 * read: the first stretch (earliest start, latest end) that `read` accepts
 * with quiet tokens before it and, after it, either nothing or a prose
 * clause without an instruction verb. `read` gives undefined for a stretch
 * that is not an instruction.
 */
export function findCore<R>(
  tokens: readonly InstructionToken[],
  read: (part: InstructionToken[]) => R | undefined,
): Core<R> | undefined {
  if (tokens.length > MAX_SEARCH_TOKENS) return undefined;
  const ends = coreEnds(tokens);
  for (const from of coreStarts(tokens)) {
    if (!quiet(tokens.slice(0, from))) break;
    for (const to of ends) {
      if (to <= from) continue;
      const after = tokens.slice(to);
      if (after.some(isVerb)) continue;
      const result = read(tokens.slice(from, to));
      if (result !== undefined) return { from, to, result };
    }
  }
  return undefined;
}
