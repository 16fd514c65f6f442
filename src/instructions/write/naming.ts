/**
 * How the instruction writer names a place: the base clause a redline clause
 * stands for, its reference ("Ziffer 2 Buchstabe b") when one finds it back,
 * else its lines of the numbered base ("In den Zeilen 12 bis 14"), and how
 * often a passage occurs where the instruction points (to count "das zweite
 * Wort „die“").
 *
 * @module
 */
import { RedlineError } from '../../errors.js';
import type { Clause, Redline, RedlineClause, Resolution } from '../../model.js';
import { baseNumbering, resolveLines, type BaseNumbering } from '../../references/lines.js';
import { nounOf, referenceTo, type PathStep } from '../../references/write.js';
import { searcherFor } from '../../text/search.js';
import { inLines, lineRef } from '../wording.js';
import { walkKept, type KeptPair } from './kept.js';
import { refFinds } from './verify.js';

/** Options of the instruction writer. */
export interface WriteOptions {
  /** Address text changes by line instead of by clause. */
  lines: boolean;
  /** Line length of the numbering. */
  lineLength: number;
}

/** Where a redline clause is in the base. */
export interface BasePlace {
  clause: Clause;
  /** Its sibling indices from the top (computed when read: a copy per clause is depth² numbers on a deep tree). */
  readonly path: number[];
  depth: number;
}

/** A range of lines of the numbered base, first and last inclusive. */
export interface LineRange {
  from: number;
  to: number;
}

/** Where an instruction points: the phrase that says so ("In Ziffer 2", "In Zeile 12") and the `Change.clause` it reads as. */
export interface Where {
  phrase: string;
  ref: string;
  /** The lines, when it points by line. */
  lines?: LineRange;
}

/** A {@link BasePlace} below `above` (undefined at the top level) at sibling index `rank`. */
function basePlace(clause: Clause, above: BasePlace | undefined, rank: number): BasePlace {
  let path: number[] | undefined;
  const place: BasePlace & { up: BasePlace | undefined; rank: number } = {
    clause,
    up: above,
    rank,
    // Walks the links up (no recursion: a hostile tree may be thousands of levels deep).
    get path() {
      if (path !== undefined) return path;
      const ranks: number[] = [];
      for (let p: typeof place | undefined = place; p !== undefined; p = p.up as typeof place | undefined)
        ranks.push(p.rank);
      return (path = ranks.reverse());
    },
    depth: above === undefined ? 0 : above.depth + 1,
  };
  return place;
}

/** The noun of a clause (the one grammar's writer, src/references/write.ts). */
export { nounOf };

/** The places of a redline's clauses in its base, and the names the writer gives them. */
export class Naming {
  /** The line numbering of the base. */
  readonly numbering: BaseNumbering;
  private readonly places = new Map<RedlineClause, BasePlace>();
  private readonly redlineOf = new Map<Clause, RedlineClause>();
  private readonly refs = new Map<Clause, string | undefined>();

  constructor(
    readonly redline: Redline,
    readonly base: Resolution,
    readonly options: WriteOptions,
  ) {
    this.numbering = baseNumbering(base, options.lineLength);
    const byPair = new Map<KeptPair<Clause>, BasePlace>();
    walkKept(
      redline.clauses,
      base.clauses,
      (rc) => rc.status !== 'inserted',
      (pair) => {
        const clause = pair.counterpart;
        if (clause === undefined)
          throw new RedlineError('invalid-input', 'The redline does not match its own base text.');
        const above = pair.parent === undefined ? undefined : byPair.get(pair.parent)!;
        const place = basePlace(clause, above, pair.rank);
        byPair.set(pair, place);
        this.places.set(pair.rc, place);
        this.redlineOf.set(clause, pair.rc);
        return undefined;
      },
    );
  }

  /** The base place of a redline clause that is not inserted. */
  placeOf(rc: RedlineClause): BasePlace | undefined {
    return this.places.get(rc);
  }

  /** The redline clause that stands for a base clause. */
  redlineClauseOf(clause: Clause): RedlineClause | undefined {
    return this.redlineOf.get(clause);
  }

  /** "Ziffer 2 Buchstabe b" for a base clause, or undefined when no reference finds it back. */
  clauseRef(place: BasePlace): string | undefined {
    if (this.refs.has(place.clause)) return this.refs.get(place.clause);
    const steps: PathStep[] = [];
    let list = this.base.clauses;
    for (const index of place.path) {
      const c = list[index]!;
      steps.push({ label: c.label, index });
      list = c.children;
    }
    const ref = referenceTo(steps);
    const ok = refFinds(this.base, ref, place.clause);
    this.refs.set(place.clause, ok ? ref : undefined);
    return ok ? ref : undefined;
  }

  /** The lines of a clause: its own text, or with its sub-clauses. */
  clauseLines(place: BasePlace, withChildren: boolean): LineRange {
    const info = this.numbering.clause(place.clause.id)!;
    return { from: info.first, to: withChildren ? info.lastWithChildren : info.last };
  }

  /** Where an instruction about `[start, end)` of the clause text points: its clause reference, or its lines. */
  where(place: BasePlace, start: number, end: number): Where {
    if (!this.options.lines) {
      const ref = this.clauseRef(place);
      if (ref !== undefined) return { phrase: `In ${ref}`, ref };
    }
    const { first, last } = this.numbering.linesOf(place.clause.id, start, end);
    return { phrase: inLines(first, last), ref: lineRef(first, last), lines: { from: first, to: last } };
  }

  /**
   * The hits of the passage `[start, end)` where an instruction addressing it
   * would look: the whole clause, or (by line) the lines it touches. Returns
   * the count and the 1-based position of the hit starting at `start` (0 when none does).
   */
  hits(place: BasePlace, start: number, end: number, lines: LineRange | undefined): { count: number; at: number } {
    const needle = place.clause.text.slice(start, end);
    let found = searcherFor(place.clause.text).findAll(needle);
    if (lines !== undefined) {
      const resolved = resolveLines(this.base, this.numbering, lines.from, lines.to);
      const piece = resolved.kind === 'lines' ? resolved.pieces.find((p) => p.clause === place.clause) : undefined;
      if (piece === undefined) return { count: 0, at: 0 };
      found = found.filter((r) => r.start < piece.scope.end && r.end > piece.scope.start);
    }
    const index = found.findIndex((r) => r.start === start);
    return { count: found.length, at: index + 1 };
  }
}
