/**
 * Narrowing a resolved clause to one of its sentences ("§ 4 Abs. 6 Satz 1",
 * "Ziffer 3 letzter Satz", "Satz 2 Halbsatz 1"), counting the sentences after
 * a run-on list as the Absatz's (after-list.ts).
 *
 * @module
 */
import type { Clause } from '../model.js';
import { splitSentences } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { listEnd } from './after-list.js';
import type { ClauseLocation } from './find-clause.js';
import type { Ref } from './ref.js';

type Located = ClauseLocation<Clause>;

/** Why a sentence does not exist. */
interface Missing {
  kind: 'missing';
  reason: string;
}

/**
 * Sentence `sub.sentence` (and half-sentence) of `scope` in `location`'s clause. "Satz 2" of an Absatz whose
 * Satz 1 runs on through its list ("… bemessen:" + "1. …," + "2. … .") is a sentence after the list, which the
 * parsed base holds at the end of the last item's text (`listEnd`).
 */
export function narrowToSentence(
  location: Located,
  scope: Span,
  sub: Pick<Ref, 'sentence' | 'halfSentence'>,
  paragraph: number | undefined,
  clauseName: string,
): { kind: 'sentence'; location: Located; scope: Span } | Missing {
  const text = location.clause.text.slice(scope.start, scope.end);
  const sentences = splitSentences(text);
  const list = paragraph === undefined ? listEnd(location.clause) : undefined;
  const total = sentences.length + (list?.after.length ?? 0);
  const n = sub.sentence === 'last' ? total : sub.sentence!;
  const s = n <= sentences.length ? sentences[n - 1] : list?.after[n - sentences.length - 1];
  if (s === undefined) {
    const where =
      paragraph !== undefined ? `paragraph ${paragraph} of clause "${clauseName}"` : `clause "${clauseName}"`;
    return { kind: 'missing', reason: `${where} has ${plural(total, 'sentence')}, not ${String(sub.sentence)}` };
  }
  let place = location;
  let span: Span = { start: scope.start + s.start, end: scope.start + s.end };
  if (list !== undefined && n > sentences.length) {
    const index = location.clause.children.length - 1;
    place = { clause: list.item, path: [...location.path, index], siblings: location.clause.children, index };
    span = s;
  }
  if (sub.halfSentence !== undefined) {
    const half = halfSentence(place.clause.text, span, sub.halfSentence);
    if (half === undefined)
      return {
        kind: 'missing',
        reason: `sentence ${String(sub.sentence)} of clause "${clauseName}" has no half-sentence ${sub.halfSentence}`,
      };
    span = half;
  }
  return { kind: 'sentence', location: place, scope: span };
}

/** "3 sentences", "1 sentence". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "Halbsatz 1"/"Halbsatz 2": the part of the sentence `scope` before or after its first semicolon. */
function halfSentence(text: string, scope: Span, n: number): Span | undefined {
  const semi = text.indexOf(';', scope.start);
  if (semi < 0 || semi >= scope.end || n < 1 || n > 2) return undefined;
  if (n === 1) return { start: scope.start, end: semi + 1 };
  let start = semi + 1;
  while (start < scope.end && text[start] === ' ') start += 1;
  return { start, end: scope.end };
}
