/**
 * A new wording announced by a noun instead of a verb: "Neufassung von § 17,
 * Abs. 3, Punkt 4:" (or "Neufassung des § 4:") followed by the new text — the
 * heading form of party-convention motions. It reads as "… erhält folgende
 * Fassung:" (rewrite.ts), and only at the start of a sentence that names its
 * place and nothing else.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import type { SentenceResult } from './result.js';
import { targetOf, type Roles } from './roles.js';
import { rewrite } from './rewrite.js';

/** The nouns that announce a new wording. */
const NEW_WORDING_NOUNS: ReadonlySet<string> = new Set(['neufassung']);

/** The words allowed between the noun and the place ("Neufassung von § 4", "Neufassung des § 4"). */
const LINKS: ReadonlySet<string> = new Set(['von', 'des', 'der', 'für']);

/** The new-wording reading of a verbless "Neufassung von <place>:", or undefined when the sentence is not one. */
export function nounRewrite(tokens: readonly InstructionToken[], roles: Roles): SentenceResult | undefined {
  const first = tokens[0];
  if (first?.kind !== 'word' || !NEW_WORDING_NOUNS.has(first.lower)) return undefined;
  const second = tokens[1];
  if (second?.kind === 'word' && !LINKS.has(second.lower) && second.text !== '§' && second.lower !== 'art')
    return undefined;
  if (roles.targetGroups.length !== 1 || roles.quotes.length > 1) return undefined;
  if (!roles.elems.every((x) => x.e === 'refs' || x.e === 'colon' || x.e === 'quote')) return undefined;
  return rewrite({ ...roles, target: targetOf(roles.targetGroups, roles.ctx, roles.whole) });
}
