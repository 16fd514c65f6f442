/**
 * A numbered place ("Ziffer 1", "Nr. 3") never means an unnumbered
 * paragraph when the base numbers an item so. The resolver falls back to a
 * clause's position among unnumbered paragraphs (their ids are "1", "2", …),
 * so in a base whose letterhead, title or heading paragraphs come before its
 * numbered list ("Stadt Talbrück", "**Titel**", "Unser Vorschlag:" + "1. …"),
 * "Ziffer 1" would find the letterhead, "Ziffer 3" the heading with the whole
 * list under it. Such an instruction is refused, naming the sentence: which
 * of the two is meant is not said.
 *
 * @module
 */
import type { Change, Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { sentenceError } from '../instructions/read/excerpt.js';
import { labelKey } from '../parse/labels.js';
import { REFERENCE_NOUNS } from '../references/nouns.js';
import { readRefText } from '../references/read.js';
import { indexClauses, resolveAddress } from '../references/resolve.js';
import { preorder } from '../tree.js';

/** The canonical nouns of numbered list items ("Ziffer", "Nr.", "Punkt", "Buchstabe", …). */
const CLAUSE_NOUNS: ReadonlySet<string> = new Set(
  [...REFERENCE_NOUNS.values()].filter((n) => n.kind === 'clause').map((n) => n.canonical),
);

/** The clause references a change names. */
function placesOf(change: Change): string[] {
  const out = [
    'clause' in change ? change.clause : undefined,
    'after' in change ? change.after : undefined,
    'before' in change ? change.before : undefined,
    'parent' in change ? change.parent : undefined,
  ];
  return out.filter((p): p is string => p !== undefined && p !== '');
}

/**
 * Refuses an instruction whose numbered place resolves to an unnumbered
 * paragraph while the base numbers an item with that number.
 *
 * @throws {InstructionError} naming the sentence
 */
export function checkNumberedPlaces(base: Resolution, reading: AmendmentReading, source: string): void {
  const all = preorder(base.clauses);
  if (!all.some((c) => c.label === '')) return;
  const numbered = new Set(all.map((c) => labelKey(c.label)).filter((k) => k !== ''));
  const index = indexClauses(base.clauses);
  reading.amendment.changes.forEach((change, k) => {
    for (const place of placesOf(change)) {
      const last = readRefText(place)?.[0]?.parts.at(-1);
      if (last === undefined || !CLAUSE_NOUNS.has(last.noun)) continue;
      const address = resolveAddress(base, place, index);
      if (address.kind !== 'clause' || address.clause.label !== '') continue;
      if (!numbered.has(last.label.toLowerCase())) continue;
      throw sentenceError(
        source,
        reading.sources[k] ?? { start: 0, end: 0 },
        `"${place}" finds an unnumbered paragraph by its position, while the base numbers an item ${last.label}; which one is meant is not said`,
      );
    }
  });
}
