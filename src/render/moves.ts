/**
 * Moved text: a passage deleted in one place and inserted, word for word, in
 * another is the same text moved, not two unrelated changes.
 *
 * In the HTML redline ({@link markMoves}) both marks keep their `<del>`/`<ins>`
 * (the redline stays exact), get the class `redline-moved` and an id, and are
 * linked to each other by a small `<a class="redline-move">` after them
 * ("verschoben ↓", "verschoben von ↑"). The Synopsen ({@link movePieces}) mark
 * their pieces the same way before writing them: HTML with the same classes
 * and link, Markdown with a note after the mark (`_(verschoben nach 3.)_`).
 *
 * Only passages of at least {@link MOVE_WORDS} words count: a short phrase
 * deleted here and inserted there ("der Stadt") is usually two edits.
 *
 * @module
 */
import type { Element, ElementContent } from 'hast';
import type { Piece, PieceMove } from '../redline/read/spacing.js';
import { foldTypography } from '../text/normalize.js';
import { hastElement, hastText } from './hast-inline.js';

/** The fewest words a passage must have to be shown as moved. */
export const MOVE_WORDS = 5;

/** A `<del>` or `<ins>` of a clause paragraph, with the paragraph that holds it. */
interface Mark extends Passage {
  element: Element;
  paragraph: Element;
}

/** The compared text of a passage: folded (typography aside), edge whitespace trimmed. */
function keyOf(text: string): string {
  return foldTypography(text).trim();
}

function words(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

/** A deleted or inserted passage that may be one end of a move. */
interface Passage {
  type: 'delete' | 'insert';
  /** The passage's compared text (see {@link keyOf}). */
  key: string;
}

/**
 * Pairs each insertion with the first still unpaired deletion of the same
 * text (in the given order); passages under {@link MOVE_WORDS} words never pair.
 */
function pairMoves<T extends Passage>(passages: readonly T[]): Array<{ from: T; to: T }> {
  const open = new Map<string, T[]>();
  for (const p of passages) {
    if (p.type === 'delete' && words(p.key) >= MOVE_WORDS) open.set(p.key, [...(open.get(p.key) ?? []), p]);
  }
  const pairs: Array<{ from: T; to: T }> = [];
  for (const to of passages) {
    if (to.type !== 'insert') continue;
    const from = open.get(to.key)?.shift();
    if (from !== undefined) pairs.push({ from, to });
  }
  return pairs;
}

/** A paragraph of pieces in a column of a Synopse, with where it stands. */
export interface MovePlace {
  /** The paragraph; a moved piece is replaced by a copy carrying its {@link PieceMove}. */
  pieces: Piece[];
  /** How the notes name its clause (`3.`, `§ 2`). */
  place: string;
  /** Its row: decides whether the other end lies above or below. */
  order: number;
  /** A whole clause's label joined into its first piece (`5. `), not compared. */
  label?: string;
}

/**
 * Marks the moved passages among the deletions and insertions of `paragraphs`
 * (one column of a Synopse, or both columns of a two-sided one): each pair gets
 * ids `${prefix}-n` / `${prefix}-n-to` and a note naming the other place
 * ("verschoben nach 3.", "verschoben von 1."; within one clause "verschoben ↓",
 * "verschoben von ↑"). Returns how many it found.
 */
export function movePieces(paragraphs: readonly MovePlace[], prefix: string): number {
  const passages = paragraphs.flatMap((paragraph) =>
    paragraph.pieces.flatMap((piece, index) => {
      if (piece.type === 'equal') return [];
      const skip = index === 0 && paragraph.label !== undefined && piece.text.startsWith(paragraph.label);
      const key = keyOf(skip ? piece.text.slice(paragraph.label!.length) : piece.text);
      return [{ type: piece.type, key, paragraph, index }];
    }),
  );
  const pairs = pairMoves(passages);
  pairs.forEach(({ from, to }, n) => {
    const id = `${prefix}-${n + 1}`;
    const down = from.paragraph.order <= to.paragraph.order;
    const same = from.paragraph.place === to.paragraph.place;
    const there = same ? (down ? '↓' : '↑') : `nach ${to.paragraph.place}`;
    const back = same ? (down ? '↑' : '↓') : from.paragraph.place;
    setMove(from, { id, target: `${id}-to`, note: `verschoben ${there}` });
    setMove(to, { id: `${id}-to`, target: id, note: `verschoben von ${back}` });
  });
  return pairs.length;
}

function setMove(at: { paragraph: MovePlace; index: number }, move: PieceMove): void {
  at.paragraph.pieces[at.index] = { ...at.paragraph.pieces[at.index]!, move };
}

/** The `<del>`/`<ins>` marks of the clause items' paragraphs (`<li><p>…</p></li>`), in document order. */
function marksOf(items: Iterable<Element>): Mark[] {
  const out: Mark[] = [];
  for (const item of items) {
    for (const paragraph of item.children) {
      if (paragraph.type !== 'element' || paragraph.tagName !== 'p') continue;
      for (const element of paragraph.children) {
        if (element.type !== 'element' || (element.tagName !== 'del' && element.tagName !== 'ins')) continue;
        const text = element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        out.push({ element, paragraph, key: keyOf(text), type: element.tagName === 'del' ? 'delete' : 'insert' });
      }
    }
  }
  return out;
}

/** Marks each moved passage of the clause items (given in document order) in place; returns how many it found. */
export function markMoves(items: Iterable<Element>): number {
  const marks = marksOf(items);
  const order = new Map<Element, number>();
  marks.forEach((mark) => order.set(mark.paragraph, order.get(mark.paragraph) ?? order.size));
  const pairs = pairMoves(marks);
  pairs.forEach(({ from, to }, n) => {
    const id = `redline-move-${n + 1}`;
    const down = order.get(from.paragraph)! <= order.get(to.paragraph)!;
    link(from, id, `${id}-to`, down ? 'verschoben ↓' : 'verschoben ↑');
    link(to, `${id}-to`, id, down ? 'verschoben von ↑' : 'verschoben von ↓');
  });
  return pairs.length;
}

/** Gives a mark its id and class and puts the link to the other place right after it. */
function link(mark: Mark, id: string, target: string, text: string): void {
  const { element, paragraph } = mark;
  element.properties['id'] = id;
  element.properties['className'] = [
    ...((element.properties['className'] as string[] | undefined) ?? []),
    'redline-moved',
  ];
  const anchor: ElementContent = hastElement('a', { className: ['redline-move'], href: `#${target}` }, [
    hastText(text),
  ]);
  paragraph.children.splice(paragraph.children.indexOf(element) + 1, 0, hastText(' '), anchor);
}
