/**
 * Locating what a change names in the base: its clause reference (a clause,
 * a sentence or paragraph of one, lines of the base numbering, or the whole
 * resolution) and the passage it quotes, found at word boundaries. What
 * cannot be located is reported with what a clerk needs to fix it: the
 * top-level clauses when a clause does not exist; the closest passage and the
 * clauses where a missing passage does occur; the hits of an ambiguous one.
 *
 * @module
 */
import type { Clause, Resolution } from '../model.js';
import {
  baseNumbering,
  lineName,
  parseLineRef,
  resolveLines,
  type BaseNumbering,
  type LinesAddress,
} from '../references/lines.js';
import {
  indexClauses,
  resolveAddress,
  type Address,
  type AddressFailure,
  type ClauseIndex,
} from '../references/resolve.js';
import { closestPassage, foldNeedle, searcherFor } from '../text/search.js';
import type { Span } from '../text/span.js';
import { preorder } from '../tree.js';
import type { ResolvedApplyOptions } from './apply-options.js';
import { capitalise, clauseName, inContext, labelList, quote, times } from './messages.js';
import type { Reporter } from './report.js';

/** A resolved reference: a clause (or part of one), lines, or the whole resolution. */
export type Located = Address | LinesAddress;

/** A reference resolved to one whole clause. */
export type ClauseAddress = Extract<Address, { kind: 'clause' }>;

/** A passage found in the base. */
export interface Hit {
  /** The clause it is in. */
  clause: Clause;
  /** Where in the clause text. */
  range: Span;
}

/** A part of a clause text to search. */
interface Place {
  clause: Clause;
  scope: Span;
}

/** One passage a change looks for, with what messages say about it. */
interface Query {
  address: Located;
  /** The reference as the change wrote it. */
  ref: string;
  needle: string;
  /** The change's index. */
  k: number;
  /** How messages name the passage ("old", "\"after\""). */
  role: string;
}

/**
 * How many `text-not-found` diagnostics of one amendment get a `suggestion`
 * and the "(it occurs in clause …)" hint: each costs a scan, and hundreds of
 * missing passages (a wrong base) should not cost hundreds of scans.
 */
const MAX_HINTED = 50;

/** How many hits of an ambiguous passage a message lists. */
const MAX_LISTED = 6;

/** Resolves the references and passages of one amendment's changes in its base. */
export class Locator {
  private readonly index: ClauseIndex;
  private readonly addresses = new Map<string, Located | AddressFailure>();
  private clauses: Clause[] | undefined;
  private numbering: BaseNumbering | undefined;
  private hinted = 0;
  private readonly claimed: Array<{ k: number; hit: Hit }> = [];

  constructor(
    private readonly base: Resolution,
    private readonly options: ResolvedApplyOptions,
    private readonly reporter: Reporter,
  ) {
    this.index = indexClauses(base.clauses);
  }

  /** The address of `ref`, or undefined after reporting `clause-not-found`. */
  address(ref: string, k: number): Located | undefined {
    const a = this.resolved(ref);
    if (a.kind === 'missing') {
      const top =
        this.base.clauses.length > 0
          ? ` (its top-level clauses: ${labelList(this.base.clauses)})`
          : ' (it has no clauses)';
      const detail = a.reason.includes('does not exist') ? top : '';
      this.reporter.report('clause-not-found', k, `${capitalise(a.reason)}${detail}.`, ref);
      return undefined;
    }
    return a;
  }

  private resolved(ref: string): Located | AddressFailure {
    let a = this.addresses.get(ref);
    if (a === undefined) {
      const lines = parseLineRef(ref);
      if (lines !== undefined) {
        this.numbering ??= baseNumbering(this.base, this.options.lineLength);
        a = resolveLines(this.base, this.numbering, lines.from, lines.to);
      } else a = resolveAddress(this.base, ref, this.index);
      this.addresses.set(ref, a);
    }
    return a;
  }

