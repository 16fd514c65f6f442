/**
 * Finding the resolution section in a whole document: where it starts (a
 * marker heading such as "Beschluss:" or a marker sentence such as "Der Rat
 * möge beschließen:"), where it ends ("Begründung", a greeting formula, "gez."),
 * and where the rationale is.
 *
 * @module
 */
import {
  CLOSINGS,
  OTHER_END_HEADINGS,
  RATIONALE_HEADINGS,
  VOTE_RESULT_HEADINGS,
  RESOLUTION_HEADINGS,
  RESOLUTION_PHRASES,
} from './markers.js';
import { joinLines, lastSignificant, stripLineMarkup, type Line } from './source-lines.js';
import { kindOf, referenceOf } from './metadata.js';
import { isLetter } from '../text/chars.js';

/** Where a resolution starts. */
export interface ResolutionStart {
  /** `heading`: "Beschluss:"; `sentence`: "Der Rat möge beschließen:" (then `lead` is set). */
  kind: 'heading' | 'sentence';
  /** First line of the marker paragraph. */
  markerLine: number;
  /** First line of the body. */
  bodyFrom: number;
  /** The marker sentence (sentence markers only), else `""`. */
  lead: string;
  /** Text after the marker on the marker's own line ("Beschluss: Der Rat …"), else `""`. */
  rest: string;
}

const HEADINGS_LOWER = RESOLUTION_HEADINGS.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length);
const RATIONALE_LOWER = RATIONALE_HEADINGS.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length);
const OTHER_END_LOWER = OTHER_END_HEADINGS.map((h) => h.toLowerCase());
const VOTE_RESULT_LOWER = VOTE_RESULT_HEADINGS.map((h) => h.toLowerCase());

/**
 * Reads `text` as a heading from `headings` (lower case): `"Begründung"`,
 * `"## Begründung:"`, `"**Begründung:**"`, or with text after the colon
 * (`"Begründung: Erfolgt mündlich."`, then `rest` is that text).
 */
export function matchHeading(text: string, headings: readonly string[]): { rest: string } | undefined {
  if (text.length === 0) return undefined;
  return matchStripped(stripLineMarkup(text), headings);
}

/** {@link matchHeading} on a line whose markup is already stripped. */
function matchStripped(s: string, headings: readonly string[]): { rest: string } | undefined {
  if (s.length > 400 && !s.includes(':')) return undefined;
  const lower = s.slice(0, 64).toLowerCase();
  for (const h of headings) {
    if (!lower.startsWith(h)) continue;
    let j = h.length;
    while (s[j] === ' ') j++;
    const colon = s[j] === ':';
    if (colon) j++;
    while (s[j] === '*' || s[j] === '_') j++;
    while (s[j] === ' ') j++;
    if (j >= s.length) return { rest: '' };
    if (colon) return { rest: s.slice(j).trim() };
    // "Beschlussvorschlag der Verwaltung:" — a short heading phrase ending in a colon.
    if (s.length <= 60 && s.endsWith(':') && s[h.length] === ' ') return { rest: '' };
    return undefined;
  }
  return undefined;
}

/** True when the line is a closing formula or a signature ("Mit freundlichen Grüßen", "gez."). */
export function isClosing(text: string): boolean {
  return closingStripped(stripLineMarkup(text));
}

function closingStripped(s: string): boolean {
  const lower = s.slice(0, 40).toLowerCase();
  return CLOSINGS.some((c) => lower.startsWith(c) || lower === c.trim());
}

/** Searches the marker that starts the resolution; undefined when there is none. */
export function findResolutionStart(lines: readonly Line[]): ResolutionStart | undefined {
  let para: string[] = [];
  let paraStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      para = [];
      continue;
    }
    if (para.length === 0) paraStart = i;
    para.push(line.text);
    const text = line.text;
    // "Beschluss:", "## Beschlussvorschlag", "**Beschluss:** Der Rat …".
    const h = matchHeading(text, HEADINGS_LOWER);
    if (h && (h.rest === '' || para.length === 1)) {
      return { kind: 'heading', markerLine: i, bodyFrom: i + 1, lead: '', rest: h.rest };
    }
    const colon = text.indexOf(':');
    if (colon < 0) continue;
    // A marker phrase right before a colon; phrases are short, so a window suffices.
    const prev = para.length > 1 ? para[para.length - 2]!.slice(-120) : '';
    for (let c = colon; c >= 0; c = text.indexOf(':', c + 1)) {
      const window = `${prev} ${text.slice(Math.max(0, c - 120), c + 1)}`.toLowerCase().replace(/\s+/g, ' ');
      if (!RESOLUTION_PHRASES.some((p) => endsNear(window, p))) continue;
      const after = stripLineMarkup(text.slice(c + 1));
      // The lead sentence starts after a line that ends a sentence or names the document
      // ("Zusatzantrag zu TOP 4" directly above "Die … möge beschließen:").
      let first = para.length - 1;
      while (first > 0) {
        const above = para[first - 1]!;
        const end = lastSignificant(above);
        if (end !== undefined && '.!?:'.includes(end)) break;
        if (kindOf(above) !== undefined || referenceOf(above) !== undefined) break;
        first--;
      }
      // "Betr.: Abfallwirtschaftskonzept: Der Kreistag möge beschließen:": a subject line run into the lead ends at its colon.
      const own = subjectRunIn(text, c);
      const leadLines = own === 0 ? [...para.slice(first, -1), text.slice(0, c + 1)] : [text.slice(own, c + 1).trim()];
      const lead = joinLines(leadLines, false);
      return { kind: 'sentence', markerLine: paraStart + first, bodyFrom: i + 1, lead, rest: after };
    }
  }
  return undefined;
}

