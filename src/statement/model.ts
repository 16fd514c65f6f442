/**
 * The shapes of an administration's statement (*Stellungnahme*) on a motion:
 * its sections, each answering one or more clauses ("Zu 1.", "Zu den Punkten 4
 * und 5"), and the link of those sections to the clauses of a base resolution.
 *
 * @module
 */

/** One section of a statement: the answer to one or more clauses. */
export interface StatementSection {
  /** The heading as written, without markup: `"Zu 1."`, `"Zu den Punkten 4 und 5"`. */
  heading: string;
  /**
   * The clause references it answers, one per clause, each readable by
   * `findClause` (`"1."`, `"Punkt 4"`, `"I. 2."`, `"Ziffer 3 Buchstabe a"`);
   * `[]` when the heading's reference could not be read (a diagnostic says so).
   */
  references: string[];
  /** The motions it answers, when the statement is divided by motion ("Zum Antrag der FDP-Fraktion"). */
  motions?: string[];
  /** The text: wrapped lines joined by one space, paragraphs by `"\n\n"` (as in `parseMotion`). */
  text: string;
  /** The 1-based source line of the heading. */
  line: number;
}

/** A note about a statement or its link to a resolution; never an error that stops the work. */
export interface StatementDiagnostic {
  /**
   * `unknown-reference`: a heading whose clause reference could not be read;
   * `no-sections`: no "Zu …" heading at all; `clause-not-found`: a reference
   * that matches no clause of the base.
   */
  code: 'unknown-reference' | 'no-sections' | 'clause-not-found';
  /** Always `warning`: the section is kept. */
  severity: 'warning';
  /** Index into `Statement.sections`, when the note concerns one section. */
  section?: number;
  /** One sentence naming the section and quoting its heading. */
  message: string;
}

/** An administration's statement (*Stellungnahme*) on one or more motions. */
export interface Statement {
  /** The motions it names as answered ("Stellungnahme zu den Anträgen der SPD-Fraktion sowie der FDP-Fraktion"), as written. */
  motions: string[];
  /** The text before the first section (subject, addressee, opening sentence). */
  intro: string;
  /** The sections, in document order. */
  sections: StatementSection[];
  /** Headings that could not be read, and a statement without sections. */
  diagnostics: StatementDiagnostic[];
}

/** Which clauses of a base a statement answers. */
export interface StatementLink {
  /** Per base clause id that has a statement: the indices of the sections answering it, in order. */
  clauses: Record<string, number[]>;
  /** Per section (same index as `Statement.sections`): the ids of the base clauses it answers. */
  sections: string[][];
  /** Sections for this motion that match no clause of the base (an unreadable or unknown reference). */
  unmatched: number[];
  /** Sections that answer another motion than the one asked for (option `motion`). */
  otherMotion: number[];
  /** One `clause-not-found` per reference that matches no clause. */
  diagnostics: StatementDiagnostic[];
}
