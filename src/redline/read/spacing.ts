/**
 * The spacing convention of the Markdown redline form, shared by the reader
 * (`parseRedline`) and the writer (`toMarkdown`).
 *
 * Markdown cannot put whitespace at the inner edge of `~~…~~` or `**…**` (the
 * markers would stop being markers), so a writer puts it outside, and a reader
 * has to decide whose whitespace it is. A clerk writes `a ~~b~~ c` for "a b c" →
 * "a c" and `x ~~alt~~ **neu** y` for a replacement; this module turns what a
 * Markdown parser sees (pieces: text outside markers, struck text, bold text)
 * into segments with those readings:
 *
 * 1. Between a pure deletion and a following insertion (or the other way round),
 *    a run of spaces or one paragraph break is a separator, not text:
 *    `~~alt~~ **neu**` is one replacement.
 * 2. A paragraph break between two pieces of the same kind joins them: a deletion
 *    spanning paragraphs is written `~~p1~~` ⏎⏎ `~~p2~~`.
 * 3. A pure deletion or insertion with whitespace on both sides (or at the start
 *    of the clause with whitespace after it) takes the one whitespace character
 *    (or paragraph break) after it, so `a ~~b~~ c` keeps one space in the amended
 *    text. With whitespace before it and none after it (the clause ends, or
 *    punctuation follows: `einzurichtende **Stabstelle**,`) it takes the
 *    whitespace character before it, so neither version gets a space before
 *    the comma. The same at the end of a paragraph (`stört. **Neu ist gut.**`
 *    before a paragraph break): the paragraph break stays where it is. Next to
 *    no whitespace (`Stab**s**stelle`) nothing moves.
 *
 * The writer checks every clause against {@link piecesToSegments} and widens a
 * change to whole neighbouring words where this reading would not give back its
 * exact texts (see `src/render/pieces.ts`).
 *
 * @module
 */
import type { Segment } from '../../model.js';
import { isLineBreak, isWhitespace } from '../../text/chars.js';
import { normalizeSegments } from '../segments.js';

/** Text as a Markdown reader sees it: outside markers (`equal`), struck (`delete`) or bold (`insert`). */
export interface Piece {
  /** Which marker (if any) surrounds the text. */
  type: Segment['type'];
  /** The text, markers removed and escapes decoded. */
  text: string;
  /** The amendment a change comes from, where the writer knows it (ignored by the reader). */
  source?: string;
  /** A moved passage's link to its other end (Synopse writers only; see src/render/moves.ts). */
  move?: PieceMove;
}

/** One end of a moved passage: its id, the id of the other end, and the note that names the other place. */
export interface PieceMove {
  id: string;
  target: string;
  /** "verschoben nach 3.", "verschoben von ↑". */
  note: string;
}

/** The paragraph separator inside clause text. */
export const PARAGRAPH_BREAK = '\n\n';

/** Any Unicode white space but a line break: what may stand between two markers on one line. */
function isSpaceWithinLine(ch: string): boolean {
  return isWhitespace(ch) && !isLineBreak(ch);
}

/** True for a non-empty text made only of white space within a line. */
function isSpaceRun(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (!isSpaceWithinLine(ch)) return false;
  return true;
}

/** The separator at the start of `text`: a paragraph break, one inline space, or `''`. */
function leadingSeparator(text: string): string {
  if (text.startsWith(PARAGRAPH_BREAK)) return PARAGRAPH_BREAK;
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  return text !== '' && isSpaceWithinLine(first) ? first : '';
}

/** The last code point of `text` (`''` when empty). */
function lastChar(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xdc00 && code <= 0xdfff ? text.slice(-2) : text.slice(-1);
}

/** The separator at the end of `text`: a paragraph break, one inline space, or `''`. */
function trailingSeparator(text: string): string {
  if (text.endsWith(PARAGRAPH_BREAK)) return PARAGRAPH_BREAK;
  const last = lastChar(text);
  return isSpaceWithinLine(last) ? last : '';
}

function endsWithSpace(text: string): boolean {
  const last = lastChar(text);
  return last === '\n' || isSpaceWithinLine(last);
}

/**
 * Reads pieces (in document order) into canonical segments: separators and
 * whitespace assigned per the rules above, then adjacent segments of one type
 * merged and, within each run of changes, deletions put before insertions.
 * Linear in the number and length of the pieces.
 */
export function piecesToSegments(input: readonly Piece[]): Segment[] {
  const pieces = mergeEqual(input);
  const out: Segment[] = [];
  let run: Segment[] = [];

  const closeRun = (next: Segment | undefined): void => {
    if (run.length === 0) return;
    const pure = run.every((s) => s.type === run[0]!.type);
    if (pure) {
      const previous = out[out.length - 1];
      const atStart = out.length === 0;
      const after = next === undefined ? '' : leadingSeparator(next.text);
      // A change that ends its paragraph after a space (`stört. **Neu ist gut.**` ⏎⏎ `B …`) ends it like the clause end.
      const paragraphEnd =
        after === PARAGRAPH_BREAK && previous?.type === 'equal' && isSpaceWithinLine(lastChar(previous.text));
      if (next !== undefined && after !== '' && !paragraphEnd && (atStart || endsWithSpace(previous!.text))) {
        // Space on both sides (or clause start): the space after goes with the change.
        run[run.length - 1]!.text += after;
        next.text = next.text.slice(after.length);
      } else if ((after === '' || paragraphEnd) && previous !== undefined && previous.type === 'equal') {
        // Clause end or punctuation after (`einzurichtende **Stabstelle**,`): the space before goes with it.
        const before = trailingSeparator(previous.text);
        const allowed = next === undefined || before !== PARAGRAPH_BREAK;
        if (before !== '' && allowed && previous.text.length > before.length) {
          previous.text = previous.text.slice(0, previous.text.length - before.length);
          run[0]!.text = before + run[0]!.text;
        }
      }
    }
    out.push(...run);
    run = [];
  };

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.type !== 'equal') {
      run.push({ type: piece.type, text: piece.text });
      continue;
    }
    const next = pieces[i + 1];
    if (run.length > 0 && next !== undefined) {
      const last = run[run.length - 1]!;
      const pure = run.every((s) => s.type === last.type);
      if (piece.text === PARAGRAPH_BREAK && next.type === last.type) {
        last.text += piece.text;
        continue;
      }
      if (pure && next.type !== last.type && (isSpaceRun(piece.text) || piece.text === PARAGRAPH_BREAK)) continue;
    }
    const equal: Segment = { type: 'equal', text: piece.text };
    closeRun(equal);
    if (equal.text !== '') out.push(equal);
  }
  closeRun(undefined);
  return normalizeSegments(out);
}

function mergeEqual(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.type === 'equal' && piece.type === 'equal') last.text += piece.text;
    else out.push({ type: piece.type, text: piece.text });
  }
  return out;
}
