/**
 * The lines of an amendment document that hold no instructions, blanked
 * out before the instructions are read: vote results and minutes formulas,
 * the user interface of council information systems, echo blocks that
 * reprint the old wording ("bisherige Formulierung:"), rationale blocks
 * ("Begründung: …" up to the next vote result, amendment heading or paragraph
 * that opens like an instruction, so a Begründung after each instruction is
 * skipped as well as one at the end),
 * and everything after a closing formula ("Mit freundlichen Grüßen").
 *
 * Blanking keeps every offset: the reader's errors still point into the
 * text as given, and a blanked line separates paragraphs like an empty one.
 *
 * @module
 */
import { findResolutionStart, sectionEndAt } from '../../parse/section.js';
import { splitLines, stripLineMarkup } from '../../parse/source-lines.js';
import { isLineBreak, isWhitespace } from '../../text/chars.js';
import { scanQuotes, type QuoteSpan } from '../../text/quotes.js';
import type { Span } from '../../text/span.js';
import {
  ADOPTED_BLOCK_HEADINGS,
  ECHO_HEADINGS,
  NOISE_LINES,
  NOISE_LINE_STARTS,
  VOTE_HEADINGS,
  VOTE_LINE_STARTS,
  VOTE_WORDS,
} from '../document-words.js';
import { HEADING_WORDS, INSTRUCTION_SIGNS } from '../lexicon.js';
import { MONTHS } from '../../text/months.js';

/** What a line of an amendment document is, for the skip pass. */
export type LineKind = 'text' | 'blank' | 'vote' | 'noise' | 'echo' | 'rationale' | 'closing' | 'heading' | 'adopted';

/** The text with its non-instruction lines blanked, and what was blanked. */
export interface Cleaned {
  /** The text, same length: skipped lines replaced by spaces (line breaks kept). */
  text: string;
  /** The skipped line spans, in order. */
  skipped: Span[];
}

/** One line of the raw text. */
interface RawLine extends Span {
  text: string;
}

function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let i = 0;
  while (i <= text.length) {
    let e = i;
    while (e < text.length && !isLineBreak(text[e])) e += 1;
    out.push({ start: i, end: e, text: text.slice(i, e) });
    if (e >= text.length) break;
    i = text[e] === '\r' && text[e + 1] === '\n' ? e + 2 : e + 1;
  }
  return out;
}

/** `s` without the characters at its end that `drop` accepts (a loop: a trailing `+$` pattern backtracks quadratically). */
function trimEnd(s: string, drop: (ch: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1]!)) end -= 1;
  return s.slice(0, end);
}

/** Lower-case words of a line (letters, digits, "-", "."), for the vote test. */
function lineWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s,;:()|/–-]+/u)
    .map((w) => trimEnd(w, (ch) => ch === '.'))
    .filter((w) => w !== '');
}

/** A line of only vote words and numbers ("abgelehnt", "Einstimmig zugestimmt.", "21 dafür, 9 dagegen"). */
function onlyVoteWords(s: string): boolean {
  const words = lineWords(s);
  return (
    words.length > 0 && words.every((w) => VOTE_WORDS.has(w) || /^\d+$/u.test(w) || w === 'dafür' || w === 'dagegen')
  );
}

