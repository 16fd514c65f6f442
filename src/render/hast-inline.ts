/**
 * The small builders every HTML-producing renderer shares: hast text and
 * element nodes whose text has the controls HTML forbids replaced (the
 * serialiser escapes the rest), and a paragraph of pieces as inline hast —
 * `<del>`/`<ins>` with classes and sources, edge whitespace outside the
 * element, one space between a deletion and the insertion that replaces it.
 *
 * @module
 */
import type { Element, ElementContent, Properties, Text } from 'hast';
import type { Piece } from '../redline/read/spacing.js';
import { withoutControls } from './html-escape.js';
import { splitEdgeSpace } from './pieces.js';

/** A text node (controls HTML forbids become U+FFFD). */
export function hastText(value: string): Text {
  return { type: 'text', value: withoutControls(value) };
}

/** An element; string property values have forbidden controls replaced. */
export function hastElement(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  const clean: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    clean[key] = typeof value === 'string' ? withoutControls(value) : value;
  }
  return { type: 'element', tagName, properties: clean, children };
}

/** One paragraph of pieces as inline hast; a deletion directly followed by an insertion gets a space between. */
export function piecesToHast(pieces: readonly Piece[]): ElementContent[] {
  const out: ElementContent[] = [];
  pieces.forEach((piece, index) => {
    const previous = pieces[index - 1];
    if (piece.type === 'insert' && previous?.type === 'delete') pushText(out, ' ');
    out.push(...pieceToHast(piece));
  });
  return out;
}

/**
 * One piece: text, wrapped in `<del class="redline-del">`/`<ins class="redline-ins">`
 * when it is a change (with `data-source` and `title` when it names its
 * amendment); the change's edge whitespace stays outside the element, so no
 * space is struck or underlined. A moved passage (`piece.move`) gets its id,
 * the class `redline-moved` and a link to its other end after it.
 */
export function pieceToHast(piece: Piece): ElementContent[] {
  if (piece.type === 'equal') return piece.text === '' ? [] : [hastText(piece.text)];
  const { before, core, after } = splitEdgeSpace(piece.text);
  const tag = piece.type === 'delete' ? 'del' : 'ins';
  const out: ElementContent[] = [];
  if (before !== '') out.push(hastText(before));
  if (core !== '') {
    const properties: Properties = { className: [`redline-${tag}`] };
    if (piece.move !== undefined) {
      properties['className'] = [`redline-${tag}`, 'redline-moved'];
      properties['id'] = piece.move.id;
    }
    if (piece.source !== undefined) {
      properties['dataSource'] = piece.source;
      properties['title'] = piece.source;
    }
    out.push(hastElement(tag, properties, [hastText(core)]));
    // A moved passage links to its other end, as the HTML redline does (src/render/moves.ts).
    if (piece.move !== undefined) {
      const link = hastElement('a', { className: ['redline-move'], href: `#${piece.move.target}` }, [
        hastText(piece.move.note),
      ]);
      out.push(hastText(' '), link);
    }
  }
  if (after !== '') out.push(hastText(after));
  return out;
}

/** Appends text, merging it into a text node at the end. */
export function pushText(out: ElementContent[], value: string): void {
  const last = out[out.length - 1];
  if (last !== undefined && last.type === 'text') last.value += withoutControls(value);
  else out.push(hastText(value));
}
