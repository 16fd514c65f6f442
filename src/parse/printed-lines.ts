/**
 * Printed line numbers: a party-convention motion (Antragsgrün, cvtx, a PDF
 * of the motion book) is printed with a number before every text line
 * ("31 heute oft. Beschlüsse, die im Rathaus …"), and its amendments cite
 * those numbers ("Ersetze Z. 31 bis Z. 37", "in Zeile 37 hinter …"). The
 * numbers are presentation, not text: they are taken off the lines before the
 * clause tree is built, and what each printed line said is remembered for the
 * resolution, so that a line reference can be resolved against the numbers the
 * author counted (src/references/printed-lines.ts) instead of the library's own.
 *
 * Only a numbering that cannot be anything else is read: at least
 * {@link MIN_RUN} text lines in a row, each starting with the next number, and
 * one of them a wrapped line (a long line that does not end a sentence and is
 * continued on the next numbered line) — a list labelled "1 …", "2 …" does not
 * wrap that way.
 *
 * @module
 */
import type { Resolution } from '../model.js';
import { isLetter, isLowerCase } from '../text/chars.js';
import { foldSpaces, type Line } from './source-lines.js';

/** One printed line: its number and its text without the number. */
export interface PrintedLine {
  number: number;
  text: string;
}

/** The printed lines of a document, in order; numbers count up by one. */
export interface PrintedLines {
  lines: PrintedLine[];
  /** Why the numbers printed in the document cannot be counted (they start again): no line of it is counted then. */
  unreadable?: string;
}

/** Why a numbering that starts again cannot be counted. */
const STARTS_AGAIN =
  'its printed numbering starts again (a numbering per page), so a line number does not say which line';

/** Fewest numbered lines in a row that make a printed numbering. */
const MIN_RUN = 5;

/** A wrapped line is at least this long (a short unpunctuated line is a heading or a list item). */
const WRAPPED_LENGTH = 45;

/** A heading line is shorter than this share of the longest printed line. */
const HEADING_SHARE = 0.6;

/** The printed lines of each resolution the parser built (the resolution object as returned). */
const remembered = new WeakMap<Resolution, PrintedLines>();

/** "31 heute oft." → 31 and where the text starts; undefined for a line without a leading number. */
function leadingNumber(text: string): { n: number; at: number } | undefined {
  const m = /^(\d{1,5})[ \t]+(?=\S)/u.exec(text);
  return m === null ? undefined : { n: Number(m[1]), at: m[0].length };
}

/** Whether `text` ends with a mark that closes a sentence or a clause part. */
function endsWithMark(text: string): boolean {
  return /[.!?:;,\-–—)"“”]$/u.test(text);
}

/**
 * The longest run of non-blank lines numbered n, n+1, …, as indices into
 * `lines`, and how many runs of {@link MIN_RUN} lines or more there are (more
 * than one: a numbering per page, and "Zeile 12" would not say which page).
 */
function longestRun(lines: readonly Line[]): { best: number[]; runs: number } {
  let best: number[] = [];
  let run: number[] = [];
  let runs = 0;
  let expected = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const lead = line.heading ? undefined : leadingNumber(line.text);
    if (lead !== undefined && lead.n === expected) run.push(i);
    else run = lead === undefined ? [] : [i];
    expected = lead === undefined ? -1 : lead.n + 1;
    if (run.length === MIN_RUN) runs += 1;
    if (run.length > best.length) best = run;
  }
  return { best, runs };
}

/** Whether some line of the run wraps onto the next one (no blank line between). */
function wraps(lines: readonly Line[], run: readonly number[]): boolean {
  for (let k = 0; k + 1 < run.length; k++) {
    const i = run[k]!;
    if (run[k + 1] !== i + 1) continue;
    const text = lines[i]!.text;
    if (text.length >= WRAPPED_LENGTH && !endsWithMark(text)) return true;
  }
  return false;
}

/**
 * Reads and removes the printed line numbers of `lines` (in place): each
 * numbered line loses its number; a short numbered line that opens a
 * paragraph, ends with no mark and is followed by a line in upper case is a
 * subheading (Antragsgrün numbers subheadings like text) and gets a paragraph
 * break after it. Returns the printed lines, or undefined when the document
 * carries none (the lines are then unchanged).
 */
