/**
 * The new text after a colon ("Ziffer 2 erhält folgende Fassung:", "… wird
 * ersetzt durch:"): where it ends and how it reads as clause text.
 *
 * Quoted, it is that quotation. Unquoted, it runs over the following
 * paragraphs while they continue it: up to a skipped line (vote result,
 * Begründung, echo block), a paragraph that is itself an instruction, or a
 * speaker's line in minutes ("Herr Olberg kündigt an …"). Its lines are
 * joined like a clause's wrapped lines, but a list inside it ("a) …", "1. …",
 * "- …") keeps each item a paragraph of its own — as a clerk writes inserted
 * items — and letter-spaced emphasis ("z u n ä c h s t") is joined.
 *
 * @module
 */
import { instructionTokens, normaliseQuoted } from '../../references/tokens.js';
import { readReference } from '../../references/read.js';
import { formatRef, RefSyntaxError } from '../../references/ref.js';
import { scanQuotes } from '../../text/quotes.js';
import type { Span } from '../../text/span.js';
import { isIndent, isLetter, isLowerCase } from '../../text/chars.js';
import { SPEAKER_WORDS } from '../document-words.js';
import type { QuotedText } from './quoted-text.js';
import type { Unit } from './units.js';
import { lineStartOf } from './excerpt.js';
import { isGap } from '../gaps.js';

/** Where a payload is and how many following units it took. */
export interface PayloadExtent extends Span {
  consumed: number;
}

/**
 * The payload after `from` in unit `u`: the rest of the unit, else the next
 * unit; unquoted text takes further units while they continue it (see the
 * module comment). `whole`: a new wording of the whole resolution, which may
 * run over instructions-free paragraphs of any kind.
 */
export function payloadExtent(
  doc: QuotedText,
  units: readonly Unit[],
  u: number,
  from: number,
  skipped: readonly Span[],
  holdsInstruction: (unit: Unit) => boolean,
  whole: boolean,
): PayloadExtent {
  const unit = units[u]!;
  const text = doc.text;
  const rest = text.slice(from, unit.end).trim() !== '';
  if (!rest && u + 1 >= units.length) return { start: from, end: unit.end, consumed: 0 };
  let start = rest ? doc.skipGaps(from, unit.end) : lineStartOf(text, units[u + 1]!.start);
  let end = rest ? unit.end : units[u + 1]!.end;
  let consumed = rest ? 0 : 1;
  start = Math.max(start, from);
  const cut = firstSkipped(text, skipped, start, end);
  if (cut !== undefined) return { start, end: doc.trimEnd(start, cut), consumed };
  // A quotation is the whole payload (what follows it in the unit is read on).
  // (Past blank or blanked lines before it: a portal's button line between the colon and the quotation.)
  const quoteAt = doc.skipGaps(start, end);
  const quote = doc.quotes.find((q) => q.start === quoteAt);
  if (quote !== undefined) return { start: quoteAt, end: Math.min(end, afterFullStop(text, quote.end, end)), consumed };
  const speaker = whole ? undefined : speakerLine(text, start, end);
  if (speaker !== undefined) return { start, end: doc.trimEnd(start, speaker), consumed };
  // Text after the colon in its own unit ends at a line that is an instruction (the reader reads on from there).
  const next = whole || !rest ? undefined : instructionLine(doc, start, end, holdsInstruction);
  if (next !== undefined) return { start, end: doc.trimEnd(start, next), consumed };
  for (;;) {
    const next = units[u + consumed + 1];
    if (next === undefined) break;
    if (firstSkipped(text, skipped, end, next.start) !== undefined) break;
    if (!whole && isSpeakerUnit(text, next)) break;
    if (holdsInstruction(next)) break;
    consumed += 1;
    const nextCut = firstSkipped(text, skipped, next.start, next.end);
    end = nextCut === undefined ? next.end : doc.trimEnd(next.start, nextCut);
    if (nextCut !== undefined) break;
  }
  return { start, end, consumed };
}

/** `at`, or past a full stop right after it ("„…“."). */
function afterFullStop(text: string, at: number, end: number): number {
  return at < end && text[at] === '.' ? at + 1 : at;
}

/**
 * The first skipped line starting in `[from, to)`. A skipped line right after
 * a colon (a portal's button line between "… wird wie folgt gefasst:" and its
 * text) comes before the text the colon announces, so it ends nothing.
 */
function firstSkipped(text: string, skipped: readonly Span[], from: number, to: number): number | undefined {
  for (const s of skipped) if (s.start >= from && s.start < to && !afterColon(text, s.start)) return s.start;
  return undefined;
}

/** Whether the text before `at`, past the gaps, ends with a colon. */
function afterColon(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isGap(text[i - 1])) i -= 1;
  return text[i - 1] === ':';
}

