/**
 * Labels and line starts in the Markdown redline form — the escaping rules the
 * reader (`parseRedline`) and the writer (`toMarkdown`) share.
 *
 * Reading: a label that a marker wraps (`**5. Neuer Text.**`,
 * `~~6. Alter Text.~~`, `~~3.~~ **4.** Text`) says that the whole clause is
 * inserted/deleted or was renumbered. The clause parser reads such a label but
 * drops the markers, so {@link markLabels} first moves the markers out of the
 * way and leaves a sentinel after the label that {@link takeMark} finds again
 * at the start of the clause text.
 *
 * Writing: text must not be taken for structure by the clause parser (a label,
 * a heading, a page number line, a lower-case paragraph that would be joined
 * to the previous one, runs of spaces it would fold). {@link protectLine}
 * escapes exactly those starts, and {@link protectSpaces} keeps runs of spaces.
 *
 * @module
 */
import { isIndent, isLineBreak } from '../../text/chars.js';
import { isBullet, labelReadings, parseLabel, scanLineLabel } from '../../parse/labels.js';
import { endsSentence, splitLines, startsLowerCase, type Line } from '../../parse/source-lines.js';
import { RESOLUTION_HEADINGS } from '../../parse/markers.js';
import { findEnd, matchHeading } from '../../parse/section.js';
import type { HeadingLine } from './headings.js';
import { escapeAt, isAsciiPunctuation } from './edge-characters.js';

/** The Markdown markers of the redline form. */
export const MARKERS = { delete: '~~', insert: '**' } as const;

/** What a marked label (or a marked heading line of a statute unit, see headings.ts) says about its clause. */
export type LabelMark =
  | { kind: 'inserted' }
  | { kind: 'deleted' }
  | { kind: 'renumbered'; baseLabel: string }
  | { kind: 'heading'; line: HeadingLine };

/** Opens a sentinel: a Unicode noncharacter, never part of interchanged text. */
export const SENTINEL_OPEN = '\uFDD0';
/** Closes a sentinel. */
export const SENTINEL_CLOSE = '\uFDD1';

/** The result of {@link markLabels}. */
export interface MarkedSource {
  /** The source with marked labels rewritten (`5. ⟨sentinel⟩**Neuer Text.**`). */
  source: string;
  /** The marks, indexed by the number inside each sentinel. */
  marks: Array<{ mark: LabelMark; original: string; rewritten: string }>;
}

/** True when `source` contains a sentinel character (the input cannot be marked safely). */
export function hasSentinel(source: string): boolean {
  return source.includes(SENTINEL_OPEN) || source.includes(SENTINEL_CLOSE);
}

/**
 * True when the clause parser nests `child` under `parent` written at the same
 * column: the child's label ranks below the parent's (`II.` > `a)` > `aa)` >
 * bullets). The Markdown writer indents such children no deeper where more
 * indentation would make a code block.
 */
export function ranksBelow(parent: string, child: string): boolean {
  const p = parseLabel(parent);
  // The reading the parser starts a new list with (`(i)` is roman one, not the letter).
  const readings = labelReadings(child);
  const c =
    readings.find((r) => r.value === 1 && r.sub === 0) ?? readings.find((r) => r.kind === 'bullet') ?? readings[0];
  return p !== undefined && c !== undefined && c.rank > p.rank;
}

/** True when a further paragraph of a clause with this label must be indented under it (bullets). */
export function needsIndentedParagraphs(label: string): boolean {
  return label === '' || isBullet(label);
}

/** The bullet `*` as Markdown writes it where it would otherwise be a marker. */
const ESCAPED_STAR = '\\*';

/** A label as it stands inside a redline marker in Markdown (`*` escaped, see {@link labelToken}). */
export function markdownLabel(label: string): string {
  return label === '*' ? ESCAPED_STAR : label;
}

/**
 * A label token at `at`: characters up to white space or a marker character,
 * at most 16, accepted when the parser's label grammar reads it as a label.
 * The bullet `*` is written escaped inside a marker (`**\* Neu.**`, as
 * remark-stringify writes it): `\*` is that label. `length` is the token's
 * length in the line.
 */
function labelToken(line: string, at: number): { label: string; length: number } | undefined {
  if (line.startsWith(ESCAPED_STAR, at)) return { label: '*', length: ESCAPED_STAR.length };
  let end = at;
  while (end < line.length && end - at < 16) {
    const c = line[end]!;
    if (c === ' ' || c === '\t' || c === '*' || c === '~') break;
    end++;
  }
  const token = line.slice(at, end);
  return token !== '' && parseLabel(token) !== undefined ? { label: token, length: token.length } : undefined;
}

/** Blank within a line of the split source: indentation, or the CR that a CRLF line ending leaves. */
function isBlank(c: string | undefined): boolean {
  return isIndent(c) || isLineBreak(c);
}

