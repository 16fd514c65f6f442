/**
 * A sentence that changes a heading (`part: 'heading'`) instead of a clause's
 * text: "In der Überschrift [des § 10] werden die Wörter „…“ gestrichen",
 * "Die Überschrift [des § 10] wird wie folgt gefasst: „…“", "Die Überschrift
 * wird gestrichen", "§ 10 erhält folgende Überschrift: „…“". The words naming
 * the heading are taken out, the rest is read as the instruction it is (its
 * place: the reference after "des"/"von", else the clause of the sentence's
 * context), and each of its changes then addresses that clause's heading. A
 * heading struck as a whole loses its words; the unit stays.
 *
 * Anything else that names a heading ("nach der Überschrift", "die
 * Überschrift „…“" naming one by its words, a list of headings) is refused:
 * it is a place no reference here can find.
 *
 * @module
 */
import type { Change } from '../../model.js';
import { readReference } from '../../references/read.js';
import type { InstructionToken } from '../../references/tokens.js';
import { elements } from './elements.js';
import { changesResult, SentenceError, type SentenceContext, type SentenceResult } from './result.js';
import { rolesOf, singleClause, targetOf } from './roles.js';

/** The noun naming a heading. */
const HEADING_NOUNS: ReadonlySet<string> = new Set(['überschrift']);

/** Articles and prepositions that may stand between "Überschrift" and the reference it belongs to ("des § 10"). */
const OF_WORDS: ReadonlySet<string> = new Set(['des', 'der', 'von', 'vom']);

/** Articles before "Überschrift". */
const ARTICLES: ReadonlySet<string> = new Set(['die', 'der', 'den']);

/** Words joining a heading to another place. */
const JOINERS: ReadonlySet<string> = new Set(['und', 'sowie', 'oder']);

/** The prepositions of "in der Überschrift". */
const IN_WORDS: ReadonlySet<string> = new Set(['in', 'im']);

/** The verbs of "erhält folgende Überschrift". */
const RECEIVE_VERBS: ReadonlySet<string> = new Set(['erhält', 'erhalten']);

/** Words between "erhält" and "Überschrift" in "erhält folgende (neue) Überschrift". */
const RECEIVE_WORDS: ReadonlySet<string> = new Set(['folgende', 'nachstehende', 'die', 'eine', 'neue']);

/** The auxiliaries before a heading as the subject ("In § 10 wird die Überschrift wie folgt gefasst"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['wird', 'werden']);

const isWord = (t: InstructionToken | undefined, words: ReadonlySet<string>): boolean =>
  t?.kind === 'word' && words.has(t.lower);

/**
 * The tokens of a sentence that changes a heading, without the words that
 * name it; undefined when the sentence names no heading.
 * @throws {SentenceError} when it names a heading in a way not read here
 */
export function headingTokens(tokens: readonly InstructionToken[]): InstructionToken[] | undefined {
  const at = tokens.findIndex((t) => isWord(t, HEADING_NOUNS));
  if (at < 0) return undefined;
  const refuse = (why: string): never => {
    throw new SentenceError(why, tokens[at]!.start);
  };
  if (tokens.some((t, i) => i > at && isWord(t, HEADING_NOUNS))) refuse('the sentence names more than one heading');
  if (tokens[at + 1]?.kind === 'quote')
    refuse('a heading named by its words („die Überschrift „…““) is no place a reference can find; name its unit');
  // "§ 10 erhält folgende Überschrift: „…“": a new wording, of the heading.
  let verb = at - 1;
  while (isWord(tokens[verb], RECEIVE_WORDS)) verb -= 1;
  if (verb < at - 1 && isWord(tokens[verb], RECEIVE_VERBS)) {
    const { start, end } = tokens[at]!;
    const fassung: InstructionToken = { kind: 'word', text: 'Fassung', lower: 'fassung', start, end };
    return [...tokens.slice(0, at), fassung, ...tokens.slice(at + 1)];
  }
  // "[In] der Überschrift [des § 10] …", "In § 10 wird die Überschrift …".
  const from = isWord(tokens[at - 1], ARTICLES) ? at - 1 : at;
  const before = tokens[from - 1];
  const inside = isWord(before, IN_WORDS);
  if (before !== undefined && !inside && !isWord(before, AUXILIARIES))
    refuse(
      `the heading is named in a way not read here („${before.text} … Überschrift“); write „In der Überschrift des § 3 …“`,
    );
  let after = at + 1;
  while (isWord(tokens[after], OF_WORDS)) after += 1;
  const read = after < tokens.length ? readReference(tokens, after) : undefined;
  const owner = read !== undefined;
  // "Die Überschrift und § 4 werden aufgehoben": which of the places each verb concerns is not read.
  const next = tokens[read?.next ?? at + 1];
  if (isWord(next, JOINERS) || (next?.kind === 'punct' && next.text === ','))
    refuse('a heading joined with another place („die Überschrift und …“) is not read; write one instruction for each');
  // With its reference, "In der Überschrift des § 10" reads as "In § 10"; without one, the words go altogether.
  const cut = inside && !owner ? from - 1 : from;
  return [...tokens.slice(0, cut), ...tokens.slice(owner ? after : at + 1)];
}

/** How the rest of a sentence is read (sentence/read.ts `readSentence`). */
type ReadRest = (tokens: readonly InstructionToken[], start: number, ctx: SentenceContext) => SentenceResult;

/**
 * What a sentence says of a heading, read without its heading words (`rest`):
 * "… wird gestrichen" strikes the heading of the clause it names or of its
 * context (its words go, the unit stays); otherwise each text change the rest
 * makes gets `part: 'heading'`.
 * @throws {SentenceError} for a result that cannot concern a heading
 */
export function readHeading(
  rest: InstructionToken[],
  start: number,
  ctx: SentenceContext,
  read: ReadRest,
): SentenceResult {
  const roles = rolesOf(elements(rest, start), start, ctx);
  const strikes = roles.verbs.length > 0 && roles.verbs.every((v) => v.action === 'delete');
  if (strikes && roles.quotes.length === 0) {
    const clause = singleClause(targetOf(roles.targetGroups, roles.ctx, roles.whole), start);
    return changesResult([{ op: 'rewrite', clause, new: '', part: 'heading' }]);
  }
  return onPart(read(rest, start, ctx), start, 'a heading', headingChange);
}

/**
 * The changes a sentence makes, each turned by `map` into a change of a part
 * (`what`: "a heading", "the title"); anything but text changes (a change
 * "jeweils", at the end, of a sentence number, or no change) is refused.
 * @throws {SentenceError} naming what the part can have done to it
 */
export function onPart(
  result: SentenceResult,
  start: number,
  what: string,
  map: (change: Change, refuse: (why?: string) => never) => Change,
): SentenceResult {
  const refuse = (why = `${what} can have its words replaced, struck, added to or newly worded only`): never => {
    throw new SentenceError(why, start);
  };
  switch (result.kind) {
    case 'changes':
      if (result.every !== undefined || result.atEnd !== undefined || result.sentenceNumber !== undefined) refuse();
      return { ...result, changes: result.changes.map((c) => map(c, refuse)) };
    case 'payload':
      return { kind: 'payload', nestable: false, build: (text) => onPart(result.build(text), start, what, map) };
    default:
      return refuse();
  }
}

function headingChange(change: Change, refuse: () => never): Change {
  if (change.op === 'removeClause' || change.op === 'addClause') return refuse();
  return { ...change, part: 'heading' };
}