/**
 * The start of a speaker's line of minutes inside `[from, to)` ("…barrierefrei
 * wird.\nHerr Kowalke teilt mit, …"): a line after a full stop that starts
 * with a title and a capitalised name. The unquoted new text ends there.
 */
function speakerLine(text: string, from: number, to: number): number | undefined {
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    const before = text.slice(from, nl).trimEnd();
    if (!before.endsWith('.')) continue;
    const m = /^[ \t]*(\p{L}+)\.?[ \t]+(?:Dr\.[ \t]+)?\p{Lu}/u.exec(text.slice(nl + 1, Math.min(to, nl + 60)));
    if (m !== null && SPEAKER_WORDS.has(m[1]!.toLowerCase())) return nl + 1;
  }
  return undefined;
}

/** At most this many lines of a new text are tried as instructions (each try reads one sentence). */
const MAX_LINE_TRIES = 64;

/** How much of a line is read when it is tried as an instruction (each try costs at most this much). */
export const LINE_PEEK = 400;

/**
 * The start of the first line inside `[from, to)` after a sentence end that
 * reads as an instruction ("(4) Der Vorstand …\nDie bisherigen Absätze 4 und 5
 * erhalten die neuen Nummern 5 und 6."), if any.
 */
function instructionLine(
  doc: QuotedText,
  from: number,
  to: number,
  holdsInstruction: (unit: Unit) => boolean,
): number | undefined {
  const text = doc.text;
  // A text that starts with an instruction is a list of them ("a) Absatz 2 wird aufgehoben. b) …"), read as a whole.
  const firstLine = text.indexOf('\n', from);
  const firstEnd = firstLine === -1 || firstLine > to ? to : firstLine;
  // A first list item wrapped over lines ("aa) In Nummer 1 wird … „50 Euro“⏎ ersetzt.") is read up to the next item.
  // At least the whole first line: an item longer than the peek read in part fails, and the item after it would
  // end the text too early ("aa) In Satz 2 werden die Wörter „…“ durch …, die Wörter „…“ durch … ersetzt.").
  const peek = Math.max(from + LINE_PEEK, firstEnd);
  const wrapped = isListLine(text.slice(from, firstEnd)) ? nextListLine(text, firstEnd, Math.min(to, peek)) : firstEnd;
  if (holdsInstruction({ start: from, end: Math.min(wrapped, peek), item: false })) return undefined;
  let tries = 0;
  for (
    let nl = text.indexOf('\n', from);
    nl !== -1 && nl < to && tries < MAX_LINE_TRIES;
    nl = text.indexOf('\n', nl + 1)
  ) {
    if (doc.insideQuote(nl)) continue;
    const last = text.slice(from, nl).trimEnd().slice(-1);
    // A line after a sentence end, or the first of a paragraph ("… anzumelden⏎⏎und erhält damit folgende Fassung:").
    const paragraph = text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl).trim() === '';
    if ((!'.!?:“"'.includes(last) && !paragraph) || last === '') continue;
    const start = doc.skipGaps(nl + 1, to);
    if (start >= to) break;
    tries += 1;
    if (holdsInstruction({ start, end: Math.min(to, start + LINE_PEEK), item: false })) return start;
  }
  return undefined;
}

/** The start of the first list item line at or after the line break `from` (before `to`), else `to`. */
function nextListLine(text: string, from: number, to: number): number {
  for (let nl = from; nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    const end = text.indexOf('\n', nl + 1);
    if (isListLine(text.slice(nl + 1, end === -1 || end > to ? to : end))) return nl;
  }
  return to;
}

/** Whether a unit starts with a speaker's line of minutes ("Herr Olberg …", "Rf. Demir …"). */
export function isSpeakerUnit(text: string, unit: Unit): boolean {
  const m = /^\p{L}+/u.exec(text.slice(unit.start, Math.min(unit.end, unit.start + 40)));
  return m !== null && SPEAKER_WORDS.has(m[0].toLowerCase());
}

/** The payload text after a colon: a single quotation around all of it is removed; see {@link shapeNewText}. */
export function payloadText(raw: string): string {
  const trimmed = raw.trim();
  const { quotes } = scanQuotes(trimmed);
  const only = quotes[0];
  if (
    quotes.length === 1 &&
    only !== undefined &&
    only.start === 0 &&
    trimmed.slice(only.end).trim().replace(/^\.$/u, '') === ''
  ) {
    return shapeNewText(trimmed.slice(only.contentStart, only.contentEnd));
  }
  return shapeNewText(trimmed);
}

/** A list item line: "a) …", "1. …", "(2) …", "- …", "• …", a PDF bullet glyph. */
function isListLine(line: string): boolean {
  let i = 0;
  while (i < line.length && isIndent(line[i])) i += 1;
  const s = line.slice(i);
  if (/^[-•–\uF0B7]\s/u.test(s)) return true;
  return /^(?:\d{1,3}[a-z]?[.)]|[a-z]{1,2}\)|\(\d{1,3}[a-z]?\))\s+\S/u.test(s);
}

