/**
 * The line layer of the parser: splits a document into trimmed lines with
 * their indentation, recognises blank lines, page breaks (form feed, page
 * number lines), Markdown headings (ATX `#` and setext underlines) and
 * thematic breaks, and joins lines back into paragraph text with the
 * documented whitespace folding and optional dehyphenation.
 *
 * Hand-written rather than remark: remark would read PDF text as Markdown
 * (`4. Oktober` → list, 4-space indent → code, `Kölner*innen … Expert*innen`
 * → emphasis); a line scanner keeps every character and runs in linear time.
 *
 * @module
 */
import { scanAbbreviation } from '../text/abbreviations.js';
import { isAsciiDigit } from '../text/chars.js';
import { HYPHEN_KEEPERS, PAGE_FURNITURE } from './markers.js';

/** One line of the document. */
export interface Line {
  /** The line without leading/trailing white space (heading hashes removed for headings). */
  text: string;
  /** Columns of leading white space (a tab advances to the next multiple of 4). */
  indent: number;
  /** Empty line, thematic break, setext underline or page furniture. */
  blank: boolean;
  /** A page break (form feed or page-number line) — a kind of blank. */
  pageBreak: boolean;
  /** An ATX heading (`## x`) or the text line of a setext heading. */
  heading: boolean;
  /** 0-based line number in the source. */
  number: number;
}

/** Characters the line reader trims at a line's start and end (white space, zero-width space, BOM). */
export function isEdgeSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for a thematic break or setext underline: only `-`, `=`, `_` or `*` (one kind, at least 3) and spaces. */
function breakLine(text: string): '' | '-' | '=' | 'other' {
  const first = text[0];
  if (first !== '-' && first !== '=' && first !== '_' && first !== '*') return '';
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === first) count++;
    else if (c !== ' ' && c !== '\t') return '';
  }
  if (count < 3 && !(first === '=' && count >= 1)) return '';
  return first === '-' ? '-' : first === '=' ? '=' : 'other';
}

function makeLine(raw: string, number: number): Line {
  let start = 0;
  let indent = 0;
  while (start < raw.length && isEdgeSpace(raw.charCodeAt(start))) {
    indent = raw[start] === '\t' ? indent + 4 - (indent % 4) : indent + 1;
    start++;
  }
  let end = raw.length;
  while (end > start && isEdgeSpace(raw.charCodeAt(end - 1))) end--;
  let text = raw.slice(start, end);
  let heading = false;
  if (text.startsWith('#')) {
    let h = 0;
    while (h < text.length && h < 7 && text[h] === '#') h++;
    if (h <= 6 && (h === text.length || text[h] === ' ' || text[h] === '\t')) {
      heading = true;
      text = text.slice(h).trim();
      // Closing sequence "## Titel ##".
      let e = text.length;
      while (e > 0 && text[e - 1] === '#') e--;
      if (e < text.length && (e === 0 || text[e - 1] === ' ')) text = text.slice(0, e).trim();
    }
  }
  let pageBreak = false;
  if (!heading && text.length > 0 && text.length <= 24) {
    for (const re of PAGE_FURNITURE) if (re.test(text)) pageBreak = true;
  }
  return { text: pageBreak ? '' : text, indent, blank: text.length === 0 || pageBreak, pageBreak, heading, number };
}

/**
 * Splits a document into lines. `\r\n`, `\r` and `\n` end lines; a form feed
 * also ends one and adds a page-break line.
 */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 0;
  const n = source.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? source.charCodeAt(i) : -1;
    if (code !== -1 && code !== 0x0a && code !== 0x0d && code !== 0x0c) continue;
    lines.push(makeLine(source.slice(start, i), number++));
    if (code === 0x0c)
      lines.push({ text: '', indent: 0, blank: true, pageBreak: true, heading: false, number: number - 1 });
    if (code === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  // Setext headings and thematic breaks become blanks (the text line above an underline is a heading).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.heading) continue;
    const kind = breakLine(line.text);
    if (kind === '') continue;
    const prev = i > 0 ? lines[i - 1] : undefined;
    if ((kind === '-' || kind === '=') && prev && !prev.blank) {
      prev.heading = true;
    } else if (kind === '=') {
      continue; // a lone "=" line is text
    }
    line.blank = true;
    line.text = '';
  }
  return lines;
}

/** Folds runs of spaces and tabs inside a trimmed line into one space. */
export function foldSpaces(text: string): string {
  if (!text.includes('  ') && !text.includes('\t')) return text;
  let out = '';
  let space = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      if (!space) {
        out += text.slice(from, i) + ' ';
        space = true;
      }
      from = i + 1;
    } else {
      space = false;
    }
  }
  return out + text.slice(from);
}

