/**
 * Pieces → mdast phrasing (`delete`/`strong`/`text`) → Markdown, with
 * remark-stringify doing the escaping (`Kölner\*innen`, `\~`, `\<`, `\[`,
 * a leading `1\.`). remark-gfm with `singleTilde: false`, as the reader uses.
 *
 * @module
 */
import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Piece } from '../redline/read/spacing.js';
import { splitEdgeSpace } from './pieces.js';
import { protectLine, protectSpaces, type ProtectOptions } from '../redline/read/labels.js';

const processor = unified()
  .use(remarkGfm, { singleTilde: false })
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' })
  .freeze();

/**
 * mdast phrasing for pieces: `delete` → `delete`, `insert` → `strong`, `equal`
 * → `text`. Whitespace at a change's edge is put outside the node (Markdown
 * markers cannot hold it; remark-stringify would write `&#x20;`), adjacent text merged.
 */
export function piecesToPhrasing(pieces: readonly Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const text = (value: string): void => {
    if (value === '') return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  for (const piece of pieces) {
    if (piece.type === 'equal') {
      text(piece.text);
      continue;
    }
    const { before, core, after } = splitEdgeSpace(piece.text);
    text(before);
    if (core !== '') {
      const child = { type: 'text' as const, value: core };
      out.push(piece.type === 'delete' ? { type: 'delete', children: [child] } : { type: 'strong', children: [child] });
    }
    text(after);
  }
  return out;
}

/** One paragraph of phrasing as Markdown (no trailing newline). */
export function phrasingToMarkdown(children: PhrasingContent[]): string {
  if (children.length === 0) return '';
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
  const markdown = processor.stringify(root);
  let end = markdown.length;
  while (end > 0 && markdown[end - 1] === '\n') end--;
  return markdown.slice(0, end);
}

/**
 * One paragraph of pieces as one line of Markdown that the clause parser reads
 * back as exactly this text: its start cannot be taken for a label or heading
 * (see `protectLine`), and runs of spaces survive (see `protectSpaces`).
 */
export function piecesToMarkdown(pieces: readonly Piece[], options: ProtectOptions = {}): string {
  return protectSpaces(protectLine(phrasingToMarkdown(piecesToPhrasing(pieces)), options));
}

/** Any mdast tree as Markdown with the same settings. */
export function stringifyMdast(root: Root): string {
  return processor.stringify(root);
}

/**
 * GFM footnote definitions (`[^t1]: …`), one per note, numbered from 1 as the
 * references `[^t1]`, `[^t2]` … that the caller wrote (the `typography: 'mark'`
 * notes). Ends without a newline; empty for no notes.
 */
export function footnoteDefinitions(notes: readonly string[]): string {
  return notes
    .map((note, index) => `${footnoteReference(index + 1)}: ${phrasingToMarkdown([{ type: 'text', value: note }])}`)
    .join('\n\n');
}

/** The reference of the `n`-th footnote: `[^t1]`. */
export function footnoteReference(n: number): string {
  return `[^t${n}]`;
}
