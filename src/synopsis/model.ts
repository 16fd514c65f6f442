/**
 * The shapes of a Synopse: one base motion, all its amendments side by side
 * clause by clause, where they collide, the merged resolution, and the
 * administration's statement per clause. A model, not a rendering: the HTML
 * and Markdown writers of this room read only these shapes.
 *
 * @module
 */
import type {
  AmendmentLike,
  AmendmentWithRenumbering,
  Diagnostic,
  Redline,
  RedlineClause,
  Resolution,
} from '../model.js';
import type { AmendmentForm } from '../pipeline/run.js';
import type { Statement, StatementLink } from '../statement/model.js';

/** An amendment with what the Synopse shows about it: who moved it and what it is called. */
export interface SynopsisAmendmentSource {
  /** The amendment: its text in any form (redline, instructions, rewrite, JSON) or an `Amendment` object. */
  source: string | AmendmentLike;
  /** Its short name in the columns and in `Segment.source` ("Ä1", "AN/2108/2021"); see {@link synopsis}. */
  id?: string;
  /** Its title. */
  title?: string;
  /** Who moved it ("SPD-Fraktion"). */
  movers?: string;
  /**
   * The form of a text source; `auto` detects it as `redline()` does.
   * @default 'auto'
   */
  form?: 'auto' | AmendmentForm;
}

/** What `synopsis()` accepts as one amendment: a text, an `Amendment` (or change list), or either with metadata. */
export type SynopsisAmendmentInput = string | AmendmentLike | SynopsisAmendmentSource;

/** A clause an amendment adds, with where it stands. */
export interface SynopsisAddedClause {
  /** The inserted clause with its subtree, as the amendment's redline has it. */
  clause: RedlineClause;
  /** 0 for a top-level clause. */
  depth: number;
  /** The base clause it follows in document order; `undefined`: it comes before the first base clause. */
  after?: string;
}

/** One amendment of the Synopse. */
export interface SynopsisAmendment {
  /** Unique among the amendments; the column heading and the `Segment.source` of its changes. */
  id: string;
  /** Its title, when given or found in its document. */
  title?: string;
  /** Who moved it, when given or found in its document ("SPD-Fraktion"). */
  movers?: string;
  /** The form it was read in; `object` for an `Amendment` handed in as an object. */
  form: AmendmentForm | 'object';
  /**
   * Its changes, addressing the base. For the redline and rewrite forms they are
   * written from its redline (the instructions `toInstructions` would write), so
   * collisions and the merged view treat every form alike.
   */
  amendment: AmendmentWithRenumbering;
  /** Its column: the redline from the base, as `redline()` gives it for this amendment alone. */
  redline: Redline;
  /** Every clause it adds, in document order. */
  added: SynopsisAddedClause[];
  /** Warnings from reading and checking it (an amendment with errors is not accepted). */
  diagnostics: Diagnostic[];
}

/** What one amendment does to one base clause. */
export interface SynopsisVersion {
  /** `deleted` also when an enclosing clause is struck. */
  status: 'unchanged' | 'changed' | 'deleted';
  /** The clause in the amendment's redline (label, segments), without its children. */
  clause: RedlineClause;
  /** Clauses the amendment inserts right after this clause (before it, for `after: undefined`, in the first row). */
  inserted: SynopsisAddedClause[];
}

/** One base clause across all amendments. */
export interface SynopsisRow {
  /** The base clause's id. */
  clause: string;
  /** Its label as written. */
  label: string;
  /** 0 for a top-level clause. */
  depth: number;
  /** Its base text. */
  text: string;
  /** One per amendment, in the order of `Synopsis.amendments`. */
  versions: SynopsisVersion[];
  /** Statement sections shown in this row (indices into the statement's sections). */
  statement: number[];
  /** Sections that answer this clause too but are shown in the row of `clause` (their first clause). */
  statementElsewhere: Array<{ section: number; clause: string }>;
  /** Indices into `Synopsis.collisions` that concern this clause. */
  collisions: number[];
}

/** Two amendments that cannot both be adopted as they stand. */
export interface SynopsisCollision {
  /** The two amendment ids, in the order of `Synopsis.amendments`. */
  amendments: [string, string];
  /** The base clauses where they meet. */
  clauses: string[];
  /** `words`: both change the same words (or insert at the same place); `clause`: one strikes a clause the other changes or adds to. */
  kind: 'words' | 'clause';
  /**
   * A hint, not a rule: the amendment whose change contains the other's (the
   * "weitergehende Antrag", e.g. striking the clause vs. changing a word in it),
   * which rules of procedure usually put to the vote first. Absent when neither contains the other.
   */
  first?: string;
  /** The `conflict` diagnostic of `applyAmendments` naming both amendments and the clause (for insertions at the same place, a sentence saying so). */
  message: string;
  /**
   * Set when both amendments change the lead, each to another wording (a
   * collision in the lead alone has no `clauses`).
   */
  lead?: true;
}

/** The base with every amendment applied that collides with no other. */
export interface SynopsisMerged {
  /**
   * The merged redline; every change's `Segment.source` is its amendment's id
   * (a changed lead included: it is the lead change of the applied amendment
   * that makes one).
   */
  redline: Redline;
  /** Ids of the amendments merged, in order. */
  applied: string[];
  /** Ids of the amendments left out because they collide (shown as alternatives). */
  withheld: string[];
  /** Per base clause id: what each withheld amendment would do there, to show side by side at that place. */
  alternatives: Record<string, Array<{ amendment: string; version: SynopsisVersion }>>;
}

/** The statement as it enters the Synopse. */
export interface SynopsisStatement {
  /** The parsed statement. */
  statement: Statement;
  /** Its link to the base. */
  link: StatementLink;
  /** Sections shown in no clause row (answering no clause of the base, or another motion): the Synopse shows them after the rows. */
  unplaced: number[];
}

/** A Synopse of one base motion (see {@link synopsis}). */
export interface Synopsis {
  /** The base motion's title, when it has one. */
  title?: string;
  /** The base motion's file number, when it has one. */
  reference?: string;
  /** The base resolution. */
  base: Resolution;
  /** The amendments, in the order given. */
  amendments: SynopsisAmendment[];
  /** One row per base clause, in document order. */
  rows: SynopsisRow[];
  /** Every pair of colliding amendments. */
  collisions: SynopsisCollision[];
  /** The merged view. */
  merged: SynopsisMerged;
  /** The statement, when one was given. */
  statement?: SynopsisStatement;
}