/** A letter with an upper and a lower case (a word part before a line-end hyphen). */
function hasCase(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

function isLowerLetter(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** The separator between two wrapped lines: `" "`, or `""` when dehyphenating joins a word. */
function joinPoint(prev: string, next: string, dehyphenate: boolean): { cutHyphen: boolean; sep: string } {
  if (!dehyphenate || !prev.endsWith('-')) return { cutHyphen: false, sep: ' ' };
  const before = prev[prev.length - 2];
  // "2018-\n2022": a number range.
  if (isAsciiDigit(before) && isAsciiDigit(next[0])) return { cutHyphen: false, sep: '' };
  if (!hasCase(before)) return { cutHyphen: false, sep: ' ' };
  let w = 0;
  while (w < next.length && next[w] !== ' ') w++;
  const word = next.slice(0, w).toLowerCase();
  const bare = word.replace(/[,;:]$/, '');
  if (HYPHEN_KEEPERS.includes(bare) || HYPHEN_KEEPERS.includes(word)) return { cutHyphen: false, sep: ' ' };
  if (isLowerLetter(next[0])) return { cutHyphen: true, sep: '' };
  return { cutHyphen: false, sep: '' };
}

/**
 * Joins the lines of one paragraph: wrapped lines with one space, internal
 * runs of spaces/tabs folded, and with `dehyphenate` a line-end hyphen joined
 * (see {@link ParseOptions.dehyphenate}).
 */
export function joinLines(lines: readonly string[], dehyphenate: boolean): string {
  const parts: string[] = [];
  let prev = '';
  for (const raw of lines) {
    const line = foldSpaces(raw);
    if (line === '') continue;
    if (parts.length > 0) {
      const { cutHyphen, sep } = joinPoint(prev, line, dehyphenate);
      if (cutHyphen) parts[parts.length - 1] = prev.slice(0, -1);
      parts.push(sep);
    }
    parts.push(line);
    prev = line;
  }
  return parts.join('');
}

/** Characters skipped when looking at how a text starts or ends (markup and quotes). */
const EDGE_MARKUP = new Set(['*', '_', '~', '„', '“', '”', '"', "'", '‚', '‘', '’', '»', '«', '(', '`']);

/** The first character of `text` that is not markup or a quote. */
export function firstSignificant(text: string): string | undefined {
  for (let i = 0; i < text.length && i < 64; i++) {
    const c = text[i]!;
    if (!EDGE_MARKUP.has(c)) return c;
  }
  return undefined;
}

/** The last character of `text` that is not markup, a closing quote or a closing parenthesis. */
export function lastSignificant(text: string): string | undefined {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 64; i--) {
    const c = text[i]!;
    if (!EDGE_MARKUP.has(c) && c !== ' ') return c;
  }
  return undefined;
}

/**
 * Whether `text` ends a sentence: its last significant character is `.`, `!`
 * or `?`, and a final full stop ends neither a number (`am 1.`) nor an
 * abbreviation (`z. B.`, `Nr.`, `bzw.`) that starts in its last three words.
 * After such an end, a paragraph in lower case is a paragraph of its own, not
 * the sentence going on across a lost page break.
 */
export function endsSentence(text: string): boolean {
  const c = lastSignificant(text);
  if (c === undefined || !'.!?'.includes(c)) return false;
  if (c !== '.') return true;
  const end = text.lastIndexOf('.') + 1;
  const before = text[end - 2];
  if (before === undefined || isAsciiDigit(before)) return false;
  let start = end - 1;
  for (let word = 0; word < 3 && start >= 0; word++) {
    while (start > 0 && text[start - 1] !== ' ') start--;
    if (scanAbbreviation(text, start) === end) return false;
    start -= 2;
  }
  return true;
}

/** True when `text` starts (after markup and quotes) with a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  return isLowerLetter(firstSignificant(text));
}

/** Strips Markdown emphasis and heading markup around a whole line, for marker comparisons. */
export function stripLineMarkup(text: string): string {
  let s = text.trim();
  for (let round = 0; round < 3; round++) {
    const before = s;
    for (const m of ['**', '__', '*', '_']) {
      if (s.startsWith(m)) s = s.slice(m.length);
      if (s.endsWith(m)) s = s.slice(0, -m.length);
    }
    s = s.trim();
    if (s === before) break;
  }
  return s;
}
