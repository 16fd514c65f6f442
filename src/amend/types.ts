/**
 * Types of the amendment module beyond the contract: explicit renumbering.
 *
 * The contract's `Change` union has no renumbering operation, and it is fixed.
 * Renumbering is therefore carried next to the changes, in an optional
 * amendment-level field `renumber` (see docs/amendments.md, "Renumbering"):
 * `parseAmendment` fills it from "Die bisherigen Ziffern 2 und 3 werden
 * Ziffern 3 und 4" and "Ziffer 2 (alt) wird Ziffer 3"; `applyAmendment` reads
 * it when present. An `Amendment` without it is exactly the contract's.
 *
 * @module
 */
import type { Amendment, Change } from '../model.js';

/**
 * One renumbering instruction, addressing the **base** numbering:
 * - `{ clause, label }`: the base clause gets the label `label` ("Ziffer 2 (alt) wird Ziffer 3");
 *   a bare key ("3") is written in the style of its siblings ("3.");
 * - `{ from }`: this base clause and the clauses after it in the same list are
 *   numbered on in sequence from the label before them ("Die nachfolgenden
 *   Ziffern werden entsprechend neu nummeriert").
 */
export type Renumbering = { clause: string; label: string } | { from: string };

/** An {@link Amendment} that may carry explicit renumbering. */
export interface AmendmentWithRenumbering extends Amendment {
  /** Renumbering of base clauses, applied after the changes (see {@link Renumbering}). */
  renumber?: Renumbering[];
}

/** What the apply functions accept: an amendment or a bare list of changes. */
export type AmendmentLike = AmendmentWithRenumbering | Amendment | Change[];
