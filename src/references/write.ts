/**
 * Writing a clause reference from a clause tree, the writer's half of the
 * one grammar (read.ts reads what this writes): the noun of a clause by its
 * depth and label style ("Ziffer 2", "Buchstabe b", "Nummer 3",
 * "Spiegelstrich 2"), and for statutes its citation ("§ 7", "Art. 3"), an
 * Absatz `(2)` below one ("§ 7 Absatz 2"), sections ("Teil 2", "Abschnitt
 * 1"). A § or Art. is cited on its own: the sections above it are not named.
 *
 * @module
 */
import { labelKey } from '../parse/labels.js';
import { isCitationLabel, itemNoun, unitKey } from '../parse/unit-line.js';
import { formatRef, type RefPart } from './ref.js';

/** A section key and its noun: `Teil2` → Teil 2, `Abschnitt1` → Abschnitt 1. */
const SECTION_PREFIXES: readonly string[] = ['Abschnitt', 'Teil', 'Kapitel'];

/** The noun of a clause: by depth, label style and the parent's label (bullets, Absätze). */
export function nounOf(label: string, depth: number, parentLabel?: string): string {
  const key = labelKey(label);
  // A bullet under a bullet is an "Unterpunkt", so that the reader does not take it for a sibling.
  if (key === '')
    return label.trim() === ''
      ? 'Punkt'
      : parentLabel !== undefined && parentLabel.trim() !== '' && labelKey(parentLabel) === ''
        ? 'Unterpunkt'
        : 'Spiegelstrich';
  const statute = statutePart(label, parentLabel);
  if (statute !== undefined) return statute.noun;
  if (depth === 0) return 'Ziffer';
  if (/^[a-z]{1,2}$/iu.test(key) && !/^[IVXLC]+$/u.test(key)) return 'Buchstabe';
  if (/^\d/u.test(key)) return 'Nummer';
  return 'Ziffer';
}

/** The part of a statute label: "§ 7a" → § 7a, "Art. 3" → Art. 3, "Teil 2" → Teil 2, "(2)" below a § → Absatz 2. */
function statutePart(label: string, parentLabel: string | undefined): RefPart | undefined {
  const unit = unitKey(label);
  // An item line's label is cited by its own noun: "Punkt 7", "Block 3".
  const item = itemNoun(label);
  if (item !== undefined) return { noun: item, label: unit };
  if (unit.startsWith('§')) return { noun: '§', label: unit.slice(1) };
  if (unit.startsWith('Art')) return { noun: 'Art.', label: unit.slice(3) };
  for (const prefix of SECTION_PREFIXES)
    if (unit.startsWith(prefix) && unit.length > prefix.length)
      return { noun: prefix, label: unit.slice(prefix.length) };
  const key = labelKey(label);
  if (parentLabel !== undefined && isCitationLabel(parentLabel) && label.trim().startsWith('(') && /^\d/u.test(key))
    return { noun: 'Absatz', label: key };
  return undefined;
}

/** One clause on the way down to the clause a reference names. */
export interface PathStep {
  label: string;
  /** Its index among its siblings (names a clause without a label key). */
  index: number;
}

/**
 * The reference to the last clause of `path` (top-level first): "Ziffer 2
 * Buchstabe b", "§ 7 Absatz 2 Nummer 3". A citation restarts the reference,
 * so a § under an Abschnitt is "§ 7", not "Abschnitt 1 § 7".
 */
export function referenceTo(path: readonly PathStep[]): string {
  let parts: RefPart[] = [];
  let parentLabel: string | undefined;
  path.forEach((step, depth) => {
    const key = labelKey(step.label);
    const statute = statutePart(step.label, parentLabel);
    if (statute !== undefined && isCitationLabel(step.label)) parts = [statute];
    else if (statute !== undefined) parts.push(statute);
    else parts.push({ noun: nounOf(step.label, depth, parentLabel), label: key === '' ? String(step.index + 1) : key });
    parentLabel = step.label;
  });
  return formatRef({ parts });
}