/**
 * New text as clause text: wrapped lines joined by one space, blank lines
 * separating paragraphs ("\n\n"), every list item line — and the first
 * capitalised line after a list — a paragraph of its own, letter-spaced
 * words joined. Without list lines, exactly the quotation text
 * (`normaliseQuoted`).
 */
export function shapeNewText(raw: string): string {
  const lines = raw.split(/\r\n|[\r\n]/u);
  if (!lines.some(isListLine)) return joinLetterSpacing(normaliseQuoted(raw));
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let inList = false;
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t === '\u00A0') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    const list = isListLine(line);
    const leavesList: boolean = inList && !list && !startsLower(t);
    if ((list || leavesList) && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    inList = list || (inList && !leavesList);
    current.push(t);
  }
  if (current.length > 0) paragraphs.push(current);
  return joinLetterSpacing(
    paragraphs
      .map((p) => normaliseQuoted(p.join('\n')))
      .filter((p) => p !== '')
      .join('\n\n'),
  );
}

function startsLower(s: string): boolean {
  return isLetter(s[0]) && isLowerCase(s[0]);
}

/**
 * Joins letter-spaced emphasis (Sperrsatz): a run of at least four single
 * letters each followed by one space ("z u n ä c h s t" → "zunächst"). A
 * scanning loop, linear in the text.
 */
export function joinLetterSpacing(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (!isSingleLetterAt(text, i)) {
      out += text[i];
      i += 1;
      continue;
    }
    let p = i;
    let count = 1;
    while (text[p + 1] === ' ' && isSingleLetterAt(text, p + 2)) {
      p += 2;
      count += 1;
    }
    if (count >= 4) for (let k = i; k <= p; k += 2) out += text[k];
    else out += text.slice(i, p + 1);
    i = p + 1;
  }
  return out;
}

/** A letter standing alone: no letter before or after it. */
function isSingleLetterAt(text: string, i: number): boolean {
  return isLetter(text[i]) && !isLetter(text[i - 1]) && !isLetter(text[i + 1]);
}

/** Nouns of a unit that a cited new text cannot stand for: its text would hold its heading and Absätze. */
const WHOLE_UNIT_NOUNS: ReadonlySet<string> = new Set(['§', 'Art.', 'Abschnitt']);

/**
 * A new text that cites its own place at its start ("§9 (3) Ein
 * Mitgliederentscheid findet …"): the clause and the text after the citation;
 * undefined when the text starts otherwise, cites a whole § or Artikel, or
 * runs on from the reference without a mark that sets it off.
 */
export function citedWording(text: string): { clause: string; text: string } | undefined {
  const tokens = instructionTokens(text, 0, Math.min(text.length, MAX_CITATION), []);
  let read;
  try {
    read = readReference(tokens, 0, undefined);
  } catch (error) {
    if (error instanceof RefSyntaxError) return undefined;
    throw error;
  }
  if (read === undefined || read.kind !== 'refs' || read.refs.length !== 1) return undefined;
  const ref = read.refs[0]!;
  const last = ref.parts[ref.parts.length - 1];
  const next = tokens[read.next];
  if (last === undefined || WHOLE_UNIT_NOUNS.has(last.noun) || ref.sentence !== undefined || next?.kind !== 'word')
    return undefined;
  // A citation is set off from its text ("§ 9 (3) Ein …", "Absatz 3: Ein …"); "Absatz 3 gilt entsprechend." is a
  // sentence of the new text that names another place, not its own.
  if (tokens[read.next - 1]?.kind !== 'punct') return undefined;
  return { clause: formatRef(ref), text: text.slice(next.start).trim() };
}

/** A citation at the start of a new text is shorter than this. */
const MAX_CITATION = 80;

/**
 * Where the text after a colon is: for a new wording that may hold a list of
 * instructions (`nestable`) and ends its unit, the following unit (with the
 * list items after it) up to a speaker's line of minutes; else
 * {@link payloadExtent}.
 */
export function payloadPlace(
  doc: QuotedText,
  units: readonly Unit[],
  u: number,
  from: number,
  nestable: boolean,
  skipped: readonly Span[],
  holdsInstruction: (unit: Unit) => boolean,
): PayloadExtent {
  const unit = units[u]!;
  if (nestable && doc.text.slice(from, unit.end).trim() === '' && u + 1 < units.length) {
    let consumed = 1;
    while (units[u + consumed + 1]?.item === true && !unit.item) consumed += 1;
    const start = units[u + 1]!.start;
    const end = units[u + consumed]!.end;
    // A speaker's line of minutes after the text ("Herr Kowalke teilt mit, …") is not part of it.
    const speaker = speakerLine(doc.text, start, end);
    return { start, end: speaker === undefined ? end : doc.trimEnd(start, speaker), consumed };
  }
  return payloadExtent(doc, units, u, from, skipped, holdsInstruction, false);
}
