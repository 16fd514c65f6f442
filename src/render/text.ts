/**
 * `toText`: a redline (or resolution) for the terminal — plain with wdiff-style
 * brackets (`[-alt-]{+neu+}`), or with ANSI styles (red struck deletions,
 * green bold insertions).
 *
 * @module
 */
import type { Redline, RedlineClause, Resolution } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { toRenderRedline } from './input.js';
import { TEXT_OPTIONS, type TextOptions } from './render-options.js';
import { resolveOptions } from '../validate/options.js';
import { firstParagraphWithLabel, layoutClause, layoutLead, layoutTitle, type ClauseLayout } from './layout.js';
import { splitEdgeSpace } from './pieces.js';
import { numberedText } from './line-numbers.js';
import { walk, type Visit } from '../tree.js';
import { noteText, typographyView } from './typography.js';

/** ANSI SGR sequences: each style is switched off by its own reset, not by a full reset. */
const ANSI = {
  delete: ['\u001b[31m\u001b[9m', '\u001b[29m\u001b[39m'],
  insert: ['\u001b[32m\u001b[1m', '\u001b[22m\u001b[39m'],
  note: ['\u001b[2m', '\u001b[22m'],
} as const;

/** Plain-text change markers (as wdiff writes them). */
const BRACKETS = {
  delete: ['[-', '-]'],
  insert: ['{+', '+}'],
} as const;

/**
 * Renders a redline (or a resolution) as text: the lead (marked like a clause
 * text when the amendment changed it), then one block per
 * clause (label, text, further paragraphs and children indented under the
 * text), blocks separated by a blank line. Control characters in the input are
 * shown as Unicode control pictures (`␛`), so text cannot send escape
 * sequences to a terminal. Ends with a newline.
 */
export function toText(x: Redline | Resolution, given?: TextOptions): string {
  const options = resolveOptions('toText', TEXT_OPTIONS, given);
  const view = typographyView(toRenderRedline(x, options.view), options.typography);
  const redline = view.redline;
  const color = options.color;
  if (options.lineNumbers) return numberedText(redline, options.lineLength, (pieces) => inlineText(pieces, color));
  const blocks = [...layoutTitle(redline, 'segments'), ...layoutLead(redline, 'segments')].map((paragraph) =>
    inlineText(paragraph, color),
  );
  /** The column each clause's children start at. */
  const inners = new Map<Visit<RedlineClause>, number>();
  walk(redline.clauses, (visit) => {
    const clause = visit.node;
    const column = visit.up === undefined ? 0 : inners.get(visit.up)!;
    const layout = layoutClause(clause, 'segments');
    // A whole inserted/deleted clause is marked as one, label included: {+5. Neuer Text.+}
    const label = layout.whole === undefined ? labelText(layout, color) : '';
    const first = inlineText(
      layout.whole === undefined ? (layout.paragraphs[0] ?? []) : firstParagraphWithLabel(layout),
      color,
    );
    const inner = column + (clause.label === '' ? 0 : [...clause.label].length + 1);
    const lines = [' '.repeat(column) + (label === '' ? first : first === '' ? label : `${label} ${first}`)];
    for (const paragraph of layout.paragraphs.slice(1)) lines.push(' '.repeat(inner) + inlineText(paragraph, color));
    const notes = view.notes.get(clause);
    // The `typography: 'mark'` note: on its own line under the text, in parentheses (dim with colour).
    if (notes !== undefined) lines[lines.length - 1] += `\n${' '.repeat(inner)}${note(noteText(notes), color)}`;
    blocks.push(lines.join('\n\n'));
    inners.set(visit, inner);
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** A note in parentheses, dim with colour. */
function note(text: string, color: boolean): string {
  const body = `(${visible(text)})`;
  return color ? `${ANSI.note[0]}${body}${ANSI.note[1]}` : body;
}

function labelText(layout: ClauseLayout, color: boolean): string {
  return layout.label.map((piece) => pieceText(piece, color)).join(color ? ' ' : '');
}

/** One paragraph of pieces as (optionally coloured) text. */
export function inlineText(pieces: readonly Piece[], color: boolean): string {
  let out = '';
  pieces.forEach((piece, index) => {
    if (color && piece.type === 'insert' && pieces[index - 1]?.type === 'delete') out += ' ';
    out += pieceText(piece, color);
  });
  return out;
}

/** A piece; a change's edge whitespace stays outside its markers (the text is unchanged). */
function pieceText(piece: Piece, color: boolean): string {
  if (piece.type === 'equal') return visible(piece.text);
  const { before, core, after } = splitEdgeSpace(piece.text);
  const [open, close] = (color ? ANSI : BRACKETS)[piece.type];
  return visible(before) + (core === '' ? '' : open + visible(core) + close) + visible(after);
}

/**
 * Control characters (C0 except tab and line feed, DEL, C1) as their Unicode
 * control pictures or U+FFFD, so input text cannot drive the terminal.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex -- making control characters visible is the point
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}
