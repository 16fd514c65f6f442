/**
 * Labels of one sibling list after an amendment: new clauses get the label
 * they were given (a bare key such as "3a" written in the siblings' style,
 * "3a.") or the next label in the sequence; base clauses keep theirs unless
 *
 * - an explicit renumbering names their new label ("Ziffer 2 (alt) wird Ziffer 3"),
 * - a resequencing starts at or before them ("Die nachfolgenden Ziffern werden
 *   entsprechend neu nummeriert"): they continue the sequence of the clause before,
 * - their label would collide with a label already given in the list (a new
 *   clause "2." inserted before the base clause 2.): then they, and in turn the
 *   clauses whose labels they now collide with, move on in the sequence.
 *
 * Deleted clauses keep their base label and take no part in the sequence.
 * Clauses whose label changed carry the base label in `baseLabel`.
 *
 * @module
 */
import type { RedlineClause } from '../model.js';
import { firstLabelLike, labelKey, nextLabel, parseLabel } from '../parse/labels.js';

/** What the builder knows about one clause of the list. */
export interface LabelItem {
  /** The redline clause (its `label` is set here; `baseLabel` when it changed). */
  clause: RedlineClause;
  /** The base label, for base clauses. */
  base?: string;
  /** For new clauses: the label given by the change, if any. */
  given?: string;
  /** Explicit renumbering of a base clause. */
  relabel?: string;
  /** Numbering on in sequence starts here. */
  resequence?: boolean;
}

/**
 * Writes a bare key ("3a", "c", "II") in the style of `example` ("3." → "3a.");
 * without a labelled sibling to follow, as a complete label of its kind
 * ("a" → "a)", "1" → "1.", "II" → "II."): a bare key reads back as text.
 * Labels with punctuation stay as given; a bullet stays a bullet.
 */
export function styleLabel(label: string, example: string | undefined): string {
  if (isCompleteLabel(label)) return label;
  // A statute unit is labelled like its siblings: "4a" after "§ 4" is "§ 4a", after "Art. 3" "Art. 3a".
  const unit = example === undefined ? undefined : UNIT_PREFIX.exec(example);
  if (unit !== null && unit !== undefined && /^\d/u.test(label)) return `${unit[0]}${label}`;
  const info = example === undefined ? undefined : parseLabel(example);
  // A new bullet ("folgender Spiegelstrich") takes the bullet of its siblings, never a number's punctuation.
  if (parseLabel(label)?.kind === 'bullet') return info?.kind === 'bullet' ? example! : label;
  if (info === undefined || info.kind === 'bullet') return completeLabel(label);
  return `${info.open}${label}${info.close}`;
}

/** Whether a label is complete as written ("(1)", "2.", "§ 4a"), not a bare key ("1") that takes its siblings' style. */
export function isCompleteLabel(label: string): boolean {
  return /[.)(§]/u.test(label);
}

/** The prefix of a statute unit's label: "§ ", "Art. ", "Artikel ". */
const UNIT_PREFIX = /^(?:§|Art\.|Artikel)[ \t\u00a0]*/u;

/** A bare key as a complete label: letters "a)", numbers "1." / "3a.", upper-case Roman numerals "II.". */
function completeLabel(key: string): string {
  if (/^\p{Ll}{1,3}$/u.test(key)) return `${key})`;
  if (/^\d{1,4}\p{Ll}?$/u.test(key) || /^[IVXLC]{1,8}$/u.test(key)) return `${key}.`;
  return key;
}

/**
 * Assigns the labels of one sibling list in place. `fallback` is the first
 * label when the list has no labelled clause to follow ("1." at the top level,
 * "a)" below).
 */
export function assignLabels(items: readonly LabelItem[], fallback: string): void {
  const example =
    items.find((it) => it.base !== undefined && it.clause.status !== 'deleted')?.base ??
    items.find((it) => it.base !== undefined)?.base;
  const taken = new Set<string>();
  let previous: string | undefined;
  let resequencing = false;
  for (const item of items) {
    if (item.resequence === true) resequencing = true;
    if (item.clause.status === 'deleted') continue;
    let label: string;
    let pinned = false;
    if (item.relabel !== undefined) {
      label = styleLabel(item.relabel, item.base ?? example);
      pinned = true;
    } else if (item.base === undefined) {
      // A new first clause of an unlabelled or bulleted list is written like its siblings.
      const first =
        example !== undefined && labelKey(example) === ''
          ? firstLabelLike(example)
          : firstLabelLike(example ?? fallback) || fallback;
      label =
        item.given !== undefined
          ? styleLabel(item.given, example)
          : previous !== undefined
            ? nextLabel(previous)
            : first;
    } else if (resequencing && previous !== undefined && labelKey(item.base) !== '') {
      label = nextLabel(previous) || item.base;
    } else {
      label = item.base;
    }
    const key = labelKey(label);
    if (!pinned && key !== '' && taken.has(key) && previous !== undefined) {
      const next = nextLabel(previous);
      if (next !== '') label = next;
    }
    const finalKey = labelKey(label);
    if (finalKey !== '') taken.add(finalKey);
    previous = label;
    item.clause.label = label;
    if (item.base !== undefined && label !== item.base) item.clause.baseLabel = item.base;
  }
}
