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
import { piecesToSegments, type Piece } from './spacing.js';

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
const STAND_IN = 'H';

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

/**
 * A version's line read as a bare unit or section label and whatever follows
 * it: the shortest prefix of up to three words that the unit-line grammar
 * reads as a bare label (`§ 2`, `Art. 3`, `Erster Abschnitt`), the rest as its
 * heading; `end` is where the label ends in `text`.
 */
function splitLabel(text: string): { line: UnitLine; end: number } | undefined {
  let at = -1;
  for (let word = 0; word < 3 && at < text.length; word++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) at = text.length;
    const line = structureOf(text.slice(0, at));
    if (line !== undefined && line.bare) return { line: { ...line, heading: text.slice(at + 1).trim() }, end: at };
  }
  return undefined;
}

/**
 * Both versions of a changed heading line whose heading the unit-line grammar
 * would not take on the label's line (`§ 2 ~~Zweck~~ **„Offene“ Regeln**`,
 * `**neue Regeln**`, `**2024 Regeln**`, `**Zweck.**`; see {@link fitsLabelLine}),
 * as `toMarkdown` writes it: a unit or section label in each version, and after
 * the labels nothing unchanged but spaces — the heading is replaced as a whole,
 * as the writer marks it. Running text that starts with a citation keeps some
 * unchanged words after it (`§ 13 ~~Abs. 2~~ **Abs. 3** gilt.`) and is not taken.
 */
function markedHeadingLine(
  segments: readonly Segment[],
  base: string,
  amended: string,
): [UnitLine, UnitLine] | undefined {
  const b = splitLabel(base);
  const a = splitLabel(amended);
  if (b === undefined || a === undefined) return undefined;
  const last = segments[segments.length - 1];
  if (last === undefined || last.type === 'equal') return undefined;
  // Leading white space was trimmed from both versions: count it in.
  const lead = segments[0]?.type === 'equal' ? segments[0].text.length - segments[0].text.trimStart().length : 0;
  let inBase = -lead;
  let inAmended = -lead;
  for (const segment of segments) {
    if (segment.type === 'equal' && segment.text.trim() !== '') {
      if (inBase + segment.text.trimEnd().length > b.end || inAmended + segment.text.trimEnd().length > a.end)
        return undefined;
    }
    if (segment.type !== 'insert') inBase += segment.text.length;
    if (segment.type !== 'delete') inAmended += segment.text.length;
  }
  return [b.line, a.line];
}

/**
 * A wholly inserted (deleted) unit whose heading the unit-line grammar would
 * not take on the label's line, as `toMarkdown` writes it: label and heading
 * marked apart, `**§ 2a** **neue Regeln**` (a fitting one is marked as one run,
 * `**§ 2a Neu**`, and text is never split like this).
 */
function wholeHeadingLine(pieces: readonly Piece[], type: 'insert' | 'delete'): UnitLine | undefined {
  const [label, space, heading] = pieces;
  if (pieces.length !== 3 || label!.type !== type || heading!.type !== type || space!.text !== ' ') return undefined;
  const line = structureOf(label!.text);
  return line === undefined || !line.bare ? undefined : { ...line, heading: heading!.text };
}

/** The heading line `text` is (markers read), if both its versions are structure lines of one kind. */
export function readHeadingLine(text: string): HeadingLine | undefined {
  const pieces = readInline(text);
  const segments = piecesToSegments(pieces);
  const base = baseText(segments).trim();
  const amended = amendedText(segments).trim();
  let b = structureOf(base);
  let a = structureOf(amended);
  if (base !== '' && amended !== '' && (b === undefined || a === undefined)) {
    [b, a] = markedHeadingLine(segments, base, amended) ?? [b, a];
  } else if (base === '' && a === undefined) a = wholeHeadingLine(pieces, 'insert');
  else if (amended === '' && b === undefined) b = wholeHeadingLine(pieces, 'delete');
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
  let preamble = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const text = line.trim();
    if ((n > 0 && lines[n - 1]!.trim() !== '') || !hasMarkup(text) || hasSentinel(text)) continue;
    if (!preamble && markPreamble(lines, n, marks)) {
      // A statute has one Präambel: looked for once, so the look-ahead stays linear.
      preamble = true;
      continue;
    }
    const read = readHeadingLine(text);
    if (read === undefined || (read.tentative && !unitFollows(lines, n + 1))) continue;
    delete read.tentative;
    const rewritten = `${read.label} ${STAND_IN}${SENTINEL_OPEN}${marks.length}${SENTINEL_CLOSE}`;
    marks.push({ mark: { kind: 'heading', line: read }, original: text, rewritten });
    lines[n] = line.slice(0, line.indexOf(text[0]!)) + rewritten;
  }
  return { source: lines.join('\n'), marks };
}

/** How far {@link markPreamble} looks for the first unit after a marked Präambel line. */
const PREAMBLE_REACH = 60;

/**
 * A wholly marked Präambel line (`~~Präambel~~`, `**Präambel**`) at line `n`,
 * followed within {@link PREAMBLE_REACH} lines by a unit line: the line becomes
 * a plain `Präambel` (which the statute parser reads, but not struck) and the
 * mark — inserted or deleted — goes as a sentinel to the start of the
 * Präambel's text (its next line; a line of its own when it has no text), where
 * `takeMark` finds it. Returns whether it rewrote the line.
 */
function markPreamble(lines: string[], n: number, marks: MarkedSource['marks']): boolean {
  const segments = piecesToSegments(readInline(lines[n]!.trim()));
  const only = segments.length === 1 ? segments[0]! : undefined;
  if (only === undefined || only.type === 'equal' || scanUnitLine(only.text)?.kind !== 'preamble') return false;
  let next = n + 1;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  let unit = next;
  while (unit < lines.length && unit - n <= PREAMBLE_REACH && scanUnitLine(readPlain(lines[unit]!))?.kind !== 'unit') {
    unit++;
  }
  if (unit >= lines.length || unit - n > PREAMBLE_REACH) return false;
  const sentinel = `${SENTINEL_OPEN}${marks.length}${SENTINEL_CLOSE}`;
  marks.push({ mark: { kind: only.type === 'insert' ? 'inserted' : 'deleted' }, original: '', rewritten: sentinel });
  const indent = lines[n]!.slice(0, lines[n]!.indexOf(lines[n]!.trim()[0]!));
  if (next === unit) lines[n] = `${indent}Präambel\n${indent}${sentinel}`;
  else {
    lines[n] = `${indent}Präambel`;
    const body = lines[next]!;
    const at = body.indexOf(body.trim()[0]!);
    lines[next] = body.slice(0, at) + sentinel + body.slice(at);
  }
  return true;
}

/** A line's text with its markers read (both versions joined): what the unit-line grammar looks at. */
function readPlain(line: string): string {
  const text = line.trim();
  if (text === '' || !hasMarkup(text)) return text;
  const segments = piecesToSegments(readInline(text));
  return amendedText(segments) || baseText(segments);
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
