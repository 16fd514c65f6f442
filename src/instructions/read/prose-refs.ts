/**
 * The clause references a prose sentence mentions ("Frau Kessler weist
 * darauf hin, dass der 2. Satz dieses Antrages so nicht beschlossen werden
 * kann"): a following "Deshalb wird folgende Formulierung vorgeschlagen: „…“"
 * that names no place of its own addresses the one place named there.
 *
 * @module
 */
import { readReference } from '../../references/read.js';
import { REFERENCE_NOUNS } from '../../references/nouns.js';
import { RefSyntaxError, type Ref } from '../../references/ref.js';
import type { InstructionToken } from '../../references/tokens.js';

/** The numbered references of a prose sentence, in order. */
export function proseReferences(tokens: readonly InstructionToken[]): Ref[] {
  const refs: Ref[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || !REFERENCE_NOUNS.has(tok.lower)) continue;
    // "der 2. Satz": a numeric ordinal before the noun.
    const dot = tokens[i - 1];
    const number = tokens[i - 2];
    const ordinal =
      dot?.kind === 'punct' && dot.text === '.' && number?.kind === 'word' && /^\d{1,3}$/u.test(number.text)
        ? Number(number.text)
        : undefined;
    try {
      const read = readReference(tokens, i, ordinal);
      if (read?.kind === 'refs') {
        refs.push(...read.refs);
        i = read.next - 1;
      }
    } catch (error) {
      if (!(error instanceof RefSyntaxError)) throw error;
    }
  }
  return refs;
}
