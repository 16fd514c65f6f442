/**
 * The deletion construct: "In Ziffer 2 wird das Wort „X“ gestrichen",
 * "Ziffer 6 wird (ersatzlos) gestrichen", "Punkt 4 entfällt", "Streiche: „…“".
 *
 * @module
 */
import { formatRef } from '../../references/ref.js';
import { changesResult, payloadResult, SentenceError, type SentenceResult } from './result.js';
import { singleClause, withOccurrence, type ActionRoles } from './roles.js';

/** The changes of a deletion sentence. */
export function del(roles: ActionRoles): SentenceResult {
  const { quotes, target, start, imperative } = roles;
  const anchored = anchoredDeletion(roles);
  if (anchored !== undefined) return anchored;
  const bad = quotes.find((q) => q.cue !== 'plain' && q.cue !== 'colon');
  if (bad !== undefined)
    throw new SentenceError(`a deletion cannot have „${bad.text}“ as new text or anchor`, bad.start);
  if (quotes.length > 0) {
    const clause = singleClause(target, start);
    return changesResult(
      quotes.map((q) => withOccurrence({ op: 'delete', clause, old: q.text }, q)),
      imperative,
    );
  }
  if (roles.targetGroups.length > 0 && target.kind === 'refs')
    return changesResult(target.refs.map((r) => ({ op: 'removeClause', clause: formatRef(r) })));
  if (roles.endsWithColon && imperative) {
    const clause = target.kind === 'refs' ? singleClause(target, start) : '';
    return payloadResult((text) => ({ op: 'delete', clause, old: text }), true);
  }
  throw new SentenceError('a deletion needs the passage in quotes or the clause ("Ziffer 6 wird gestrichen")', start);
}

/** Punctuation that attaches to the word before it ("das Komma" after „geführt“ is „geführt,“). */
const ATTACHED = new Set([',', ';', ':', '.']);

/**
 * "nach dem Wort „geführt“ das Komma und die Wörter „sofern …“ gestrichen":
 * the passages right after (or before) the anchor word go; read as the
 * replacement of anchor and passages by the anchor alone, so they are found
 * only where they stand next to it.
 */
function anchoredDeletion(roles: ActionRoles): SentenceResult | undefined {
  const { quotes, target, start } = roles;
  const anchors = quotes.filter((q) => q.cue === 'after' || q.cue === 'before');
  if (anchors.length !== 1) return undefined;
  const anchor = anchors[0]!;
  const olds = quotes.filter((q) => q !== anchor);
  if (olds.length === 0 || olds.some((q) => q.cue !== 'plain' || q.start < anchor.start)) return undefined;
  let passage = '';
  for (const q of olds) passage += passage === '' || ATTACHED.has(q.text) ? q.text : ` ${q.text}`;
  const old =
    anchor.cue === 'after'
      ? `${anchor.text}${ATTACHED.has(olds[0]!.text) ? '' : ' '}${passage}`
      : `${passage} ${anchor.text}`;
  return changesResult([
    withOccurrence({ op: 'replace', clause: singleClause(target, start), old, new: anchor.text }, anchor),
  ]);
}
