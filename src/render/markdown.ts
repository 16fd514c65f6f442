/**
 * `toMarkdown`: a redline (or resolution) as Markdown in the style of the
 * council documents — labels as written, nesting by indentation, a blank line
 * between paragraphs, `~~gestrichen~~ **eingefügt**`.
 *
 * Each paragraph is built as mdast (`delete`/`strong`/`text`) and serialised
 * by remark-stringify, so everything Markdown would read as markup is escaped;
 * the lines around it (label, indentation) are assembled here, because labels
 * such as `a)`, `(2)` or `II.` are no Markdown list markers and must still be
 * written as they are. `parseRedline(toMarkdown(r))` gives back `r`.
 *
 * @module
 */
import type { Redline, RedlineClause, Resolution } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { toRenderRedline } from './input.js';
import { MARKDOWN_OPTIONS, type MarkdownOptions } from './render-options.js';
import { resolveOptions } from '../validate/options.js';
import { MARKERS, protectLine, protectSpaces } from '../redline/read/labels.js';
import { firstParagraphWithLabel, isPlainLabel, layoutClause, layoutLead, type ClauseLayout } from './layout.js';
import { phrasingToMarkdown, piecesToMarkdown, piecesToPhrasing } from './markdown-inline.js';
import { numberedMarkdown } from './line-numbers.js';
import { walk, type Visit } from '../tree.js';

/**
 * Renders a redline (or a resolution) as Markdown: `~~deleted~~ **inserted**`
 * with a space between a deletion and its replacement (in the lead too, when
 * the amendment changed it), labels as written,
 * children indented under their parent, whole inserted/deleted clauses marked
 * with their label (`**5. Neuer Text.**`, `~~6. Alter Text.~~`), renumbered
 * clauses as `~~3.~~ **4.** Text`. Ends with a newline.
 */
export function toMarkdown(x: Redline | Resolution, given?: MarkdownOptions): string {
  const options = resolveOptions('toMarkdown', MARKDOWN_OPTIONS, given);
  const redline = toRenderRedline(x, options.view);
  if (options.lineNumbers) return numberedMarkdown(redline, options.lineLength);
  // The lead: one paragraph each, a changed lead marked like a clause text.
  const blocks = layoutLead(redline).map((paragraph) => piecesToMarkdown(paragraph, { continuation: true }));
  /** Where each clause's children start: their column and the content column of the enclosing list item. */
  const inners = new Map<Visit<RedlineClause>, { column: number; container: number }>();
  walk(redline.clauses, (visit) => {
    const clause = visit.node;
    const { column, container } = visit.up === undefined ? { column: 0, container: 0 } : inners.get(visit.up)!;
    const layout = layoutClause(clause);
    const indent = ' '.repeat(column);
    const plain = isPlainLabel(layout);
    const label = clause.label;
    let first: string;
    if (plain) {
      const text = markdownOf(layout.paragraphs[0] ?? [], label === '');
      first = label === '' ? text : text === '' ? label : `${label} ${text}`;
    } else {
      first = markedFirstLine(layout);
    }
    // A list marker (`1.`, `2)`, `-`) opens a Markdown list item: its content
    // column is where the text starts. Other labels start a plain paragraph,
    // after which an indent of four columns past the enclosing list item's
    // content would make a code block: stay within three where that still
    // indents deeper than the clause itself (the parser nests by indentation).
    const width = label === '' ? 2 : label.length + 1;
    const opensListItem = plain && LIST_MARKER.test(label);
    const inner = opensListItem || container + 3 <= column ? column + width : Math.min(column + width, container + 3);
    const innerContainer = opensListItem ? inner : container;
    const lines = [indent + first];
    for (const paragraph of layout.paragraphs.slice(1)) {
      lines.push(' '.repeat(inner) + markdownOf(paragraph, true));
    }
    blocks.push(lines.join('\n\n'));
    inners.set(visit, { column: inner, container: innerContainer });
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Labels that CommonMark reads as a list item marker. */
const LIST_MARKER = /^(?:\d{1,9}[.)]|[-*+])$/;

/** A paragraph as one line; `lineStart`: nothing (no label) precedes it on its line. */
function markdownOf(pieces: readonly Piece[], lineStart: boolean): string {
  return pieces.length === 0 ? '' : piecesToMarkdown(pieces, { continuation: lineStart });
}

/**
 * The first line of a clause whose label is marked (`**5. Neuer Text.**`,
 * `~~3.~~ **4.** Text`): the label stays readable as a label, the text after it
 * is protected like any paragraph start.
 */
function markedFirstLine(layout: ClauseLayout): string {
  const markdown = phrasingToMarkdown(piecesToPhrasing(firstParagraphWithLabel(layout)));
  const marker = (piece: Piece): string => (piece.type === 'delete' ? MARKERS.delete : MARKERS.insert);
  const prefix =
    layout.whole !== undefined
      ? `${marker(layout.label[0]!)}${layout.label[0]!.text} `
      : `${layout.label.map((piece) => `${marker(piece)}${piece.text}${marker(piece)}`).join(' ')} `;
  if (!markdown.startsWith(prefix)) return protectSpaces(markdown);
  return protectSpaces(prefix + protectLine(markdown.slice(prefix.length)));
}
