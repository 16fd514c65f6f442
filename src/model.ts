/**
 * The public data model of motion-redline, exactly as the API contract
 * (`shared/design/api.md`) fixes it. Every other module reads or builds these
 * shapes; nothing here has behaviour.
 *
 * @module
 */

/** One numbered (or bulleted, or unlabelled) clause of a resolution. */
export interface Clause {
  /** Unique within the resolution, built from label keys and positions (see docs/parsing.md). */
  id: string;
  /** The label as written, trimmed: `"1."`, `"2)"`, `"b)"`, `"(3)"`, `"II."`, `"-"`, `"•"`, or `""` (unlabelled). */
  label: string;
  /**
   * The clause's own text: no label, no children. Wrapped lines are joined by one
   * space; further paragraphs of the same clause are joined by `"\n\n"`.
   */
  text: string;
  /**
   * The heading of a statute unit or section (`§ 7 Sitzungen` → `"Sitzungen"`,
   * `Abschnitt A: Grundlagen` → `"Grundlagen"`), never part of `text`. Absent
   * on clauses without a heading (every clause of a motion). Additive to the
   * contract (docs/api.md).
   */
  heading?: string;
  /** Sub-clauses, in document order. */
  children: Clause[];
}

/** The resolution (*Beschluss*) of a motion: an optional lead sentence and its clause tree. */
export interface Resolution {
  /**
   * The document's title as the base states it (`"Satzung über die Benutzung
   * der Stadtbücherei"`, the title line(s) of a statute or bill before its
   * Eingangsformel and first unit), present only when the base has one.
   * Additive to the contract (docs/api.md "The document's title").
   */
  title?: string;
  /** The sentence before the first clause (`"Der Rat möge beschließen:"`), `""` if none. */
  lead: string;
  /** Top-level clauses, in document order. */
  clauses: Clause[];
}

/** A whole motion document (*Antrag*): metadata around its resolution. */
export interface Motion {
  /** Subject (*Betreff*), e.g. `"Ein Chief Digital Officer (CDO) für die Stadtverwaltung"`. */
  title?: string;
  /** File number as written: `"AN/2108/2021"`, `"07035-17-E1"`. */
  reference?: string;
  /** Document kind as written: `"Antrag"`, `"Änderungsantrag"`, `"Zusatzantrag"`, `"Ratsantrag"`, … */
  kind?: string;
  /** The resolution section. */
  resolution: Resolution;
  /** The rationale (*Begründung*) text. */
  rationale?: string;
}

/**
 * One change of an amendment. All text positions (`old`, `after`, `before`) address
 * the **base** text of the clause and are matched at word boundaries, ignoring
 * differences of whitespace, Unicode normalisation and quote style.
 */
