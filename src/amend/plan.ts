/**
 * Planning an amendment: every change is checked for its shape, located in
 * the **base** resolution and turned into an edit (a base text range to
 * replace, a clause to strike, a clause to add, a label to change), or into a
 * diagnostic saying why it cannot be. Nothing is applied here; `check`,
 * `apply` and `apply-many` share this one analysis, so `checkAmendment(...)`
 * is empty exactly when `applyAmendment(...)` succeeds.
 *
 * The parts: shape checks (src/validate/amendment.ts), locating references
 * and passages (locate.ts), one planner per operation (plan-text.ts,
 * plan-clauses.ts), overlaps between the edits (overlaps.ts).
 *
 * @module
 */
import type { Change, Renumbering, Resolution } from '../model.js';
import { changeProblem, renumberingProblem, type AmendmentParts } from '../validate/amendment.js';
import type { ResolvedApplyOptions } from './apply-options.js';
import type { Plan } from './edits.js';
import { Locator } from './locate.js';
import { parentMap, reportOverlaps } from './overlaps.js';
import { planAddClause, planRemoveClause, planRenumbering } from './plan-clauses.js';
import { planHeading } from './plan-heading.js';
import { planTitle } from './plan-title.js';
import { planInsert, planReplaceOrDelete, planRewrite, type PlanContext } from './plan-text.js';
import { Reporter } from './report.js';
import { reportLabelClashes } from './label-check.js';

/** Plans one amendment against `base` (which must have passed `checkResolution`). */
export function planAmendment(base: Resolution, parts: AmendmentParts, options: ResolvedApplyOptions): Plan {
  const reporter = new Reporter();
  const ctx: PlanContext = { base, locator: new Locator(base, options, reporter), reporter, edits: [] };
  parts.changes.forEach((raw, k) => {
    if (changeProblem(raw) !== undefined) return;
    const change = raw as Change;
    if ((change.op === 'replace' || change.op === 'delete') && change.part === undefined)
      ctx.locator.claim(change.clause, change.old, change.occurrence, k);
  });
  parts.changes.forEach((raw, k) => {
    const problem = changeProblem(raw);
    if (problem !== undefined) reporter.invalid(k, problem.why, problem.clause);
    else planChange(ctx, raw as Change, k);
  });
  parts.renumber.forEach((raw, i) => {
    const k = parts.changes.length + i;
    const problem = renumberingProblem(raw);
    if (problem !== undefined) reporter.invalid(k, problem);
    else planRenumbering(ctx, raw as Renumbering, k);
  });
  const parents = parentMap(base.clauses);
  reportOverlaps(ctx.edits, parents, reporter);
  reportLabelClashes(ctx.edits, parents, base.clauses, reporter);
  return { edits: ctx.edits, diagnostics: reporter.diagnostics.sort((a, b) => a.change - b.change) };
}

/** Hands a change of the right shape to the planner of its operation. */
function planChange(ctx: PlanContext, change: Change, k: number): void {
  if (change.op !== 'removeClause' && change.op !== 'addClause' && change.part === 'heading')
    return planHeading(ctx, change, k);
  if (change.op !== 'removeClause' && change.op !== 'addClause' && change.part === 'title')
    return planTitle(ctx, change, k);
  switch (change.op) {
    case 'replace':
    case 'delete':
      return planReplaceOrDelete(ctx, change, k);
    case 'insert':
      return planInsert(ctx, change, k);
    case 'rewrite':
      return planRewrite(ctx, change, k);
    case 'removeClause':
      return planRemoveClause(ctx, change, k);
    case 'addClause':
      return planAddClause(ctx, change, k);
  }
}
