/**
 * The heading lines of statute units and sections in a document's
 * paragraphs (issue 11): `toDocx` writes a unit's heading line as a paragraph
 * of its own — the label (`§ 2`), then the heading, changes tracked or drawn
 * like text (`~~Name~~ Name und Sitz`) — and the unit's text in the
 * paragraphs after it. Read back, such a paragraph becomes the unit line the
 * statute parser reads (`§ 2 H⟨n⟩`, the stand-in of the redline form's
 * marked heading lines, src/redline/read/headings.ts) with a mark that
 * carries both headings, the base label and the whole status, so `readDocx`
 * gives back `heading` and `baseHeading` as `parseRedline` does.
 *
 * @module
 */
import type { Segment } from '../model.js';
import { scanUnitLine } from '../parse/unit-line.js';
import { fitsLabelLine, STAND_IN, type HeadingLine } from '../redline/read/headings.js';
import { SENTINEL_CLOSE, SENTINEL_OPEN, type MarkedSource } from '../redline/read/labels.js';
import { amendedText, baseText } from '../redline/segments.js';
import type { LabelledParagraph } from './paragraphs.js';

/** Whether `label` opens a statute unit or section (`§ 7`, `Art. 3`, `Abschnitt A`), not the Präambel. */
function isStructureLabel(label: string): boolean {
  if (label === '') return false;
  // With a heading after it, as the heading line is read (a roman section label alone is a list label: `I.`).
  const line = scanUnitLine(`${label} ${STAND_IN}`);
  return line !== undefined && line.kind !== 'preamble' && line.label === label;
}

/**
 * What a labelled paragraph says as a heading line, or undefined when it is
 * none: its label is a unit's or section's in every version it has, and its
 * text is the heading — always in a document `toDocx` wrote (`ours`), in
 * another only where the parser would read both versions' text as a heading
 * on the label's line (`§ 7 Sitzungen`, not `§ 7 Der Rat tagt.`).
 */
export function headingLineOf(
  p: LabelledParagraph,
  readSegments: (pieces: LabelledParagraph['pieces']) => Segment[],
): HeadingLine | undefined {
  const label = p.label;
  if (label === undefined) return undefined;
  const labels = [label.base, label.amended].filter((l) => l !== '');
  if (labels.length === 0 || !labels.every(isStructureLabel)) return undefined;
  const segments = readSegments(p.pieces);
  const base = baseText(segments).trim();
  const amended = amendedText(segments).trim();
  // A label in one version only is a unit in that version only, also without a heading (`§ 3` inserted).
  const whole = p.whole ?? (label.base === '' ? 'insert' : label.amended === '' ? 'delete' : undefined);
  const shown = whole === 'delete' ? label.base : label.amended || label.base;
  if (!p.ours && !(fitsLabelLine(label.base || shown, base) && fitsLabelLine(shown, amended))) return undefined;
  const line: HeadingLine = { label: shown, heading: whole === 'delete' ? base : amended };
  if (whole !== undefined) line.whole = whole === 'insert' ? 'inserted' : 'deleted';
  else {
    if (label.base !== '' && label.base !== shown) line.baseLabel = label.base;
    if (base !== amended) line.baseHeading = base;
  }
  return line;
}

/** The unit line of a heading line, `§ 2 H⟨n⟩`, its mark added to `marks`. */
export function headingStandIn(line: HeadingLine, marks: MarkedSource['marks']): string {
  const rewritten = `${line.label} ${STAND_IN}${SENTINEL_OPEN}${marks.length}${SENTINEL_CLOSE}`;
  marks.push({ mark: { kind: 'heading', line }, original: `${line.label} ${line.heading}`.trim(), rewritten });
  return rewritten;
}

/** A `Präambel` label paragraph without text, in both versions: the statute parser reads the bare line. */
export function isPreambleLine(p: LabelledParagraph): boolean {
  const label = p.label;
  return (
    label !== undefined &&
    label.base === label.amended &&
    p.pieces.length === 0 &&
    scanUnitLine(label.base)?.kind === 'preamble'
  );
}