export type Change =
  | {
      /** Replace the words `old` by `new` ("… wird das Wort „X“ durch das Wort „Y“ ersetzt"). */
      op: 'replace';
      /** Clause reference: id or German reference ("Ziffer 2 Buchstabe b"). */
      clause: string;
      /** The base words to replace. */
      old: string;
      /** The replacement. */
      new: string;
      /** 1-based hit to use when `old` occurs more than once. */
      occurrence?: number;
      /**
       * What of the clause the change addresses: its text (absent, the default),
       * its `heading` (a statute unit's or section's heading, `Clause.heading`:
       * "In der Überschrift werden die Wörter „X“ gestrichen"), or with
       * `clause: ''` the document's `title` (`Resolution.title`: "Der Titel wird
       * wie folgt gefasst"). Additive to the contract (docs/api.md "Heading
       * changes", "The document's title").
       */
      part?: ChangePart;
    }
  | {
      /** Strike the words `old` ("… wird das Wort „X“ gestrichen"). */
      op: 'delete';
      /** Clause reference. */
      clause: string;
      /** The base words to strike. */
      old: string;
      /** 1-based hit to use when `old` occurs more than once. */
      occurrence?: number;
      /**
       * What of the clause the change addresses: its text (absent, the default),
       * its `heading` (a statute unit's or section's heading, `Clause.heading`:
       * "In der Überschrift werden die Wörter „X“ gestrichen"), or with
       * `clause: ''` the document's `title` (`Resolution.title`: "Der Titel wird
       * wie folgt gefasst"). Additive to the contract (docs/api.md "Heading
       * changes", "The document's title").
       */
      part?: ChangePart;
    }
  | {
      /** Insert `new` after `after`, before `before`, or (with neither) at the end of the clause text. */
      op: 'insert';
      /** Clause reference. */
      clause: string;
      /** The text to insert. */
      new: string;
      /** Anchor: insert directly after these base words. */
      after?: string;
      /** Anchor: insert directly before these base words. */
      before?: string;
      /** 1-based hit of the anchor when it occurs more than once. */
      occurrence?: number;
      /**
       * What of the clause the change addresses: its text (absent, the default),
       * its `heading` (a statute unit's or section's heading, `Clause.heading`:
       * "In der Überschrift werden die Wörter „X“ gestrichen"), or with
       * `clause: ''` the document's `title` (`Resolution.title`: "Der Titel wird
       * wie folgt gefasst"). Additive to the contract (docs/api.md "Heading
       * changes", "The document's title").
       */
      part?: ChangePart;
    }
  | {
      /** Give the clause a new wording ("erhält folgende Fassung"). */
      op: 'rewrite';
      /** Clause reference. */
      clause: string;
      /** The complete new clause text. */
      new: string;
      /**
       * What of the clause the change addresses: its text (absent, the default),
       * its `heading` (a statute unit's or section's heading, `Clause.heading`:
       * "In der Überschrift werden die Wörter „X“ gestrichen"), or with
       * `clause: ''` the document's `title` (`Resolution.title`: "Der Titel wird
       * wie folgt gefasst"). Additive to the contract (docs/api.md "Heading
       * changes", "The document's title").
       */
      part?: ChangePart;
    }
  | {
      /** Strike the whole clause with its children ("Ziffer 6 wird gestrichen"). */
      op: 'removeClause';
      /** Clause reference. */
      clause: string;
    }
  | {
      /** Add a new clause ("Nach Ziffer 3 wird folgende Ziffer 3a eingefügt"). */
      op: 'addClause';
      /** The new clause's text. */
      new: string;
      /** Insert after this clause (a sibling). */
      after?: string;
      /** Insert before this clause (a sibling). */
      before?: string;
      /** Append as a child of this clause (when neither `after` nor `before` is given). */
      parent?: string;
      /** Label of the new clause; without it the next label in the sequence is used. */
      label?: string;
    };

/**
 * The part a text change addresses (`Change.part`): `'heading'`, the
 * clause's heading, or `'title'` (with `clause: ''`, the document itself),
 * the document's title; without it a change addresses the clause's text.
 */
export type ChangePart = 'heading' | 'title';

/** An amendment (*Änderungsantrag*) as a list of structured changes. */
export interface Amendment {
  /** Identifier used for attribution (`Segment.source`) and in diagnostics. */
  id?: string;
  /** Human title of the amendment. */
  title?: string;
  /** The changes, all addressing the base text. */
  changes: Change[];
  // Beyond the contract (additive, docs/api.md "Header facts"): what an
  // amendment document says about itself, as `parseAmendment` reads it from
  // the header. Information only: applying an amendment never reads them.
  /** The amendment's own file number or code as written: `"AN/2108/2021"`, `"Ä3"`, `"07035-17-E1"`. */
  reference?: string;
  /** Document kind as written: `"Änderungsantrag"`, `"Ergänzungsantrag"`, `"Änderungs- bzw. Zusatzantrag"`. */
  kind?: string;
  /** The motion or paper it amends, as written after "zu": `"AN/1311/2021"`, `"A12"`, `"TOP Ö 8.2.3"`, `"Drucksache 062/2016"`. */
  amends?: string;
  /** Who moved it, as written: `"SPD-Fraktion"`, `"Kreis 04 (Lindenhof)"`, `"Erika Muster, Jan Beispiel"`. */
  movers?: string;
  /** The document's date as written: `"04.10.2021"`, `"9. November 2021"`. */
  date?: string;
}

