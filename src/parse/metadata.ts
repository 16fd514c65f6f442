/**
 * Document metadata from the header (the lines before the resolution or the
 * first instruction): `title`, `reference` (file number), `kind`, and what
 * header-facts.ts reads — the paper amended, the movers, the date. The one
 * header reader of `parseMotion` and `parseAmendment`.
 *
 * @module
 */
import { REFERENCE_LABELS, RESOLUTION_HEADINGS, TITLE_LABELS } from './markers.js';
import { kindOf, words } from './kind.js';
import { foldSpaces, stripLineMarkup, type Line } from './source-lines.js';

import { amendsOf, dateOf, headerWords, moversOf } from './header-facts.js';

export { kindOf } from './kind.js';

const REFERENCE_LABELS_SORTED = [...REFERENCE_LABELS].sort((a, b) => b.length - a.length);
const RESOLUTION_HEADINGS_LOWER = new Set(RESOLUTION_HEADINGS.map((h) => h.toLowerCase()));

/** Header metadata found. */
export interface Metadata {
  /** Subject. */
  title?: string;
  /** File number (or a tool's short code: "Ä3"). */
  reference?: string;
  /** Document kind. */
  kind?: string;
  /** The paper the document amends, as written after "zu": "AN/1311/2021", "A12", "TOP Ö 8.2.3". */
  amends?: string;
  /** Who moved the document, as written: "SPD-Fraktion", "Kreis 04 (Lindenhof)". */
  movers?: string;
  /** The document's date, as written: "04.10.2021", "9. November 2021". */
  date?: string;
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

/**
 * The first file number written inside the header lines: a file-number
 * pattern before a Drucksache pattern; the number of the paper amended
 * ("Änderungsantrag zu AN/0987/2021") is not the document's own.
 */
function inlineReference(texts: readonly string[], amends: string | undefined): string | undefined {
  for (const pattern of [INLINE_FILE_NUMBER, INLINE_DRUCKSACHE_NUMBER]) {
    for (const text of texts) {
      const m = pattern.exec(text);
      if (m !== null && !(amends ?? '').includes(m[0])) return m[0];
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
  /** A tool's heading line that starts with the document's short code: "Ä4 zu A7: Sichere Radwege". */
  coded?: string;
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

/** The facts of header-facts.ts, first found of each kind (movers by rank). */
interface Facts {
  amends?: string;
  code?: string;
  movers?: { movers: string; rank: number };
  date?: string;
}

/** Notes what line `i` (its text `text`) says about the paper amended, the movers and the date. */
function takeFacts(
  facts: Facts,
  titles: TitleCandidates,
  text: string,
  lines: readonly Line[],
  i: number,
  end: number,
): void {
  const bare = stripLineMarkup(text);
  if (facts.amends === undefined) {
    const found = amendsOf(bare);
    if (found.amends !== undefined) facts.amends = found.amends;
    if (found.code !== undefined) facts.code = found.code;
    if (found.code !== undefined) titles.coded ??= bare;
  }
  if (facts.movers === undefined || facts.movers.rank > 0) {
    // The next line only for a label that stands alone (looked up then, so a long header stays linear).
    const next = (): string | undefined => {
      let n = i + 1;
      while (n < end && lines[n]!.blank) n += 1;
      return n < end ? stripLineMarkup(foldSpaces(lines[n]!.text)) : undefined;
    };
    const found = moversOf(bare, next);
    if (found !== undefined && (facts.movers === undefined || found.rank < facts.movers.rank)) facts.movers = found;
  }
  if (facts.date === undefined) {
    const date = dateOf(bare);
    if (date !== undefined) facts.date = date;
  }
}

/**
 * Reads title, reference, kind, the paper amended, the movers and the date
 * from the header lines `[0, end)`: the one header reader of the library,
 * used by `parseMotion` and (with its {@link HeaderConventions}) by
 * `parseAmendment`.
 */
export function readMetadata(lines: readonly Line[], end: number, conventions: HeaderConventions = {}): Metadata {
  const found: TitleCandidates = {};
  const facts: Facts = {};
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
    takeFacts(facts, found, text, lines, i, end);
  }
  reference ??= facts.code;
  if (reference === undefined && conventions.inlineReference === true) reference = inlineReference(texts, facts.amends);
  const out: Metadata = {};
  const title = found.labelled ?? found.heading ?? found.coded ?? found.kindLine ?? found.quoted ?? found.named;
  // A tool's table row ("Antrag: | Kapitel 2: Gut wohnen |") without its bars.
  if (title !== undefined && title !== '') out.title = title.includes('|') ? headerWords(title).join(' ') : title;
  if (reference !== undefined) out.reference = reference;
  // The kind named in the subject line wins over a form header ("Änderungs- bzw. Zusatzantrag gem. § 13").
  const k = title !== undefined && title === found.kindLine ? found.kindLineKind : kind;
  if (k !== undefined) out.kind = k;
  if (facts.amends !== undefined) out.amends = facts.amends;
  if (facts.movers !== undefined) out.movers = facts.movers.movers;
  if (facts.date !== undefined) out.date = facts.date;
  return out;
}
