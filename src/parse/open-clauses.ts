/**
 * The clauses open while a resolution body is read (innermost last), and
 * where a clause that starts with a label goes among them: nested by deeper
 * indentation, under an open clause ending in ":", as the next of a sequence
 * already open at its level, or as a new sequence below every open clause of
 * higher rank. See docs/parsing.md for the rules with examples.
 *
 * A redline reprints two versions at once. A clause that exists in one version
 * only (struck or inserted as a whole), or one renumbered, is placed as that
 * version's text would place it: among the open clauses of its version, with
 * their labels in that version ({@link ClauseVersion}). So a struck `1.`
 * followed by an inserted `-` leaves them siblings, as they are in their own
 * versions, rather than nesting the bullet under the higher-ranked label.
 *
 * @module
 */
import type { Clause } from '../model.js';
import type { LabelInfo } from './label-readings.js';
import { continuesSequence } from './label-sequence.js';
import type { LineLabel } from './line-label.js';

/**
 * The version a clause of a redline belongs to (see the module comment);
 * undefined for text of one version, and for redline clauses that are in both
 * versions under one label.
 */
export interface ClauseVersion {
  /** The clause exists only in the base (struck) or only in the amended version (inserted). */
  only?: 'base' | 'amended';
  /** The reading of the label in the base version, for a renumbered clause. */
  baseInfo?: LabelInfo;
}

/** A clause being read. */
export interface Entry {
  /** The clause (its text is joined from `paras` at the end). */
  clause: Clause;
  /** The indentation of its first line. */
  indent: number;
  /** The reading of its label; undefined for an unlabelled paragraph. */
  info: LabelInfo | undefined;
  /** Paragraphs of the clause's own text, each a list of raw lines. */
  paras: string[][];
  /** Last significant character of the text so far (`:` opens a sub-list). */
  last: string | undefined;
  /** The parent entry (undefined for top-level clauses). */
  parent: Entry | undefined;
  /** The version of a redline clause (undefined: as written, in every version). */
  version?: ClauseVersion;
}

/** The open clauses of one body, and every clause made so far. */
export class OpenClauses {
  /** The top-level clauses. */
  readonly roots: Clause[] = [];
  /** Every clause made, in document order. */
  readonly entries: Entry[] = [];
  /** The open clauses, outermost first (while placing a versioned clause: those of its version). */
  private stack: Entry[] = [];
  /** The version whose labels the placement reads (see {@link ClauseVersion}). */
  private view: 'base' | 'amended' | undefined;

  /**
   * @param statute - statute bodies rank an Absatz `(1)` above the items `1.`,
   *   `a)`, `aa)` it holds (in motions `1.` ranks above `(1)`)
   */
  constructor(private readonly statute = false) {}

  /** The rank of a reading in this body's hierarchy (see the constructor). */
  private rank(info: LabelInfo): number {
    return this.statute && info.kind === 'arabic' && info.open === '(' ? 1.5 : info.rank;
  }

  /** Whether `entry` is an Absatz of a statute body (`(1)`, `(2a)`). */
  isAbsatz(entry: Entry): boolean {
    const info = entry.info;
    return this.statute && info !== undefined && info.kind === 'arabic' && info.open === '(';
  }

  /** The innermost open clause, if any. */
  innermost(): Entry | undefined {
    return this.top();
  }

  /**
   * Closes the items open inside the innermost open Absatz (statute bodies)
   * and returns that Absatz; with none open, closes everything and returns
   * undefined. Where the text after an item list goes (the list's tail).
   */
  closeItems(): Entry | undefined {
    for (let s = this.stack.length - 1; s >= 0; s--) {
      if (this.isAbsatz(this.stack[s]!)) {
        this.stack.length = s + 1;
        return this.stack[s];
      }
    }
    this.stack.length = 0;
    return undefined;
  }

  /** Makes a clause under `parent` (the top level when undefined) and opens it. */
  open(label: string, indent: number, info: LabelInfo | undefined, parent: Entry | undefined): Entry {
    const entry: Entry = {
      clause: { id: '', label, text: '', children: [] },
      indent,
      info,
      paras: [],
      last: undefined,
      parent,
    };
    (parent ? parent.clause.children : this.roots).push(entry.clause);
    this.stack.push(entry);
    this.entries.push(entry);
    return entry;
  }

  /** Takes back a clause that turned out not to be one (the lead). */
  remove(entry: Entry): void {
    this.roots.splice(this.roots.indexOf(entry.clause), 1);
    this.stack.splice(this.stack.indexOf(entry), 1);
    this.entries.splice(this.entries.indexOf(entry), 1);
  }

  /**
   * The open clause an unlabelled paragraph at `indent` belongs to — the
   * innermost numbered one, or one it is indented under — closing the
   * clauses inside it; undefined (all closed) when there is none.
   */
  paragraphOwner(indent: number): Entry | undefined {
    for (let s = this.stack.length - 1; s >= 0; s--) {
      const e = this.stack[s]!;
      if (indent >= e.indent + 2 || (e.info && e.info.kind !== 'bullet')) {
        this.stack.length = s + 1;
        return e;
      }
    }
    this.stack.length = 0;
    return undefined;
  }

