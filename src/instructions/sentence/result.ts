/**
 * What reading one instruction sentence gives: the result kinds, what the
 * reader knows from the sentences before, and the error a sentence that
 * cannot be read raises (the document reader turns it into an
 * `InstructionError` quoting the sentence).
 *
 * @module
 */
import type { Change, Renumbering } from '../../model.js';
import type { Ref } from '../../references/ref.js';

/** A sentence that cannot be read; `at` is the offset of the offending place. */
export class SentenceError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** What the reader knows from the sentences before. */
export interface SentenceContext {
  /** The clause set by a heading ("Zu Ziffer 3:") or an enclosing "Ziffer 3 wird wie folgt geändert:". */
  context?: Ref;
  /** The clause of the previous instruction (for "Die nachfolgenden Ziffern werden … neu nummeriert"). */
  previousClause?: string;
  /** "jeweils": a replacement applies in each clause the sentence names (every.ts). */
  every?: true;
  /**
   * The one clause a prose sentence just before named ("der 2. Satz dieses
   * Antrages kann so nicht beschlossen werden"): the place of a new wording
   * that names none ("Deshalb wird folgende Formulierung vorgeschlagen: „…“").
   */
  reasoned?: Ref;
  /**
   * The sentence was cut at a colon after which unquoted text follows (or its
   * unit ends there): a payload can be asked for.
   */
  external: boolean;
}

/** What one sentence says. */
export type SentenceResult =
  | {
      kind: 'changes';
      changes: Change[];
      imperativeDelete: boolean;
      /** "jeweils": every occurrence (every.ts). */
      every?: true;
      /** "folgender Satz 2 angefügt": the number the appended sentence will have (numbered-sentence.ts). */
      sentenceNumber?: number;
      /** "der Punkt am Ende der Nummer 5": the passage ends the clause (at-end.ts). */
      atEnd?: true;
    }
  /** "Ersetze durch: „…“" without a passage of its own: completes the previous "Streiche: „…“". */
  | { kind: 'replacement'; text: string; at: number; fallback?: string }
  | { kind: 'renumber'; renumber: Renumbering[] }
  /**
   * A heading that names the clause of the following sentences ("Zu Ziffer 3:"); `keeps` when the
   * sentence says the place stays as it is ("§ 5 Abs. 4 bleibt unverändert"): an instruction without a change.
   */
  | { kind: 'context'; ref: Ref; keeps?: true }
  /**
   * "Der Beschlussvorschlag wird wie folgt geändert:"; `named` when the sentence
   * names the whole resolution ("Beschlusstext"), not just no place at all; `adds` when its verb
   * adds ("wird wie folgt ergänzt:"), so a text after it is an addition, not a new wording.
   */
  | { kind: 'intro'; named: boolean; adds: boolean }
  /**
   * "§ 12 Absatz 2 würde dann wie folgt lauten: …", "Für Satz 1 wird eingesetzt: „…“": the new wording
   * of `change.clause`; it takes the place of the changes before it to that clause (`required`: there
   * must be such changes; `echo`: it must agree with them, checked against the base — resulting-wording.ts).
   */
  | { kind: 'supersede'; change: Extract<Change, { op: 'rewrite' }>; required: boolean; echo?: true }
  /** One block of text in place of several whole clauses, the text's intro line with it (clauses-block.ts). */
  | { kind: 'clauses'; clauses: string[]; text: string }
  /** The text after the colon is the payload; `nestable` when it may be a list of instructions instead. */
  | { kind: 'payload'; nestable: boolean; target?: Ref; build: (payload: string) => SentenceResult };

/** A result that is just these changes. */
export function changesResult(changes: Change[], imperativeDelete = false): SentenceResult {
  return { kind: 'changes', changes, imperativeDelete };
}

/** A result that waits for the text after the colon and makes these changes of it. */
export function payloadResult(make: (text: string) => Change, imperativeDelete = false): SentenceResult {
  return {
    kind: 'payload',
    nestable: false,
    build: (text) => changesResult([make(text)], imperativeDelete),
  };
}
