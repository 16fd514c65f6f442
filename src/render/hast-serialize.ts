/**
 * hast → HTML string, with the settings every renderer uses: named character
 * references (`&lt;`, `&amp;`, `&quot;`), double-quoted attributes, no
 * omitted tags. Text is escaped by hast-util-to-html (`<` and `&` in text;
 * `"`, `&`, `'` and `` ` `` in attribute values — what HTML needs for text to
 * stay text); raw HTML is written only where a caller passes `allowRaw` for
 * markup the library made itself.
 *
 * hast-util-to-html recurses once per level of the tree, and a clause tree
 * 5,000 levels deep (hostile input the library must survive) becomes an
 * element tree twice as deep, which would overflow the call stack. Subtrees of
 * moderate height are therefore handed to it whole, and only the elements
 * above them are opened and closed here, walking iteratively (src/tree.ts).
 *
 * @module
 */
import type { Root, RootContent } from 'hast';
import { toHtml as hastToHtml, type Options } from 'hast-util-to-html';
import { walk, walkPostorder } from '../tree.js';
import { HastView } from './hast-view.js';

/** Raw HTML in a hast tree (written as is, only with `allowRaw`). */
export interface RawNode {
  type: 'raw';
  value: string;
}

/** A raw node, typed as hast content for the serialiser. */
export function rawNode(value: string): RootContent {
  const node: RawNode = { type: 'raw', value };
  return node as unknown as RootContent;
}

/** Subtrees up to this height are serialised by one call (a few stack frames per level). */
const WHOLE_HEIGHT = 200;

/**
 * Serialises a hast tree; deep trees without recursion (see the module comment).
 *
 * @param allowRaw - write `raw` nodes as they are (only for markup the library made itself)
 */
export function serializeHast(tree: Root | RootContent, allowRaw = false): string {
  const settings: Options = { characterReferences: { useNamedReferences: true }, allowDangerousHtml: allowRaw };
  const root = new HastView(tree);
  const height = new Map<HastView, number>();
  walkPostorder([root], ({ node }) => {
    height.set(
      node,
      node.children.reduce((max, child) => Math.max(max, height.get(child)! + 1), 1),
    );
  });
  if (height.get(root)! <= WHOLE_HEIGHT) return hastToHtml(tree, settings);
  const out: string[] = [];
  // The closing tags of the open elements above the current node, innermost last.
  const closers: string[] = [];
  walk([root], ({ node: view, depth }) => {
    while (closers.length > depth) out.push(closers.pop()!);
    const node = view.node;
    if (node.type === 'root') {
      closers.push('');
      return undefined;
    }
    if (node.type !== 'element' || height.get(view)! <= WHOLE_HEIGHT) {
      out.push(hastToHtml(node, settings));
      closers.push('');
      return 'skip';
    }
    const empty = hastToHtml({ ...node, children: [] }, settings);
    const close = `</${node.tagName}>`;
    const paired = empty.endsWith(close);
    out.push(paired ? empty.slice(0, empty.length - close.length) : empty);
    closers.push(paired ? close : '');
    return undefined;
  });
  while (closers.length > 0) out.push(closers.pop()!);
  return out.join('');
}
