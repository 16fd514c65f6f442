/**
 * What the instruction reader (reader.ts) hands back, and the small facts it
 * needs about its own results: the clause a change addresses, and the message
 * for a new wording that names no place.
 *
 * @module
 */
import type { Change, Renumbering } from '../../model.js';
import type { Span } from '../../text/span.js';
import { SentenceError, type SentenceResult } from '../sentence/result.js';

/** A new wording (or an addition) of the whole resolution, announced by the document. */
export interface WholeText {
  /** `rewrite`: "Der Beschlusstext wird wie folgt geändert/ersetzt:"; `append`: "… wie folgt ergänzt:". */
  kind: 'rewrite' | 'append';
  /** The new text as written (a resolution source). */
  source: string;
  /** The announcing sentence. */
  sentence: Span;
  /** The clauses the text replaces together as one block ("Die Punkte 1 – 3 werden ersetzt durch:"); absent: the whole resolution. */
  clauses?: string[];
}

/** What the reader found in a document. */
export interface ReaderResult {
  changes: Change[];
  renumber: Renumbering[];
  /** The sentence each change came from (parallel to `changes`). */
  sources: Span[];
  /** Sentences skipped as prose. */
  prose: Span[];
  /** An announced new wording of the whole resolution (then there are no changes). */
  whole?: WholeText;
  /** Where the first instruction (or announcement) starts: the document's header ends before it. */
  firstInstruction?: number;
  /** The documents the instructions name ("Die Geschäftsordnung …", "§ 7 der Bundessatzung"), with their sentences. */
  documents: DocumentName[];
  /** The changes of "jeweils" sentences: each applies to every occurrence of its passage in its place. */
  every: Set<Change>;
  /** Appended sentences named with their number ("folgender Satz 2 angefügt"): the number, for the check against the base. */
  numbered: Map<Change, number>;
  /** Changes of a passage "am Ende" of their clause ("der Punkt am Ende der Nummer 5"). */
  atEnd: Set<Change>;
  /** New wordings said as the result of the changes before ("… und erhält damit folgende Fassung:"): the changes they replace. */
  echoes: Map<Change, Change[]>;
}

/** A result with nothing found yet. */
export function emptyResult(): ReaderResult {
  return {
    changes: [],
    renumber: [],
    sources: [],
    prose: [],
    documents: [],
    every: new Set(),
    numbered: new Map(),
    atEnd: new Set(),
    echoes: new Map(),
  };
}

/** A document named by an instruction sentence. */
export interface DocumentName {
  /** The name as written, without its article: "Hauptsatzung der Stadt Talbrück", "GO". */
  name: string;
  /** The sentence that names it. */
  sentence: Span;
}

/** Why a new wording that names no place it knows ("Die Bezeichnung … wird wie folgt gefasst:") is refused. */
export const UNNAMED_WORDING =
  'it gives a new wording but names no clause this reader finds and not the whole resolution ("Der Beschlusstext erhält folgende Fassung:"); name the clause ("Ziffer 2 erhält folgende Fassung:")';

/** The clause the last change of a result addresses, if it has changes. */
export function lastClause(result: SentenceResult): string | undefined {
  if (result.kind !== 'changes') return undefined;
  const last = result.changes[result.changes.length - 1];
  return last === undefined ? undefined : clauseOf(last);
}

/** The clause a change addresses (for "die nachfolgenden Ziffern"). */
export function clauseOf(change: Change): string | undefined {
  if (change.op === 'addClause') return change.after ?? change.before ?? change.parent;
  return change.clause;
}

/** The SentenceError `run` throws, or undefined when it reads (any other error is thrown on). */
export function failureOf(run: () => unknown): SentenceError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SentenceError) return error;
    throw error;
  }
  return undefined;
}