  /**
   * Notes the passage that change `k` replaces or strikes, when it is found
   * once (nothing is reported here): an ambiguous old text of another change
   * cannot mean an occurrence inside it (see {@link locate}).
   */
  claim(ref: string, needle: string, occurrence: number | undefined, k: number): void {
    const address = this.resolved(ref);
    if (address.kind === 'missing' || foldNeedle(needle) === '') return;
    const hits = this.hits(this.places(address), { address, ref, needle, k, role: 'old' });
    const hit = occurrence === undefined ? (hits.length === 1 ? hits[0] : undefined) : hits[occurrence - 1];
    if (hit !== undefined) this.claimed.push({ k, hit });
  }

  /** Whether lines may be the extent of a change (struck, reworded, appended to), or false after reporting why not. */
  asExtent(address: Located, ref: string, k: number): boolean {
    if (address.kind !== 'lines' || address.cut === undefined) return true;
    this.reporter.report('clause-not-found', k, `${capitalise(address.cut)}.`, ref);
    return false;
  }

  /** A reference that must name a whole clause (no sentence, paragraph or lines), or undefined after reporting. */
  clauseAddress(ref: string, k: number): ClauseAddress | undefined {
    const a = this.address(ref, k);
    if (a === undefined) return undefined;
    if (a.kind !== 'clause' || a.narrowed) {
      const named =
        a.kind === 'whole' ? 'the whole resolution' : a.kind === 'lines' ? 'lines' : 'a sentence or paragraph';
      this.reporter.invalid(k, `"${ref}" must name a clause, not ${named}`, ref);
      return undefined;
    }
    return a;
  }

  /**
   * Finds `needle` in the addressed text: the hit (the `occurrence`-th when
   * given), or undefined after reporting it empty, missing or ambiguous.
   */
  locate(
    address: Located,
    ref: string,
    needle: string,
    occurrence: number | undefined,
    k: number,
    role: string,
  ): Hit | undefined {
    if (foldNeedle(needle) === '') {
      this.reporter.invalid(k, `the ${role} text is empty`, ref);
      return undefined;
    }
    const query: Query = { address, ref, needle, k, role };
    const places = this.places(address);
    const hits = this.hits(places, query);
    if (hits.length === 0) {
      this.reportMissing(places, query);
      return undefined;
    }
    if (occurrence !== undefined) {
      const hit = hits[occurrence - 1];
      if (hit === undefined) {
        this.reporter.report(
          'text-not-found',
          k,
          `The ${role} text ${quote(needle)} occurs ${times(hits.length)} in ${where(query)}, so there is no occurrence ${occurrence}.`,
          ref,
        );
      }
      return hit;
    }
    // Every change addresses the base and no two touch the same words: an old text found twice, once inside
    // the passage another change replaces ("Telefonkette" beside „die Telefonkette wird“), is the other one.
    const free = role === 'old' && hits.length > 1 ? hits.filter((h) => !this.isClaimed(h, k)) : hits;
    if (free.length === 1) return free[0];
    if (hits.length > 1) {
      this.reportAmbiguous(hits, query);
      return undefined;
    }
    return hits[0];
  }

  /** Whether `hit` lies inside the passage another change than `k` replaces or strikes. */
  private isClaimed(hit: Hit, k: number): boolean {
    return this.claimed.some(
      (c) =>
        c.k !== k &&
        c.hit.clause === hit.clause &&
        c.hit.range.start <= hit.range.start &&
        hit.range.end <= c.hit.range.end,
    );
  }

  private all(): Clause[] {
    this.clauses ??= preorder(this.base.clauses);
    return this.clauses;
  }

  private places(address: Located): readonly Place[] {
    if (address.kind === 'whole')
      return this.all().map((clause) => ({ clause, scope: { start: 0, end: clause.text.length } }));
    if (address.kind === 'lines') return address.pieces;
    return [{ clause: address.clause, scope: address.scope }];
  }

  private hits(places: readonly Place[], query: Query): Hit[] {
    // A passage "in Zeile 12" may run on to the next line: it must touch the named lines.
    const touching = query.address.kind === 'lines';
    const hits: Hit[] = [];
    for (const place of places) {
      // Sentence and paragraph bounds are token bounds, so hits of the whole text inside the scope are the scope's hits.
      for (const r of findPassage(place.clause.text, query.needle)) {
        const inside = touching
          ? r.start < place.scope.end && r.end > place.scope.start
          : r.start >= place.scope.start && r.end <= place.scope.end;
        if (inside) hits.push({ clause: place.clause, range: r });
      }
    }
    return hits;
  }

