/**
 * The document kind a header line starts with ("Antrag", "Änderungsantrag",
 * "Änderungs- bzw. Zusatzantrag"): one reading for the header reader
 * (metadata.ts, header-facts.ts) and the section finder (section.ts).
 *
 * @module
 */
import { KINDS, KIND_JOINERS } from './markers.js';
import { stripLineMarkup } from './source-lines.js';

const KINDS_LOWER = new Set(KINDS.map((k) => k.toLowerCase()));

/** The first `max` space-separated words of `text`. */
export function words(text: string, max: number): string[] {
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
  // A tool's table row labelled "Antrag:" ("Antrag: | Kapitel 2 |") names a paper, not this document's kind.
  if (w0.endsWith(':') && w[1]?.startsWith('|') === true) return undefined;
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
