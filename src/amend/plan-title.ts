/**
 * The text changes of the document's title (`part: 'title'`, `clause: ''`:
 * "Der Titel wird wie folgt gefasst: „…“", "Im Titel wird das Wort „X“ durch
 * „Y“ ersetzt"): the same four operations as on a heading (plan-heading.ts),
 * located in `Resolution.title`. Title edits are heading edits of one holder
 * clause per base resolution, which stands in no clause tree: two changes of
 * the title (of one amendment or several) then overlap and conflict exactly
 * as two changes of one heading do.
 *
 * @module
 */
import type { Clause, Resolution } from '../model.js';
import type { HeadingEdit } from './edits.js';
import { planWordsEdits, type TextChange } from './plan-heading.js';
import type { PlanContext } from './plan-text.js';

/** The holder clause of each base resolution's title (never part of its tree). */
const HOLDERS = new WeakMap<Resolution, Clause>();

/** The clause the title edits of `base` are keyed by. */
export function titleHolder(base: Resolution): Clause {
  let holder = HOLDERS.get(base);
  if (holder === undefined) {
    holder = { id: '', label: '', text: '', children: [] };
    HOLDERS.set(base, holder);
    TITLE_HOLDERS.add(holder);
  }
  return holder;
}

const TITLE_HOLDERS = new WeakSet<Clause>();

/** Whether an edit acts on the document's title. */
export function isTitleEdit(edit: { kind: string; clause?: Clause }): edit is HeadingEdit {
  return edit.kind === 'heading' && edit.clause !== undefined && TITLE_HOLDERS.has(edit.clause);
}

/** Plans a change of the base's title; a base without one reports that it has none. */
export function planTitle(ctx: PlanContext, change: TextChange, k: number): void {
  const title = ctx.base.title;
  if (title === undefined || title === '')
    return ctx.reporter.report(
      'clause-not-found',
      k,
      'The base has no title (no title line before its lead or first clause), so the change of the title has no place.',
      change.clause,
    );
  planWordsEdits(ctx, change, k, { clause: titleHolder(ctx.base), words: title, where: 'the title', label: '' });
}
