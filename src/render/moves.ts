/**
 * Moved text in the HTML redline: a passage deleted in one place and inserted,
 * word for word, in another is the same text moved, not two unrelated changes.
 * Both marks keep their `<del>`/`<ins>` (the redline stays exact), get the
 * class `redline-moved` and an id, and are linked to each other by a small
 * `<a class="redline-move">` after them ("verschoben ↓", "verschoben von ↑").
 *
 * Only passages of at least {@link MOVE_WORDS} words count: a short phrase
 * deleted here and inserted there ("der Stadt") is usually two edits.
 *
 * @module
 */
import type { Element, ElementContent } from 'hast';
import { foldTypography } from '../text/normalize.js';
import { hastElement, hastText } from './hast-inline.js';

/** The fewest words a passage must have to be shown as moved. */
export const MOVE_WORDS = 5;

/** A `<del>` or `<ins>` of a clause paragraph, with the paragraph that holds it. */
interface Mark {
  element: Element;
  paragraph: Element;
  key: string;
}

/** The compared text of a mark: its text folded (typography aside), edge whitespace trimmed. */
function keyOf(element: Element): string {
  return foldTypography(element.children.map((c) => (c.type === 'text' ? c.value : '')).join('')).trim();
}

function words(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

/** The `<del>`/`<ins>` marks of the clause items' paragraphs (`<li><p>…</p></li>`), in document order. */
function marksOf(items: Iterable<Element>): { del: Mark[]; ins: Mark[] } {
  const out = { del: [] as Mark[], ins: [] as Mark[] };
  for (const item of items) {
    for (const paragraph of item.children) {
      if (paragraph.type !== 'element' || paragraph.tagName !== 'p') continue;
      for (const element of paragraph.children) {
        if (element.type !== 'element' || (element.tagName !== 'del' && element.tagName !== 'ins')) continue;
        const key = keyOf(element);
        if (words(key) >= MOVE_WORDS) out[element.tagName].push({ element, paragraph, key });
      }
    }
  }
  return out;
}

/** Marks each moved passage of the clause items (given in document order) in place; returns how many it found. */
export function markMoves(items: Iterable<Element>): number {
  const { del, ins } = marksOf(items);
  const order = new Map<Element, number>();
  [...del, ...ins].forEach((mark) => order.set(mark.paragraph, order.get(mark.paragraph) ?? order.size));
  const open = new Map<string, Mark[]>();
  for (const mark of del) open.set(mark.key, [...(open.get(mark.key) ?? []), mark]);
  let count = 0;
  for (const to of ins) {
    const from = open.get(to.key)?.shift();
    if (from === undefined) continue;
    count += 1;
    const id = `redline-move-${count}`;
    const down = order.get(from.paragraph)! <= order.get(to.paragraph)!;
    link(from, id, `${id}-to`, down ? 'verschoben ↓' : 'verschoben ↑');
    link(to, `${id}-to`, id, down ? 'verschoben von ↑' : 'verschoben von ↓');
  }
  return count;
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
