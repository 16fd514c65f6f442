/**
 * Line references against the line numbers printed in the base ("Ersetze
 * Z. 31 bis Z. 37 …", "in Zeile 37 hinter …"). The parser took the numbers
 * off the lines and remembered what each printed line said
 * (src/parse/printed-lines.ts); here each printed line is found back in the
 * resolution — one pass over the lead, labels and clause texts in document
 * order, white space ignored, a line-end hyphen the parser joined skipped — and
 * a range of printed lines becomes the clause pieces it covers, like a range
 * of the library's own numbering (lines.ts). A range that does not match the
 * printed lines exactly is refused: a line that is not there, a line in the
 * lead, a boundary inside a word (a word hyphenated across two printed lines).
 *
 * @module
 */
import type { Clause, Resolution } from '../model.js';
import type { PrintedLines } from '../parse/printed-lines.js';
import { isWhitespace, isWordChar } from '../text/chars.js';
import { findAll } from '../text/search.js';
import type { Span } from '../text/span.js';
import { walk } from '../tree.js';
import type { LinePiece, LinesAddress } from './lines.js';

/** A place in the resolution: the lead (`clause` -1) or a clause (preorder index) and an offset into its text. */
interface Place {
  clause: number;
  offset: number;
  /** The place is on the clause's label (the line holds the label). */
  label: boolean;
}

/** Where one printed line lies: its first character and the place after its last. */
interface LinePlace {
  start: Place;
  end: Place;
}

/** One part of the resolution's text in document order. */
interface Part {
  clause: number;
  label: boolean;
  text: string;
}

/** The clauses of a resolution in preorder, with their parents and the end of their subtrees. */
interface Flat {
  clauses: Clause[];
  parents: (Clause | undefined)[];
  /** Preorder index of the last clause of each clause's subtree. */
  last: number[];
}

/** How many parts (lead, labels, texts) the first printed line may start at. */
const FIRST_PARTS = 12;

const aligned = new WeakMap<PrintedLines, { base: Resolution; places: (LinePlace | undefined)[] } | undefined>();

function flatten(base: Resolution): Flat {
  const flat: Flat = { clauses: [], parents: [], last: [] };
  // The clauses still open (their subtree not yet closed), with their depths: each closes when a clause at its depth or above comes.
  const open: { i: number; depth: number }[] = [];
  walk(base.clauses, ({ node, parent, depth }) => {
    const i = flat.clauses.length;
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) flat.last[open.pop()!.i] = i - 1;
    flat.clauses.push(node);
    flat.parents.push(parent);
    flat.last.push(i);
    open.push({ i, depth });
  });
  for (const { i } of open) flat.last[i] = flat.clauses.length - 1;
  return flat;
}

/** The parts a printed line can lie on: the lead, then each clause's label and text. */
function partsOf(base: Resolution, flat: Flat): Part[] {
  const parts: Part[] = [{ clause: -1, label: false, text: base.lead }];
  flat.clauses.forEach((c, i) => {
    parts.push({ clause: i, label: true, text: c.label }, { clause: i, label: false, text: c.text });
  });
  return parts;
}

/**
 * Finds each printed line in the parts, in order: the first line at the start
 * of a part, every further line where the one before ended. Undefined when a
 * line does not match (the printed numbering cannot be trusted); lines after
 * the end of the resolution (a numbered rationale) have no place.
 */
function alignLines(printed: PrintedLines, parts: readonly Part[]): (LinePlace | undefined)[] | undefined {
  let p = 0;
  let o = 0;
  const skipSpace = (): void => {
    while (p < parts.length && (o >= parts[p]!.text.length || isWhitespace(parts[p]!.text[o]))) {
      if (o >= parts[p]!.text.length) {
        p++;
        o = 0;
      } else o++;
    }
  };
  const here = (): Place => {
    const part = parts[p]!;
    return { clause: part.clause, offset: part.label ? 0 : o, label: part.label };
  };
  const matchLine = (text: string): LinePlace | undefined => {
    let start: Place | undefined;
    let end: Place | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (isWhitespace(c)) continue;
      skipSpace();
      if (p < parts.length && parts[p]!.text[o] === c) {
        start ??= here();
        o++;
        end = here();
      } else if (!(c === '-' && i === text.length - 1 && end !== undefined)) return undefined;
    }
    return start === undefined || end === undefined ? undefined : { start, end };
  };
  const first = printed.lines[0]!.text;
  // The first printed line starts a part (the lead or a clause's label or text) near the start: only
  // unnumbered lines of the body come before it. A numbering printed on every 5th line starts inside one:
  // there, its one occurrence in the first parts.
  const starts = parts
    .map((_, i) => i)
    .filter((i) => parts[i]!.text.trim() !== '')
    .slice(0, FIRST_PARTS);
  const at = starts.map((s) => ({ s, o: 0 }));
  // Without a word part hyphenated onto the next line.
  const needle = (first.endsWith('-') ? first.slice(0, first.lastIndexOf(' ') + 1) : first).trim();
  const inside =
    needle === '' ? [] : starts.flatMap((s) => findAll(parts[s]!.text, needle).map((h) => ({ s, o: h.start })));
  if (inside.length === 1) at.push(inside[0]!);
  const places: (LinePlace | undefined)[] = [];
  for (const start of at) {
    p = start.s;
    o = start.o;
    const place = matchLine(first);
    if (place === undefined) continue;
    places.push(place);
    for (const line of printed.lines.slice(1)) {
      skipSpace();
      if (p >= parts.length) places.push(undefined);
      else {
        const next = matchLine(line.text);
        if (next === undefined) return undefined;
        places.push(next);
      }
    }
    return places;
  }
  return undefined;
}

