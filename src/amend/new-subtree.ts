/**
 * The text of a new clause as German amendments print it, read as a clause
 * with sub-clauses: „4. Die Stadt fördert:\na) Dächer,\nb) Fassaden.“ is the
 * clause 4 with the items a) and b) — the form `toInstructions` writes for an
 * inserted subtree (issue 17.3). A text without labelled lines is one clause's
 * text, as before.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { parseResolution } from '../parse/resolution.js';
import { firstLabelLike, labelKey } from '../parse/labels.js';

/** A new clause read from its text: its own text, the label it carries (if any) and its sub-clauses. */
export interface NewClauseText {
  text: string;
  /** The label the text starts with ("4." of „4. Neu: …“), when it carries its own. */
  label?: string;
  /** The heading of a statute unit („§ 4a Digitale Beteiligung (1) …“). */
  heading?: string;
  children: Clause[];
}

/** Reads the text of a new clause; `label` is the one the change gives (`""`: an unlabelled paragraph). */
export function readNewClauseText(text: string, label: string | undefined): NewClauseText {
  const plain: NewClauseText = { text, children: [] };
  const unit = unitText(text, label);
  if (unit !== undefined) return unit;
  const whole = parseResolution(text);
  const top = whole.clauses;
  if (whole.lead === '' && top.length > 0 && top.every((c) => c.label !== '')) {
    const only = top[0]!;
    // „4. Die Stadt fördert: a) …“: the text carries the new clause's own label (the change gives "4" or "4.").
    if (top.length === 1 && (label === undefined || keyOf(label) === labelKey(only.label)))
      return { text: only.text, label: only.label, children: only.children };
    // „U. Die Verwaltung …“: one labelled line for an unlabelled clause (label ""), or one that does not
    // start a list (a list's first item is "a)", "1.", "A."), is the clause's own text, not a list of one
    // item under a text-less clause.
    if (top.length === 1 && only.children.length === 0 && (label === '' || !startsList(top))) return plain;
    // „a) Dächer, b) Fassaden.“: a new clause without text of its own.
    if (startsList(top)) return { text: '', children: top };
    return plain;
  }
  // Its own text, then the sub-clauses in paragraphs of their own.
  const paragraphs = text.split(/\n[ \t]*\n/u);
  const at = paragraphs.findIndex((p, i) => i > 0 && labelOf(p) !== undefined);
  if (at === -1) return plain;
  const rest = parseResolution(paragraphs.slice(at).join('\n\n'));
  if (rest.lead !== '' || rest.clauses.some((c) => c.label === '') || !startsList(rest.clauses)) return plain;
  const head = paragraphs
    .slice(0, at)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return { text: head.join('\n\n'), children: rest.clauses };
}

/** The key of a label as a change gives it ("1") or a text prints it ("(1)", "1."). */
export function keyOf(label: string): string {
  return labelKey(label) || label.trim();
}

/** Whether labelled clauses start a list: its first label is a list's first ("a)", "1.", "A.", a bullet), not "Z." of „Z. B.“. */
function startsList(clauses: readonly Clause[]): boolean {
  const first = clauses[0]?.label ?? '';
  return first !== '' && firstLabelLike(first) === first;
}

/** The label a paragraph starts with, if it reads as a labelled clause. */
function labelOf(paragraph: string): string | undefined {
  if (paragraph.trim() === '') return undefined;
  const parsed = parseResolution(paragraph);
  const first = parsed.clauses[0];
  return parsed.lead === '' && first !== undefined && first.label !== '' ? first.label : undefined;
}

/** "§ 4a", "Art. 3" at the start of a quoted unit, its heading and first Absatz after it. */
const UNIT_START = /^(§|Art\.|Artikel)[ \t]*(\d{1,4}[a-z]?)\.?[ \t]+/u;

/**
 * A statute unit quoted in the federal style, its lines joined into one
 * („§ 4a Digitale Beteiligung (1) Die Stadt … (2) Anregungen …“): its label,
 * the heading before "(1)", and the Absätze "(1)", "(2)", … in sequence (a
 * bracketed number out of sequence stays text). Only when the label is the
 * one the change gives; undefined for any other text.
 */
export function unitText(text: string, label: string | undefined): NewClauseText | undefined {
  const m = UNIT_START.exec(text);
  if (m === null || (label !== undefined && /\d{1,4}[a-z]?/u.exec(label)?.[0] !== m[2])) return undefined;
  const rest = text.slice(m[0].length);
  const starts: number[] = [];
  for (let k = 1, from = 0; ; k += 1) {
    const marker = `(${k}) `;
    const at = k === 1 ? rest.indexOf(marker) : rest.indexOf(` ${marker}`, from);
    if (at === -1) break;
    const start = k === 1 ? at : at + 1;
    starts.push(start);
    from = start + marker.length;
  }
  if (starts.length === 0) return undefined;
  const heading = rest.slice(0, starts[0]).trim();
  const children: Clause[] = starts.map((start, i) => {
    const end = starts[i + 1] ?? rest.length;
    const body = rest.slice(start, end).trim();
    const close = body.indexOf(')');
    return { id: '', label: body.slice(0, close + 1), text: body.slice(close + 1).trim(), children: [] };
  });
  const out: NewClauseText = { text: '', label: `${m[1]} ${m[2]}`, children };
  if (heading !== '') out.heading = heading;
  return out;
}