export function takePrintedLines(lines: Line[]): PrintedLines | undefined {
  const every = longestRun(lines);
  const run: Run | undefined =
    every.best.length >= MIN_RUN
      ? {
          at: every.best,
          first: leadingNumber(lines[every.best[0]!]!.text)!.n,
          numbered: new Set(every.best),
          runs: every.runs,
        }
      : steppedRun(lines);
  if (run === undefined || !wraps(lines, run.at)) return undefined;
  if (run.runs > 1) return { lines: [], unreadable: STARTS_AGAIN };
  const printed: PrintedLine[] = [];
  run.at.forEach((i, k) => {
    const line = lines[i]!;
    if (run.numbered.has(i)) line.text = line.text.slice(leadingNumber(line.text)!.at);
    printed.push({ number: run.first + k, text: foldSpaces(line.text) });
  });
  breakAfterSubheadings(
    lines,
    run.at,
    printed.reduce((m, p) => Math.max(m, p.text.length), 0),
  );
  return { lines: printed };
}

/** Printed lines found: the non-blank lines they cover (indices into the lines), the first one's number, the lines that carry one. */
interface Run {
  at: number[];
  first: number;
  numbered: ReadonlySet<number>;
  /** How many runs of this kind the document has (more than one: the numbering starts again). */
  runs: number;
}

/** Steps of a numbering printed on every k-th line only. */
const STEPS = [5, 10] as const;

/** Fewest numbered lines of a numbering printed on every k-th line. */
const MIN_STEPPED = 3;

/**
 * A numbering printed on every 5th (or 10th) line: numbers k, 2k, 3k, … with
 * exactly k − 1 unnumbered non-blank lines between each two (which is what
 * shows that blank lines are not counted). The lines before the first number
 * and after the last are not counted (where the count starts and ends is not
 * printed).
 */
function steppedRun(lines: readonly Line[]): Run | undefined {
  const textLines: number[] = [];
  lines.forEach((line, i) => {
    if (!line.blank) textLines.push(i);
  });
  let best: number[] = [];
  let runs = 0;
  for (const k of STEPS) {
    // Positions (in textLines) of the chain of numbered lines; `best` holds a chain, never a copy.
    let chain: number[] = [];
    let longest: number[] = [];
    let chains = 0;
    let last = -1;
    textLines.forEach((i, p) => {
      const line = lines[i]!;
      const lead = line.heading ? undefined : leadingNumber(line.text);
      if (lead === undefined || lead.n % k !== 0) {
        if (chain.length > 0 && p - chain[chain.length - 1]! >= k) chain = [];
        return;
      }
      if (chain.length > 0 && lead.n === last + k && p - chain[chain.length - 1]! === k) chain.push(p);
      else chain = [p];
      last = lead.n;
      if (chain.length === MIN_STEPPED) chains += 1;
      if (chain.length > longest.length) longest = chain;
    });
    if (longest.length > best.length) {
      best = longest;
      runs = chains;
    }
  }
  if (best.length < MIN_STEPPED) return undefined;
  const at = textLines.slice(best[0]!, best[best.length - 1]! + 1);
  const numbered = new Set(best.map((p) => textLines[p]!));
  return { at, first: leadingNumber(lines[at[0]!]!.text)!.n, numbered, runs };
}

/** Puts a blank line after each subheading of the run (one pass; `lines` is rebuilt in place). */
function breakAfterSubheadings(lines: Line[], run: readonly number[], longest: number): void {
  const after = new Set<number>();
  for (let k = 0; k + 1 < run.length; k++) {
    const i = run[k]!;
    if (run[k + 1] !== i + 1 || (k > 0 && run[k - 1] === i - 1)) continue;
    const text = lines[i]!.text;
    const next = lines[i + 1]!.text;
    const upper = isLetter(next[0]) && !isLowerCase(next[0]);
    if (text.length < longest * HEADING_SHARE && !endsWithMark(text) && upper) after.add(i);
  }
  if (after.size === 0) return;
  const out: Line[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (after.has(i))
      out.push({ text: '', indent: 0, blank: true, pageBreak: false, heading: false, number: line.number });
  });
  lines.length = 0;
  for (const line of out) lines.push(line);
}

/** Remembers the printed lines of a resolution the parser built from them. */
export function rememberPrintedLines(resolution: Resolution, printed: PrintedLines | undefined): void {
  if (printed !== undefined) remembered.set(resolution, printed);
}

/**
 * The printed lines the parser read for this resolution object, or undefined
 * (no printed numbers, or a resolution not built by the parser — a copy does
 * not carry them).
 */
export function printedLinesOf(resolution: Resolution): PrintedLines | undefined {
  return remembered.get(resolution);
}
