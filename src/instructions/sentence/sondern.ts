/**
 * "nicht X, sondern Y": "In Ziffer 2 soll es nicht „jährlich“, sondern
 * „halbjährlich“ heißen", "Ziffer 3: nicht Sozialausschuss, sondern
 * Stadtrat". X and Y are quoted, or a few words the reader does not know; the
 * pair is read as the replacement of X by Y (which must then be found once in
 * the addressed clause — `applyAmendment` refuses a passage it does not find
 * or finds twice). Any other "nicht" stays a negation the reader refuses.
 *
 * @module
 */
import { isWordOf, type InstructionToken } from '../../references/tokens.js';
import { ACTION_VERBS } from '../lexicon.js';
import { knownWord } from './known-words.js';
import { SentenceError } from './result.js';

/** At most this many unquoted words make X or Y. */
const MAX_WORDS = 4;

type Tok = InstructionToken;

function unknownWord(t: Tok): boolean {
  // Numbers are part of a passage here ("nicht 40 Euro, sondern 55 Euro").
  return t.kind === 'word' && (/\d/u.test(t.lower) || !knownWord(t.lower));
}

/** The passage at `i`: a quotation, or a run of unknown words; with the index after it. */
function passageAt(tokens: readonly Tok[], i: number): { quote: Tok; next: number } | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  if (first.kind === 'quote') return { quote: first, next: i + 1 };
  let j = i;
  while (j < tokens.length && j - i < MAX_WORDS && unknownWord(tokens[j]!)) j += 1;
  if (j === i || (j < tokens.length && unknownWord(tokens[j]!))) return undefined;
  const last = tokens[j - 1]!;
  const text = tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(' ');
  return { quote: { kind: 'quote', text, start: first.start, end: last.end }, next: j };
}

/**
 * The tokens with "nicht X, sondern Y" turned into "X durch Y … ersetzt", or
 * unchanged when the sentence has no such pair.
 */
export function readNichtSondern(tokens: readonly Tok[]): readonly Tok[] {
  const n = tokens.findIndex((t) => isWordOf(t, 'nicht'));
  if (n < 0 || !tokens.some((t) => isWordOf(t, 'sondern'))) return tokens;
  const unclear = new SentenceError(
    '"nicht X, sondern Y" is read only with X and Y quoted („…“) or a few words each; this one cannot be applied mechanically',
    tokens[n]!.start,
  );
  const old = passageAt(tokens, n + 1);
  if (old === undefined) throw unclear;
  let s = old.next;
  if (tokens[s]?.kind === 'punct' && tokens[s]!.text === ',') s += 1;
  if (!isWordOf(tokens[s], 'sondern')) throw unclear;
  const neu = passageAt(tokens, s + 1);
  if (neu === undefined) throw unclear;
  const nicht = tokens[n]!;
  const sondern = tokens[s]!;
  const durch: Tok = { kind: 'word', text: 'durch', lower: 'durch', start: sondern.start, end: sondern.end };
  const rest = tokens.slice(neu.next);
  const verb: Tok[] = rest.some((t) => t.kind === 'word' && ACTION_VERBS.get(t.lower) === 'replace')
    ? []
    : [{ kind: 'word', text: 'ersetzt', lower: 'ersetzt', start: nicht.start, end: nicht.end }];
  return [...tokens.slice(0, n), old.quote, durch, neu.quote, ...rest, ...verb];
}
