/**
 * The shapes of statute amendments the reader turns into what the change
 * model says: a document named as the subject of a sentence ("Die
 * Hauptsatzung der Stadt … vom … (Amtsblatt S. 41) wird wie folgt geändert:")
 * stands for the base as a whole, and a new wording of a whole unit with its
 * Absätze replaces the unit.
 *
 * @module
 */
import { unitText } from '../../amend/new-subtree.js';
import type { Change } from '../../model.js';
import { readDocumentSubject } from '../../references/documents.js';
import type { InstructionToken } from '../../references/tokens.js';

/** Whether a sentence names a document as its subject and announces changes of it ("… wird wie folgt geändert:"). */
export function announcesStatuteChanges(tokens: readonly InstructionToken[]): boolean {
  const subject = readDocumentSubject(tokens);
  return subject !== undefined && tokens.slice(subject.verb).some((t) => t.kind === 'word' && t.lower === 'geändert');
}

/**
 * The tokens with a document named as the subject ("Die Hauptsatzung der
 * Stadt Talbrück vom 14. März 2023 (Amtsblatt S. 41) wird …") standing as
 * "Beschlusstext": the instruction addresses the base as a whole; whether the
 * name is the base's is the caller's check (ReaderResult.documents).
 */
export function withoutDocumentSubject(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  const subject = readDocumentSubject(tokens);
  if (subject === undefined) return tokens;
  const whole: InstructionToken = {
    kind: 'word',
    text: 'Beschlusstext',
    lower: 'beschlusstext',
    start: tokens[0]!.start,
    end: tokens[subject.verb - 1]!.end,
  };
  return [whole, ...tokens.slice(subject.verb)];
}

/**
 * "§ 7 erhält folgende Fassung: „§ 7 Hausrecht (1) … (2) …“": a new wording of
 * a whole statute unit with its heading and Absätze replaces the unit — the old
 * one struck, the new one added after it — since a rewrite changes a clause's
 * text only, never its Absätze.
 */
export function asNewUnit(change: Change): Change[] {
  if (change.op !== 'rewrite' || !/^(?:§|Art\.)\s*\d{1,4}[a-z]?$/u.test(change.clause)) return [change];
  const unit = unitText(change.new, change.clause);
  if (unit === undefined) return [change];
  return [
    { op: 'removeClause', clause: change.clause },
    { op: 'addClause', after: change.clause, new: change.new, label: unit.label! },
  ];
}
