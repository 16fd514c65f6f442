/**
 * Several clauses replaced by one text: "Die Punkte 1. – 3. des
 * Ursprungsantrages werden ersetzt durch:" + the new text. The text may bring
 * its own intro line and numbering, so it is no new wording of each clause:
 * the reader hands it on as a new wording of those clauses together (a whole
 * text with `clauses`), and `redline()` puts it in their place — only when
 * they are consecutive clauses of the base (src/pipeline/clause-range.ts).
 *
 * @module
 */
import { formatRef, type Ref } from '../../references/ref.js';
import type { SentenceResult } from './result.js';
import type { ActionRoles } from './roles.js';

/** The result of a replacement of several whole clauses by the text after the colon, if the sentence is one. */
export function clausesReplaced(roles: ActionRoles): SentenceResult | undefined {
  const { target } = roles;
  if (target.kind !== 'refs' || target.refs.length < 2) return undefined;
  if (!roles.endsWithColon && !roles.ctx.external) return undefined;
  const whole = target.refs.every(
    (r) => r.parts.length > 0 && r.sentence === undefined && r.line === undefined && r.tag === undefined,
  );
  if (!whole) return undefined;
  return { kind: 'intro', named: true, adds: false, clauses: inHost(target.refs).map(formatRef) };
}

/**
 * The references of a list with the place the first one names ("§ 14 Abs. 1
 * und 2": the second is "§ 14 Absatz 2"): a later one that starts with a noun
 * of the first one's path takes the path before that noun.
 */
function inHost(refs: readonly Ref[]): Ref[] {
  const first = refs[0]!;
  return refs.map((ref, k) => {
    const noun = ref.parts[0]?.noun;
    const at = first.parts.findIndex((p) => p.noun === noun);
    if (k === 0 || at <= 0 || ref.parts.length >= first.parts.length) return ref;
    return { ...ref, parts: [...first.parts.slice(0, at), ...ref.parts] };
  });
}
