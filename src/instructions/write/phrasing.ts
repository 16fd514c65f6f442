/**
 * The German sentences of the instructions that concern whole clauses:
 * "Ziffer 4 wird gestrichen.", "Ziffer 2 erhält folgende Fassung: „…“",
 * "Nach Ziffer 3 wird folgende Ziffer 3a eingefügt: „…“", "Die bisherigen
 * Ziffern 4 bis 6 werden Ziffern 3 bis 5." (text changes inside a clause are
 * phrased in phrasing-text.ts).
 *
 * @module
 */
import { RedlineError } from '../../errors.js';
import type { Change, Clause, RedlineClause, Renumbering } from '../../model.js';
import { readNewClauseText } from '../../amend/new-subtree.js';
import { styleLabel } from '../../amend/renumber.js';
import { labelKey } from '../../parse/labels.js';
import { amendedText } from '../../redline/model.js';
import { walk, type Visit } from '../../tree.js';
import { following, lineRef, linesSubject, quoted } from '../wording.js';
import { nounOf, type BasePlace, type Naming } from './naming.js';
import { readsAs } from './verify.js';

/** One generated instruction with the changes it means. */
export interface Instruction {
  text: string;
  changes: Change[];
  renumber: Renumbering[];
  /** The redline clause whose text it changes (fallback target). */
  owner?: RedlineClause;
  /** A top-level renumbering, for grouping ("Die bisherigen Ziffern 4 bis 6 werden Ziffern 3 bis 5."). */
  relabel?: { depth: number; noun: string; from: string; to: string };
}

type AddClause = Extract<Change, { op: 'addClause' }>;

/** "Ziffer 4 wird gestrichen.", "Die Zeilen 12 bis 14 werden gestrichen." */
export function removal(naming: Naming, place: BasePlace): Instruction {
  const ref = naming.options.lines ? undefined : naming.clauseRef(place);
  if (ref !== undefined)
    return { text: `${ref} wird gestrichen.`, changes: [{ op: 'removeClause', clause: ref }], renumber: [] };
  const { from, to } = naming.clauseLines(place, true);
  return {
    text: `${linesSubject(from, to)} ${from === to ? 'wird' : 'werden'} gestrichen.`,
    changes: [{ op: 'removeClause', clause: lineRef(from, to) }],
    renumber: [],
  };
}

/** "Ziffer 2 erhält folgende Fassung: „…“" (by clause or by lines). */
export function rewrite(naming: Naming, rc: RedlineClause, place: BasePlace): Instruction {
  const text = amendedText(rc.segments).trim();
  const ref = naming.options.lines ? undefined : naming.clauseRef(place);
  if (ref !== undefined)
    return {
      text: `${ref} erhält folgende Fassung: ${quoted(text)}`,
      changes: [{ op: 'rewrite', clause: ref, new: text }],
      renumber: [],
      owner: rc,
    };
  const { from, to } = naming.clauseLines(place, false);
  return {
    text: `${linesSubject(from, to)} ${from === to ? 'erhält' : 'erhalten'} folgende Fassung: ${quoted(text)}`,
    changes: [{ op: 'rewrite', clause: lineRef(from, to), new: text }],
    renumber: [],
    owner: rc,
  };
}

/** What an addition says of the new clause: its name ("folgende Ziffer 3a"), text and change. */
interface NewClause {
  name: string;
  text: string;
  change: AddClause;
}

/**
 * "Nach Ziffer 3 wird folgende Ziffer 3a eingefügt: „…“" for the inserted
 * clause of `visit` (sub-clauses of a new clause as further new clauses are
 * not expressible).
 */
export function addition(naming: Naming, visit: Visit<RedlineClause>): Instruction[] {
  const rc = visit.node;
  const key = labelKey(rc.label);
  const own = subtreeText(rc);
  checkAddable(rc, own);
  // A label the bare key would not get among these siblings ("(1)" opening a new list, where "1" reads "1.")
  // is printed in the quotation, whose own label the new clause takes.
  const parentPlace = visit.parent !== undefined ? naming.placeOf(visit.parent) : undefined;
  const depth = parentPlace !== undefined ? parentPlace.depth + 1 : 0;
  const noun = nounOf(rc.label, depth, parentPlace?.clause.label);
  const example = exampleLabel(visit.parent?.children ?? naming.redline.clauses);
  // A bullet under a bullet is named "Unterpunkt", which says nothing of its label: with no base sibling to
  // follow, the reader would give it a list's first label ("a)"), and a text that opens like a label („u. Die“)
  // would lend it that one. The quotation then carries the bullet.
  const ownBullet =
    noun === 'Unterpunkt' && (example === undefined || readNewClauseText(own, undefined).label !== undefined);
  const text =
    own !== '' && ((key !== '' && styleLabel(key, example) !== rc.label) || ownBullet) ? `${rc.label} ${own}` : own;
  if (ownBullet) checkBulletReadsBack(rc, text);
  checkReadsBack(rc, text);
  const added: NewClause = {
    name: key === '' ? following(noun) : `${following(noun)} ${key}`,
    text,
    change: { op: 'addClause', new: text },
  };
  if (key !== '') added.change.label = key;
  else if (noun === 'Spiegelstrich') added.change.label = '-';
  const parentRef = parentPlace !== undefined ? naming.clauseRef(parentPlace) : undefined;
  const anchored = anchoredAddition(naming, visit, added, parentRef);
  if (anchored !== undefined) return [anchored];
  if (parentRef !== undefined) {
    added.change.parent = parentRef;
    return [instruction(`${dative(parentRef)} wird ${added.name} angefügt: ${quoted(text)}`, added.change)];
  }
  return [instruction(`${capitalise(added.name)} wird angefügt: ${quoted(text)}`, added.change)];
}

