/**
 * Edits: what a located change does to the base — a base text range to
 * replace, a clause to strike, a clause to add, a label to change. Planning
 * (plan.ts) makes them, building (build.ts) applies them.
 *
 * @module
 */
import type { Clause, Diagnostic } from '../model.js';
import type { Span } from '../text/span.js';
import { clauseName } from './messages.js';
import { isTitleEdit } from './plan-title.js';

/** What every edit carries. */
export interface EditCommon {
  /** Index of the change (renumbering entries count on after the changes). */
  change: number;
  /** The clause reference as the change wrote it. */
  ref: string;
  /** The passage or clause concerned, for messages. */
  what: string;
  /** Attribution (`Segment.source`), set when several amendments are combined. */
  source?: string;
  /** Position in application order (amendment, then change), set when several amendments are combined. */
  order?: number;
}

/** Replace base text `[start, end)` of a clause by `text` (a deletion when `text` is ''). */
export interface TextEdit extends EditCommon, Span {
  kind: 'text';
  /** The base clause. */
  clause: Clause;
  /** The new text ('' for a deletion; `start === end` for an insertion). */
  text: string;
  /** Base words an insertion is anchored to: they must stay unchanged. */
  anchor?: Span;
  /** Show as a word diff of the old and new wording (`rewrite`). */
  rewrite: boolean;
}

/** Replace `[start, end)` of a base clause's heading by `text` (a change with `part: 'heading'`). */
export interface HeadingEdit extends EditCommon, Span {
  kind: 'heading';
  /** The base clause whose heading changes. */
  clause: Clause;
  /** The new words ('' for a deletion; `start === end` for an insertion). */
  text: string;
  /** Base words of the heading an insertion is anchored to: they must stay unchanged. */
  anchor?: Span;
}

/** Strike a base clause with its subtree. */
export interface RemoveEdit extends EditCommon {
  kind: 'remove';
  clause: Clause;
}

/** Add a clause before the base sibling at `index` of `parent` (`index` = length: at the end). */
export interface AddEdit extends EditCommon {
  kind: 'add';
  /** Parent base clause; undefined for the top level. */
  parent: Clause | undefined;
  index: number;
  /** Label as given (a bare key is styled like the siblings); undefined: next in sequence. */
  label?: string;
  /** The new clause's text. */
  text: string;
}

/** Give a base clause a new label (explicit renumbering). */
export interface RelabelEdit extends EditCommon {
  kind: 'relabel';
  clause: Clause;
  /** The new label (a bare key is styled like the siblings). */
  label: string;
}

/** Number this base clause and its following siblings on in sequence. */
export interface ResequenceEdit extends EditCommon {
  kind: 'resequence';
  clause: Clause;
}

/** One located change. */
export type Edit = TextEdit | HeadingEdit | RemoveEdit | AddEdit | RelabelEdit | ResequenceEdit;

/** The result of planning one amendment. */
export interface Plan {
  /** Edits of the changes that could be located (all of them when there is no error). */
  edits: Edit[];
  /** Diagnostics in change order. */
  diagnostics: Diagnostic[];
}

/** Where an edit acts, for messages. */
export function describeEditPlace(edit: Edit): string {
  if (isTitleEdit(edit)) return 'the title';
  if (edit.kind === 'add') return edit.ref !== '' ? clauseName(edit.ref) : 'the resolution';
  return clauseName(edit.ref, edit.clause);
}