/**
 * Rewrites every line that starts (after indentation) with a marked label, so
 * that the clause parser sees the label and the clause text starts with a
 * sentinel naming the mark:
 *
 * - `~~3.~~ **4.** Text` → `4. ⟨renumbered from 3.⟩Text`
 * - `**5. Neuer Text.**` → `5. ⟨inserted⟩**Neuer Text.**` (likewise `~~…~~`, deleted)
 * - `**5.**` alone on its line → `5. ⟨inserted⟩` (an inserted clause without own text)
 *
 * Linear: each line is looked at once, from its start.
 */
export function markLabels(source: string): MarkedSource {
  const marks: MarkedSource['marks'] = [];
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let at = 0;
    while (isBlank(line[at])) at++;
    const open = line.startsWith(MARKERS.delete, at)
      ? MARKERS.delete
      : line.startsWith(MARKERS.insert, at)
        ? MARKERS.insert
        : '';
    if (open === '') continue;
    const token = labelToken(line, at + 2);
    if (token === undefined) continue;
    const label = token.label;
    const afterLabel = at + 2 + token.length;
    let mark: LabelMark;
    let newLabel = label;
    let rest: number;
    let reopen = '';
    if (line.startsWith(open, afterLabel)) {
      // The marker closes right after the label: a renumbering or a clause without own text.
      let i = afterLabel + 2;
      const spaced = i;
      while (isBlank(line[i])) i++;
      const renumber =
        open === MARKERS.delete && i > spaced && line.startsWith(MARKERS.insert, i)
          ? labelToken(line, i + 2)
          : undefined;
      if (renumber !== undefined && line.startsWith(MARKERS.insert, i + 2 + renumber.length)) {
        const end = i + 4 + renumber.length;
        if (end < line.length && !isBlank(line[end])) continue;
        mark = { kind: 'renumbered', baseLabel: label };
        newLabel = renumber.label;
        rest = end;
      } else if (line.slice(afterLabel + 2).trim() === '') {
        mark = { kind: open === MARKERS.insert ? 'inserted' : 'deleted' };
        rest = line.length;
      } else {
        continue; // `**1.** Text`: a bold label is formatting
      }
    } else if (isBlank(line[afterLabel])) {
      mark = { kind: open === MARKERS.insert ? 'inserted' : 'deleted' };
      rest = afterLabel;
      reopen = open;
    } else {
      continue;
    }
    while (isBlank(line[rest])) rest++;
    const sentinel = `${SENTINEL_OPEN}${marks.length}${SENTINEL_CLOSE}`;
    const rewritten = `${newLabel} ${sentinel}${reopen}`;
    marks.push({ mark, original: line.slice(at, rest), rewritten });
    lines[n] = line.slice(0, at) + rewritten + line.slice(rest);
  }
  return { source: lines.join('\n'), marks };
}

/**
 * The mark at the start of a clause text (the sentinel removed), and the text
 * with every other sentinel of `marked` undone (a rewritten line that the
 * parser did not take for a clause start gets its original text back).
 */
export function takeMark(text: string, marked: MarkedSource): { mark: LabelMark | undefined; text: string } {
  if (!hasSentinel(text)) return { mark: undefined, text };
  let mark: LabelMark | undefined;
  let rest = text;
  const first = readSentinel(rest, 0, marked);
  if (first !== undefined && first.start === 0) {
    mark = first.entry.mark;
    rest = rest.slice(first.end);
  }
  if (!hasSentinel(rest)) return { mark, text: rest };
  // One pass: every other sentinel gets its line's original text back.
  let out = '';
  let from = 0;
  for (let at = rest.indexOf(SENTINEL_OPEN); at >= 0; at = rest.indexOf(SENTINEL_OPEN, at + 1)) {
    const found = readSentinel(rest, at, marked);
    if (found === undefined) continue;
    const { rewritten, original } = found.entry;
    const start = at - rewritten.indexOf(SENTINEL_OPEN);
    const end = start + rewritten.length;
    if (start >= from && rest.slice(start, end) === rewritten) {
      out += rest.slice(from, start) + original;
      from = end;
    }
  }
  out += rest.slice(from);
  return { mark, text: out.replace(/[\uFDD0\uFDD1]/g, '') };
}

/** The mark of a clause text that starts with a sentinel (cheap: only the start is looked at). */
export function markAtStart(text: string, marked: MarkedSource): LabelMark | undefined {
  return readSentinel(text, 0, marked)?.entry.mark;
}

/** The sentinel starting at `at` (`⟨open⟩number⟨close⟩`) and its entry, or undefined. */
function readSentinel(
  text: string,
  at: number,
  marked: MarkedSource,
): { start: number; end: number; entry: MarkedSource['marks'][number] } | undefined {
  if (text[at] !== SENTINEL_OPEN) return undefined;
  let i = at + 1;
  while (i < text.length && i - at <= 10 && text[i]! >= '0' && text[i]! <= '9') i++;
  if (text[i] !== SENTINEL_CLOSE || i === at + 1) return undefined;
  const entry = marked.marks[Number(text.slice(at + 1, i))];
  return entry === undefined ? undefined : { start: at, end: i + 1, entry };
}

