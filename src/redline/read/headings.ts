/**
 * Heading lines of statute units and sections in the redline form — the line
 * `toMarkdown` writes for a clause with a heading: the label and the heading
 * (`§ 2 Zweck`, `Abschnitt A Grundlagen`), a changed heading marked like text
 * (`§ 1 ~~Name~~ **Name und Sitz**`), a renumbered unit's labels
 * (`~~§ 3~~ **§ 4** Zweck`), a whole inserted or deleted unit marked as a
 * whole (`**§ 2a Neu**`, `~~§ 3 Alt~~`). The text follows in paragraphs of
 * its own.
 *
 * The statute parser (parse/unit-line.ts) reads a plain heading line itself,
 * but not one with markers in it (`~~Name~~` is no heading text to it). So
 * {@link markHeadingLines} rewrites every heading line that carries markup —
 * where both its versions are unit or section lines by the parser's own
 * grammar — into a plain unit line whose heading is a stand-in with a
 * sentinel (`§ 1 H⟨n⟩`, like the marked labels of labels.ts), and
 * {@link readHeading} puts the heading, base heading, base label and whole
 * status back on the clause the parser built from it. A rewritten line that
 * the parser did not take for a unit is given back its original text by
 * `takeMark`, so nothing is lost.
 *
 * @module
 */
import type { Segment } from '../../model.js';
import { scanUnitLine, type UnitLine } from '../../parse/unit-line.js';
import { amendedText, baseText } from '../segments.js';
import { readInline } from './inline.js';
import { SENTINEL_CLOSE, SENTINEL_OPEN, hasSentinel, type MarkedSource } from './labels.js';
import { piecesToSegments } from './spacing.js';

/** What a marked heading line says about its unit or section. */
export interface HeadingLine {
  /** The label in the amended version (the base label for a deleted unit). */
  label: string;
  /** The base label, when the unit was renumbered. */
  baseLabel?: string;
  /** The heading in the amended version (the base heading for a deleted unit), `""` for none. */
  heading: string;
  /** The base heading, when it changed (`""` for none). */
  baseHeading?: string;
  /** Set when the whole unit is in one version only. */
  whole?: 'inserted' | 'deleted';
  /** A roman-numeral section line (`IV. Schlussbestimmungen`): one only where a unit line follows (as the parser reads it). */
  tentative?: boolean;
}

/** Whether the next non-blank line from `from` is a unit line (`§ 16 Niederschrift`, marked or not). */
function unitFollows(lines: readonly string[], from: number): boolean {
  let n = from;
  while (n < lines.length && lines[n]!.trim() === '') n++;
  const next = lines[n]?.trim() ?? '';
  return next !== '' && (scanUnitLine(next)?.kind === 'unit' || readHeadingLine(next)?.tentative === false);
}

/** The heading the parser reads in place of a marked one: a capital letter, so that it is a heading to the unit-line grammar. */
export const STAND_IN = 'H';

/** Characters without which a line is read by the parser as it is (no marker, escape or character reference). */
function hasMarkup(text: string): boolean {
  return text.includes('~~') || text.includes('**') || text.includes('__') || text.includes('\\') || text.includes('&');
}

/** A structure line a heading can be carried on: a unit or a section (not the Präambel, which has no heading). */
function structureOf(text: string): UnitLine | undefined {
  if (text === '') return undefined;
  const line = scanUnitLine(text);
  return line === undefined || line.kind === 'preamble' ? undefined : line;
}

/**
 * Whether `heading` reads back from the label's line (`§ 7 Zweck`): the
 * unit-line grammar takes it as that heading. One that starts in lower case,
 * with a digit or a quote, or ends in punctuation does not; it stands on the
 * line after a bare label (`§ 8` / `„Quoted“ Regeln`), where the parser reads it.
 */
export function fitsLabelLine(label: string, heading: string): boolean {
  return heading === '' || scanUnitLine(`${label} ${heading}`)?.heading === heading;
}

