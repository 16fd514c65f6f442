/**
 * An amendment text read as a new wording of the resolution (the rewrite
 * form), and the evidence for that reading: how much of the base it keeps.
 *
 * The text is first cleaned like an instruction document (vote results,
 * information-system noise, Begründung and closing blanked, see
 * src/instructions/read/skip.ts); a reprinted list loses its letterhead
 * (the paragraphs before its first item) and its provenance tags ("1. (neu)
 * …", "2. ( 1.) …", "3. (ehem. 2) …"); a signature block at the end is no
 * clause.
 *
 * @module
 */
import type { Clause, Redline, Resolution, Segment } from '../model.js';
import type { ParseOptions } from '../parse/parse-options.js';
import { readAnyResolution } from '../parse/motion.js';
import { cleanDocument } from '../instructions/read/skip.js';
import { diffParsed } from '../diff/resolutions.js';
import type { ResolvedDiffOptions } from '../diff/diff-options.js';
import { baseText } from '../redline/segments.js';
import { assignIds } from '../parse/ids.js';
import { walk } from '../tree.js';
import { isWordChar } from '../text/chars.js';
import { WHOLE_RESOLUTION_NOUNS } from '../references/nouns.js';
import { resolutionWithTitle } from '../redline/title.js';

/** How far a reading as new wording keeps the base. */
export interface Evidence {
  /** The amendment read as a resolution. */
  amended: Resolution;
  /** The redline from the base to it. */
  redline: Redline;
  /** Base clauses (with text) that the new wording keeps: unchanged, or aligned with it by the diff with changes that keep some of its words. */
  kept: number;
  /** Base clauses the new wording changes (kept, with changes). */
  modified: number;
  /** Base clauses with text. */
  total: number;
}

/** Provenance tags after a label: "(neu)", "( 1.)", "(ehem. 2)", "(bisher 3)", "(alt 2)". */
const PROVENANCE = /^\((?:[ \t]*(?:neu|alt|ehem\.?|bisher|vormals|früher))?(?:[ \t]*\d{1,3}[a-z]?\.?)?[ \t]*\)\s+/iu;

/** Reads `text` as a new wording of the resolution. */
export function readNewWording(text: string, options: ParseOptions): Resolution {
  const cleaned = cleanDocument(text).text;
  const resolution = readAnyResolution(cleaned, options);
  let clauses = resolution.clauses;
  // A reprinted list: what comes before its first item is the letter around it.
  const firstItem = clauses.findIndex((c) => c.label !== '');
  if (firstItem > 0 && clauses.slice(firstItem).every((c) => c.label !== '')) clauses = clauses.slice(firstItem);
  while (clauses.length > 1 && isSignature(clauses[clauses.length - 1]!)) clauses = clauses.slice(0, -1);
  const stripped = clauses.map(stripProvenance);
  assignIds(stripped);
  // "Sehr geehrter Herr Oberbürgermeister, bitte setzen Sie …:": the letter around a reprinted list, not its lead.
  const lead = /^(?:sehr geehrte[rn]?|liebe[rs]?|hallo)\b/iu.test(resolution.lead.trim()) ? '' : resolution.lead;
  return withoutAnnouncement({ lead, clauses: stripped });
}

/**
 * A new wording without its announcement as its lead: "Der Beschlusstext wird wie folgt geändert und
 * ergänzt:" says what the text after it is, and is no lead of the resolution (the base's lead stands).
 */
export function withoutAnnouncement(amended: Resolution): Resolution {
  const lead = amended.lead.trim();
  const words = lead.toLowerCase().split(/[\s,]+/u);
  const announces =
    lead.endsWith(':') &&
    words.some((w) => WHOLE_RESOLUTION_NOUNS.has(w)) &&
    /\b(?:wie folgt|folgenden? (?:fassung|wortlaut))\b/iu.test(words.join(' '));
  return announces ? { ...amended, lead: '' } : amended;
}

function stripProvenance(clause: Clause): Clause {
  const m = PROVENANCE.exec(clause.text);
  const tagged = m !== null && /\S/u.test(m[0].replace(/[()\s]/gu, ''));
  return {
    ...clause,
    text: tagged ? clause.text.slice(m[0].length) : clause.text,
    children: clause.children.map(stripProvenance),
  };
}

/** An unlabelled paragraph of names ("Heinz Brückmann, CDU Fraktion"): short lines without a sentence end. */
function isSignature(clause: Clause): boolean {
  if (clause.label !== '' || clause.children.length > 0 || clause.text.length > 400) return false;
  const words = clause.text.split(/[\s,/]+/u).filter((w) => w !== '');
  if (words.length === 0 || /[.:;!?]$/u.test(clause.text.trim())) return false;
  return words.every((w) => /^[\p{Lu}\d(]/u.test(w) || /^(?:und|von|van|der|die|zu|für|i\.\s?[av]\.)$/u.test(w));
}

/** A new wording that gives only the clauses: the base's lead still stands. */
export function withBaseLead(base: Resolution, amended: Resolution): Resolution {
  // The title stays the base's: a new wording's own first lines are the amendment's header, and a title
  // changes only by an instruction that names it ("Der Titel wird … gefasst").
  return resolutionWithTitle(amended.lead === '' ? { ...amended, lead: base.lead } : amended, base.title);
}

/** The evidence for reading the amendment as `amended`, a new wording of `base`. */
export function evidence(
  base: Resolution,
  amended: Resolution,
  options: ResolvedDiffOptions,
  parsed: boolean,
): Evidence {
  const redline = diffParsed(base, withBaseLead(base, amended), options, parsed);
  let kept = 0;
  let modified = 0;
  walk(redline.clauses, ({ node }) => {
    // Only clauses with base text count, as in `total`: a § whose heading the
    // diff aligns by its label alone ("§ 4" beside "§ 4 Absatz 1 wird …") is no evidence.
    if (baseText(node.segments).trim() === '') return;
    if (node.status === 'unchanged') kept += 1;
    else if (node.status === 'changed' && keepsSomeText(node.segments)) {
      // Aligned with its base clause and keeping some of its words: kept, with changes. A clause
      // paired with one it shares no word with (all struck, all new) reprints nothing of it.
      kept += 1;
      modified += 1;
    }
  });
  let total = 0;
  walk(base.clauses, ({ node }) => {
    if (node.text.trim() !== '') total += 1;
  });
  return { amended, redline, kept, modified, total };
}

/**
 * Whether the segments keep the base text: at least half of its words stand
 * in equal runs. (A word or two in common — "der", "und" — is no reprint: a
 * sentence about the motion shares those with any clause.)
 */
function keepsSomeText(segments: readonly Segment[]): boolean {
  const words = (type: Segment['type']): number =>
    segments.filter((s) => s.type === type).reduce((n, s) => n + wordCount(s.text), 0);
  const kept = words('equal');
  return kept > 0 && kept * 2 >= kept + words('delete');
}

/** How many words (runs of word characters) `text` holds. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of text) {
    const w = isWordChar(ch);
    if (w && !inWord) n += 1;
    inWord = w;
  }
  return n;
}

/** Whether the new wording keeps most of the base: at least half of its clauses, and one at least. */
export function keepsMost(e: Evidence): boolean {
  return e.kept > 0 && e.kept * 2 >= e.total;
}