/** The base label whose style a bare key takes among `siblings` (as `assignLabels` picks it). */
function exampleLabel(siblings: readonly RedlineClause[]): string | undefined {
  const kept = siblings.find((s) => s.status !== 'inserted' && s.status !== 'deleted');
  const example = kept ?? siblings.find((s) => s.status === 'deleted');
  return example === undefined ? undefined : (example.baseLabel ?? example.label);
}

function instruction(text: string, change: Change): Instruction {
  return { text, changes: [change], renumber: [] };
}

/**
 * The text of a new clause with its sub-clauses as German amendments print
 * them: the clause's own text, then each sub-clause in a paragraph of its own
 * with its label („Neu:\n\na) Eins.\n\nb) Zwei.“: a quotation keeps
 * paragraphs, while single line breaks in it are hard wraps); applying the
 * instruction takes the labelled paragraphs back as sub-clauses
 * (src/amend/new-subtree.ts).
 */
function subtreeText(rc: RedlineClause): string {
  const lines: string[] = [];
  walk([rc], ({ node, depth }) => {
    const text = amendedText(node.segments).trim();
    if (depth === 0) {
      if (text !== '') lines.push(text);
    } else lines.push(text === '' ? node.label : `${node.label} ${text}`);
  });
  return lines.join('\n\n');
}

/** Throws when the sub-clauses of a new clause, written out, would not read back as the same sub-clauses. */
function checkReadsBack(rc: RedlineClause, text: string): void {
  if (rc.children.length === 0) return;
  const read = readNewClauseText(text, rc.label);
  const shape = (label: string, own: string, children: readonly Clause[]): string =>
    `${label}|${own}|${children.map((c) => shape(c.label, c.text, c.children)).join(',')}`;
  const wanted = (c: RedlineClause): string =>
    `${c.label}|${amendedText(c.segments).trim()}|${c.children.map(wanted).join(',')}`;
  if (rc.children.map(wanted).join(',') === read.children.map((c) => shape(c.label, c.text, c.children)).join(','))
    return;
  const name = rc.label !== '' ? rc.label : rc.id;
  throw new RedlineError(
    'invalid-input',
    `The new clause ${name} („${text.slice(0, 40)}${text.length > 40 ? '…' : ''}“) has sub-clauses whose labels do not read back as sub-clauses of it (the same bullet on two levels, or text that reads as a label); show this redline in another format.`,
  );
}

/** Throws when a new bullet's quotation („- Z. B. …“) would not read back as that bullet with its own text. */
function checkBulletReadsBack(rc: RedlineClause, text: string): void {
  const read = readNewClauseText(text, undefined);
  if (read.label === rc.label && read.text === amendedText(rc.segments).trim()) return;
  throw new RedlineError(
    'invalid-input',
    `The new bullet ${rc.id} („${text.slice(0, 40)}${text.length > 40 ? '…' : ''}“) does not read back as a bullet with that text (it starts like a label); show this redline in another format.`,
  );
}

function checkAddable(rc: RedlineClause, text: string): void {
  const name = rc.label !== '' ? rc.label : rc.id;
  if (text === '') {
    throw new RedlineError(
      'invalid-input',
      `The new clause ${name} has no text, and an instruction cannot add an empty clause; show this redline in another format.`,
    );
  }
}

