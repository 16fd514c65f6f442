/**
 * The line layer of statutes: what PDF-extracted Satzungen carry besides
 * their text — page furniture (a bare right-aligned page number, a footer
 * `Hauptsatzung … Seite 2`, `… 1/2`, a running header after a page break),
 * the place-and-date line that starts the signature block
 * (`Talbrück, den 14. März 2023`), and the title lines above the
 * Eingangsformel. Only applied to text the statute builder has recognised as
 * a statute, so motions read exactly as before.
 *
 * @module
 */
import { isDigitRun, isIndent, isLetter, isLowerCase } from '../text/chars.js';
import { scanLineLabel } from './line-label.js';
import { MONTH_SET } from '../text/months.js';
import { joinLines, lastSignificant, stripLineMarkup, type Line } from './source-lines.js';
import { scanUnitLine } from './unit-line.js';

/** A page break standing in for a furniture line (keeps the line's number). */
function pageBreakLine(line: Line): Line {
  return { ...line, text: '', blank: true, pageBreak: true };
}

/** The text before a trailing page number (`… Seite 2`, `… Seite 2 von 3`, `…   1/2`), if the line ends with one. */
function beforePageNumber(text: string): string | undefined {
  const words = text.split(' ');
  const n = words.length;
  const last = words[n - 1] ?? '';
  if (n >= 3 && isDigitRun(last, 4) && words[n - 2] === 'Seite') return words.slice(0, n - 2).join(' ');
  if (
    n >= 5 &&
    isDigitRun(last, 4) &&
    words[n - 2] === 'von' &&
    isDigitRun(words[n - 3]!, 4) &&
    words[n - 4] === 'Seite'
  )
    return words.slice(0, n - 4).join(' ');
  const slash = last.indexOf('/');
  if (n >= 2 && slash > 0 && isDigitRun(last.slice(0, slash), 3) && isDigitRun(last.slice(slash + 1), 3))
    return words.slice(0, n - 1).join(' ');
  return undefined;
}

/** A footer or header line: a bare right-aligned page number, or a short title ending in a page number. */
function isFurniture(line: Line, raw: string): boolean {
  if (isDigitRun(line.text, 3)) return line.indent >= 20;
  const before = beforePageNumber(raw);
  if (before === undefined) return false;
  const title = before.trim().replace(/[–-]$/, '').trim();
  return title.length > 0 && title.length <= 80 && isShortHeading(title, 80);
}

/** A short line without closing punctuation that does not start lower case. */
function isShortHeading(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  const last = lastSignificant(text);
  if (last === undefined || '.:;!?,-'.includes(last)) return false;
  const first = text[0]!;
  return !(isLetter(first) && isLowerCase(first));
}

/**
 * The lines of a statute body with page furniture turned into page breaks
 * (one output line per input line, so indices stay the same): bare page
 * numbers, footers ending in a page number, and a running header — the first
 * line after a page break when it is a short heading-like line (at most 60
 * characters, no closing punctuation, no label, no § line) and no bare `§ N`
 * before the break still waits for its heading.
 */
export function statuteLines(lines: readonly Line[], from: number, to: number): Line[] {
  const out: Line[] = [];
  let afterBreak = false;
  let lastContent: Line | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (line.pageBreak) afterBreak = true;
      out.push(line);
      continue;
    }
    const text = foldedText(line.text);
    if (!line.heading && isFurniture(line, text)) {
      out.push(pageBreakLine(line));
      afterBreak = true;
      continue;
    }
    if (afterBreak && !line.heading && isRunningHeader(text, lastContent)) {
      out.push(pageBreakLine(line));
      continue;
    }
    afterBreak = false;
    lastContent = line;
    out.push(line);
  }
  return out;
}