/** The kind of one line (its Markdown stripped). */
export function lineKind(raw: string): LineKind {
  const s = stripLineMarkup(raw.trim());
  if (s === '' || /^[\s|]*$/u.test(s)) return 'blank';
  const lower = s.toLowerCase();
  if (VOTE_LINE_STARTS.some((v) => lower.startsWith(v))) return 'vote';
  const colon = lower.indexOf(':');
  if (colon > 0) {
    const head = lower.slice(0, colon).trim();
    const rest = lower.slice(colon + 1).trim();
    if (VOTE_HEADINGS.includes(head) && rest !== '' && onlyVoteWords(rest)) return 'vote';
    if (ECHO_HEADINGS.includes(head) && rest === '') return 'echo';
    if (ADOPTED_BLOCK_HEADINGS.includes(head) && rest === '') return 'adopted';
  }
  if (onlyVoteWords(s)) return 'vote';
  const bare = trimEnd(lower, (ch) => isWhitespace(ch) || ch === ':' || ch === '|');
  if (NOISE_LINES.includes(bare) || NOISE_LINES.some((n) => n.endsWith(':') && lower.startsWith(n))) return 'noise';
  if (NOISE_LINE_STARTS.some((n) => lower.startsWith(n))) return 'noise';
  if (lower.startsWith('druck- und lokalversion') || lower.startsWith('für einen individuellen ausdruck'))
    return 'noise';
  // An attachment link: "21-2198 Beschluss Sitzungsgelder (84 KB)".
  if (/\(\d+(?:[.,]\d+)? ?[kmg]b\)$/iu.test(s)) return 'noise';
  const end = sectionEndAt(s, true);
  if (end !== undefined) return end.by === 'closing' ? 'closing' : 'rationale';
  if (ARTICLE_HEADING.test(s)) return 'heading';
  if (isDateLine(lower)) return 'noise';
  // "Änderungsantrag der SPD-Fraktion:", "Antragsteller*in: …": a heading line of the document.
  const undated = withoutLeadingDate(lower);
  if (HEADING_WORDS.has(firstWord(undated)) && s.endsWith(':') && !leadRunIn(s)) return 'heading';
  // "Antrag der SPD-Gemeinderatsfraktion", "Gemeinsamer Antrag mit der FDP-Fraktion", "11.12.2023 Änderungsantrag zu: …".
  if (HEADING_WORDS.has(firstWord(undated)) && isTitleLine(undated)) return 'heading';
  return 'text';
}

/** "Betr.: Abfallwirtschaftskonzept: Der Kreistag möge beschließen:": a subject line with the resolution's lead run into it. */
function leadRunIn(s: string): boolean {
  const start = findResolutionStart(splitLines(s));
  return start?.kind === 'sentence' && start.lead.trim() !== s.trim();
}

/** A date standing alone ("11.12.2023", "14. Juli 2022", "Juli 2022"), or a version line ("Stand: 3. Mai 2024"). */
function isDateLine(lower: string): boolean {
  if (lower.startsWith('stand:') || lower.startsWith('stand ')) return withoutLeadingDate(lower.slice(6).trim()) === '';
  return lower !== '' && withoutLeadingDate(lower) === '';
}

/** The line without a date at its start ("11.12.2023 Änderungsantrag …" → "änderungsantrag …"). */
function withoutLeadingDate(lower: string): string {
  const numeric = /^\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b\s*/u.exec(lower);
  if (numeric !== null) return lower.slice(numeric[0].length);
  const m = /^(?:\d{1,2}\.\s?)?(\p{L}+\.?)\s+\d{4}\b\s*/u.exec(lower);
  return m !== null && MONTHS.includes(m[1]!) ? lower.slice(m[0].length) : lower;
}

/** A title line: short, no sentence end, no sign of an instruction. */
function isTitleLine(lower: string): boolean {
  return lower.length <= 160 && !/[.!?;:]$/u.test(lower) && !INSTRUCTION_SIGNS.some((w) => lower.includes(w));
}

/** "Artikel 1", "Art. 2", "Artikel II": an article of an amending statute, a frame around the instructions. */
const ARTICLE_HEADING = /^(?:Artikel|Art\.)[ \t]+(?:\d{1,3}[a-z]?|[IVX]{1,6})\.?$/u;

/** Whether a line is an article heading of an amending statute ("Artikel 2", "**Art. 3**"). */
export function isArticleHeading(line: string): boolean {
  return ARTICLE_HEADING.test(stripLineMarkup(line.trim()));
}

/**
 * The title line under an article heading ("Artikel 1" / "Änderung der
 * Hauptsatzung", "Artikel 2" / "Inkrafttreten"): a line without a sentence's
 * end, right after it, is the article's title, not an instruction.
 */
function markArticleTitles(lines: readonly RawLine[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length; i += 1) {
    if (kinds[i] !== 'heading' || !ARTICLE_HEADING.test(stripLineMarkup(lines[i]!.text.trim()))) continue;
    let k = i + 1;
    while (k < lines.length && kinds[k] === 'blank') k += 1;
    const title = stripLineMarkup(lines[k]?.text.trim() ?? '');
    if (kinds[k] === 'text' && title.length <= 120 && !/[.:;,]$/u.test(title)) kinds[k] = 'heading';
  }
}

