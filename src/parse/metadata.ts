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

/**
 * What one kind of document adds to the header rules every document shares.
 * The rules of {@link readMetadata} alone are those of a motion; an amendment
 * in instruction form (`parseAmendment`) adds the two fallbacks below, which
 * apply only where the shared rules find nothing, so the two readers agree
 * wherever a motion's header names a fact.
 */
export interface HeaderConventions {
  /**
   * Whether a line (markup stripped) names the document when no subject is
   * labelled ("Betreff: …"), set as a heading or quoted: an amendment's own
   * heading line ("Änderungsantrag zu TOP 6.1"). A motion's line of that kind
   * is a form header ("Zusatzantrag zu TOP 4" above the lead), so motions pass none.
   * @default undefined (no such line)
   */
  namesDocument?: (line: string) => boolean;
  /**
   * Take a file number written inside a line ("… der Fraktion Beispiel
   * (AN/0815/2024)", "Drucksache 07035-17-E1 der …") when no line is one or
   * labels one.
   * @default false
   */
  inlineReference?: boolean;
}

/** "AN/2108/2021", "A/0123/2020" inside a line. */
const INLINE_FILE_NUMBER = /\b[A-Z]{1,4}\/\d{1,6}\/\d{4}\b/;
/** "07035-17", "07035-17-E1" inside a line. */
const INLINE_DRUCKSACHE_NUMBER = /\b\d{4,5}-\d{2}(?:-E\d{1,2})?\b/;

/** The first file number written inside the header lines: a file-number pattern before a Drucksache pattern. */
function inlineReference(texts: readonly string[]): string | undefined {
  for (const pattern of [INLINE_FILE_NUMBER, INLINE_DRUCKSACHE_NUMBER]) {
    for (const text of texts) {
      const m = pattern.exec(text);
      if (m !== null) return m[0];
    }
  }
  return undefined;
}

/** The title candidates of a header, in the order they are preferred. */
interface TitleCandidates {
  labelled?: string;
  heading?: string;
  kindLine?: string;
  kindLineKind?: string;
  quoted?: string;
  named?: string;
}

/** Notes what line `i` offers as a title. */
function takeTitle(
  found: TitleCandidates,
  lines: readonly Line[],
  i: number,
  end: number,
  namesDocument: ((line: string) => boolean) | undefined,
): void {
  const text = foldSpaces(lines[i]!.text);
  const k = kindOf(text);
  if (found.labelled === undefined) {
    const rest = titleLabelRest(text);
    if (rest !== undefined) {
      if (rest !== '') found.labelled = rest;
      else {
        const next = lines.slice(i + 1, end).find((l) => !l.blank);
        if (next) found.labelled = stripLineMarkup(foldSpaces(next.text));
      }
    }
  }
  const bare = stripLineMarkup(text);
  if (found.heading === undefined && lines[i]!.heading && bare.length > 0) {
    const isKindOnly = k !== undefined && k.length >= bare.replace(/[:.]$/, '').length;
    if (!isKindOnly && !RESOLUTION_HEADINGS_LOWER.has(bare.replace(/:$/, '').toLowerCase())) found.heading = bare;
  }
  if (found.kindLine === undefined && k !== undefined && hasQuote(text) && bare.length <= 300) {
    found.kindLine = bare;
    found.kindLineKind = k;
  }
  if (found.quoted === undefined && bare.length <= 200 && hasQuotedPhrase(bare) && !/[.:]$/.test(bare)) {
    found.quoted = bare;
  }
  if (found.named === undefined && namesDocument !== undefined && bare.length > 0 && namesDocument(bare)) {
    found.named = bare;
  }
}

/**
 * Reads title, reference and kind from the header lines `[0, end)`: the one
 * header reader of the library, used by `parseMotion` and (with its
 * {@link HeaderConventions}) by `parseAmendment`.
 */
export function readMetadata(lines: readonly Line[], end: number, conventions: HeaderConventions = {}): Metadata {
  const found: TitleCandidates = {};
  let kind: string | undefined;
  let reference: string | undefined;
  const texts: string[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = foldSpaces(line.text);
    texts.push(text);
    if (reference === undefined) reference = referenceOf(text);
    const k = kindOf(text);
    if (kind === undefined && k !== undefined) kind = k;
    takeTitle(found, lines, i, end, conventions.namesDocument);
  }
  if (reference === undefined && conventions.inlineReference === true) reference = inlineReference(texts);
  const out: Metadata = {};
  const title = found.labelled ?? found.heading ?? found.kindLine ?? found.quoted ?? found.named;
  if (title !== undefined && title !== '') out.title = title;
  if (reference !== undefined) out.reference = reference;
  // The kind named in the subject line wins over a form header ("Änderungs- bzw. Zusatzantrag gem. § 13").
  const k = title !== undefined && title === found.kindLine ? found.kindLineKind : kind;
  if (k !== undefined) out.kind = k;
  return out;
}