/** The heading line `text` is (markers read), if both its versions are structure lines of one kind. */
export function readHeadingLine(text: string): HeadingLine | undefined {
  const segments = piecesToSegments(readInline(text));
  const base = baseText(segments).trim();
  const amended = amendedText(segments).trim();
  const b = structureOf(base);
  const a = structureOf(amended);
  if ((base !== '' && b === undefined) || (amended !== '' && a === undefined)) return undefined;
  const one = a ?? b;
  if (one === undefined) return undefined;
  if (a === undefined || b === undefined) {
    return {
      label: one.label,
      heading: one.heading,
      whole: a === undefined ? 'deleted' : 'inserted',
      tentative: one.tentative,
    };
  }
  if (a.kind !== b.kind || a.tentative !== b.tentative) return undefined;
  const line: HeadingLine = { label: a.label, heading: a.heading, tentative: a.tentative };
  if (b.label !== a.label) line.baseLabel = b.label;
  if (b.heading !== a.heading) line.baseHeading = b.heading;
  return line;
}

/**
 * Rewrites each heading line with markup that starts a paragraph (see the
 * module comment) into `label H⟨sentinel⟩`, adding its mark to `marked`.
 * Linear: each line is read once.
 */
export function markHeadingLines(marked: MarkedSource): MarkedSource {
  const marks = marked.marks.slice();
  const lines = marked.source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const text = line.trim();
    if ((n > 0 && lines[n - 1]!.trim() !== '') || !hasMarkup(text) || hasSentinel(text)) continue;
    const read = readHeadingLine(text);
    if (read === undefined || (read.tentative && !unitFollows(lines, n + 1))) continue;
    delete read.tentative;
    const rewritten = `${read.label} ${STAND_IN}${SENTINEL_OPEN}${marks.length}${SENTINEL_CLOSE}`;
    marks.push({ mark: { kind: 'heading', line: read }, original: text, rewritten });
    lines[n] = line.slice(0, line.indexOf(text[0]!)) + rewritten;
  }
  return { source: lines.join('\n'), marks };
}

/**
 * What a clause's heading as the parser read it says: the stand-in of a
 * marked heading line gives that line's mark; any other heading is read like
 * text (escapes decoded, markers of a heading the parser took from its own
 * line read as a change).
 */
export function readHeading(
  heading: string,
  marked: MarkedSource,
  readSegments: (text: string) => Segment[],
): Omit<HeadingLine, 'label'> {
  const index = standInIndex(heading);
  const entry = index === undefined ? undefined : marked.marks[index];
  if (entry?.mark.kind === 'heading') return entry.mark.line;
  const segments = readSegments(heading);
  const amended = amendedText(segments);
  const base = baseText(segments);
  return base === amended ? { heading: amended } : { heading: amended, baseHeading: base };
}

/**
 * A clause text that is a stand-in heading (`H⟨n⟩`): the parser took a
 * rewritten section line for a labelled clause (`IV.` in a motion), so its
 * text is the original line after its label. Any other text as it is.
 */
export function restoreStandIn(text: string, marked: MarkedSource): string {
  const end = text.indexOf(SENTINEL_CLOSE);
  const index = end < 0 ? undefined : standInIndex(text.slice(0, end + 1));
  const entry = index === undefined ? undefined : marked.marks[index];
  if (entry?.mark.kind !== 'heading') return text;
  const space = entry.original.indexOf(' ');
  return (space < 0 ? '' : entry.original.slice(space + 1).trim()) + text.slice(end + 1);
}

/** The mark number of a stand-in heading (`H⟨n⟩`), if it is one. */
function standInIndex(heading: string): number | undefined {
  const prefix = STAND_IN + SENTINEL_OPEN;
  if (!heading.startsWith(prefix) || !heading.endsWith(SENTINEL_CLOSE)) return undefined;
  const digits = heading.slice(prefix.length, -1);
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}
