/**
 * The German sentences of text changes inside a clause. The struck words are
 * quoted as they stand ("wird das Wort „X“ durch das Wort „Y“ ersetzt"); when
 * they are not unique where the instruction points, neighbouring unchanged
 * words are added until they are ("werden die Wörter „legt X“ durch die
 * Wörter „legt Y“ ersetzt"), else the occurrence is counted ("das zweite
 * Wort „die“"). An insertion is anchored on the unique word(s) before it
 * ("nach dem Wort …"), else after it ("vor dem Wort …"); at the end of a
 * clause it is appended. Changes too close to be worded apart are merged
 * into one replacement.
 *
 * @module
 */
import type { Change, RedlineClause } from '../../model.js';
import type { Span } from '../../text/span.js';
import { isGap } from '../gaps.js';
import { lineRef, passage, quoted, quoteFor, verbFor } from '../wording.js';
import {
  hunksOf,
  leftWords,
  mergedHunks,
  rightWords,
  withoutLeadingPunctuation,
  withoutTrailingPunctuation,
  type Hunk,
} from './hunks.js';
import type { BasePlace, Naming } from './naming.js';
import { dative, rewrite, type Instruction } from './phrasing.js';

/** Most unchanged words added on either side to make a passage unique. */
const MAX_CONTEXT = 4;

/** One text change to word: the clause, its base place, the change, and the part of the text it may quote. */
interface TextChange {
  owner: RedlineClause;
  place: BasePlace;
  hunk: Hunk;
  /** Not before the end of what the change before claimed, not into the change after. */
  bounds: Span;
}

/** A worded change and the end of the text its instruction claims (the next may quote only after it). */
interface Worded {
  instruction: Instruction;
  claimEnd: number;
}

/** The instructions for the text changes of one clause (a new wording of it, when they cannot be worded apart). */
export function textChanges(naming: Naming, rc: RedlineClause, place: BasePlace): Instruction[] {
  const text = place.clause.text;
  const hunks = hunksOf(rc, text);
  if (hunks.length === 0) return [];
  const done: Array<{ hunk: Hunk; worded: Worded }> = [];
  let i = 0;
  while (i < hunks.length) {
    const hunk = hunks[i]!;
    const bounds = {
      start: done.length > 0 ? done[done.length - 1]!.worded.claimEnd : 0,
      end: i + 1 < hunks.length ? hunks[i + 1]!.start : text.length,
    };
    const worded = word(naming, { owner: rc, place, hunk, bounds });
    if (worded !== undefined) {
      done.push({ hunk, worded });
      i += 1;
      continue;
    }
    const previous = done.pop();
    if (previous === undefined) return [rewrite(naming, rc, place)];
    // Merge with the change before and word both as one replacement.
    hunks.splice(i - 1, 2, mergedHunks(previous.hunk, hunk, text));
    i -= 1;
  }
  return done.map((d) => d.worded.instruction);
}

/** Words one change, or undefined when it cannot be worded within its bounds. */
function word(naming: Naming, change: TextChange): Worded | undefined {
  return change.hunk.start === change.hunk.end ? insertion(naming, change) : replacement(naming, change);
}

/** Whether `text` can be quoted so that it reads back as one quotation. */
function quotable(text: string): boolean {
  return quoteFor(text) !== undefined;
}

/** The passage `[a, b)` where the instruction points: its place and its occurrence, or undefined when not unique and `occurrence` is not allowed. */
function located(
  naming: Naming,
  place: BasePlace,
  a: number,
  b: number,
  occurrence: boolean,
): { where: { phrase: string; ref: string }; occ: number | undefined } | undefined {
  const where = naming.where(place, a, b);
  const { count, at } = naming.hits(place, a, b, where.lines);
  if (at === 0 || (count > 1 && !occurrence)) return undefined;
  return { where, occ: count > 1 ? at : undefined };
}

/** "In Ziffer 2 wird das Wort „X“ durch das Wort „Y“ ersetzt.", "… gestrichen." */
function replacement(naming: Naming, change: TextChange): Worded | undefined {
  const { owner, place, hunk, bounds } = change;
  const text = place.clause.text;
  const attempt = (a: number, b: number, occurrence: boolean): Worded | undefined => {
    const old = text.slice(a, b);
    const neu = (text.slice(a, hunk.start) + hunk.text + text.slice(hunk.end, b)).trim();
    if (!quotable(old) || (neu !== '' && !quotable(neu))) return undefined;
    const found = located(naming, place, a, b, occurrence);
    if (found === undefined) return undefined;
    const { where, occ } = found;
    const made: Change =
      neu === '' ? { op: 'delete', clause: where.ref, old } : { op: 'replace', clause: where.ref, old, new: neu };
    if (occ !== undefined) made.occurrence = occ;
    const subject = passage(old, 'nom', occ);
    const verb = verbFor(old, occ);
    const sentence =
      neu === ''
        ? `${where.phrase} ${verb} ${subject} gestrichen.`
        : `${where.phrase} ${verb} ${subject} durch ${passage(neu, 'nom', undefined, true)} ersetzt.`;
    return { instruction: { text: sentence, changes: [made], renumber: [], owner }, claimEnd: b };
  };
  // Fewest context words first, then more on the left than on the right.
  for (let total = 0; total <= 2 * MAX_CONTEXT; total += 1) {
    for (let l = Math.min(total, MAX_CONTEXT); l >= 0 && total - l <= MAX_CONTEXT; l -= 1) {
      const r = total - l;
      const a = l === 0 ? hunk.start : leftWords(text, hunk.start, l, bounds.start);
      const b = r === 0 ? hunk.end : rightWords(text, hunk.end, r, bounds.end);
      if (a === undefined || b === undefined) continue;
      const done = attempt(a, b, false);
      if (done !== undefined) return done;
    }
  }
  return attempt(hunk.start, hunk.end, true);
}

