/**
 * Motion metadata from the document header (the lines before the resolution):
 * `title`, `reference` (file number) and `kind`.
 *
 * @module
 */
import { KINDS, KIND_JOINERS, REFERENCE_LABELS, RESOLUTION_HEADINGS, TITLE_LABELS } from './markers.js';
import { foldSpaces, stripLineMarkup, type Line } from './source-lines.js';

const KINDS_LOWER = new Set(KINDS.map((k) => k.toLowerCase()));
const REFERENCE_LABELS_SORTED = [...REFERENCE_LABELS].sort((a, b) => b.length - a.length);
const RESOLUTION_HEADINGS_LOWER = new Set(RESOLUTION_HEADINGS.map((h) => h.toLowerCase()));

/** Header metadata found. */
export interface Metadata {
  /** Subject. */
  title?: string;
  /** File number. */
  reference?: string;
  /** Document kind. */
  kind?: string;
}

function words(text: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length && out.length < max) {
    while (text[i] === ' ') i++;
    let e = i;
    while (e < text.length && text[e] !== ' ') e++;
    if (e > i) out.push(text.slice(i, e));
    i = e;
  }
  return out;
}

/** ALL-CAPS kinds ("RATSANTRAG") are typographic emphasis; they are given in their normal spelling. */
function normaliseCase(kind: string): string {
  if (kind !== kind.toUpperCase() || kind === kind.toLowerCase()) return kind;
  return kind
    .split(' ')
    .map((w) => (w.length > 1 ? w[0]! + w.slice(1).toLowerCase() : w))
    .join(' ');
}

function isKindWord(word: string): boolean {
  const w = word.replace(/[:,;]$/, '').toLowerCase();
  return w.endsWith('antrag') || KINDS_LOWER.has(w);
}

/**
 * The document kind a line starts with: `"Antrag"`, `"Änderungsantrag"`,
 * `"Änderungs- bzw. Zusatzantrag"`, … (ALL CAPS normalised), else undefined.
 */
export function kindOf(text: string): string | undefined {
  const s = stripLineMarkup(text);
  if (s.length === 0) return undefined;
  const w = words(s, 3);
  const w0 = w[0];
  if (w0 === undefined) return undefined;
  // "Änderungs- bzw. Zusatzantrag", "Änderungs- und Ergänzungsantrag".
  const w1 = w[1];
  const w2 = w[2];
  if (
    w0.endsWith('-') &&
    w1 !== undefined &&
    w2 !== undefined &&
    KIND_JOINERS.includes(w1.toLowerCase()) &&
    isKindWord(w2)
  ) {
    return normaliseCase(`${w0} ${w1} ${w2.replace(/[:,;]$/, '')}`);
  }
  if (/^[A-ZÄÖÜß-]+[:,;]?$/i.test(w0) && isKindWord(w0)) return normaliseCase(w0.replace(/[:,;]$/, ''));
  return undefined;
}

/** A file number: has a digit, no spaces, only number-ish characters. */
function cleanNumber(token: string): string | undefined {
  let t = token;
  while (t.length > 0 && '),;.:'.includes(t[t.length - 1]!)) t = t.slice(0, -1);
  while (t.startsWith('(')) t = t.slice(1);
  if (!/\d/.test(t) || t.length > 40) return undefined;
  if (!/^[\w/.-]+$/.test(t)) return undefined;
  return t;
}

/** The file number of a header line ("AN/2108/2021", "Drucksache Nr.: 07035-17"), else undefined. */
export function referenceOf(text: string): string | undefined {
  let s = stripLineMarkup(text);
  if (s.startsWith('(')) s = s.slice(1);
  const lower = s.toLowerCase();
  for (const label of REFERENCE_LABELS_SORTED) {
    if (!lower.startsWith(label)) continue;
    let j = label.length;
    while (s[j] === ' ' || s[j] === ':') j++;
    const token = words(s.slice(j), 1)[0];
    if (token === undefined) continue;
    const n = cleanNumber(token);
    if (n) return n;
  }
  // A line that is only a file number: "AN/2108/2021", "0687/2012".
  if (/^[A-Z]{1,5}\/\d{1,6}\/\d{2,4}$/.test(s) || /^\d{1,6}\/\d{4}$/.test(s)) return s;
  return undefined;
}

function titleLabelRest(text: string): string | undefined {
  const s = stripLineMarkup(text);
  const lower = s.toLowerCase();
  for (const label of TITLE_LABELS) {
    if (!lower.startsWith(label)) continue;
    let j = label.length;
    if (s[j] !== ':' && s[j] !== ' ' && label.endsWith('.') === false) continue;
    while (s[j] === ' ' || s[j] === ':') j++;
    return stripLineMarkup(s.slice(j));
  }
  return undefined;
}

function hasQuote(text: string): boolean {
  return /[„"»“]/.test(text);
}

/** True when `text` has an opening quote followed later by a closing one (a quoted subject). */
function hasQuotedPhrase(text: string): boolean {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open < 0 && (c === '„' || c === '»' || c === '"')) open = i;
    else if (open >= 0 && (c === '“' || c === '”' || c === '«' || c === '"') && i - open > 3) return true;
  }
  return false;
}

/** Reads title, reference and kind from the header lines `[0, end)`. */
export function readMetadata(lines: readonly Line[], end: number): Metadata {
  let labelledTitle: string | undefined;
  let headingTitle: string | undefined;
  let kindLineTitle: string | undefined;
  let kindLineKind: string | undefined;
  let quotedTitle: string | undefined;
  let kind: string | undefined;
  let reference: string | undefined;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = foldSpaces(line.text);
    if (reference === undefined) reference = referenceOf(text);
    const k = kindOf(text);
    if (kind === undefined && k !== undefined) kind = k;
    if (labelledTitle === undefined) {
      const rest = titleLabelRest(text);
      if (rest !== undefined) {
        if (rest !== '') labelledTitle = rest;
        else {
          const next = lines.slice(i + 1, end).find((l) => !l.blank);
          if (next) labelledTitle = stripLineMarkup(foldSpaces(next.text));
        }
      }
    }
    const bare = stripLineMarkup(text);
    if (headingTitle === undefined && line.heading && bare.length > 0) {
      const isKindOnly = k !== undefined && k.length >= bare.replace(/[:.]$/, '').length;
      if (!isKindOnly && !RESOLUTION_HEADINGS_LOWER.has(bare.replace(/:$/, '').toLowerCase())) headingTitle = bare;
    }
    if (kindLineTitle === undefined && k !== undefined && hasQuote(text) && bare.length <= 300) {
      kindLineTitle = bare;
      kindLineKind = k;
    }
    if (quotedTitle === undefined && bare.length <= 200 && hasQuotedPhrase(bare) && !/[.:]$/.test(bare)) {
      quotedTitle = bare;
    }
  }
  const out: Metadata = {};
  const title = labelledTitle ?? headingTitle ?? kindLineTitle ?? quotedTitle;
  if (title !== undefined && title !== '') out.title = title;
  if (reference !== undefined) out.reference = reference;
  // The kind named in the subject line wins over a form header ("Änderungs- bzw. Zusatzantrag gem. § 13").
  const k = title !== undefined && title === kindLineTitle ? kindLineKind : kind;
  if (k !== undefined) out.kind = k;
  return out;
}
