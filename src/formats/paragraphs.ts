/**
 * The paragraph model every document reader produces (Word, OpenDocument),
 * and the labels at the start of a paragraph.
 *
 * A paragraph is a list of pieces (unchanged, deleted, inserted text), the
 * fate of its paragraph mark, its role (title, lead, body), its indentation
 * and — when the file says so (a label character style, automatic numbering)
 * — its label. Where the file does not say, the label is read from the text
 * with the clause parser's own label grammar (`scanLineLabel`, `isFalseLabel`),
 * including a label that is itself changed (`3.` struck, `4.` inserted).
 *
 * @module
 */
import type { Segment } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { scanLineLabel } from '../parse/labels.js';
import { isFalseLabel } from '../parse/labels.js';
import { isWhitespace } from '../text/chars.js';

/** A label as the base and the amended version show it (`''` where a version has none). */
export interface ParagraphLabel {
  base: string;
  amended: string;
}

/** One paragraph of a document, as a reader found it. */
export interface ReadParagraph {
  /** A title or heading style, the lead style, or anything else. */
  role: 'title' | 'lead' | 'body';
  /** The level of automatic numbering (`w:ilvl`), when the paragraph has one. */
  level: number | undefined;
  /** Left indentation, in any unit the reader likes (only compared). */
  indent: number;
  /** The label when the file marks it (label style, automatic numbering). */
  label: ParagraphLabel | undefined;
  /** The text after the label. */
  pieces: Piece[];
  /** The paragraph mark: kept, deleted or inserted (tracked changes only). */
  mark: Segment['type'];
  /** The file says the paragraph was written by `toDocx` (its styles): labels come only from the label style. */
  ours: boolean;
}

/** A paragraph with its label settled. */
export interface LabelledParagraph extends ReadParagraph {
  /** The whole paragraph (label, text, mark) exists in one version only. */
  whole: 'insert' | 'delete' | undefined;
}

/** The type all of a paragraph's text has, when it is all deleted or all inserted. */
function wholeType(pieces: readonly Piece[]): 'insert' | 'delete' | undefined {
  let type: Segment['type'] | undefined;
  for (const piece of pieces) {
    if (piece.type === 'equal' && [...piece.text].every(isWhitespace)) continue;
    if (type !== undefined && piece.type !== type) return undefined;
    type = piece.type;
  }
  return type === 'equal' ? undefined : type;
}

/** A label at the start of `text` that the clause parser would take: its text and where the rest starts. */
function labelAt(text: string): { label: string; rest: number } | undefined {
  const ll = scanLineLabel(text);
  if (ll === undefined || ll.reopen !== '' || isFalseLabel(text, ll)) return undefined;
  if (!text.startsWith(ll.label)) return undefined;
  return { label: ll.label, rest: ll.textStart };
}

/**
 * Settles the label of a paragraph: the file's own, or the one its text
 * starts with. `tracked`: a whole paragraph also needs its mark tracked the
 * same way (without tracked changes there are no tracked marks), except the
 * document's last paragraph, whose mark Word and LibreOffice cannot track.
 */
export function settleLabel(
  paragraph: ReadParagraph,
  tracked: boolean,
  last: boolean,
  ours: boolean,
): LabelledParagraph {
  const pieces = paragraph.pieces.filter((p) => p.text !== '');
  const whole = wholeType(pieces);
  const marked = tracked && paragraph.mark === whole;
  // A label the file marks must be of the same kind (a numbered label is in both versions: the mark decides).
  const label = paragraph.label;
  const labelKind =
    label === undefined ? whole : label.base === '' ? 'insert' : label.amended === '' ? 'delete' : 'both';
  const isWhole =
    whole !== undefined && (labelKind === whole || (labelKind === 'both' && marked)) && (!tracked || last || marked);
  const settled = { ...paragraph, pieces, whole: isWhole ? whole : undefined };
  if (ours || paragraph.label !== undefined || paragraph.role !== 'body' || pieces.length === 0) return settled;
  const first = pieces[0]!;
  if (isWhole || first.type === 'equal') {
    const text = isWhole ? pieces.map((p) => p.text).join('') : first.text;
    const found = labelAt(text.trimStart());
    if (found === undefined) return settled;
    const skip = text.length - text.trimStart().length + found.rest;
    const rest = isWhole
      ? [{ type: whole!, text: text.slice(skip) }]
      : [{ ...first, text: first.text.slice(skip) }, ...pieces.slice(1)];
    const label = isWhole ? labelFor(whole!, found.label) : { base: found.label, amended: found.label };
    return { ...settled, label, pieces: rest.filter((p) => p.text !== '') };
  }
  // `3.` struck and `4.` inserted: a renumbered clause.
  const second = pieces[1];
  const old = first.type === 'delete' ? labelAt(first.text.trim()) : undefined;
  const now = second?.type === 'insert' ? labelAt(second.text.trimStart()) : undefined;
  if (old === undefined || now === undefined || old.label !== first.text.trim()) return settled;
  const after = second!.text.trimStart().slice(now.rest);
  return {
    ...settled,
    label: { base: old.label, amended: now.label },
    pieces: [...(after === '' ? [] : [{ type: 'insert' as const, text: after }]), ...pieces.slice(2)],
  };
}

function labelFor(type: 'insert' | 'delete', label: string): ParagraphLabel {
  return type === 'insert' ? { base: '', amended: label } : { base: label, amended: '' };
}
