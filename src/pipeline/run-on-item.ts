/**
 * A decimal sub-item written in the run of its list's text: "1. Süßwasserfische:
 * 1.14. Äsche (…), 1.15. Huchen (…), 1.16. Wels (…);" holds the items 1.14 to
 * 1.16 inside the text of Nummer 1 (the parser keeps them there: they are no
 * lines of their own). "Nr. 1.15" inside a quoted text names the run from its
 * label to the next such label. A change there becomes a change of that run
 * in its clause — only when the label occurs exactly once in the clause, and
 * only for the changes whose place in the run is plain: the whole item
 * removed, or a passage replaced or struck that occurs once in it (or "am
 * Ende": at its end).
 *
 * @module
 */
import type { Change, Clause } from '../model.js';

/** A decimal item label in running text: "1.15." between spaces (or at the start or end). */
const ITEM_LABEL = /(?<=^|\s)\d{1,3}(?:\.\d{1,3}){1,3}\.(?=\s|$)/gu;

/** The text of item `label` ("1.15") in the run of `clause`'s text, or why it is not found once. */
export function runOnItem(clause: Clause, label: string): { text: string } | { reason: string } {
  const found = [...clause.text.matchAll(ITEM_LABEL)];
  const own = found.filter((m) => m[0] === `${label}.`);
  if (own.length !== 1)
    return {
      reason: `the item „${label}.“ is found ${own.length === 0 ? 'nowhere' : `${own.length} times`} in its text`,
    };
  const start = own[0]!.index;
  const next = found.find((m) => m.index > start);
  return { text: clause.text.slice(start, next === undefined ? clause.text.length : next.index).trimEnd() };
}

/**
 * `change`, addressed to an item written in the run of `clause`'s text, as a
 * change of that run (see the module comment); a reason when it cannot be one.
 */
export function changeInItem(
  change: Change,
  clause: Clause,
  item: string,
  atEnd: boolean,
): Change | { reason: string } {
  if (change.op === 'removeClause') return { op: 'delete', clause: clause.id, old: item };
  if ((change.op !== 'replace' && change.op !== 'delete') || change.occurrence !== undefined)
    return {
      reason: `only removing an item written in the run of the text, or replacing or striking a passage in it, is understood („${item}“)`,
    };
  const replacement = change.op === 'replace' ? change.new : '';
  const at = atEnd ? endOccurrence(item, change.old) : onlyOccurrence(item, change.old);
  if (at === undefined)
    return {
      reason: atEnd
        ? `the item „${item}“ does not end with „${change.old}“`
        : `„${change.old}“ is not found exactly once in the item „${item}“`,
    };
  const amended = `${item.slice(0, at)}${replacement}${item.slice(at + change.old.length)}`.replace(/ {2,}/gu, ' ');
  return { op: 'replace', clause: clause.id, old: item, new: amended.trimEnd() };
}

function endOccurrence(item: string, old: string): number | undefined {
  return old !== '' && item.endsWith(old) ? item.length - old.length : undefined;
}

function onlyOccurrence(item: string, old: string): number | undefined {
  const first = item.indexOf(old);
  return old === '' || first === -1 || item.indexOf(old, first + 1) !== -1 ? undefined : first;
}
