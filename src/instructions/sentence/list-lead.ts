/**
 * "Im Satzteil vor Nummer 1 werden die Wörter „…“ gestrichen": the words of
 * an Absatz that lead into its list of items. A parsed Absatz holds exactly
 * those words as its own text (its items are its sub-clauses), so the phrase
 * is taken out and the rest is read as an instruction for the Absatz it
 * names, or the one of its context.
 *
 * Only the part before the **first** item is that text. The part after an
 * item ("im Satzteil nach Nummer 4", the words closing the list) or before a
 * later one lies among the items, where no reference here points: refused,
 * never read as the Absatz's opening words.
 *
 * @module
 */
import { readReference } from '../../references/read.js';
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError } from './result.js';

/** The nouns of "im Satzteil vor …". */
const PART_NOUNS: ReadonlySet<string> = new Set(['satzteil', 'teilsatz', 'satzteilen']);

/** Labels of a first item ("Nummer 1", "Buchstabe a"). */
const FIRST_LABELS: ReadonlySet<string> = new Set(['1', 'a', 'i']);

const isWord = (t: InstructionToken | undefined, ...words: string[]): boolean =>
  t?.kind === 'word' && words.includes(t.lower);

/**
 * The tokens without "im Satzteil vor Nummer 1" (unchanged when the sentence
 * has no such phrase).
 * @throws {SentenceError} for the part before a later item or after an item
 */
export function withoutListLead(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  const at = listLeadAt(tokens);
  if (at < 0) return tokens;
  const from = isWord(tokens[at - 1], 'im', 'in', 'dem') ? (isWord(tokens[at - 2], 'in') ? at - 2 : at - 1) : at;
  const read = readReference(tokens, at + 2);
  const ref = read?.kind === 'refs' && read.refs.length === 1 ? read.refs[0] : undefined;
  const label = ref?.parts.length === 1 ? ref.parts[0]!.label : undefined;
  if (!isWord(tokens[at + 1], 'vor') || label === undefined || !FIRST_LABELS.has(label.toLowerCase()))
    throw new SentenceError(
      `„${tokens[at]!.text} ${tokens[at + 1]!.text} …“ names words among the items of a list, where no reference points; only the words before the first item („im Satzteil vor Nummer 1“) are read`,
      tokens[at]!.start,
    );
  return [...tokens.slice(0, from), ...tokens.slice(read!.next)];
}

/** Where "Satzteil vor/nach …" starts in `tokens`, or -1. */
function listLeadAt(tokens: readonly InstructionToken[]): number {
  return tokens.findIndex(
    (t, i) => t.kind === 'word' && PART_NOUNS.has(t.lower) && isWord(tokens[i + 1], 'vor', 'nach'),
  );
}

/**
 * The first item's label a sentence names with "im Satzteil vor Nummer 1"
 * ("1"), or undefined when it names none: the pipeline checks it against the
 * base, since the phrase is taken out of the instruction (pipeline/list-lead.ts).
 */
export function listLeadLabel(tokens: readonly InstructionToken[]): string | undefined {
  const at = listLeadAt(tokens);
  if (at < 0) return undefined;
  const read = readReference(tokens, at + 2);
  const ref = read?.kind === 'refs' && read.refs.length === 1 ? read.refs[0] : undefined;
  return ref?.parts.length === 1 ? ref.parts[0]!.label : undefined;
}