/** "In Ziffer 2 werden nach dem Wort „X“ die Wörter „Y“ eingefügt.", "… vor dem Wort …", or appended at the end. */
function insertion(naming: Naming, change: TextChange): Worded | undefined {
  const { owner, place, hunk, bounds } = change;
  const text = place.clause.text;
  const p = hunk.start;
  const raw = hunk.text;
  const neu = raw.trim();
  const paragraph = /^[ \t]*\n[ \t]*\n/u.test(raw);
  if (!quotable(neu)) return undefined;
  let pl = p;
  while (pl > bounds.start && isGap(text[pl - 1])) pl -= 1;
  let pr = p;
  while (pr < bounds.end && isGap(text[pr])) pr += 1;
  const atEnd = text.slice(p).trim() === '';
  // A new paragraph or text at the end of the clause: appended.
  if (atEnd && (paragraph || pl <= bounds.start || text.trim() === ''))
    return append(naming, owner, place, raw, paragraph);
  if (paragraph) return undefined;
  const make = (side: 'after' | 'before', a: number, b: number, occurrence: boolean): Worded | undefined => {
    const anchor = text.slice(a, b);
    if (!quotable(anchor)) return undefined;
    const found = located(naming, place, a, b, occurrence);
    if (found === undefined) return undefined;
    const { where, occ } = found;
    const made: Extract<Change, { op: 'insert' }> =
      side === 'after'
        ? { op: 'insert', clause: where.ref, new: neu, after: anchor }
        : { op: 'insert', clause: where.ref, new: neu, before: anchor };
    if (occ !== undefined) made.occurrence = occ;
    const sentence = `${where.phrase} ${verbFor(neu, undefined, true)} ${side === 'after' ? 'nach' : 'vor'} ${passage(anchor, 'dat', occ)} ${passage(neu, 'nom', undefined, true)} eingefügt.`;
    return {
      instruction: { text: sentence, changes: [made], renumber: [], owner },
      claimEnd: side === 'after' ? p : b,
    };
  };
  for (let k = 1; k <= MAX_CONTEXT; k += 1) {
    const a = pl > bounds.start ? leftWords(text, pl, k, bounds.start) : undefined;
    const done =
      a !== undefined && a < pl ? make('after', withoutLeadingPunctuation(text, a, pl), pl, false) : undefined;
    if (done !== undefined) return done;
    const b = pr < bounds.end ? rightWords(text, pr, k, bounds.end) : undefined;
    const later =
      b !== undefined && b > pr ? make('before', pr, withoutTrailingPunctuation(text, pr, b), false) : undefined;
    if (later !== undefined) return later;
  }
  if (atEnd) return append(naming, owner, place, raw, false);
  const a = pl > bounds.start ? leftWords(text, pl, 1, bounds.start) : undefined;
  const done = a !== undefined && a < pl ? make('after', a, pl, true) : undefined;
  if (done !== undefined) return done;
  const b = pr < bounds.end ? rightWords(text, pr, 1, bounds.end) : undefined;
  return b !== undefined && b > pr ? make('before', pr, b, true) : undefined;
}

/** Text appended to the clause: "Ziffer 2 wird um die Wörter „…“ ergänzt", "Nach Zeile 20 wird eingefügt: „…“". */
function append(
  naming: Naming,
  owner: RedlineClause,
  place: BasePlace,
  raw: string,
  paragraph: boolean,
): Worded | undefined {
  const neu = raw.trim();
  const claimEnd = place.clause.text.length;
  const ref = naming.options.lines ? undefined : naming.clauseRef(place);
  if (ref !== undefined) {
    const sentence = paragraph
      ? `${dative(ref)} wird folgender Absatz angefügt: ${quoted(neu)}`
      : `${ref} wird um ${passage(neu, 'nom', undefined, true)} ergänzt.`;
    const made: Change = { op: 'insert', clause: ref, new: paragraph ? `\n\n${neu}` : neu };
    return { instruction: { text: sentence, changes: [made], renumber: [], owner }, claimEnd };
  }
  if (paragraph) return undefined;
  const { to } = naming.clauseLines(place, false);
  const sentence = `Nach Zeile ${to} ${verbFor(neu, undefined, true)} ${passage(neu, 'nom', undefined, true)} eingefügt.`;
  const made: Change = { op: 'insert', clause: lineRef(to, to), new: neu };
  return { instruction: { text: sentence, changes: [made], renumber: [], owner }, claimEnd };
}