function firstWord(lower: string): string {
  const m = /^[^\s:]+/u.exec(lower);
  return (m?.[0] ?? '').replace(/\.$/u, '');
}

/**
 * Blanks the lines of `text` that hold no instructions. Lines that start
 * inside a quotation (of a first, balanced scan) are text whatever they say.
 * A document with an adopted block ("Text des Beschlusses:") is read from the
 * last such heading on: the blocks before it are the motion and its drafts.
 */
export function cleanDocument(text: string): Cleaned {
  const scan = scanQuotes(text);
  const quotes = scan.unclosed === undefined ? scan.quotes : [];
  const lines = rawLines(text);
  const kinds = lines.map((l) => (insideQuote(quotes, l.start) ? 'text' : lineKind(l.text)));
  markArticleTitles(lines, kinds);
  const skip = lines.map(() => false);
  let from = 0;
  kinds.forEach((k, i) => {
    if (k === 'adopted') from = i;
  });
  for (let i = 0; i < from; i += 1) skip[i] = true;
  let mode: 'read' | 'rationale' | 'echo' | 'closed' = 'read';
  for (let i = from; i < lines.length; i += 1) {
    const kind = kinds[i]!;
    if (mode === 'closed') {
      skip[i] = true;
      continue;
    }
    if (mode === 'echo' && kind === 'blank') mode = 'read';
    if (mode === 'rationale' && (kind === 'vote' || kind === 'heading' || kind === 'adopted')) mode = 'read';
    // A paragraph after the Begründung that opens like an instruction ("Ziffer 3 wird gestrichen."): the next instruction.
    if (mode === 'rationale' && kind === 'text' && kinds[i - 1] === 'blank' && opensInstruction(lines[i]!.text))
      mode = 'read';
    if (mode !== 'read') {
      skip[i] = true;
      continue;
    }
    switch (kind) {
      case 'vote':
      case 'noise':
      case 'heading':
      case 'adopted':
        skip[i] = true;
        break;
      case 'echo':
        skip[i] = true;
        mode = 'echo';
        break;
      case 'rationale':
        skip[i] = true;
        mode = 'rationale';
        break;
      case 'closing':
        skip[i] = true;
        mode = 'closed';
        break;
      default:
        break;
    }
  }
  return blank(text, lines, skip);
}

/** "Ziffer 3 wird gestrichen.", "2. In § 4 Absatz 1 werden …": a place, then an instruction verb on the same line. */
const INSTRUCTION_OPENING =
  /^(?:\d{1,3}\.[ \t]+)?(?:(?:In|Im|Nach|Der|Die)[ \t]+)?(?:Ziffer|Punkt|Nr\.|Nummer|Buchstabe|§|Absatz|Satz)[ \t]*\d/u;
const INSTRUCTION_VERB =
  /\b(?:gestrichen|ersetzt|eingefügt|angefügt|gefasst|gefaßt|geändert|ergänzt|entfällt|aufgehoben)\b/u;

function opensInstruction(line: string): boolean {
  return INSTRUCTION_OPENING.test(line.trimStart()) && INSTRUCTION_VERB.test(line);
}

function blank(text: string, lines: readonly RawLine[], skip: readonly boolean[]): Cleaned {
  const skipped: Span[] = [];
  const pieces: string[] = [];
  let copied = 0;
  lines.forEach((line, i) => {
    if (!skip[i] || line.end === line.start) return;
    pieces.push(text.slice(copied, line.start), ' '.repeat(line.end - line.start));
    copied = line.end;
    skipped.push({ start: line.start, end: line.end });
  });
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), skipped };
}

/** Whether `at` lies inside one of the (sorted, disjoint) quotations, after its opening mark: a binary search. */
export function insideQuote(quotes: readonly QuoteSpan[], at: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return at > q.start;
  }
  return false;
}

/**
 * Whether a text (quotations masked) holds an instruction verb: the text after
 * "Ziffer 1 wird wie folgt geändert:" that does so but cannot be read as
 * instructions is refused, never taken as the clause's new wording.
 */
export function readsLikeInstructions(masked: string): boolean {
  return INSTRUCTION_VERB.test(masked);
}

/** The refusal of such a text. */
export const UNREAD_NESTED = 'the instructions after „wie folgt geändert:“ cannot be read';
