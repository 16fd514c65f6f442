/**
 * The two-level address of an amendment to a bill: "In § 3 Nr. 22 wird
 * § 12 Nr. 1 wie folgt geändert:", "In Artikel 1 Nummer 5 ist § 30b Absatz 2
 * wie folgt zu ändern:". The first place is in the bill (its item 22); the
 * second is inside the text that item quotes (the new § 12 it gives). The
 * sentence yields one reference whose `quotedIn` is the bill's place; the
 * instructions nested under it address places inside the quoted text, and
 * src/pipeline/quoted-place.ts resolves them against the base — refusing
 * unless the inner place is found exactly once in that quotation.
 *
 * A caption that repeats the address before the instruction ("Zu Artikel 1
 * Nummer 5 (§ 30b Absatz 2 BNatSchG) In Artikel 1 Nummer 5 ist …") names the
 * same two places again: the repeat is one address, not four clauses.
 *
 * @module
 */
import type { Change } from '../../model.js';
import type { Ref, RefPart } from '../../references/ref.js';
import type { Target } from './roles.js';
import { SentenceError, type SentenceResult } from './result.js';

/** The nouns of a unit that a bill quotes whole ("§ 12", "Artikel 3"): the inner address starts with one. */
const QUOTED_UNIT_NOUNS: ReadonlySet<string> = new Set(['§', 'Art.']);

function sameParts(a: readonly RefPart[], b: readonly RefPart[]): boolean {
  return a.length === b.length && a.every((p, i) => p.noun === b[i]!.noun && p.label === b[i]!.label);
}

function startsWith(parts: readonly RefPart[], prefix: readonly RefPart[]): boolean {
  return prefix.length <= parts.length && sameParts(parts.slice(0, prefix.length), prefix);
}

/** A reference that names a clause only (no sentence, line or two-level address of its own). */
function plainClause(ref: Ref): boolean {
  return (
    ref.parts.length > 0 &&
    ref.sentence === undefined &&
    ref.halfSentence === undefined &&
    ref.line === undefined &&
    ref.quotedIn === undefined
  );
}

/**
 * The target of a "wie folgt geändert:" sentence that names a place in a bill
 * and then a unit inside the text it quotes, as one two-level reference; any
 * other target as it is (the sentence then names two clauses and is refused).
 */
export function quotedPlace(target: Target): Target {
  if (target.kind !== 'refs') return target;
  const refs: Ref[] = [];
  for (const ref of target.refs) if (!refs.some((r) => sameParts(r.parts, ref.parts))) refs.push(ref);
  if (refs.length !== 2) return target;
  const [outer, inner] = refs as [Ref, Ref];
  if (!plainClause(outer) || !plainClause(inner) || !QUOTED_UNIT_NOUNS.has(inner.parts[0]!.noun)) return target;
  // "In § 3 wird § 3 Absatz 2 …" names one place twice, not a place inside a quotation.
  if (startsWith(inner.parts, outer.parts) || startsWith(outer.parts, inner.parts)) return target;
  const address: Ref = { parts: inner.parts, quotedIn: outer.parts };
  return { kind: 'refs', refs: [address] };
}

/** `ref`, inside the same quotation as its `host` ("In Nummer 1 …" under a two-level address). */
export function inQuotationOf(host: Ref, ref: Ref): Ref {
  return host.quotedIn === undefined ? ref : { ...ref, quotedIn: host.quotedIn };
}

/**
 * A place named under a two-level address that the usual rules do not make
 * relative to it: a decimal sub-item ("Nr. 1.15" under "§ 12 Nr. 1") lies
 * inside it; any other place is refused (it would address the bill, not the
 * quoted text). Undefined when `host` is no two-level address.
 */
export function insideQuotation(host: Ref | undefined, ref: Ref, start: number): Ref | undefined {
  if (host?.quotedIn === undefined || ref.quotedIn !== undefined || ref.parts.length === 0) return undefined;
  const last = host.parts[host.parts.length - 1]!;
  const first = ref.parts[0]!;
  if (first.noun === last.noun && first.label.startsWith(`${last.label}.`))
    return { ...ref, parts: [...host.parts, ...ref.parts], quotedIn: host.quotedIn };
  throw new SentenceError(
    `under a place inside a quoted text ("${host.parts.map((p) => `${p.noun} ${p.label}`).join(' ')}"), "${ref.parts.map((p) => `${p.noun} ${p.label}`).join(' ')}" names no place inside it`,
    start,
  );
}

/** Whether a result announces instructions at a two-level address (its nested list addresses the quoted text). */
export function quotesPlace(result: SentenceResult): boolean {
  return result.kind === 'payload' && result.target?.quotedIn !== undefined;
}

/** The clause fields of a change that may hold an address. */
export const ADDRESS_FIELDS = ['clause', 'after', 'before', 'parent'] as const;

/** "§ 3 Nr. 22 (§ 12 Nr. 1)" → the place in the bill and the place inside its quotation; undefined for a plain address. */
export function splitQuotedPlace(clause: string): { outer: string; inner: string } | undefined {
  if (!clause.endsWith(')')) return undefined;
  const open = clause.search(/ \((?:§|Art\.) /u);
  if (open <= 0) return undefined;
  return { outer: clause.slice(0, open), inner: clause.slice(open + 2, -1) };
}

/** Whether a change addresses a place inside a quoted text (a two-level address). */
export function hasQuotedPlace(change: Change): boolean {
  const record = change as Partial<Record<(typeof ADDRESS_FIELDS)[number], unknown>>;
  return ADDRESS_FIELDS.some((f) => typeof record[f] === 'string' && splitQuotedPlace(record[f]) !== undefined);
}
