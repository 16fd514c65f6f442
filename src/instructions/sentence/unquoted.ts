/**
 * The unquoted replacement: "Das Gremium Sozialausschuss durch den Stadtrat
 * ersetzen", "In Ziffer 2 wird Kreistag durch Stadtrat ersetzt". The words
 * before and after "durch" that no list of the reader knows are the old and
 * the new passage, as if they were quoted; the articles around them belong
 * to the instruction's grammar ("durch den Stadtrat"), not to the text. Only
 * a sentence without any quotation, with one "durch" and its replacement verb
 * at the end, is read so — anything else is read strictly, as before.
 *
 * @module
 */
import { ACTION_VERBS } from '../lexicon.js';
import { FILLER_WORDS } from '../filler-words.js';
import { knownWord } from './known-words.js';
import type { InstructionToken } from '../../references/tokens.js';
import { isLetter, isLowerCase } from '../../text/chars.js';

/** At most this many words make an unquoted passage ("Sozialausschuss", "Rat der Stadt"). */
const MAX_WORDS = 3;

type Word = Extract<InstructionToken, { kind: 'word' }>;

/** Whether a word is one the reader knows (so it cannot be part of an unquoted passage). */
function known(tok: Word): boolean {
  return knownWord(tok.lower);
}

/** The run of unknown words in `[from, to)` when it is all of that range and a passage's size; else undefined. */
function passage(tokens: readonly InstructionToken[], from: number, to: number): InstructionToken | undefined {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  if (!words.every((t): t is Word => t.kind === 'word' && !known(t))) return undefined;
  // A noun: capitalised ("Sozialausschuss"), never a lower-case word of the sentence's grammar.
  if (!isLetter(words[0]!.text[0]) || isLowerCase(words[0]!.text[0])) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return { kind: 'quote', text: words.map((w) => w.text).join(' '), start: first.start, end: last.end };
}

/** `i` moved past the articles and fillers before a passage. */
function skipFillers(tokens: readonly InstructionToken[], i: number, to: number): number {
  let k = i;
  while (k < to) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !FILLER_WORDS.has(t.lower)) break;
    k += 1;
  }
  return k;
}

/**
 * The tokens with the unquoted old and new passage of a replacement turned
 * into quotations, or the tokens unchanged when the sentence is not one.
 */
export function quoteUnquotedReplacement(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  if (tokens.some((t) => t.kind === 'quote')) return tokens;
  const durch = tokens.findIndex((t) => t.kind === 'word' && t.lower === 'durch');
  if (durch <= 0 || tokens.slice(durch + 1).some((t) => t.kind === 'word' && t.lower === 'durch')) return tokens;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'punct') end -= 1;
  const v = end - 1;
  const verb = tokens[v];
  if (verb?.kind !== 'word' || ACTION_VERBS.get(verb.lower) !== 'replace') return tokens;
  const neu = passage(tokens, skipFillers(tokens, durch + 1, v), v);
  if (neu === undefined) return tokens;
  // The old passage: the unknown words right before "durch".
  let from = durch;
  while (from > 0 && durch - from < MAX_WORDS) {
    const t = tokens[from - 1]!;
    if (t.kind !== 'word' || known(t)) break;
    from -= 1;
  }
  const old = passage(tokens, from, durch);
  if (old === undefined) return tokens;
  return [...tokens.slice(0, from), old, tokens[durch]!, neu, ...tokens.slice(v)];
}
