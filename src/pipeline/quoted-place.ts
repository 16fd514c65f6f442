/**
 * Two-level addresses against the base: "In § 3 Nr. 22 wird § 12 Nr. 1 wie
 * folgt geändert:" names item 22 of the bill and, inside the text that item
 * quotes („§ 12 … 1. … 2. …“), its Nummer 1. The reader writes such a place
 * as "§ 3 Nr. 22 (§ 12 Nr. 1)" (src/instructions/sentence/quoted-place.ts);
 * here it becomes the id of the one base clause it names — or the amendment
 * is refused, naming the sentence, unless every step is found exactly once:
 *
 * 1. the place in the bill, a clause whose text announces a text (ends with
 *    a colon);
 * 2. its quotation: the clauses after it (its children, then its following
 *    siblings) up to the first whose text closes the quotation („…“), the
 *    opening „ citing the unit the inner address starts with („§ 12“) — the
 *    parser lays a quoted unit out as clauses of the bill's list, and may
 *    keep the quotation's first paragraph in the text of the clause above;
 * 3. the rest of the inner address („Nr. 1“) inside that quotation only,
 *    matched label by label from its top level: exactly one clause.
 *
 * @module
 */
import type { AmendmentReading } from '../instructions/read.js';
import { applyError, excerpt } from '../instructions/read/excerpt.js';
import type { Change, Clause, Resolution } from '../model.js';
import { ADDRESS_FIELDS, hasQuotedPlace, splitQuotedPlace } from '../instructions/sentence/quoted-place.js';
import { labelKey } from '../parse/labels.js';
import { locateClause, parseReference } from '../references/find-clause.js';
import { readRefText } from '../references/read.js';
import { formatRef, type RefPart } from '../references/ref.js';
import { changeInItem, runOnItem } from './run-on-item.js';
import { mapChanges } from './map-changes.js';

/**
 * The reading with every two-level address replaced by the id of the base
 * clause it names (see the module comment).
 *
 * @throws {InstructionError} naming the sentence when a step is not found exactly once
 */
export function resolveQuotedPlaces(base: Resolution, reading: AmendmentReading, source: string): AmendmentReading {
  if (!reading.amendment.changes.some(hasQuotedPlace)) return reading;
  // "am Ende" of an item in the run of a text is decided here (changeInItem), not again against the clause.
  const inItems = new Set<Change>();
  const mapped = mapChanges(reading, (change, i) => {
    if (!hasQuotedPlace(change)) return change;
    const out: Record<string, unknown> = { ...change };
    for (const field of ADDRESS_FIELDS) {
      const value = out[field];
      if (typeof value !== 'string') continue;
      const split = splitQuotedPlace(value);
      if (split === undefined) continue;
      const found = findQuotedPlace(base, split.outer, split.inner);
      if ('reason' in found) throw applyError(source, reading.sources[i], found.reason);
      if (found.item !== undefined) {
        // "Nr. 1.15": an item in the run of its clause's text; "am Ende" is then the end of that item.
        if (field !== 'clause' || reading.every.has(change))
          throw applyError(
            source,
            reading.sources[i],
            `"${split.inner}" is an item in the run of a text; ${UNSUPPORTED}`,
          );
        const inItem = changeInItem(change, found.clause, found.item, reading.atEnd.has(change));
        if ('reason' in inItem) throw applyError(source, reading.sources[i], inItem.reason);
        inItems.add(inItem);
        return inItem;
      }
      out[field] = found.clause.id;
    }
    return out as unknown as Change;
  });
  if (inItems.size === 0) return mapped;
  return { ...mapped, atEnd: new Set([...mapped.atEnd].filter((c) => !inItems.has(c))) };
}

/** Why only some changes of an item in the run of a text are read. */
const UNSUPPORTED = 'only its removal and a replaced or struck passage are understood there';

/** A place inside a quoted text: a clause, or an item written in the run of its text ("1.15. …"). */
type QuotedPlace = { clause: Clause; item?: string } | { reason: string };

