/**
 * The planners of the clause operations — `removeClause`, `addClause` and
 * the renumbering entries: each resolves its clause reference in the base and
 * turns the change into a structural edit (strike, add, relabel, resequence),
 * or reports why it cannot.
 *
 * @module
 */
import type { Change, Clause, Renumbering } from '../model.js';
import { lineName, type LinesAddress } from '../references/lines.js';
import type { AddEdit } from './edits.js';
import { capitalise, clauseName, quote } from './messages.js';
import type { PlanContext } from './plan-text.js';
import { listIntroProblem } from './list-intro.js';

type ChangeOf<K extends Change['op']> = Extract<Change, { op: K }>;

/** `removeClause`: strike a clause with its subtree, or the sentence, paragraph or lines named. */
export function planRemoveClause(ctx: PlanContext, change: ChangeOf<'removeClause'>, k: number): void {
  const address = ctx.locator.address(change.clause, k);
  if (address === undefined) return;
  if (address.kind === 'whole')
    return ctx.reporter.invalid(k, '"removeClause" needs a clause, not the whole resolution', change.clause);
  if (address.kind === 'lines') return removeLines(ctx, address, change.clause, k);
  if (address.narrowed) {
    const intro = listIntroProblem(address.clause, address.scope, true, change.clause);
    if (intro !== undefined) return ctx.reporter.invalid(k, intro, change.clause);
    // "Satz 2 wird gestrichen": strike that passage of the text.
    const old = address.clause.text.slice(address.scope.start, address.scope.end);
    ctx.edits.push({
      kind: 'text',
      change: k,
      clause: address.clause,
      start: address.scope.start,
      end: address.scope.end,
      text: '',
      rewrite: false,
      ref: change.clause,
      what: quote(old),
    });
    return;
  }
  ctx.edits.push({
    kind: 'remove',
    change: k,
    clause: address.clause,
    ref: change.clause,
    what: 'the removal of the clause',
  });
}

/**
 * "Zeilen 12 bis 14 werden gestrichen": clauses the range covers entirely
 * (label, text and sub-clauses) are struck as clauses, the covered text of
 * the others is struck as text.
 */
function removeLines(ctx: PlanContext, address: LinesAddress, ref: string, k: number): void {
  if (!ctx.locator.asExtent(address, ref, k)) return;
  const struck = new Set<Clause>();
  for (const piece of address.pieces) {
    if (piece.parent !== undefined && struck.has(piece.parent)) {
      struck.add(piece.clause);
      continue;
    }
    if (piece.whole) {
      struck.add(piece.clause);
      const what = `the removal of ${lineName(address.from, address.to)}`;
      ctx.edits.push({ kind: 'remove', change: k, clause: piece.clause, ref, what });
      continue;
    }
    if (piece.scope.end <= piece.scope.start) continue;
    const old = piece.clause.text.slice(piece.scope.start, piece.scope.end);
    if (old.trim() === '') continue;
    ctx.edits.push({
      kind: 'text',
      change: k,
      clause: piece.clause,
      start: piece.scope.start,
      end: piece.scope.end,
      text: '',
      rewrite: false,
      ref,
      what: quote(old),
    });
  }
}

/** `addClause`: a new clause after or before a sibling, at the end of a parent's children, or at the end. */
export function planAddClause(ctx: PlanContext, change: ChangeOf<'addClause'>, k: number): void {
  if (change.after !== undefined && change.before !== undefined)
    return ctx.reporter.invalid(k, '"addClause" takes "after" or "before", not both');
  if (change.new.trim() === '') return ctx.reporter.invalid(k, 'the new clause has no text');
  if (change.label !== undefined && change.label.trim() === '')
    return ctx.reporter.invalid(k, 'the label of the new clause is empty');
  const place = placeOfNewClause(ctx, change, k);
  if (place === undefined) return;
  const edit: AddEdit = {
    kind: 'add',
    change: k,
    parent: place.parent,
    index: place.index,
    text: change.new.trim(),
    ref: place.ref,
    what: `the new clause ${quote(change.new)}`,
  };
  if (change.label !== undefined) edit.label = change.label.trim();
  ctx.edits.push(edit);
}

/** Where a new clause goes: its parent, its index among the parent's children, and the reference that said so. */
function placeOfNewClause(
  ctx: PlanContext,
  change: ChangeOf<'addClause'>,
  k: number,
): { parent: Clause | undefined; index: number; ref: string } | undefined {
  const position = change.after ?? change.before;
  if (position !== undefined) {
    const a = ctx.locator.clauseAddress(position, k);
    if (a === undefined) return undefined;
    if (change.parent !== undefined) {
      const p = ctx.locator.clauseAddress(change.parent, k);
      if (p === undefined) return undefined;
      if (p.clause !== a.parent) {
        ctx.reporter.invalid(k, `"${position}" is not a child of "${change.parent}"`, change.parent);
        return undefined;
      }
    }
    return { parent: a.parent, index: change.after !== undefined ? a.index + 1 : a.index, ref: position };
  }
  if (change.parent !== undefined) {
    const p = ctx.locator.clauseAddress(change.parent, k);
    if (p === undefined) return undefined;
    return { parent: p.clause, index: p.clause.children.length, ref: change.parent };
  }
  return { parent: undefined, index: ctx.base.clauses.length, ref: '' };
}

/** A renumbering entry (of the right shape): a new label for one clause, or "numbered on from here". */
export function planRenumbering(ctx: PlanContext, entry: Renumbering, k: number): void {
  if ('from' in entry && typeof entry.from === 'string') {
    const a = ctx.locator.clauseAddress(entry.from, k);
    if (a === undefined) return;
    const what = `the numbering from ${clauseName(entry.from)}`;
    ctx.edits.push({ kind: 'resequence', change: k, clause: a.clause, ref: entry.from, what });
    return;
  }
  const relabel = entry as Extract<Renumbering, { clause: string }>;
  const a = ctx.locator.clauseAddress(relabel.clause, k);
  if (a === undefined) return;
  const label = relabel.label.trim();
  if (a.clause.label === label) {
    const message = `${capitalise(clauseName(relabel.clause))} already has the label "${a.clause.label}".`;
    return ctx.reporter.noOp(k, message, relabel.clause);
  }
  ctx.edits.push({
    kind: 'relabel',
    change: k,
    clause: a.clause,
    label,
    ref: relabel.clause,
    what: `the number of ${clauseName(relabel.clause)}`,
  });
}
