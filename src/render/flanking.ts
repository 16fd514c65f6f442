/**
 * Whether a marker (`~~`, `**`) written at the edge of a change counts as one
 * in CommonMark: an opening marker must be left-flanking, a closing one
 * right-flanking. `Köln**, Bonn**` fails — a letter before the opener,
 * punctuation after it — and remark-stringify would then write the letter as
 * a character reference (`Köl&#x6E;**, Bonn**`). The markup plan widens such
 * a change by the word on the failing side instead (`~~Köln~~ **Köln, Bonn**`).
 *
 * @module
 */
import type { Segment } from '../model.js';
import { amendedText, baseText, changeRuns } from '../redline/segments.js';
import { isWhitespace } from '../text/chars.js';

const PUNCTUATION = /[\p{P}\p{S}]/u;

/** CommonMark's character classes for flanking: whitespace (and the line's edge), punctuation, other. */
function kind(ch: string | undefined): 'space' | 'punct' | 'other' {
  if (ch === undefined || ch === '' || isWhitespace(ch)) return 'space';
  return PUNCTUATION.test(ch) ? 'punct' : 'other';
}

/** Whether a marker between `outside` and the change's first character `inside` can open. */
function opens(outside: string | undefined, inside: string | undefined): boolean {
  const next = kind(inside);
  return next === 'space' || next === 'other' || kind(outside) !== 'other';
}

/** Whether a marker between the change's last character `inside` and `outside` can close. */
function closes(inside: string | undefined, outside: string | undefined): boolean {
  return opens(outside, inside);
}

/** The edges of one marked text: its first and last character, or whitespace when the text has edge whitespace. */
function edges(text: string): { first: string | undefined; last: string | undefined; spaced: [boolean, boolean] } {
  return {
    first: text.trimStart()[0],
    last: text.trimEnd().slice(-1),
    spaced: [text !== text.trimStart(), text !== text.trimEnd()],
  };
}

/**
 * Per run of changes (in `changeRuns` order): whether its markers fail to open
 * on the left or to close on the right, as `emit` writes them (deletion, one
 * space, insertion; edge whitespace outside the markers).
 */
export function unflankedSides(segments: readonly Segment[]): Array<{ left: boolean; right: boolean }> {
  const out: Array<{ left: boolean; right: boolean }> = [];
  for (const run of changeRuns(segments)) {
    const before = segments[run.start - 1]?.text.slice(-1);
    const after = segments[run.end]?.text[0];
    const marked = [baseText(run.segments), amendedText(run.segments)].filter((t) => t.trim() !== '').map(edges);
    const first = marked[0];
    const last = marked[marked.length - 1];
    out.push({
      left: first !== undefined && !first.spaced[0] && !opens(before, first.first),
      right: last !== undefined && !last.spaced[1] && !closes(last.last, after),
    });
  }
  return out;
}