  private reportMissing(places: readonly Place[], query: Query): void {
    const { address, needle } = query;
    const hint = this.hinted < MAX_HINTED;
    this.hinted += 1;
    const suggestion = this.options.suggest && hint ? suggest(places, needle) : undefined;
    const elsewhere = address.kind !== 'clause' || !hint ? '' : this.elsewhere(needle, address.clause);
    const closest = suggestion !== undefined ? `; the closest passage there is ${quote(suggestion)}` : '';
    this.reporter.report(
      'text-not-found',
      query.k,
      `The ${query.role} text ${quote(needle)} was not found in ${where(query)}${elsewhere}${closest}.`,
      query.ref,
      suggestion,
    );
  }

  private reportAmbiguous(hits: readonly Hit[], query: Query): void {
    const named = query.address.kind !== 'clause';
    const list = hits
      .slice(0, MAX_LISTED)
      .map(
        (h, n) =>
          `${n + 1}: ${named ? `${clauseName('', h.clause)} ` : ''}${inContext(h.clause.text, h.range.start, h.range.end)}`,
      )
      .join('; ');
    const more = hits.length > MAX_LISTED ? '; …' : '';
    this.reporter.report(
      'text-ambiguous',
      query.k,
      `The ${query.role} text ${quote(query.needle)} occurs ${times(hits.length)} in ${where(query)} (${list}${more}); give "occurrence" to choose one.`,
      query.ref,
    );
  }

  /** " (it occurs in clause 4.)" when the text is in other clauses. */
  private elsewhere(needle: string, except: Clause): string {
    const found = this.all().filter((c) => c !== except && searcherFor(c.text).findAll(needle).length > 0);
    if (found.length === 0) return '';
    const names = found.slice(0, 3).map((c) => clauseName('', c).replace('clause ', ''));
    return ` (it occurs in clause${found.length > 1 ? 's' : ''} ${names.join(', ')}${found.length > 3 ? ', …' : ''})`;
  }
}

/** An elision in a quoted passage: „Der Magistrat wird gebeten […] Ansätzen).“ names the text from its head to its tail. */
const ELISION = /\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\)/u;

/**
 * The ranges of `needle` in `text`; a needle with one elision ("A […] B")
 * matches from each hit of A to the first hit of B after it.
 */
function findPassage(text: string, needle: string): Span[] {
  const parts = needle.split(ELISION).map((p) => p.trim());
  const searcher = searcherFor(text);
  if (parts.length !== 2 || parts[0]!.trim() === '' || parts[1]!.trim() === '') return searcher.findAll(needle);
  const tails = searcher.findAll(parts[1]!);
  const ranges: Span[] = [];
  // Heads and tails come in text order: one pass over both.
  let t = 0;
  for (const head of searcher.findAll(parts[0]!)) {
    while (t < tails.length && tails[t]!.start < head.end) t += 1;
    const tail = tails[t];
    if (tail !== undefined) ranges.push({ start: head.start, end: tail.end });
  }
  return ranges;
}

/** How messages name where a passage was looked for. */
function where(query: Query): string {
  const { address } = query;
  if (address.kind === 'whole') return 'the resolution';
  if (address.kind === 'lines') return lineName(address.from, address.to);
  return clauseName(query.ref);
}

/** The passage of the places closest to `needle`, for `suggestion`. */
function suggest(places: readonly Place[], needle: string): string | undefined {
  let best: { score: number; text: string } | undefined;
  for (const place of places) {
    const text = place.clause.text.slice(place.scope.start, place.scope.end);
    const hit = closestPassage(text, needle);
    if (hit !== undefined && (best === undefined || hit.score > best.score))
      best = { score: hit.score, text: text.slice(hit.start, hit.end) };
  }
  return best?.text;
}