/** The places of the printed lines in `base`, computed once per base. */
function placesOf(base: Resolution, printed: PrintedLines, flat: Flat): (LinePlace | undefined)[] | undefined {
  const known = aligned.get(printed);
  if (known !== undefined && known.base === base) return known.places;
  const places = alignLines(printed, partsOf(base, flat));
  aligned.set(printed, places === undefined ? undefined : { base, places });
  return places;
}

/** The word around a boundary inside a word, for the message. */
function wordAt(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  return text.slice(s, e);
}

/**
 * Resolves printed lines `from`–`to` of `base` into clause pieces, or says why
 * not.
 */
export function resolvePrintedLines(
  base: Resolution,
  printed: PrintedLines,
  from: number,
  to: number,
): LinesAddress | { kind: 'missing'; reason: string } {
  const name = from === to ? `Zeile ${from}` : `Zeilen ${from} bis ${to}`;
  if (printed.unreadable !== undefined)
    return {
      kind: 'missing',
      reason: `the reference "${name}" counts the line numbers printed in the base, but ${printed.unreadable}`,
    };
  const flat = flatten(base);
  const places = placesOf(base, printed, flat);
  if (places === undefined)
    return {
      kind: 'missing',
      reason: `the reference "${name}" counts the line numbers printed in the base, but its printed lines could not be matched to its text`,
    };
  const firstNumber = printed.lines[0]!.number;
  const lastNumber = firstNumber + places.length - 1;
  if (to < from) return { kind: 'missing', reason: `the reference "${name}" is not a range of lines` };
  for (const n of [from, to]) {
    if (n < firstNumber || n > lastNumber || places[n - firstNumber] === undefined)
      return {
        kind: 'missing',
        reason: `there is no printed line ${n} in the resolution: its printed lines run from ${firstNumber} to ${lastNumber}`,
      };
  }
  const start = places[from - firstNumber]!.start;
  const end = places[to - firstNumber]!.end;
  if (start.clause < 0 || end.clause < 0)
    return {
      kind: 'missing',
      reason: `the reference "${name}" names the lead sentence of the resolution, not a clause`,
    };
  const address: LinesAddress = { kind: 'lines', from, to, pieces: piecesBetween(flat, start, end) };
  const cut = cutWord(flat, start, 'begins') ?? cutWord(flat, end, 'ends');
  if (cut !== undefined) {
    address.cut = `the reference "${name}" ${cut} (hyphenated across two printed lines); name the passage by its words`;
    widen(address.pieces);
  }
  return address;
}

/** "begins inside the word „zugänglich“" when a range boundary lies inside a word, else undefined. */
function cutWord(flat: Flat, place: Place, what: 'begins' | 'ends'): string | undefined {
  const text = flat.clauses[place.clause]!.text;
  if (place.label || !isWordChar(text[place.offset - 1]) || !isWordChar(text[place.offset])) return undefined;
  return `${what} inside the word „${wordAt(text, place.offset)}“`;
}

/** Widens each piece's scope to whole words (a search in the lines finds a word cut by their boundary). */
function widen(pieces: LinePiece[]): void {
  for (const piece of pieces) {
    const text = piece.clause.text;
    let { start, end } = piece.scope;
    while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
    while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
    piece.scope = { start, end };
  }
}

/** The clause pieces between two places, in document order. */
function piecesBetween(flat: Flat, start: Place, end: Place): LinePiece[] {
  const pieces: LinePiece[] = [];
  for (let i = start.clause; i <= end.clause; i++) {
    const clause = flat.clauses[i]!;
    const scope: Span = {
      start: i === start.clause ? start.offset : 0,
      end: i === end.clause ? end.offset : clause.text.length,
    };
    const fromLabel = i > start.clause || start.label;
    const whole =
      fromLabel &&
      scope.start === 0 &&
      (i < end.clause || scope.end === clause.text.length) &&
      flat.last[i]! <= end.clause &&
      (flat.last[i]! < end.clause || end.offset === flat.clauses[end.clause]!.text.length);
    if (scope.end > scope.start || whole) pieces.push({ clause, parent: flat.parents[i], scope, whole });
  }
  return pieces;
}