function foldedText(text: string): string {
  let out = '';
  let space = false;
  for (const c of text) {
    if (isIndent(c)) space = true;
    else {
      if (space && out !== '') out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

function isRunningHeader(text: string, before: Line | undefined): boolean {
  if (!isShortHeading(text, 60) || scanLineLabel(text) !== undefined || scanUnitLine(text) !== undefined) return false;
  // "Art. 6" / page break / "Zuständigkeit der …": the heading of a bare unit, not a header.
  const waiting = before === undefined ? undefined : scanUnitLine(stripLineMarkup(before.text));
  return waiting === undefined || !waiting.bare;
}

/** A date as statutes write it: `14. März 2023`, `14.03.2023`. */
function isDate(words: readonly string[]): boolean {
  if (words.length === 1) {
    const parts = words[0]!.split('.');
    return parts.length === 3 && isDigitRun(parts[0]!, 2) && isDigitRun(parts[1]!, 2) && isDigitRun(parts[2]!, 4);
  }
  if (words.length !== 3) return false;
  const [day, month, year] = words as [string, string, string];
  return (
    day.endsWith('.') && isDigitRun(day.slice(0, -1), 2) && MONTH_SET.has(month.toLowerCase()) && isDigitRun(year, 4)
  );
}

/**
 * The place-and-date line that opens a statute's signature block:
 * `Talbrück, den 14. März 2023`, `Bad Elsen, 14.03.2023`. The statute ends
 * before it.
 */
export function isPlaceDateLine(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma <= 0 || comma > 60) return false;
  const place = text.slice(0, comma).split(' ');
  if (place.length > 4 || !place.every((w) => isLetter(w[0]) && !isLowerCase(w[0]))) return false;
  const rest = text
    .slice(comma + 2)
    .split(' ')
    .filter((w) => w !== '');
  if (rest[0] === 'den' || rest[0] === 'im') rest.shift();
  return isDate(rest);
}

/** How the date line under a statute's title starts. */
const DATE_LINE_STARTS = ['vom ', 'in der fassung', 'beschlossen am', 'stand:'];

/** Lines that follow the title: its date, version or Eingangsformel. */
const AFTER_TITLE = [...DATE_LINE_STARTS, 'aufgrund', 'auf grund'];

/** The date line under a statute's title: `vom 14. März 2023`, `in der Fassung …`, `Stand: …`. */
export function isDateLine(text: string): boolean {
  const lower = text.toLowerCase();
  return text.length <= 120 && DATE_LINE_STARTS.some((w) => lower.startsWith(w));
}

/** A wholly parenthesised line with a colon or „§“ and no parentheses inside: "(Auszug: §§ 12 bis 17)". */
function isEditorsNote(text: string): boolean {
  const inner = text.slice(1, -1);
  return (
    text.startsWith('(') &&
    text.endsWith(')') &&
    !inner.includes('(') &&
    !inner.includes(')') &&
    (inner.includes(':') || inner.includes('§'))
  );
}

/** Emphasis markers that may wrap a whole title line. */
const WRAPPERS = ['**', '__', '*', '_'];

/**
 * A title line without the emphasis wrapping it as a whole (`**Satzung …**`);
 * a marker at one end only is text of its own (`~~Alt~~ **Neu**`, the redline
 * form's inserted words), so it stays.
 */
function wrappedText(text: string): string {
  let s = text.trim();
  for (let round = 0; round < 3; round++) {
    const m = WRAPPERS.find((w) => s.length > 2 * w.length && s.startsWith(w) && s.endsWith(w));
    if (m === undefined) break;
    s = s.slice(m.length, -m.length).trim();
  }
  return s;
}

/**
 * The title of a statute: its first lines up to a blank line, the date line
 * (`vom …`, `in der Fassung …`, `Stand: …`) or the Eingangsformel, at most
 * three lines, joined like clause text (`Geschäftsordnung … Nieder-` /
 * `sachsen (GO)` → `… Niedersachsen (GO)`).
 */
export function statuteTitle(lines: readonly Line[], to: number): string | undefined {
  let i = 0;
  while (i < to && lines[i]!.blank) i++;
  const parts: string[] = [];
  for (; i < to && parts.length < 3; i++) {
    const line = lines[i]!;
    if (line.blank) break;
    const text = stripLineMarkup(line.text);
    const lower = text.toLowerCase();
    if (AFTER_TITLE.some((w) => lower.startsWith(w)) || scanUnitLine(text) !== undefined) break;
    // "(Auszug: §§ 12 bis 17)" under the title (a PDF without the blank line before it): an editor's note.
    if (parts.length > 0 && isEditorsNote(text)) break;
    parts.push(wrappedText(line.text));
    if (line.heading || lastSignificant(text) === ':') break;
  }
  const title = joinLines(parts, true);
  return title === '' || lastSignificant(title) === ':' ? undefined : title;
}
