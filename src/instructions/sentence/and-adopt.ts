/**
 * A change joined with its adoption: "… die Ziffern 1 bis 3 neu zu fassen
 * und wie folgt zu beschließen:". "und wie folgt zu beschließen" says the new
 * text after the colon is to be adopted — which any new wording is — and
 * names no change of its own, so it is left out; the change before it takes
 * the text. Only at the end of the sentence (before its colon), right after
 * an action verb.
 *
 * @module
 */
import { ACTION_VERBS } from '../lexicon.js';
import type { InstructionToken } from '../../references/tokens.js';

/** The words of the adoption, after "und". */
const ADOPTIONS: readonly (readonly string[])[] = [
  ['wie', 'folgt', 'zu', 'beschließen'],
  ['wie', 'folgt', 'beschließen'],
  ['so', 'zu', 'beschließen'],
];

const lower = (t: InstructionToken | undefined): string | undefined => (t?.kind === 'word' ? t.lower : undefined);

/** The tokens without "und wie folgt zu beschließen" before the final colon (unchanged when there is none). */
export function withoutAdoption(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  const colon = tokens[tokens.length - 1]?.kind === 'punct' && tokens[tokens.length - 1]!.text === ':';
  const end = colon ? tokens.length - 1 : tokens.length;
  for (const words of ADOPTIONS) {
    const und = end - words.length - 1;
    if (und < 1 || lower(tokens[und]) !== 'und' || !ACTION_VERBS.has(lower(tokens[und - 1]) ?? '')) continue;
    if (words.every((w, k) => lower(tokens[und + 1 + k]) === w)) return [...tokens.slice(0, und), ...tokens.slice(end)];
  }
  return tokens;
}
