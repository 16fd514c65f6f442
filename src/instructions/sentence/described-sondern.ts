/**
 * "nicht X, sondern Y" inside a dass-clause without quotes: "Satz 4 wird
 * dahin geändert, dass der Probebetrieb nicht bis Ende 2020, sondern bis Ende
 * 2021 verlängert werden soll." The clause describes the sentence again, so
 * its words around the pair (the subject before "nicht", the verbs after Y)
 * are no text; the pair alone is the change: X replaced by Y. X must then be
 * found exactly once in the addressed place (`applyAmendment` refuses a
 * passage it does not find or finds twice), which is what makes the reading
 * mechanical (issue 12: "X quoted or unique in the addressed clause").
 *
 * Where Y ends is read from the words, never guessed: Y is followed by the
 * clause's verbs, either a chain ending in an auxiliary ("verlängert werden
 * soll", "zu erheben ist") or only verbs ("… berichtet"), and Y has
 * exactly as many words as X ("nicht monatlich, sondern vierteljährlich
 * berichtet"). Anything else, and
 * "nicht nur …, sondern auch …" (no replacement at all), is left to the
 * descriptive-wish refusal.
 *
 * @module
 */
import { isWordOf, type InstructionToken } from '../../references/tokens.js';
import { isLowerCase } from '../../text/chars.js';

type Tok = InstructionToken;
type Word = Extract<Tok, { kind: 'word' }>;

/** Auxiliaries and modals that end a dass-clause's verb chain ("… verlängert werden soll"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'wird',
  'werden',
  'wurde',
  'ist',
  'sind',
  'soll',
  'sollen',
  'sollte',
  'kann',
  'können',
  'muss',
  'müssen',
  'möge',
  'mögen',
  'darf',
  'dürfen',
]);

/** At most this many words make X or Y, or the subject before "nicht". */
const MAX_WORDS = 8;

/** A verb of the clause: a word of lower-case letters ("verlängert", "zu"). */
function isVerbWord(t: Tok): boolean {
  return t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && isLowerCase(t.text[0]);
}

/** The words of `tokens` when all of them are words and there are 1 to {@link MAX_WORDS}, else undefined. */
function words(tokens: readonly Tok[]): Word[] | undefined {
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  return tokens.every((t): t is Word => t.kind === 'word') ? (tokens as Word[]) : undefined;
}

/** How many words of `after` the verbs take, read from its end; undefined when they do not end in an auxiliary. */
function auxiliaryChain(after: readonly Tok[]): number | undefined {
  let k = after.length;
  while (k > 0 && after[k - 1]!.kind === 'word' && AUXILIARIES.has((after[k - 1] as Word).lower)) k -= 1;
  if (k === after.length || k === 0 || !isVerbWord(after[k - 1]!)) return undefined;
  k -= 1;
  if (k > 0 && isWordOf(after[k - 1], 'zu')) k -= 1;
  return after.length - k;
}

/** A quotation token made of `run`'s words. */
function quoteOf(run: readonly Word[]): Tok {
  return {
    kind: 'quote',
    text: run.map((t) => t.text).join(' '),
    start: run[0]!.start,
    end: run[run.length - 1]!.end,
  };
}

/**
 * The replacement a quote-less dass-clause (`clause`: its tokens after
 * "dass") states with "nicht X, sondern Y", as the tokens „X“ durch „Y“
 * ersetzt; undefined when it states none that can be read from its words.
 */
export function describedReplacement(clause: readonly Tok[]): Tok[] | undefined {
  const body = clause[clause.length - 1]?.kind === 'punct' ? clause.slice(0, -1) : clause;
  const n = body.findIndex((t) => isWordOf(t, 'nicht'));
  const s = body.findIndex((t) => isWordOf(t, 'sondern'));
  if (n < 0 || s < n + 2 || isWordOf(body[n + 1], 'nur') || isWordOf(body[s + 1], 'auch')) return undefined;
  if (body.slice(n + 1).some((t, i) => i + n + 1 !== s && (isWordOf(t, 'nicht') || isWordOf(t, 'sondern'))))
    return undefined;
  // The subject before "nicht" is words only ("der geänderte Probebetrieb"), or nothing.
  if (n > 0 && words(body.slice(0, n)) === undefined) return undefined;
  const comma = body[s - 1]?.kind === 'punct' && body[s - 1]!.text === ',' ? 1 : 0;
  const old = words(body.slice(n + 1, s - comma));
  const after = body.slice(s + 1);
  if (old === undefined) return undefined;
  const chain = auxiliaryChain(after);
  const yLength = chain !== undefined ? after.length - chain : old.length;
  const neu = words(after.slice(0, yLength));
  const verbs = after.slice(yLength);
  // Y stands where X stood, word for word ("Ende 2020" → "Mitte 2021"): with a word more or less the words around
  // the pair could belong to X's neighbours in the base ("nicht zwei, sondern drei Mitglieder" → "drei Mitglieder
  // Mitglieder"), so another length is refused.
  if (neu === undefined || neu.length !== old.length) return undefined;
  if (chain === undefined && !verbs.every(isVerbWord)) return undefined;
  const x = quoteOf(old);
  const y = quoteOf(neu);
  if (x.text === y.text) return undefined;
  const at = body[s]!;
  return [
    x,
    { kind: 'word', text: 'durch', lower: 'durch', start: at.start, end: at.end },
    y,
    { kind: 'word', text: 'ersetzt', lower: 'ersetzt', start: at.start, end: at.end },
  ];
}
