/**
 * A replacement placed by an anchor word: "nach dem Wort „Pflegschaft“ wird
 * das Wort „und“ durch ein Komma ersetzt" — the passage right after (or
 * before) the anchor is replaced. Read as the replacement of anchor and
 * passage by anchor and new text, so the passage is found only where it
 * stands next to the anchor (the twin of the anchored deletion in delete.ts).
 *
 * @module
 */
import { changesResult, type SentenceResult } from './result.js';
import { singleClause, withOccurrence, type ActionRoles } from './roles.js';

/** Punctuation that attaches to the word before it (no space in between). */
const ATTACHED = new Set([',', ';', ':', '.']);

/** The change of an anchored replacement, or undefined when the sentence is not one (one anchor, one old, one new passage). */
export function anchoredReplacement(roles: ActionRoles): SentenceResult | undefined {
  const { quotes, target, start } = roles;
  const anchors = quotes.filter((q) => q.cue === 'after' || q.cue === 'before');
  const olds = quotes.filter((q) => q.cue === 'plain');
  const news = quotes.filter((q) => q.cue === 'new');
  if (anchors.length !== 1 || olds.length !== 1 || news.length !== 1 || quotes.length !== 3) return undefined;
  const [anchor, old, neu] = [anchors[0]!, olds[0]!, news[0]!];
  if (old.start < anchor.start || neu.start < old.start) return undefined;
  const join = (a: string, b: string): string => (b === '' || ATTACHED.has(b) ? `${a}${b}` : `${a} ${b}`);
  const [before, after] =
    anchor.cue === 'after'
      ? [join(anchor.text, old.text), join(anchor.text, neu.text)]
      : [join(old.text, anchor.text), join(neu.text, anchor.text)];
  return changesResult([
    withOccurrence({ op: 'replace', clause: singleClause(target, start), old: before, new: after }, anchor),
  ]);
}
