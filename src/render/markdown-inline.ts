/**
 * Pieces → mdast phrasing (`delete`/`strong`/`text`) → Markdown, with
 * remark's serialiser (mdast-util-to-markdown, what remark-stringify runs)
 * doing the escaping (`Kölner\*innen`, `\~`, `\<`, `\[`, a leading `1\.`).
 * Of GFM only strikethrough and tables (the Synopse) are written: the other
 * GFM extensions would only add escapes (`www\.`) and bundle size.
 *
 * @module
 */
import type { PhrasingContent, Root } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Piece } from '../redline/read/spacing.js';
import { splitEdgeSpace } from './pieces.js';
import { protectLine, protectSpaces, type ProtectOptions } from '../redline/read/labels.js';

/** How tables are written: padded columns (the redline Synopse) or not (the several-amendment Synopse). */
export interface StringifyOptions {
  /**
   * Pad table cells to align the pipes.
   * @default true
   */
  tablePipeAlign?: boolean;
}

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
  const markdown = stringifyMdast(root);
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

/**
 * Any mdast tree as Markdown with the house settings. Set up per call, not at
 * module level, so that a bundle which never writes Markdown leaves the
 * serialiser out.
 */
export function stringifyMdast(root: Root, options: StringifyOptions = {}): string {
  return toMarkdown(root, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    rule: '-',
    extensions: [gfmStrikethroughToMarkdown(), gfmTableToMarkdown({ tablePipeAlign: options.tablePipeAlign ?? true })],
  });
}