/** The base clause `inner` names inside the text quoted at `outer` (see the module comment), or why there is none. */
function findQuotedPlace(base: Resolution, outer: string, inner: string): QuotedPlace {
  const named = `"${inner}" inside the text quoted in "${outer}"`;
  const refs = readRefText(inner);
  const ref = refs?.length === 1 ? refs[0]! : undefined;
  if (ref === undefined || ref.sentence !== undefined || ref.halfSentence !== undefined || ref.line !== undefined)
    return { reason: `${named}: only a clause inside the quoted text is understood, not "${inner}"` };
  const [unit, ...rest] = ref.parts;
  if (unit === undefined || rest.length === 0)
    return { reason: `${named}: the instruction names the quoted unit as a whole; name the place inside it` };
  const at = locateClause(base.clauses, outer);
  if (at === undefined) return { reason: `${named}: the base has no clause "${outer}"` };
  const host = at.clause;
  if (!host.text.trimEnd().endsWith(':'))
    return {
      reason: `${named}: "${outer}" („${excerpt(host.text, 0, 80)}“) quotes no text (it does not end with a colon)`,
    };
  const quoted = quotation(base, at.path, at.siblings, at.index);
  if (quoted === undefined) return { reason: `${named}: no closed quotation („…“) follows "${outer}" in the base` };
  const openings = quoted.openings.filter((t) => citesUnit(t, unit)).length;
  if (openings !== 1)
    return {
      reason: `${named}: the quotation after "${outer}" ${openings === 0 ? 'does not start with' : 'starts more than once with'} „${formatRef({ parts: [unit] })}“`,
    };
  // "Nr. 1.15" under "Nr. 1": an item of Nummer 1, written in the run of its text.
  const last = rest[rest.length - 1]!;
  const runOn = rest.length > 1 && last.label.startsWith(`${rest[rest.length - 2]!.label}.`);
  const path = runOn ? rest.slice(0, -1) : rest;
  const hits = matches(quoted.clauses, formatRef({ parts: path }));
  if (hits.length !== 1)
    return {
      reason: `${named}: "${formatRef({ parts: path })}" is found ${hits.length === 0 ? 'nowhere' : `${hits.length} times`} in that quotation; it must be found exactly once`,
    };
  const clause = hits[0]!;
  if (!runOn) return { clause };
  if (clause.children.length > 0)
    return {
      reason: `${named}: "${formatRef({ parts: path })}" has items of its own; "${last.label}" is not read among them`,
    };
  const item = runOnItem(clause, last.label);
  return 'reason' in item ? { reason: `${named}: ${item.reason}` } : { clause, item: item.text };
}

/** The quotation after the clause at `path`: its clauses, and the texts in which it may open. */
function quotation(
  base: Resolution,
  path: readonly number[],
  siblings: readonly Clause[],
  index: number,
): { clauses: Clause[]; openings: string[] } | undefined {
  const host = siblings[index]!;
  const parent = parentOf(base, path);
  const clauses = [...host.children];
  let closed = clauses.some(closes);
  for (let i = index + 1; !closed && i < siblings.length; i += 1) {
    clauses.push(siblings[i]!);
    closed = closes(siblings[i]!);
  }
  if (!closed) return undefined;
  // Where the quotation may open: after the host's colon, in the clause above (its last paragraph), or the first clause.
  const openings = [host.text, ...(parent === undefined ? [] : [parent.text]), clauses[0]?.text ?? ''].flatMap((text) =>
    text.split('„').slice(1),
  );
  return { clauses, openings };
}

/** Whether a clause (or its last descendant) ends with a closing quotation mark. */
function closes(clause: Clause): boolean {
  const last = clause.children[clause.children.length - 1];
  return last === undefined ? /[“"]$/u.test(clause.text.trimEnd()) : closes(last);
}

function parentOf(base: Resolution, path: readonly number[]): Clause | undefined {
  let list: readonly Clause[] = base.clauses;
  let parent: Clause | undefined;
  for (const i of path.slice(0, -1)) {
    parent = list[i];
    list = parent?.children ?? [];
  }
  return parent;
}

/** Whether the quoted text (after its „) starts with the unit's citation ("§ 12", "Artikel 3"). */
function citesUnit(text: string, unit: RefPart): boolean {
  const cited = readRefText(text.trimStart().split(/\s/u).slice(0, 2).join(' '));
  const first = cited?.length === 1 ? cited[0]!.parts : [];
  return first.length === 1 && first[0]!.noun === unit.noun && first[0]!.label === unit.label;
}

/** The clauses `ref` names in `clauses`, matched label by label from their top level (every match counted). */
function matches(clauses: readonly Clause[], ref: string): Clause[] {
  const paths = parseReference(ref)?.paths ?? [];
  for (const keys of paths) {
    let level: Clause[] = [...clauses];
    for (const [k, key] of keys.entries()) {
      const from = k === 0 ? level : level.flatMap((c) => c.children);
      level = from.filter((c) => labelKey(c.label) === key);
    }
    if (level.length > 0) return level;
  }
  return [];
}
