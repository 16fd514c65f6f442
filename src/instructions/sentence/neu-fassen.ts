/**
 * "… die Ziffern 1 bis 3 neu zu fassen:", "Ziffer 2 wie folgt zu fassen:":
 * the infinitive of "neu gefasst", read as it. Only right after "neu" or "wie
 * folgt" — "folgenden Beschluss zu fassen" (to adopt a resolution) is no
 * change of wording and stays as it is.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';

const lower = (t: InstructionToken | undefined): string | undefined => (t?.kind === 'word' ? t.lower : undefined);

/** Whether the token at `i` is "fassen" after "neu" or "wie folgt" (with "zu" between). */
function rewriteAt(tokens: readonly InstructionToken[], i: number): boolean {
  if (lower(tokens[i]) !== 'fassen') return false;
  const before = lower(tokens[i - 1]) === 'zu' ? i - 2 : i - 1;
  return lower(tokens[before]) === 'neu' || (lower(tokens[before]) === 'folgt' && lower(tokens[before - 1]) === 'wie');
}

/** The tokens with "neu zu fassen" read as "neu gefasst" (unchanged when there is none). */
export function withNeuFassen(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  if (!tokens.some((_, i) => rewriteAt(tokens, i))) return tokens;
  return tokens.map((t, i) => (rewriteAt(tokens, i) && t.kind === 'word' ? { ...t, lower: 'gefasst' } : t));
}