  /**
   * Places the clause of a line that starts with a label, and opens it. A
   * clause of a redline with a `version` is placed among the open clauses of
   * its version only; the others stay open for the clauses after it unless it
   * closes them (a clause closes everything below its parent).
   */
  place(ll: LineLabel, indent: number, version?: ClauseVersion): Entry {
    while (this.stack.length > 0 && this.top()!.indent > indent + 1) this.stack.pop();
    const view = version?.only ?? (version?.baseInfo === undefined ? undefined : 'amended');
    if (version === undefined || view === undefined) return this.placeInView(ll, indent);
    const all = this.stack;
    const other = view === 'base' ? 'amended' : 'base';
    this.stack = all.filter((e) => e.version?.only !== other);
    this.view = view;
    try {
      const entry = this.placeInView(ll, indent);
      entry.version = version;
      const parentAt = entry.parent === undefined ? -1 : all.indexOf(entry.parent);
      all.length = parentAt + 1;
      all.push(entry);
      return entry;
    } finally {
      this.stack = all;
      this.view = undefined;
    }
  }

  /** The label's reading of an open clause in the version being placed. */
  private infoOf(entry: Entry): LabelInfo | undefined {
    return this.view === 'base' ? (entry.version?.baseInfo ?? entry.info) : entry.info;
  }

  private placeInView(ll: LineLabel, indent: number): Entry {
    const readings = ll.readings;
    const first = readings.find((r) => r.value === 1 && r.sub === 0) ?? readings.find((r) => r.kind === 'bullet');
    return (
      this.nested(ll, indent, first) ??
      this.underColon(ll, indent, first) ??
      this.continued(ll, indent, first) ??
      this.newSequence(ll, indent, first)
    );
  }

  private top(): Entry | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Deeper indentation nests, unless it is the same sequence continuing (PDF noise). */
  private nested(ll: LineLabel, indent: number, first: LabelInfo | undefined): Entry | undefined {
    const t = this.top();
    if (!t || indent < t.indent + 2) return undefined;
    const ti = this.infoOf(t);
    const sameSeq =
      ti !== undefined &&
      ti.kind !== 'bullet' &&
      ll.readings.some((r) => r.style === ti.style && continuesSequence(ti, r));
    if (sameSeq) return undefined;
    return this.open(ll.label, indent, first ?? ll.readings[0]!, t);
  }

  /** The open clauses at the label's visual level: from the top down to the first clearly shallower one. */
  private levelStart(indent: number): number {
    let start = this.stack.length;
    while (start > 0 && this.stack[start - 1]!.indent >= indent - 1) start--;
    return start;
  }

  /**
   * A clause ending in ":" takes a list that starts at its first label. (Not
   * when that sequence is already open at this level: then it goes on there.
   * This also bounds the depth of one visual level by the number of label
   * styles, keeping every scan here short.)
   */
  private underColon(ll: LineLabel, indent: number, first: LabelInfo | undefined): Entry | undefined {
    const start = this.levelStart(indent);
    const t = this.top();
    if (!t || !first || this.stack.length <= start || t.last !== ':') return undefined;
    for (let i = this.stack.length - 1; i >= start; i--)
      if (this.infoOf(this.stack[i]!)?.style === first.style) return undefined;
    return this.open(ll.label, indent, first, t);
  }

  /**
   * A label of a sequence already open at this level continues it (a
   * sibling). A gap or restart in a sequence ("1.", "3.") still continues it
   * — but only in the label's preferred reading: "I." after "A." starts roman
   * numerals rather than being the letter I. An ambiguous label that can
   * start a list ("i)" = roman 1) starts one rather than filling a gap.
   */
  private continued(ll: LineLabel, indent: number, first: LabelInfo | undefined): Entry | undefined {
    const start = this.levelStart(indent);
    const readings = ll.readings;
    let match = -1;
    let matchReading: LabelInfo | undefined;
    for (let i = this.stack.length - 1; i >= start && match < 0; i--) {
      const info = this.infoOf(this.stack[i]!);
      if (!info) continue;
      const cont = readings.find((r) => r.style === info.style && continuesSequence(info, r));
      if (cont) {
        match = i;
        matchReading = cont;
      }
    }
    const preferred = readings[0]!;
    const gapAllowed = !first || first.style === preferred.style;
    for (let i = this.stack.length - 1; i >= start && match < 0 && gapAllowed; i--) {
      const info = this.infoOf(this.stack[i]!);
      if (info && preferred.style === info.style) {
        match = i;
        matchReading = preferred;
      }
    }
    if (match < 0) return undefined;
    const parent = this.stack[match]!.parent;
    this.stack.length = match;
    return this.open(ll.label, indent, matchReading, parent);
  }

  /** A new sequence: below every open clause of higher rank (or one ending in ":"). */
  private newSequence(ll: LineLabel, indent: number, first: LabelInfo | undefined): Entry {
    const start = this.levelStart(indent);
    const r = first ?? ll.readings[0]!;
    while (this.stack.length > start) {
      const s = this.top()!;
      if (s.last === ':') break;
      const info = this.infoOf(s);
      if (info && this.rank(info) < this.rank(r)) break;
      this.stack.pop();
    }
    return this.open(ll.label, indent, r, this.top());
  }
}
