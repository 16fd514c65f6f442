/**
 * The planners of the text operations — `replace`, `delete`, `insert` and
 * `rewrite`: each locates its passage or place in the base and turns the
 * change into a {@link TextEdit}, or reports why it cannot.
 *
 * @module
 */
import type { Change, Clause, Resolution } from '../model.js';
import { lineName } from '../references/lines.js';
import { foldTypography } from '../text/normalize.js';
import { foldNeedle } from '../text/search.js';
import type { Span } from '../text/span.js';
import type { Edit, TextEdit } from './edits.js';
import type { Locator } from './locate.js';
import { clauseName, quote } from './messages.js';
import type { Reporter } from './report.js';
import { afterListPlace, listIntroProblem } from './list-intro.js';

/** What every planner works with: the located base and the results so far. */
export interface PlanContext {
  /** The resolution the amendment addresses. */
  base: Resolution;
  /** Where references and passages are looked up. */
  locator: Locator;
  /** Where diagnostics go. */
  reporter: Reporter;
  /** The edits so far. */
  edits: Edit[];
}

type ChangeOf<K extends Change['op']> = Extract<Change, { op: K }>;

/** `replace` and `delete`: the located old passage is replaced by the new text (or by nothing). */
export function planReplaceOrDelete(
  ctx: PlanContext,
  change: ChangeOf<'replace'> | ChangeOf<'delete'>,
  k: number,
): void {
  const address = ctx.locator.address(change.clause, k);
  if (address === undefined) return;
  const hit = ctx.locator.locate(address, change.clause, change.old, change.occurrence, k, 'old');
  if (hit === undefined) return;
  const text = change.op === 'replace' ? change.new : '';
  if (change.op === 'replace' && foldNeedle(change.old) === foldNeedle(change.new)) {
    const where = clauseName(change.clause, hit.clause);
    ctx.reporter.noOp(
      k,
      `Replacing ${quote(change.old)} by ${quote(change.new)} in ${where} changes nothing.`,
      change.clause,
    );
    return;
  }
  const end = hit.range.end + doubledMark(hit.clause.text, hit.range.end, text.trim());
  const old = hit.clause.text.slice(hit.range.start, end);
  ctx.edits.push({
    kind: 'text',
    change: k,
    clause: hit.clause,
    start: hit.range.start,
    end,
    text: text.trim(),
    rewrite: false,
    ref: change.clause,
    what: quote(old),
  });
}

/**
 * 1 when the new text ends a sentence with the mark that follows the replaced
 * passage in the base („… ausgelagert“ before „.“ replaced by „… schaut.“): the
 * base's mark is replaced too, as the new text brings its own (never „schaut..“).
 */
function doubledMark(base: string, end: number, text: string): number {
  const mark = text[text.length - 1];
  return mark !== undefined && '.!?'.includes(mark) && base[end] === mark && text[text.length - 2] !== mark ? 1 : 0;
}

/** `insert`: new text after or before an anchor passage, or at the end of the addressed clause or lines. */
export function planInsert(ctx: PlanContext, change: ChangeOf<'insert'>, k: number): void {
  if (change.after !== undefined && change.before !== undefined)
    return ctx.reporter.invalid(k, '"insert" takes "after" or "before", not both', change.clause);
  const address = ctx.locator.address(change.clause, k);
  if (address === undefined) return;
  const anchorText = change.after ?? change.before;
  let clause: Clause;
  let point: number;
  let anchor: Span | undefined;
  if (anchorText === undefined) {
    if (address.kind === 'whole')
      return ctx.reporter.invalid(k, 'an insertion without "after" or "before" needs a clause to append to');
    // After a line: at the end of the text of its last line.
    if (!ctx.locator.asExtent(address, change.clause, k)) return;
    const place = address.kind === 'lines' ? address.pieces[address.pieces.length - 1]! : address;
    const list =
      address.kind === 'clause'
        ? afterListPlace(address.clause, address.scope, address.narrowed, change.new, change.clause)
        : undefined;
    if (list !== undefined && 'problem' in list) return ctx.reporter.invalid(k, list.problem, change.clause);
    clause = list?.clause ?? place.clause;
    point = list?.point ?? place.scope.end;
  } else {
    const role = change.after !== undefined ? '"after"' : '"before"';
    const hit = ctx.locator.locate(address, change.clause, anchorText, change.occurrence, k, role);
    if (hit === undefined) return;
    clause = hit.clause;
    anchor = hit.range;
    point = change.after !== undefined ? hit.range.end : hit.range.start;
  }
  if (change.new.trim() === '') {
    const where = clauseName(change.clause, clause);
    return ctx.reporter.noOp(k, `Inserting empty text into ${where} changes nothing.`, change.clause);
  }
  const edit: TextEdit = {
    kind: 'text',
    change: k,
    clause,
    start: point,
    end: point,
    text: insertionText(change.new),
    rewrite: false,
    ref: change.clause,
    what:
      anchor !== undefined
        ? `the insertion ${change.after !== undefined ? 'after' : 'before'} ${quote(clause.text.slice(anchor.start, anchor.end))}`
        : `the insertion at the end of ${clauseName(change.clause, clause)}`,
  };
  if (anchor !== undefined) edit.anchor = anchor;
  ctx.edits.push(edit);
}