/** Offset of the first character after leading redline markers. */
function afterMarkers(text: string): number {
  let at = 0;
  while (text.startsWith(MARKERS.delete, at) || text.startsWith(MARKERS.insert, at)) at += 2;
  return at;
}

const RESOLUTION_HEADINGS_LOWER = RESOLUTION_HEADINGS.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length);

/**
 * A line the parser takes for a section boundary: a rationale or other end
 * heading (`Begründung:`, `Anlage`), a closing (`Mit freundlichen Grüßen`,
 * `gez.`), or a resolution heading (`Beschluss:`, skipped at the start).
 */
function endsSection(lines: readonly Line[]): boolean {
  return findEnd(lines, 0).by !== 'eof' || matchHeading(lines[0]!.text, RESOLUTION_HEADINGS_LOWER) !== undefined;
}

/** Options of {@link protectLine}. */
export interface ProtectOptions {
  /**
   * The line continues a clause after a blank line (a further paragraph): it
   * must also not start with a lower-case letter, which the parser would join
   * to the previous paragraph as a page-break continuation.
   * @default false
   */
  continuation?: boolean;
  /**
   * The paragraph before a continuation, as written (without its label). When
   * it ends a sentence (`endsSentence`), the parser keeps a lower-case
   * paragraph after it apart, so no escape is needed; without it (or after a
   * label alone) a lower-case start is escaped.
   * @default undefined
   */
  after?: string;
}

/**
 * One paragraph of Markdown (already escaped by remark-stringify, on one line)
 * made safe as a line of its own: a start that the clause parser would read
 * as a label (`a) …` → `a\) …`, `• …` → `&#x2022; …`, also inside a leading
 * marker: `**5\. …**`), a heading, thematic break or page-number line
 * (`- 3 -`, `Seite 3`), a section boundary (`Begründung:`, `gez.`,
 * `Beschluss:`), or — for continuation paragraphs that do not follow a
 * sentence end — a lower-case start is escaped. Costs a backslash or character reference, never a character.
 */
export function protectLine(markdown: string, options: ProtectOptions = {}): string {
  let out = markdown;
  // Each round escapes one character at the start, so three rounds cover
  // "- a) …" (a bullet before a label) and a page-number line.
  for (let round = 0; round < 4; round++) {
    const at = afterMarkers(out);
    const body = out.slice(at);
    const token = at > 0 ? labelToken(out, at) : undefined;
    if (token !== undefined && token.label === '*' && token.length > 1) {
      // `**\* …`: the escaped star becomes a character reference, which no label reading takes.
      out = `${out.slice(0, at)}&#x2A;${out.slice(at + token.length)}`;
      continue;
    }
    const marked = token?.label;
    if (marked !== undefined) {
      // `**B.**`, `~~3. …`: what markLabels would take for a marked label.
      let index = 0;
      while (index < marked.length && !isAsciiPunctuation(marked[index]!)) index++;
      out = out.slice(0, at) + escapeAt(body, index < marked.length ? index : 0);
      continue;
    }
    const label = scanLineLabel(body);
    if (label !== undefined) {
      // A numbered label at the start: escape its punctuation (`a\)`, `\(2)`, `II\.`);
      // letters cannot be backslash-escaped. A bullet (perhaps before a label): escape the bullet.
      const numbered = body.startsWith(label.label) && label.readings[0]?.kind !== 'bullet';
      let index = 0;
      if (numbered) while (index < label.label.length && !'.()'.includes(body[index]!)) index++;
      out = out.slice(0, at) + escapeAt(body, numbered && index < label.label.length ? index : 0);
      continue;
    }
    const lines = splitLines(out);
    const line = lines[0];
    if (line !== undefined && out.trim() !== '' && (line.blank || line.heading || endsSection(lines))) {
      const first = out.slice(at).search(/\S/);
      out = escapeAt(out, first < 0 ? out.search(/\S/) : at + first);
      continue;
    }
    if (options.continuation === true && startsLowerCase(out) && !endsSentence(options.after ?? '')) {
      const index = out.search(/\p{Ll}/u);
      if (index >= 0) out = escapeAt(out, index);
      continue;
    }
    break;
  }
  return out;
}

/**
 * Runs of spaces and tabs kept through the parser's whitespace folding: every
 * space after the first of a run becomes `&#x20;`, every tab `&#x9;`.
 */
export function protectSpaces(markdown: string): string {
  return markdown.replace(/[ \t]{2,}|\t/g, (run, offset: number) => {
    const refs = Array.from(run, (c, i) => (c === '\t' ? '&#x9;' : i === 0 ? ' ' : '&#x20;')).join('');
    // A literal backslash right before a reference would escape its `&`: escape the backslash.
    let slashes = 0;
    while (offset - slashes - 1 >= 0 && markdown[offset - slashes - 1] === '\\') slashes++;
    return (slashes % 2 === 1 && refs.startsWith('&') ? '\\' : '') + refs;
  });
}