/** Where the lead starts in a line after a subject run into it ("Betr.: X: Der Kreistag …"): after the last colon before `c` followed by a capital; 0 when none. */
function subjectRunIn(text: string, c: number): number {
  const cut = text.lastIndexOf(':', c - 1);
  return cut >= 0 && /^[ \t]+\p{Lu}/u.test(text.slice(cut + 1, cut + 4)) ? cut + 1 : 0;
}

/** The phrase must end just before the colon (a few words of slack: "möge beschließen, wie folgt:"). */
function endsNear(window: string, phrase: string): boolean {
  const at = window.lastIndexOf(phrase);
  if (at < 0) return false;
  const tail = window.slice(at + phrase.length);
  return tail.length <= 24;
}

/** How the resolution ends. */
export interface ResolutionEnd {
  /** The line after the resolution body. */
  end: number;
  /** What ended it. */
  by: 'rationale' | 'heading' | 'closing' | 'eof';
  /** Text after "Begründung:" on the same line. */
  rest: string;
}

/** Lower-case first letters of every end heading and closing: a cheap filter before the full comparison. */
const END_INITIALS = new Set(
  [...RATIONALE_HEADINGS, ...OTHER_END_HEADINGS, ...VOTE_RESULT_HEADINGS, ...CLOSINGS].map((h) => h[0]!.toLowerCase()),
);

function mayEnd(text: string): boolean {
  for (let i = 0; i < text.length && i < 8; i++) {
    const c = text[i]!;
    if (c === '*' || c === '_' || c === ' ') continue;
    return END_INITIALS.has(c.toLowerCase());
  }
  return false;
}

/** What ends a section at a line. */
export interface SectionEnd {
  /** A rationale heading, another end heading, or a closing formula. */
  by: 'rationale' | 'heading' | 'closing';
  /** Text after "Begründung:" on the same line. */
  rest: string;
}

/**
 * Whether the line `text` ends a section, and how: a rationale heading
 * ("Begründung:"), another end heading standing alone ("Anlagen"), or a
 * closing ("Mit freundlichen Grüßen", "gez."). The one test of the end-marker
 * lists of markers.ts, for motions (`findEnd`) and amendment documents alike.
 *
 * With `loose`, a rationale heading followed by words without a colon
 * ("Begründung erfolgt mündlich.") ends the section too: right after amendment
 * instructions, which never start so, that is safe; a resolution clause may
 * start so ("Sachverhalt und Ziel …"), so motions are read strictly.
 */
export function sectionEndAt(text: string, loose = false): SectionEnd | undefined {
  if (!mayEnd(text)) return undefined;
  const s = stripLineMarkup(text);
  const r = matchStripped(s, RATIONALE_LOWER) ?? (loose ? matchPrefix(s, RATIONALE_LOWER) : undefined);
  if (r) return { by: 'rationale', rest: r.rest };
  const o = matchStripped(s, OTHER_END_LOWER);
  if ((o && o.rest === '') || matchStripped(s, VOTE_RESULT_LOWER)) return { by: 'heading', rest: '' };
  if (closingStripped(s)) return { by: 'closing', rest: '' };
  return undefined;
}

/** A heading from `headings` (lower case, longest first) at the start of `s`, followed by anything but a letter. */
function matchPrefix(s: string, headings: readonly string[]): { rest: string } | undefined {
  const lower = s.slice(0, 64).toLowerCase();
  const h = headings.find((heading) => lower.startsWith(heading) && !isLetter(s[heading.length]));
  return h === undefined ? undefined : { rest: s.slice(h.length).trim() };
}

/** Finds the end of a section starting at `from`: a rationale or other end heading, a closing, or the end. */
export function findEnd(lines: readonly Line[], from: number): ResolutionEnd {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const end = sectionEndAt(line.text);
    if (end) return { end: i, by: end.by, rest: end.rest };
  }
  return { end: lines.length, by: 'eof', rest: '' };
}

/**
 * The rationale text starting at a rationale heading in line `at`: paragraphs
 * joined by a blank line, up to a closing, another end heading or the line `limit`.
 */
export function readRationale(
  lines: readonly Line[],
  at: number,
  rest: string,
  limit: number,
  dehyphenate: boolean,
): string {
  const paras: string[][] = [];
  let cur: string[] = [];
  if (rest !== '') cur.push(rest);
  for (let i = at + 1; i < limit; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (cur.length > 0) paras.push(cur);
      cur = [];
      continue;
    }
    if (isClosing(line.text)) break;
    if (matchHeading(line.text, OTHER_END_LOWER)?.rest === '') break;
    cur.push(line.text);
  }
  if (cur.length > 0) paras.push(cur);
  // A lower-case paragraph continues the one before (page break).
  const merged: string[][] = [];
  for (const p of paras) {
    const first = p[0]!;
    const c = first[0];
    const prevPara = merged[merged.length - 1];
    if (prevPara && c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase()) prevPara.push(...p);
    else merged.push([...p]);
  }
  return merged
    .map((p) => joinLines(p, dehyphenate))
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Searches a rationale heading in lines `[from, to)`; returns its line and inline rest. */
export function findRationaleHeading(
  lines: readonly Line[],
  from: number,
  to: number,
): { at: number; rest: string } | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const r = matchHeading(line.text, RATIONALE_LOWER);
    if (r) return { at: i, rest: r.rest };
  }
  return undefined;
}
