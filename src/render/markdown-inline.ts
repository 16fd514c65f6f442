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
import { scanParagraph } from '../redline/read/markers.js';
import { isWordChar } from '../text/chars.js';
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
 * A moved passage (`piece.move`, set only by the Synopsen) is followed by its note in emphasis.
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
      // A moved passage (Synopse only) names its other place: `~~…~~ _(verschoben nach 3.)_`.
      if (piece.move !== undefined) {
        out.push(
          { type: 'text', value: ' ' },
          { type: 'emphasis', children: [{ type: 'text', value: `(${piece.move.note})` }] },
        );
      }
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

/** A backslash escape of an emphasis delimiter, `\*` or `\_` (after any escaped backslashes). */
const DELIMITER_ESCAPE = /(?<!\\)((?:\\\\)*)\\([*_])/gu;

/**
 * remark-stringify escapes every `*` and `_` that could take part in emphasis,
 * though inside a word most cannot: an intraword `_` never opens or closes
 * emphasis (`a_b`), and a paragraph's only intraword `*` (`Kölner*innen`) has
 * nothing to pair with — a `**` marker run cannot take it (the rule of three).
 * Those escapes are dropped; two gender stars keep theirs (they would pair).
 * The redline reader (`scanParagraph`, the same pieces as remark for the
 * markers) must read the result as it reads the escaped paragraph: one linear
 * scan each.
 */
function withoutNeedlessEscapes(markdown: string): string {
  if (markdown.includes('\n') || !markdown.includes('\\')) return markdown;
  const escapes = [...markdown.matchAll(DELIMITER_ESCAPE)];
  const intraword = (m: RegExpMatchArray): boolean => {
    const before = m[1] === '' ? markdown[m.index! - 1] : '\\';
    return isWordChar(before) && isWordChar(markdown[m.index! + m[0].length]);
  };
  const stars = escapes.filter((m) => m[2] === '*').length;
  const drop = new Set(escapes.filter((m) => intraword(m) && (m[2] === '_' || stars === 1)).map((m) => m.index!));
  if (drop.size === 0) return markdown;
  const plain = markdown.replace(DELIMITER_ESCAPE, (all: string, slashes: string, ch: string, index: number) =>
    drop.has(index) ? slashes + ch : all,
  );
  const escaped = scanParagraph(markdown);
  const read = scanParagraph(plain);
  return escaped !== undefined && read !== undefined && JSON.stringify(escaped) === JSON.stringify(read)
    ? plain
    : markdown;
}

/**
 * One paragraph of pieces as one line of Markdown that the clause parser reads
 * back as exactly this text: its start cannot be taken for a label or heading
 * (see `protectLine`), runs of spaces survive (see `protectSpaces`), and no
 * `*` or `_` is escaped that needs no escape.
 */
export function piecesToMarkdown(pieces: readonly Piece[], options: ProtectOptions = {}): string {
  return protectSpaces(protectLine(withoutNeedlessEscapes(phrasingToMarkdown(piecesToPhrasing(pieces))), options));
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
