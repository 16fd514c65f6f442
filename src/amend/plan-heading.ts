/**
 * The text changes of a clause's heading (`part: 'heading'`: "In der
 * Überschrift werden die Wörter „X“ gestrichen", "Die Überschrift erhält
 * folgende Fassung: „…“"): the same four operations as on a clause's text,
 * located in `Clause.heading` instead. A heading belongs to a statute unit
 * (`§`, `Art.`) or a section; a passage must be found in it exactly as in a
 * text, once, or the change says which occurrence.
 *
 * @module
 */
import type { Change, Clause } from '../model.js';
import { unitKey } from '../parse/unit-line.js';
import { foldNeedle, searcherFor } from '../text/search.js';
import type { Span } from '../text/span.js';
import type { HeadingEdit } from './edits.js';
import { clauseName, quote, times } from './messages.js';
import type { PlanContext } from './plan-text.js';
import { foldSpaces } from '../text/normalize.js';

/** A change of text (a clause's, its heading's or the title's): the four operations that take `part`. */
export type TextChange = Extract<Change, { op: 'replace' | 'delete' | 'insert' | 'rewrite' }>;

/** Plans a change of the heading of the clause the change names. */
export function planHeading(ctx: PlanContext, change: TextChange, k: number): void {
  const address = ctx.locator.clauseAddress(change.clause, k);
  if (address === undefined) return;
  const clause = address.clause;
  if (clause.heading === undefined && !holdsHeading(clause))
    return ctx.reporter.invalid(
      k,
      `${clauseName(change.clause, clause)} is no unit or section that has a heading`,
      change.clause,
    );
  const where = `the heading of ${clauseName(change.clause, clause)}`;
  planWordsEdits(ctx, change, k, { clause, words: clause.heading ?? '', where, label: clause.label });
}

/** A short text an edit changes: a clause's heading, or the document's title (its holder clause). */
export interface Words {
  /** The clause the edits are keyed by. */
  clause: Clause;
  /** The base words. */
  words: string;
  /** How messages name them ("the heading of clause "§ 3"", "the title"). */
  where: string;
  /** A label a new wording may repeat at its start, which is no part of the words. */
  label: string;
}

/** Plans the edit of a text change on a short text (a heading or the title): its words replaced, struck, added to or newly worded. */
export function planWordsEdits(ctx: PlanContext, change: TextChange, k: number, target: Words): void {
  const { clause, words: heading, where } = target;
  const edit = (span: Span, text: string, what: string, anchor?: Span): void => {
    const e: HeadingEdit = { kind: 'heading', change: k, clause, ...span, text, ref: change.clause, what };
    if (anchor !== undefined) e.anchor = anchor;
    ctx.edits.push(e);
  };
  if (change.op === 'rewrite') {
    const wording = withoutOwnLabel(foldSpaces(change.new), target.label);
    if (wording === heading)
      return ctx.reporter.noOp(k, `The new ${where} is the same as ${quote(heading)}.`, change.clause);
    return edit({ start: 0, end: heading.length }, wording, `the new wording of ${where}`);
  }
  if (change.op === 'insert' && change.after === undefined && change.before === undefined)
    return edit(
      { start: heading.length, end: heading.length },
      appended(change.new),
      `the insertion at the end of ${where}`,
    );
  if (change.op === 'insert' && change.after !== undefined && change.before !== undefined)
    return ctx.reporter.invalid(k, '"insert" takes "after" or "before", not both', change.clause);
  const needle = change.op === 'insert' ? (change.after ?? change.before)! : change.old;
  const hit = findInHeading(ctx, heading, needle, change.occurrence, k, change.clause, where);
  if (hit === undefined) return;
  if (change.op === 'insert') {
    const at = change.after !== undefined ? hit.end : hit.start;
    const text = change.after !== undefined ? appended(change.new) : `${change.new.trim()} `;
    return edit({ start: at, end: at }, text, `the insertion in ${where}`, hit);
  }
  edit(hit, change.op === 'replace' ? change.new.trim() : '', quote(heading.slice(hit.start, hit.end)));
}

/** A new heading that repeats its unit's label („§ 10 Gebühren“ for § 10) without the label, which is no heading. */
function withoutOwnLabel(wording: string, label: string): string {
  const own = foldSpaces(label);
  return own !== '' && wording.startsWith(`${own} `) ? wording.slice(own.length + 1) : wording;
}

/** Words added after others: a space before them, none before a comma or full stop („Name“ + „, Sitz“). */
function appended(text: string): string {
  const words = text.trim();
  return /^[,.;:]/u.test(words) ? words : ` ${words}`;
}

/** Whether a clause may carry a heading it does not have yet: a statute unit (`§ 3`, `Art. 2`) or a section. */
function holdsHeading(clause: Clause): boolean {
  return unitKey(clause.label) !== '';
}

/** The passage `needle` in `heading` (the `occurrence`-th), or undefined after reporting why not. */
function findInHeading(
  ctx: PlanContext,
  heading: string,
  needle: string,
  occurrence: number | undefined,
  k: number,
  ref: string,
  where: string,
): Span | undefined {
  if (foldNeedle(needle) === '') {
    ctx.reporter.invalid(k, 'the old text is empty', ref);
    return undefined;
  }
  const hits = searcherFor(heading).findAll(needle);
  const hit = hits[(occurrence ?? 1) - 1];
  if (hits.length === 0 || hit === undefined) {
    const count =
      hits.length === 0 ? 'was not found' : `occurs ${times(hits.length)}, so there is no occurrence ${occurrence}`;
    ctx.reporter.report('text-not-found', k, `The text ${quote(needle)} ${count} in ${where} ${quote(heading)}.`, ref);
    return undefined;
  }
  if (occurrence === undefined && hits.length > 1) {
    const message = `The text ${quote(needle)} occurs ${times(hits.length)} in ${where} ${quote(heading)}; give "occurrence" to choose one.`;
    ctx.reporter.report('text-ambiguous', k, message, ref);
    return undefined;
  }
  return hit;
}

/**
 * A heading with its edits applied, white space folded and trimmed (a struck
 * „und für Europa“ leaves no double or trailing space).
 */
export function editedHeading(heading: string, edits: readonly HeadingEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.change - b.change);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += heading.slice(at, e.start);
    // New words that open with a comma or full stop close up to the words before them.
    if (/^[,.;:]/u.test(e.text)) out = out.trimEnd();
    out += e.text;
    at = Math.max(at, e.end);
  }
  return foldSpaces(out + heading.slice(at));
}