/** "Nach Ziffer 3 wird …", "Vor Ziffer 1 wird …": placed by the nearest base sibling before (else after) it, when that can be named. */
function anchoredAddition(
  naming: Naming,
  visit: Visit<RedlineClause>,
  added: NewClause,
  parentRef: string | undefined,
): Instruction | undefined {
  const siblings = visit.parent?.children ?? naming.redline.clauses;
  let before: BasePlace | undefined;
  for (let j = visit.index - 1; j >= 0 && before === undefined; j -= 1) {
    const s = siblings[j]!;
    if (s.status !== 'inserted') before = naming.placeOf(s);
  }
  let after: BasePlace | undefined;
  for (let j = visit.index + 1; j < siblings.length && after === undefined && before === undefined; j += 1) {
    const s = siblings[j]!;
    if (s.status !== 'inserted') after = naming.placeOf(s);
  }
  const anchor = before ?? after;
  const ref = anchor !== undefined ? naming.clauseRef(anchor) : undefined;
  if (anchor === undefined || ref === undefined) return undefined;
  // "Nach der bisherigen Ziffer 4": the base number, when renumbering changes it.
  const anchorClause = naming.redlineClauseOf(anchor.clause);
  const renumbered =
    anchorClause?.baseLabel !== undefined && labelKey(anchorClause.baseLabel) !== labelKey(anchorClause.label);
  const side = `${before !== undefined ? 'Nach' : 'Vor'}${renumbered && anchor.depth === 0 ? ' der bisherigen' : ''}`;
  if (before !== undefined) added.change.after = ref;
  else added.change.before = ref;
  // "In Ziffer 2 wird nach Buchstabe b folgender Buchstabe c eingefügt" reads better nested.
  if (parentRef !== undefined && ref.startsWith(`${parentRef} `)) {
    const own = ref.slice(parentRef.length + 1);
    const nested = `In ${parentRef} wird ${side.toLowerCase()} ${own} ${added.name} eingefügt: ${quoted(added.text)}`;
    if (readsAs(nested, [added.change])) return instruction(nested, added.change);
  }
  return instruction(`${side} ${ref} wird ${added.name} eingefügt: ${quoted(added.text)}`, added.change);
}

/** "Die bisherige Ziffer 3 wird Ziffer 4." when renumbering changed the label key. */
export function relabel(naming: Naming, rc: RedlineClause, place: BasePlace): Instruction | undefined {
  if (rc.baseLabel === undefined) return undefined;
  const from = labelKey(rc.baseLabel);
  const to = labelKey(rc.label);
  if (from === '' || to === '' || from === to) return undefined;
  const ref = naming.clauseRef(place);
  if (ref === undefined) return undefined;
  const noun = nounOf(rc.label, place.depth);
  const subject = place.depth === 0 ? `Die bisherige ${ref}` : ref;
  return {
    text: `${subject} wird ${noun} ${to}.`,
    changes: [],
    renumber: [{ clause: ref, label: to }],
    relabel: { depth: place.depth, noun, from, to },
  };
}

/**
 * Joins runs of top-level renumberings by a constant step into one sentence:
 * "Die bisherigen Ziffern 4 und 5 werden Ziffern 3 und 4.", "Die bisherigen
 * Ziffern 4 bis 7 werden Ziffern 3 bis 6."
 */
export function groupRenumbering(list: readonly Instruction[]): Instruction[] {
  const out: Instruction[] = [];
  let i = 0;
  while (i < list.length) {
    const j = runEnd(list, i);
    if (j - i < 2) {
      out.push(list[i]!);
      i += 1;
      continue;
    }
    const first = list[i]!.relabel!;
    const last = list[j - 1]!.relabel!;
    const join = j - i === 2 ? 'und' : 'bis';
    out.push({
      text: `Die bisherigen Ziffern ${first.from} ${join} ${last.from} werden Ziffern ${first.to} ${join} ${last.to}.`,
      changes: [],
      renumber: list.slice(i, j).flatMap((ins) => ins.renumber),
    });
    i = j;
  }
  return out;
}

/** The end of the run of top-level "Ziffer" renumberings by one step that starts at `i`. */
function runEnd(list: readonly Instruction[], i: number): number {
  const r = list[i]!.relabel;
  let j = i + 1;
  if (r === undefined || r.depth !== 0 || r.noun !== 'Ziffer') return j;
  while (j < list.length) {
    const prev = list[j - 1]!.relabel!;
    const cur = list[j]!.relabel;
    if (
      cur === undefined ||
      cur.depth !== 0 ||
      cur.noun !== 'Ziffer' ||
      !next(prev.from, cur.from) ||
      !next(prev.to, cur.to)
    )
      break;
    j += 1;
  }
  return j;
}

/** Whether `b` follows `a` as a whole number. */
function next(a: string, b: string): boolean {
  return /^\d{1,4}$/u.test(a) && /^\d{1,4}$/u.test(b) && Number(b) === Number(a) + 1;
}

/** "Ziffer 2" → "Der Ziffer 2", "Nummer 1" → "Der Nummer 1", "Buchstabe b" → "Dem Buchstaben b" (dative of the first noun). */
export function dative(ref: string): string {
  const [noun, ...rest] = ref.split(' ');
  const tail = rest.join(' ');
  switch (noun) {
    case 'Ziffer':
    case 'Nummer':
      return `Der ${ref}`;
    case 'Buchstabe':
      return `Dem Buchstaben ${tail}`;
    default:
      return `Dem ${ref}`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
