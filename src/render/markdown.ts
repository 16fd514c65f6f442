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
import {
  MARKERS,
  markdownLabel,
  needsIndentedParagraphs,
  protectLine,
  protectSpaces,
  ranksBelow,
} from '../redline/read/labels.js';
import { protectEdges } from '../redline/read/edge-characters.js';
import { fitsLabelLine } from '../redline/read/headings.js';
import {
  firstParagraphWithLabel,
  hasHeadingLine,
  isPlainLabel,
  layoutClause,
  layoutLead,
  layoutTitle,
  type ClauseLayout,
} from './layout.js';
import {
  footnoteDefinitions,
  footnoteReference,
  phrasingToMarkdown,
  piecesToMarkdown,
  piecesToPhrasing,
} from './markdown-inline.js';
import { noteText, typographyView } from './typography.js';
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
  const view = typographyView(toRenderRedline(x, options.view), options.typography);
  const redline = view.redline;
  if (options.lineNumbers) return numberedMarkdown(redline, options.lineLength);
  /**
   * The last paragraph written, if it has text of its own (not a label alone
   * or a heading line): a lower-case paragraph after a sentence end needs no
   * escape (see `protectLine`).
   */
  let previous: string | undefined;
  const after = (): { after?: string } => (previous === undefined ? {} : { after: previous });
  // The document's title, a heading above the lead (a changed title marked like a clause text).
  const titles = layoutTitle(redline).map((paragraph) => `# ${piecesToMarkdown(paragraph, { continuation: true })}`);
  // The lead: one paragraph each, a changed lead marked like a clause text.
  const blocks = layoutLead(redline).map((paragraph) => {
    previous = protectEdges(piecesToMarkdown(paragraph, { continuation: true, ...after() }));
    return previous;
  });
  /** The `typography: 'mark'` notes, as footnotes at the end. */
  const footnotes: string[] = [];
  /** Where each clause's children start: their column, the enclosing list item's content column, the parent. */
  const inners = new Map<Visit<RedlineClause>, Inner>();
  walk(redline.clauses, (visit) => {
    const clause = visit.node;
    const column = columnOf(clause, visit.up === undefined ? undefined : inners.get(visit.up)!);
    const container = visit.up === undefined ? 0 : inners.get(visit.up)!.container;
    const layout = layoutClause(clause);
    const plain = isPlainLabel(layout);
    const label = clause.label;
    let first: string;
    if (plain) {
      const text = markdownOf(layout.paragraphs[0] ?? [], label === '', after());
      // A kept heading that the parser does not take on the label's line goes on the line after it.
      const separator = ownLine(clause) ? `\n${' '.repeat(column)}` : ' ';
      first = label === '' ? text : text === '' ? label : `${label}${separator}${text}`;
    } else {
      first = wholeHeadingLine(clause, layout) ?? markedFirstLine(layout);
    }
    const inner = innerOf(clause, column, container, plain && LIST_MARKER.test(label));
    const lines = [' '.repeat(column) + protectEdges(first)];
    const ownText = (layout.paragraphs[0] ?? []).length > 0 && !hasHeadingLine(clause);
    previous = ownText ? lines[0]!.trim() : undefined;
    for (const paragraph of layout.paragraphs.slice(1)) {
      previous = protectEdges(markdownOf(paragraph, true, after()));
      lines.push(' '.repeat(inner.paragraphs) + previous);
    }
    const notes = view.notes.get(clause);
    if (notes !== undefined) {
      footnotes.push(noteText(notes));
      lines[lines.length - 1] += footnoteReference(footnotes.length);
      previous = undefined;
    }
    blocks.push(lines.join('\n\n'));
    inners.set(visit, inner);
  });
  if (footnotes.length > 0) blocks.push(footnoteDefinitions(footnotes));
  blocks.unshift(...titles);
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** True for a unit whose kept heading does not read back from its label's line (see `fitsLabelLine`). */
function ownLine(clause: RedlineClause): boolean {
  const heading = clause.heading;
  return (
    typeof heading === 'string' &&
    (clause.baseHeading === undefined || clause.baseHeading === heading) &&
    !fitsLabelLine(clause.label, heading)
  );
}

/** Labels that CommonMark reads as a list item marker. */
const LIST_MARKER = /^(?:\d{1,9}[.)]|[-*+])$/;