/** Stable codes of {@link Diagnostic}. */
export type DiagnosticCode =
  | 'clause-not-found'
  | 'text-not-found'
  | 'text-ambiguous'
  | 'overlap'
  | 'conflict'
  | 'no-op'
  | 'invalid-change'
  | 'line-numbering';

/** Why (part of) an amendment does not apply cleanly. */
export interface Diagnostic {
  /** Stable machine-readable code. */
  code: DiagnosticCode;
  /**
   * `error` blocks application; `warning` does not; `info` is a note for the clerk (`line-numbering`: a line
   * reference counted by this library's own numbering), only from `checkRedline`.
   */
  severity: 'error' | 'warning' | 'info';
  /** Index into `amendment.changes`; `-1` for a warning about the amendment as a whole (an article set aside, a new wording that keeps no clause). */
  change: number;
  /** Amendment id (multi-amendment application). */
  amendment?: string;
  /** The clause concerned, as referenced by the change. */
  clause?: string;
  /** One sentence naming the clause and quoting the text. */
  message: string;
  /** A hint, e.g. the closest passage when the text was not found. */
  suggestion?: string;
}

/** A run of text in a redline: unchanged, struck or inserted. */
export interface Segment {
  /** `equal` text is in both versions, `delete` only in the base, `insert` only in the amended text. */
  type: 'equal' | 'delete' | 'insert';
  /** The text of this run. */
  text: string;
  /** The amendment this change comes from (multi-amendment application). */
  source?: string;
}

/** A clause in a redline. */
export interface RedlineClause {
  /** Clause id (of the amended clause; of the base clause for deleted clauses). */
  id: string;
  /** Label in the amended resolution (the base label for deleted clauses). */
  label: string;
  /** The base label, set when renumbering changed the label. */
  baseLabel?: string;
  /** The heading in the amended resolution (statute units and sections; see `Clause.heading`). */
  heading?: string;
  /** The base heading, set only when the amendment changed the heading (like `baseLabel`; `""` when the base had none). */
  baseHeading?: string;
  /** What happened to the clause. */
  status: 'unchanged' | 'changed' | 'inserted' | 'deleted';
  /** Concatenated: equal+delete is the base text, equal+insert the amended text. */
  segments: Segment[];
  /** Sub-clauses. */
  children: RedlineClause[];
}

/** A structured redline between a base and an amended resolution. */
export interface Redline {
  /**
   * The title of the amended document (what `acceptAll` returns), present when
   * it has one. Additive to the contract (docs/api.md "The document's title").
   */
  title?: string;
  /**
   * The title as redlined text, present exactly when the amendment changed the
   * title: `equal` + `delete` is the base title (what `rejectAll` returns;
   * none when empty), `equal` + `insert` the amended title (= `title`). The
   * same pattern as `lead`/`leadSegments`.
   */
  titleSegments?: Segment[];
  /** The lead sentence of the amended resolution (what `acceptAll` returns). */
  lead: string;
  /**
   * The lead as redlined text, present exactly when the amendment changed the
   * lead: `equal` + `delete` is the base lead (what `rejectAll` returns),
   * `equal` + `insert` the amended lead (= `lead`). Word-level, like a
   * clause's segments. Without it both versions have the lead `lead`.
   */
  leadSegments?: Segment[];
  /** Top-level clauses. */
  clauses: RedlineClause[];
}

// Beyond the contract: explicit renumbering. The contract's `Change` union has
// no renumbering operation and is fixed, so renumbering travels next to the
// changes in an optional amendment-level field `renumber` (docs/amendments.md,
// "Renumbering"). An `Amendment` without it is exactly the contract's.

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