/** `rewrite`: a new wording of one clause (or of the part a sentence, paragraph or lines of one clause name). */
export function planRewrite(ctx: PlanContext, change: ChangeOf<'rewrite'>, k: number): void {
  const address = ctx.locator.address(change.clause, k);
  if (address === undefined) return;
  if (address.kind === 'whole') {
    const why = 'a rewrite needs one clause (for a new wording of the whole resolution diff the two resolutions)';
    return ctx.reporter.invalid(k, why, change.clause);
  }
  if (!ctx.locator.asExtent(address, change.clause, k)) return;
  if (address.kind === 'lines' && address.pieces.length !== 1) {
    const lines = lineName(address.from, address.to);
    const why = `a new wording of ${lines} needs lines of one clause, but they cross ${address.pieces.length} clauses`;
    return ctx.reporter.invalid(k, why, change.clause);
  }
  const place = address.kind === 'lines' ? address.pieces[0]! : address;
  const intro =
    address.kind === 'clause'
      ? listIntroProblem(address.clause, address.scope, address.narrowed, change.clause)
      : undefined;
  if (intro !== undefined) return ctx.reporter.invalid(k, intro, change.clause);
  const old = place.clause.text.slice(place.scope.start, place.scope.end);
  const unit = 'kind' in place && place.kind === 'clause' ? place.parent : undefined;
  const echo = unitEcho(change.new.trim(), unit);
  if (echo === 'other heading') {
    const why = `the new wording repeats ${unit!.label} with a heading other than „${unit!.heading!}“; a heading change is not applied here`;
    return ctx.reporter.invalid(k, why, change.clause);
  }
  const wording = withoutOwnLabel(echo, place.clause, place.scope);
  if (holdsItemsInline(wording, place.clause, place.scope)) {
    const why = "the new wording runs a list of items („1. … 2. …“) into the clause's text; give one item per line";
    return ctx.reporter.invalid(k, why, change.clause);
  }
  if (foldTypography(old).trim() === foldTypography(wording)) {
    const message = `The new wording of ${clauseName(change.clause)} is the same as its text ${quote(old)}.`;
    return ctx.reporter.noOp(k, message, change.clause);
  }
  ctx.edits.push({
    kind: 'text',
    change: k,
    clause: place.clause,
    start: place.scope.start,
    end: place.scope.end,
    text: wording,
    rewrite: true,
    ref: change.clause,
    what: quote(old),
  });
  // "Nummer 2 wird wie folgt gefasst: „2. …“": a new wording of the whole clause with its own label replaces its
  // sub-clauses too (what the new wording holds is all of it).
  if (wording !== echo && place.scope.start === 0 && place.scope.end === place.clause.text.length)
    for (const child of place.clause.children)
      ctx.edits.push({
        kind: 'remove',
        change: k,
        clause: child,
        ref: change.clause,
        what: 'the new wording of the whole clause',
      });
}

/** Inserted text: trimmed, except that a leading blank line (a new paragraph) is kept. */
function insertionText(text: string): string {
  const trimmed = text.trim();
  const lead = text.slice(0, text.length - text.trimStart().length);
  return lead.includes('\n\n') || (lead.match(/\n/g)?.length ?? 0) >= 2 ? `\n\n${trimmed}` : trimmed;
}

/**
 * A new wording of an Absatz that first repeats its unit's label and heading
 * as orientation ("Ersetze § 11 Abs. 2 durch: § 11 Öffentlichkeit und Gäste
 * (2) …"): the repeated line is taken off when it is the unit's heading as it
 * stands; with another heading it would be an unannounced heading change
 * ('other heading', refused).
 */
function unitEcho(text: string, unit: Clause | undefined): string | 'other heading' {
  if (unit?.heading === undefined || !/^(?:§|Art)/u.test(unit.label)) return text;
  const line = /^[^\n]*/u.exec(text)![0];
  const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  const label = fold(unit.label).replace(/\.$/u, '');
  const start = fold(line);
  if (!start.startsWith(label) || !/^[.\s]/u.test(start.slice(label.length))) return text;
  if (text.length === line.length) return text;
  const heading = fold(start.slice(label.length).replace(/^\./u, ''));
  if (heading !== fold(unit.heading)) return 'other heading';
  return text.slice(line.length).trim();
}

/**
 * Whether a new wording of a whole clause holds a list run into its text
 * ("… geleistet, 1. wenn … oder 2. wenn …": its line breaks were lost) — the
 * clause's own items, or new ones after a comma or colon: applied as the
 * clause's text, the items would stand twice or not as items.
 */
function holdsItemsInline(text: string, clause: Clause, scope: Span): boolean {
  const whole = scope.start === 0 && scope.end === clause.text.length;
  if (!whole) return false;
  const labels = clause.children.length >= 2 ? clause.children.slice(0, 2).map((c) => c.label.trim()) : ['1.', '2.'];
  if (labels.some((l) => l === '')) return false;
  const first = text.indexOf(` ${labels[0]!} `);
  if (first === -1 || text.indexOf(` ${labels[1]!} `, first + 1) === -1) return false;
  return clause.children.length >= 2 || /[,:]$/u.test(text.slice(0, first));
}

/**
 * A new wording of a whole clause that repeats the clause's own label
 * ("Ersetze § 6 Abs. 2 durch: (2) Die Redezeit …"): the label is the clause's,
 * not part of its text, so it is taken off — else the clause would read "(2) (2) …".
 */
function withoutOwnLabel(text: string, clause: Clause, scope: Span): string {
  const whole = scope.start === 0 && scope.end === clause.text.length;
  const label = clause.label.trim();
  if (!whole || label === '' || !text.startsWith(label)) return text;
  const after = text.charAt(label.length);
  return after === ' ' || after === '\t' || after === '\n' ? text.slice(label.length).trimStart() : text;
}
