/**
 * One change-by-change rewrite of an instruction reading. A reading keeps
 * what it knows about a change by the change's identity — "jeweils"
 * (`every`), "am Ende" (`atEnd`), an appended sentence's number (`numbered`),
 * the changes a resulting wording repeats (`echoes`) — and the sentence it
 * came from by its position (`sources`). A step that replaces a change by a
 * new object, or drops it, must carry all of these, or a later check against
 * the base silently skips the change; this is the one place that does.
 *
 * @module
 */
import type { Change } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import type { Span } from '../text/span.js';

/**
 * What a step makes of one change: the change itself (kept), another change
 * in its place (it keeps the records of the one it replaces), or none
 * (dropped, with its records).
 */
export type MappedChange = Change | null;

/**
 * The reading with each change replaced by what `fn` makes of it, every
 * record of the old change carried to its replacement.
 *
 * @param fn - called once per change, with its index in `reading.amendment.changes`
 */
export function mapChanges(
  reading: AmendmentReading,
  fn: (change: Change, index: number) => MappedChange,
): AmendmentReading {
  const renamed = new Map<Change, Change | null>();
  const changes: Change[] = [];
  const sources: Span[] = [];
  reading.amendment.changes.forEach((change, i) => {
    const made = fn(change, i);
    if (made !== change) renamed.set(change, made);
    if (made === null) return;
    changes.push(made);
    sources.push(reading.sources[i]!);
  });
  if (renamed.size === 0) return reading;
  const carry = (c: Change): Change | null => (renamed.has(c) ? renamed.get(c)! : c);
  const kept = (list: Iterable<Change>): Change[] => [...list].flatMap((c) => carry(c) ?? []);
  const numbered = new Map<Change, number>();
  for (const [c, n] of reading.numbered) {
    const to = carry(c);
    if (to !== null) numbered.set(to, n);
  }
  const echoes = new Map<Change, Change[]>();
  for (const [echo, of] of reading.echoes) {
    const to = carry(echo);
    if (to !== null) echoes.set(to, kept(of));
  }
  return {
    ...reading,
    amendment: { ...reading.amendment, changes },
    sources,
    every: new Set(kept(reading.every)),
    atEnd: new Set(kept(reading.atEnd)),
    numbered,
    echoes,
  };
}
