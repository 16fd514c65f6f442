/**
 * A label at the start of a source line: where it ends and the clause text
 * starts (through a Markdown bullet before it, emphasis around it, one run of
 * spaces after it), and the lines that only look labelled (dates, ordinals,
 * abbreviations: `4. Oktober 2021`, `3. Quartal`, `z. B.`).
 *
 * @module
 */
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isIndent } from '../text/chars.js';
import { isBulletChar, labelReadings, type LabelInfo } from './label-readings.js';
import { MONTH_SET } from '../text/months.js';
import { LETTER_ABBREVIATIONS, ORDINAL_NOUNS } from './markers.js';

/** Where a label found at the start of a line ends, and what it is. */
export interface LineLabel {
  /** The label as written (no emphasis markers, no leading markdown bullet). */
  label: string;
  /** Its readings, preferred first. */
  readings: readonly LabelInfo[];
  /** Offset in the line where the clause text starts (after the label and one run of spaces). */
  textStart: number;
  /**
   * An emphasis marker (`**`, `~~`, `__`, `*`, `_`) that was written before the label
   * and is still open after it (`**2a. Neuer Punkt**`): the text must start with it.
   */
  reopen: string;
}

const MARKERS = ['**', '__', '~~', '*', '_'] as const;

/**
 * Reads the token of a numbered label at `pos` (no bullets): returns the label
 * text and its end offset, or undefined. Only looks at up to 16 characters.
 */
function scanNumbered(line: string, pos: number): { label: string; end: number } | undefined {
  const limit = Math.min(line.length, pos + 16);
  let i = pos;
  const open = line[i] === '(';
  if (open) i++;
  const coreStart = i;
  while (i < limit) {
    const c = line[i]!;
    if (isAsciiDigit(c) || isAsciiLower(c) || isAsciiUpper(c)) i++;
    else break;
  }
  if (i === coreStart) return undefined;
  let end: number;
  if (open) {
    if (line[i] !== ')') return undefined;
    end = i + 1;
  } else if (line[i] === '.' && line[i + 1] === ')') {
    end = i + 2;
  } else if (line[i] === '.' || line[i] === ')') {
    end = i + 1;
  } else {
    return undefined;
  }
  return { label: line.slice(pos, end), end };
}

/**
 * Recognises a label at the start of `line` (which has no leading white space).
 * Handles a markdown bullet before a numbered label (`- a) Text`: the inner
 * label wins), emphasis around the label (`**1.** Text`, `~~3. alt~~`), and a
 * label alone on its line. Returns undefined when the line does not start with
 * a label; the exclusions (dates, `z. B.`, month names …) are applied by the
 * caller through {@link isFalseLabel}.
 */
export function scanLineLabel(line: string): LineLabel | undefined {
  let pos = 0;
  let bulletAt = -1;
  let bulletText = 0;
  // A run of bullets ("- - Text", "- a) Text"): the innermost label wins. The loop
  // advances on every round, so it stays linear however many bullets there are.
  for (;;) {
    const c = line[pos];
    if (!isBulletChar(c)) break;
    const after = line[pos + 1];
    if (after !== undefined && !isIndent(after)) break;
    let t = pos + 1;
    while (isIndent(line[t])) t++;
    bulletAt = pos;
    bulletText = t;
    if (t === pos + 1 || t >= line.length) break;
    pos = t;
  }
  const bc = bulletAt >= 0 ? line[bulletAt]! : '';
  const bullet: LineLabel | undefined =
    bulletAt >= 0 ? { label: bc, readings: labelReadings(bc), textStart: bulletText, reopen: '' } : undefined;
  // Emphasis opened before a numbered label.
  let marker = '';
  for (const m of MARKERS) {
    if (line.startsWith(m, pos)) {
      marker = m;
      break;
    }
  }
  const numbered = scanNumbered(line, pos + marker.length);
  if (numbered === undefined) return bullet;
  const readings = labelReadings(numbered.label);
  if (readings.length === 0) return bullet;
  let end = numbered.end;
  let reopen = '';
  if (marker !== '') {
    if (line.startsWith(marker, end))
      end += marker.length; // "**1.** Text"
    else reopen = marker; // "**1. Text**"
  }
  const after = line[end];
  if (after !== undefined && !isIndent(after)) return bullet;
  let t = end;
  while (isIndent(line[t])) t++;
  return { label: numbered.label, readings, textStart: t, reopen };
}

const ABBREVIATION_SET: ReadonlySet<string> = new Set(LETTER_ABBREVIATIONS.map((a) => a.toLowerCase()));
const ORDINAL_SET: ReadonlySet<string> = new Set(ORDINAL_NOUNS);

/** The word at `from` (up to the next space or tab, at most 40 characters). */
function firstWord(text: string, from: number): string {
  let e = from;
  while (e < text.length && !isIndent(text[e]) && e - from < 40) e++;
  return text.slice(from, e);
}

/**
 * Dates, ordinals and abbreviations that look like labels: `4. Oktober 2021`,
 * `3. Quartal`, `z. B.`, `u. a.`. (`04.10.2021`, `2018 wurde`, `1.13.01`,
 * `Nr. 3`, `§ 13`, `TOP 6.1` never scan as labels in the first place.)
 */
export function isFalseLabel(text: string, ll: LineLabel): boolean {
  const r = ll.readings[0];
  if (!r || r.kind === 'bullet') return false;
  const word = firstWord(text, ll.textStart).toLowerCase();
  if (r.kind === 'arabic' && r.close === '.' && r.open === '') {
    const bare = word.replace(/[,;:]$/, '');
    if (MONTH_SET.has(bare) || ORDINAL_SET.has(bare)) return true;
  }
  if (r.close === '.' && r.open === '' && r.core.length === 1 && r.kind !== 'arabic') {
    // "z. B.", "u. a.", "i. d. R.": a letter, a dot and another abbreviated letter.
    if (word.length >= 2 && word[1] === '.' && isCasedLetter(word[0])) return true;
    if (ABBREVIATION_SET.has(`${r.core.toLowerCase()}. ${word}`)) return true;
  }
  return false;
}

/** A letter that has an upper and a lower case (the first part of an abbreviation such as "z. B."). */
function isCasedLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}