/** Where the lines inside a clause go. */
interface Inner {
  /** The column of its children when they nest by indentation. */
  column: number;
  /** The content column of the innermost Markdown list item around them (0: none). */
  container: number;
  /** The column of its further paragraphs. */
  paragraphs: number;
  /** No room to indent deeper without a code block: children nest by label rank at the clause's column. */
  flat: boolean;
  /** The clause. */
  clause: RedlineClause;
}

/**
 * The columns inside a clause at `column`. A list marker (`1.`, `2)`, `-`)
 * opens a Markdown list item: its content column is where the text starts.
 * Other labels start a plain paragraph, and a line four columns past the
 * enclosing list item's content is a code block: children and paragraphs
 * indent at most three columns past it. Where that is not two columns deeper
 * than the clause (the least the parser nests by), children stay at the
 * clause's column and nest by their label's rank (`II.` > `a)` > `aa)`), and
 * further paragraphs stay there too (they belong to the innermost numbered
 * clause); bullets and unlabelled clauses, whose paragraphs must be indented,
 * are the exception.
 */
function innerOf(clause: RedlineClause, column: number, container: number, opensListItem: boolean): Inner {
  const width = clause.label === '' ? 2 : clause.label.length + 1;
  if (opensListItem) {
    const inner = column + width;
    return { column: inner, container: inner, paragraphs: inner, flat: false, clause };
  }
  if (column + 2 <= container + 3) {
    const inner = Math.min(column + width, container + 3);
    return { column: inner, container, paragraphs: inner, flat: false, clause };
  }
  const paragraphs = needsIndentedParagraphs(clause.label) ? column + 2 : column;
  return { column, container, paragraphs, flat: true, clause };
}

/**
 * The column of a clause: where its parent's children go; with a flat parent,
 * the parent's column when the label ranks below the parent's in every version
 * both are in, else two columns deeper (a code block in a Markdown viewer, but
 * the structure reads back).
 */
function columnOf(clause: RedlineClause, parent: Inner | undefined): number {
  if (parent === undefined) return 0;
  if (!parent.flat) return parent.column;
  const p = parent.clause;
  const amended = clause.status !== 'deleted' && p.status !== 'deleted';
  const base = clause.status !== 'inserted' && p.status !== 'inserted';
  const below =
    (!amended || ranksBelow(p.label, clause.label)) &&
    (!base || ranksBelow(p.baseLabel ?? p.label, clause.baseLabel ?? clause.label));
  return below ? parent.column : parent.column + 2;
}

/** A paragraph as one line; `lineStart`: nothing (no label) precedes it on its line. */
function markdownOf(pieces: readonly Piece[], lineStart: boolean, after: { after?: string } = {}): string {
  return pieces.length === 0 ? '' : piecesToMarkdown(pieces, { continuation: lineStart, ...after });
}

/**
 * The heading line of a wholly inserted (deleted) statute unit whose heading
 * would not read back from the label's line (see `fitsLabelLine`): label and
 * heading marked apart, `**§ 2a** **neue Regeln**`, which `parseRedline` reads
 * as the unit's heading line; undefined for any other clause.
 */
function wholeHeadingLine(clause: RedlineClause, layout: ClauseLayout): string | undefined {
  const label = layout.label[0];
  const heading = layout.whole === 'delete' ? (clause.baseHeading ?? clause.heading) : clause.heading;
  if (layout.whole === undefined || label === undefined || heading === undefined || heading === '') return undefined;
  if (fitsLabelLine(label.text, heading)) return undefined;
  const marker = layout.whole === 'delete' ? MARKERS.delete : MARKERS.insert;
  const text = phrasingToMarkdown(piecesToPhrasing([{ type: layout.whole, text: heading }]));
  return `${marker}${markdownLabel(label.text)}${marker} ${protectSpaces(text)}`;
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
      ? `${marker(layout.label[0]!)}${markdownLabel(layout.label[0]!.text)} `
      : `${layout.label.map((piece) => `${marker(piece)}${markdownLabel(piece.text)}${marker(piece)}`).join(' ')} `;
  if (!markdown.startsWith(prefix)) return protectSpaces(markdown);
  return protectSpaces(prefix + protectLine(markdown.slice(prefix.length)));
}
