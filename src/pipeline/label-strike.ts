/**
 * "§ 17 wird wie folgt geändert: a) Absatz 2 wird aufgehoben. b) Die
 * Absatzbezeichnung „(1)“ wird gestrichen. c) Die Angabe „…“ wird
 * gestrichen.": when a unit keeps one Absatz, its label is struck and the
 * Absatz's text becomes the unit's own text. The reader reads b) as the
 * deletion of the passage „(1)“ in § 17; here, against the base, it is a label
 * strike when „(1)“ is not in the unit's own text but is the label of exactly
 * one of its Absätze. It is applied only when that is plain: the unit has no
 * text of its own, the Absatz has no items, and the amendment removes every
 * other Absatz of the unit; else it is refused, naming the sentence.
 *
 * The Absatz's text, with the changes of it and (after the strike) of the
 * unit's text applied in order, is then added as the unit's text, and the
 * Absatz is removed.
 *
 * @module
 */
import { AmendmentError, InstructionError } from '../errors.js';
import { applyAmendment } from '../amend/apply.js';
import type { AmendmentReading } from '../instructions/read.js';
import { applyError } from '../instructions/read/excerpt.js';
import type { Change, Clause, Resolution } from '../model.js';
import { acceptAll } from '../redline/model.js';
import { locateClause } from '../references/find-clause.js';
import type { Span } from '../text/span.js';

/** A bare Absatz label as a deletion's passage: „(1)“, „(2a)“. */
const ABSATZ_LABEL = /^\(\d{1,3}[a-z]?\)$/u;

/** The text changes that may be folded into the struck Absatz's text. */
const TEXT_OPS: ReadonlySet<Change['op']> = new Set(['replace', 'delete', 'insert']);

/** The reading with each label strike applied as the Absatz's text becoming its unit's (see the module comment). */
export function strikeLabels(base: Resolution, reading: AmendmentReading, source: string): AmendmentReading {
  const { changes } = reading.amendment;
  const at = (ref: string | undefined): Clause | undefined =>
    ref === undefined ? undefined : locateClause(base.clauses, ref)?.clause;
  // Only a deletion of a bare Absatz label is looked up in the base (one tree walk per candidate, not per change).
  const candidate = (c: Change): boolean => c.op === 'delete' && ABSATZ_LABEL.test(c.old.trim());
  const k = changes.findIndex((c) => candidate(c) && struckLabel(c, at(clauseRef(c))) !== undefined);
  if (k === -1) return reading;
  const strike = changes[k]! as Extract<Change, { op: 'delete' }>;
  const unit = at(strike.clause)!;
  const absatz = struckLabel(strike, unit)!;
  const refuse = (reason: string): InstructionError => applyError(source, reading.sources[k], reason);
  const removed = new Set(changes.flatMap((c) => (c.op === 'removeClause' ? [at(c.clause)] : [])));
  if (unit.text.trim() !== '' || absatz.children.length > 0)
    throw refuse(
      `the label „${strike.old}“ is struck, but "${strike.clause}" has text of its own or the Absatz has items`,
    );
  if (unit.children.some((c) => c !== absatz && !removed.has(c)))
    throw refuse(`the label „${strike.old}“ is struck, but "${strike.clause}" keeps other Absätze`);
  if (changes.some((c, j) => j !== k && candidate(c) && struckLabel(c, at(clauseRef(c))) !== undefined))
    throw refuse('only one struck label in an amendment is understood');
  // The Absatz's own changes, and the unit's after the strike (its text is then the Absatz's).
  const folded = changes.flatMap((c, j) => {
    if (j === k || !TEXT_OPS.has(c.op)) return [];
    const target = at(clauseRef(c));
    return target === absatz || (target === unit && j > k) ? [j] : [];
  });
  // "jeweils", "am Ende" and a numbered sentence are decided against the base later; a folded change would lose them.
  if (
    folded.some(
      (j) => reading.every.has(changes[j]!) || reading.atEnd.has(changes[j]!) || reading.numbered.has(changes[j]!),
    )
  )
    throw refuse(
      `the label „${strike.old}“ is struck, and a change of the same text says "jeweils", "am Ende" or a sentence number; write it as a change of the new text of "${strike.clause}" in a separate amendment`,
    );
  const text = amendedText(
    absatz,
    folded.map((j) => ({ ...changes[j]!, clause: absatz.id }) as Change),
    refuse,
  );
  const out: Change[] = [];
  const sources: Span[] = [];
  changes.forEach((c, j) => {
    if (folded.includes(j)) return;
    if (j !== k) {
      out.push(c);
      sources.push(reading.sources[j]!);
      return;
    }
    out.push({ op: 'insert', clause: strike.clause, new: text }, { op: 'removeClause', clause: absatz.id });
    sources.push(reading.sources[j]!, reading.sources[j]!);
  });
  return { ...reading, amendment: { ...reading.amendment, changes: out }, sources };
}

/** The clause reference of a change that addresses a clause's text. */
function clauseRef(change: Change): string | undefined {
  return change.op === 'addClause' ? undefined : change.clause;
}

/** The Absatz whose label a deletion strikes: its passage is not in the unit's text but is one Absatz's label. */
function struckLabel(change: Change, unit: Clause | undefined): Clause | undefined {
  if (change.op !== 'delete' || change.occurrence !== undefined || unit === undefined) return undefined;
  const label = change.old.trim();
  if (!ABSATZ_LABEL.test(label) || unit.text.includes(label)) return undefined;
  const matching = unit.children.filter((c) => c.label === label);
  return matching.length === 1 ? matching[0] : undefined;
}

/** The Absatz's text with `changes` applied, as `applyAmendment` applies them. */
function amendedText(absatz: Clause, changes: Change[], refuse: (reason: string) => InstructionError): string {
  if (changes.length === 0) return absatz.text;
  try {
    return acceptAll(applyAmendment({ lead: '', clauses: [absatz] }, { changes })).clauses[0]!.text;
  } catch (error) {
    if (error instanceof AmendmentError) throw refuse(`the changes of the Absatz do not apply: ${error.message}`);
    throw error;
  }
}
