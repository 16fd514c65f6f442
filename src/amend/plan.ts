/**
 * Planning an amendment: every change is located in the **base** resolution
 * and turned into an edit (a base text range to replace, a clause to strike,
 * a clause to add, a label to change), or into a diagnostic saying why it
 * cannot be. Nothing is applied here; `check`, `apply` and `apply-many` share
 * this one analysis, so `checkAmendment(...)` is empty exactly when
 * `applyAmendment(...)` succeeds.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Change, Clause, Diagnostic, Resolution } from '../model.js';
import { closestPassage, createSearcher, foldNeedle, type Searcher, type TextRange } from '../text/search.js';
import { foldTypography } from '../text/normalize.js';
import {
  indexClauses,
  resolveAddress,
  type Address,
  type AddressFailure,
  type ClauseIndex,
} from '../references/resolve.js';
import { baseNumbering, lineName, parseLineRef, resolveLines, type LinesAddress } from '../references/lines.js';
import type { LineNumbering } from '../numbering/number-lines.js';
import { clauseName, inContext, labelList, quote } from './messages.js';
import type { ResolvedApplyOptions } from './apply-options.js';
import type { AmendmentLike, Renumbering } from '../model.js';
import { preorder } from '../tree.js';

/** What every edit carries. */
export interface EditCommon {
  /** Index of the change (renumbering entries count on after the changes). */
  change: number;
  /** The clause reference as the change wrote it. */
  ref: string;
  /** The passage or clause concerned, for messages. */
  what: string;
  /** Attribution (`Segment.source`), set when several amendments are combined. */
  source?: string;
  /** Position in application order (amendment, then change), set when several amendments are combined. */
  order?: number;
}

/** Replace base text `[start, end)` of a clause by `text` (a deletion when `text` is ''). */
export interface TextEdit extends EditCommon {
  kind: 'text';
  /** The base clause. */
  clause: Clause;
  /** Start of the replaced base range. */
  start: number;
  /** End of the replaced base range (`start` for an insertion). */
  end: number;
  /** The new text ('' for a deletion). */
  text: string;
  /** Base words an insertion is anchored to: they must stay unchanged. */
  anchor?: TextRange;
  /** Show as a word diff of the old and new wording (`rewrite`). */
  rewrite: boolean;
}

/** Strike a base clause with its subtree. */
export interface RemoveEdit extends EditCommon {
  kind: 'remove';
  clause: Clause;
}

/** Add a clause before the base sibling at `index` of `parent` (`index` = length: at the end). */
export interface AddEdit extends EditCommon {
  kind: 'add';
  /** Parent base clause; undefined for the top level. */
  parent: Clause | undefined;
  index: number;
  /** Label as given (a bare key is styled like the siblings); undefined: next in sequence. */
  label?: string;
  /** The new clause's text. */
  text: string;
}

/** Give a base clause a new label (explicit renumbering). */
export interface RelabelEdit extends EditCommon {
  kind: 'relabel';
  clause: Clause;
  /** The new label (a bare key is styled like the siblings). */
  label: string;
}

/** Number this base clause and its following siblings on in sequence. */
export interface ResequenceEdit extends EditCommon {
  kind: 'resequence';
  clause: Clause;
}

/** One located change. */
export type Edit = TextEdit | RemoveEdit | AddEdit | RelabelEdit | ResequenceEdit;

/** The result of planning one amendment. */
export interface Plan {
  /** Edits of the changes that could be located (all of them when there is no error). */
  edits: Edit[];
  /** Diagnostics in change order. */
  diagnostics: Diagnostic[];
}

/** The parts of an amendment input, validated as far as their container goes. */
export interface AmendmentParts {
  id?: string;
  changes: readonly unknown[];
  renumber: readonly unknown[];
}

/**
 * Splits `Amendment | Change[]` into its parts.
 * @throws {RedlineError} `invalid-input` when it is neither
 */
export function amendmentParts(input: AmendmentLike): AmendmentParts {
  if (Array.isArray(input)) return { changes: input, renumber: [] };
  if (input === null || typeof input !== 'object' || !Array.isArray((input as { changes?: unknown }).changes)) {
    throw new RedlineError(
      'invalid-input',
      'An amendment must be an object with a "changes" array, or an array of changes.',
    );
  }
  const record = input as { id?: unknown; changes: unknown[]; renumber?: unknown };
  if (record.renumber !== undefined && !Array.isArray(record.renumber)) {
    throw new RedlineError('invalid-input', 'The "renumber" field of an amendment must be an array.');
  }
  const parts: AmendmentParts = { changes: record.changes, renumber: (record.renumber as unknown[] | undefined) ?? [] };
  if (typeof record.id === 'string') parts.id = record.id;
  return parts;
}

/**
 * Checks that `base` is a resolution (deeply enough to walk it safely).
 * @throws {RedlineError} `invalid-input`
 */
export function requireResolution(base: unknown): asserts base is Resolution {
  const bad = (why: string): never => {
    throw new RedlineError('invalid-input', `The base must be a Resolution: ${why}.`);
  };
  if (base === null || typeof base !== 'object') bad(`got ${base === null ? 'null' : typeof base}`);
  const r = base as { lead?: unknown; clauses?: unknown };
  if (typeof r.lead !== 'string') bad('"lead" is not a string');
  if (!Array.isArray(r.clauses)) bad('"clauses" is not an array');
  const stack: unknown[][] = [r.clauses as unknown[]];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    for (const c of stack.pop()!) {
      if (c === null || typeof c !== 'object' || seen.has(c)) bad('a clause is not an object (or occurs twice)');
      seen.add(c);
      const clause = c as { id?: unknown; label?: unknown; text?: unknown; children?: unknown };
      if (
        typeof clause.id !== 'string' ||
        typeof clause.label !== 'string' ||
        typeof clause.text !== 'string' ||
        !Array.isArray(clause.children)
      ) {
        bad(
          `clause ${typeof clause.id === 'string' ? `"${clause.id}"` : ''} needs string id, label and text and a children array`,
        );
      }
      stack.push(clause.children as unknown[]);
    }
  }
}

type ChangeOf<K extends Change['op']> = Extract<Change, { op: K }>;

const OPS: ReadonlySet<string> = new Set(['replace', 'delete', 'insert', 'rewrite', 'removeClause', 'addClause']);

/** Plans one amendment against `base` (which must have passed {@link requireResolution}). */
export function planAmendment(base: Resolution, parts: AmendmentParts, options: ResolvedApplyOptions): Plan {
  const planner = new Planner(base, options);
  parts.changes.forEach((change, k) => planner.change(change, k));
  parts.renumber.forEach((entry, i) => planner.renumbering(entry, parts.changes.length + i));
  planner.overlaps();
  return { edits: planner.edits, diagnostics: planner.diagnostics.sort((a, b) => a.change - b.change) };
}

/**
 * How many `text-not-found` diagnostics of one amendment get a `suggestion`
 * and the "(it occurs in clause …)" hint: each costs a scan, and hundreds of
 * missing passages (a wrong base) should not cost hundreds of scans.
 */
const MAX_HINTED = 50;

class Planner {
  readonly edits: Edit[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly parents: Map<Clause, Clause | undefined>;
  private readonly index: ClauseIndex;
  private readonly searchers = new Map<Clause, Searcher>();
  private readonly addresses = new Map<string, Address | LinesAddress | AddressFailure>();
  private clauses: Clause[] | undefined;
  private numbering: LineNumbering | undefined;
  private hinted = 0;

  constructor(
    private readonly base: Resolution,
    private readonly options: ResolvedApplyOptions,
  ) {
    this.parents = parentMap(base.clauses);
    this.index = indexClauses(base.clauses);
  }

  private searcher(clause: Clause): Searcher {
    let s = this.searchers.get(clause);
    if (s === undefined) {
      s = createSearcher(clause.text);
      this.searchers.set(clause, s);
    }
    return s;
  }

  private all(): Clause[] {
    this.clauses ??= allClauses(this.base.clauses);
    return this.clauses;
  }

  private report(
    code: Diagnostic['code'],
    change: number,
    message: string,
    clause?: string,
    suggestion?: string,
    severity: Diagnostic['severity'] = 'error',
  ): void {
    const d: Diagnostic = { code, severity, change, message };
    if (clause !== undefined) d.clause = clause;
    if (suggestion !== undefined) d.suggestion = suggestion;
    this.diagnostics.push(d);
  }

  private invalid(k: number, why: string, clause?: string): void {
    this.report('invalid-change', k, `Change ${k + 1} is invalid: ${why}.`, clause);
  }

  change(raw: unknown, k: number): void {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return this.invalid(k, 'it is not an object');
    const c = raw as Record<string, unknown>;
    if (typeof c.op !== 'string' || !OPS.has(c.op))
      return this.invalid(k, `"op" must be one of ${[...OPS].join(', ')}, got ${JSON.stringify(c.op) ?? 'nothing'}`);
    const op = c.op as Change['op'];
    const strings: Record<Change['op'], { required: string[]; optional: string[] }> = {
      replace: { required: ['clause', 'old', 'new'], optional: [] },
      delete: { required: ['clause', 'old'], optional: [] },
      insert: { required: ['clause', 'new'], optional: ['after', 'before'] },
      rewrite: { required: ['clause', 'new'], optional: [] },
      removeClause: { required: ['clause'], optional: [] },
      addClause: { required: ['new'], optional: ['after', 'before', 'parent', 'label'] },
    };
    const clauseRef = typeof c.clause === 'string' ? c.clause : undefined;
    for (const field of strings[op].required) {
      if (typeof c[field] !== 'string') return this.invalid(k, `"${op}" needs a string "${field}"`, clauseRef);
    }
    for (const field of strings[op].optional) {
      if (c[field] !== undefined && typeof c[field] !== 'string')
        return this.invalid(k, `"${field}" must be a string`, clauseRef);
    }
    if (c.occurrence !== undefined && (op === 'replace' || op === 'delete' || op === 'insert')) {
      if (typeof c.occurrence !== 'number' || !Number.isInteger(c.occurrence) || c.occurrence < 1) {
        return this.invalid(
          k,
          `"occurrence" must be a whole number from 1, got ${JSON.stringify(c.occurrence)}`,
          clauseRef,
        );
      }
    }
    const change = raw as Change;
    switch (change.op) {
      case 'replace':
      case 'delete':
        return this.replaceOrDelete(change, k);
      case 'insert':
        return this.insert(change, k);
      case 'rewrite':
        return this.rewrite(change, k);
      case 'removeClause':
        return this.removeClause(change, k);
      case 'addClause':
        return this.addClause(change, k);
    }
  }

  // ---- locating text --------------------------------------------------------

  private address(ref: string, k: number): Address | LinesAddress | undefined {
    let a = this.addresses.get(ref);
    if (a === undefined) {
      const lines = parseLineRef(ref);
      if (lines !== undefined) {
        this.numbering ??= baseNumbering(this.base, this.options.lineLength);
        a = resolveLines(this.base, this.numbering, lines.from, lines.to);
      } else a = resolveAddress(this.base, ref, this.index);
      this.addresses.set(ref, a);
    }
    if (a.kind === 'missing') {
      this.notFound(ref, k, a);
      return undefined;
    }
    return a;
  }

  private notFound(ref: string, k: number, failure: AddressFailure): void {
    const reason = capitalise(failure.reason);
    const top =
      this.base.clauses.length > 0
        ? ` (its top-level clauses: ${labelList(this.base.clauses)})`
        : ' (it has no clauses)';
    this.report('clause-not-found', k, `${reason}${failure.reason.includes('does not exist') ? top : ''}.`, ref);
  }

  /**
   * Finds `needle` in the addressed text; reports not-found/ambiguous and
   * returns the chosen hit, or undefined.
   */
  private locate(
    address: Address | LinesAddress,
    ref: string,
    needle: string,
    occurrence: number | undefined,
    k: number,
    role: string,
  ): { clause: Clause; range: TextRange } | undefined {
    if (foldNeedle(needle) === '') {
      this.invalid(k, `the ${role} text is empty`, ref);
      return undefined;
    }
    const hits: Array<{ clause: Clause; range: TextRange }> = [];
    const places =
      address.kind === 'whole'
        ? this.all().map((clause) => ({ clause, scope: { start: 0, end: clause.text.length } }))
        : address.kind === 'lines'
          ? address.pieces
          : [{ clause: address.clause, scope: address.scope }];
    // A passage "in Zeile 12" may run on to the next line: it must touch the named lines.
    const touching = address.kind === 'lines';
    for (const place of places) {
      // Sentence and paragraph bounds are token bounds, so hits of the whole text inside the scope are the scope's hits.
      for (const r of this.searcher(place.clause).findAll(needle)) {
        const inside = touching
          ? r.start < place.scope.end && r.end > place.scope.start
          : r.start >= place.scope.start && r.end <= place.scope.end;
        if (inside) hits.push({ clause: place.clause, range: r });
      }
    }
    const where =
      address.kind === 'whole'
        ? 'the resolution'
        : address.kind === 'lines'
          ? lineName(address.from, address.to)
          : clauseName(ref);
    if (hits.length === 0) {
      const hint = this.hinted < MAX_HINTED;
      this.hinted += 1;
      const suggestion = this.options.suggest && hint ? this.suggest(places, needle) : undefined;
      const elsewhere = address.kind !== 'clause' || !hint ? '' : this.elsewhere(needle, address.clause);
      const closest = suggestion !== undefined ? `; the closest passage there is ${quote(suggestion)}` : '';
      this.report(
        'text-not-found',
        k,
        `The ${role} text ${quote(needle)} was not found in ${where}${elsewhere}${closest}.`,
        ref,
        suggestion,
      );
      return undefined;
    }
    if (occurrence !== undefined) {
      const hit = hits[occurrence - 1];
      if (hit === undefined) {
        this.report(
          'text-not-found',
          k,
          `The ${role} text ${quote(needle)} occurs ${times(hits.length)} in ${where}, so there is no occurrence ${occurrence}.`,
          ref,
        );
      }
      return hit;
    }
    if (hits.length > 1) {
      const list = hits
        .slice(0, 6)
        .map(
          (h, n) =>
            `${n + 1}: ${address.kind !== 'clause' ? `${clauseName('', h.clause)} ` : ''}${inContext(h.clause.text, h.range.start, h.range.end)}`,
        )
        .join('; ');
      this.report(
        'text-ambiguous',
        k,
        `The ${role} text ${quote(needle)} occurs ${times(hits.length)} in ${where} (${list}${hits.length > 6 ? '; …' : ''}); give "occurrence" to choose one.`,
        ref,
      );
      return undefined;
    }
    return hits[0];
  }

  private suggest(places: ReadonlyArray<{ clause: Clause; scope: TextRange }>, needle: string): string | undefined {
    let best: { score: number; text: string } | undefined;
    for (const place of places) {
      const text = place.clause.text.slice(place.scope.start, place.scope.end);
      const hit = closestPassage(text, needle);
      if (hit !== undefined && (best === undefined || hit.score > best.score))
        best = { score: hit.score, text: text.slice(hit.start, hit.end) };
    }
    return best?.text;
  }

  /** " (it occurs in clause 4.)" when the text is in other clauses. */
  private elsewhere(needle: string, except: Clause): string {
    const found = this.all().filter((c) => c !== except && this.searcher(c).findAll(needle).length > 0);
    if (found.length === 0) return '';
    const names = found.slice(0, 3).map((c) => clauseName('', c).replace('clause ', ''));
    return ` (it occurs in clause${found.length > 1 ? 's' : ''} ${names.join(', ')}${found.length > 3 ? ', …' : ''})`;
  }

  // ---- the operations -------------------------------------------------------

  private replaceOrDelete(change: ChangeOf<'replace'> | ChangeOf<'delete'>, k: number): void {
    const address = this.address(change.clause, k);
    if (address === undefined) return;
    const hit = this.locate(address, change.clause, change.old, change.occurrence, k, 'old');
    if (hit === undefined) return;
    const text = change.op === 'replace' ? change.new : '';
    if (change.op === 'replace' && foldNeedle(change.old) === foldNeedle(change.new)) {
      this.report(
        'no-op',
        k,
        `Replacing ${quote(change.old)} by ${quote(change.new)} in ${clauseName(change.clause, hit.clause)} changes nothing.`,
        change.clause,
        undefined,
        'warning',
      );
      return;
    }
    const old = hit.clause.text.slice(hit.range.start, hit.range.end);
    this.edits.push({
      kind: 'text',
      change: k,
      clause: hit.clause,
      start: hit.range.start,
      end: hit.range.end,
      text: text.trim(),
      rewrite: false,
      ref: change.clause,
      what: quote(old),
    });
  }

  private insert(change: ChangeOf<'insert'>, k: number): void {
    if (change.after !== undefined && change.before !== undefined)
      return this.invalid(k, '"insert" takes "after" or "before", not both', change.clause);
    const address = this.address(change.clause, k);
    if (address === undefined) return;
    const anchorText = change.after ?? change.before;
    let clause: Clause;
    let point: number;
    let anchor: TextRange | undefined;
    if (anchorText === undefined) {
      if (address.kind === 'whole')
        return this.invalid(k, 'an insertion without "after" or "before" needs a clause to append to');
      // After a line: at the end of the text of its last line.
      const place = address.kind === 'lines' ? address.pieces[address.pieces.length - 1]! : address;
      clause = place.clause;
      point = place.scope.end;
    } else {
      const hit = this.locate(
        address,
        change.clause,
        anchorText,
        change.occurrence,
        k,
        change.after !== undefined ? '"after"' : '"before"',
      );
      if (hit === undefined) return;
      clause = hit.clause;
      anchor = hit.range;
      point = change.after !== undefined ? hit.range.end : hit.range.start;
    }
    if (change.new.trim() === '') {
      this.report(
        'no-op',
        k,
        `Inserting empty text into ${clauseName(change.clause, clause)} changes nothing.`,
        change.clause,
        undefined,
        'warning',
      );
      return;
    }
    const edit: TextEdit = {
      kind: 'text',
      change: k,
      clause,
      start: point,
      end: point,
      text: insertionText(change.new),
      rewrite: false,
      ref: change.clause,
      what:
        anchor !== undefined
          ? `the insertion ${change.after !== undefined ? 'after' : 'before'} ${quote(clause.text.slice(anchor.start, anchor.end))}`
          : `the insertion at the end of ${clauseName(change.clause, clause)}`,
    };
    if (anchor !== undefined) edit.anchor = anchor;
    this.edits.push(edit);
  }

  private rewrite(change: ChangeOf<'rewrite'>, k: number): void {
    const address = this.address(change.clause, k);
    if (address === undefined) return;
    if (address.kind === 'whole')
      return this.invalid(
        k,
        'a rewrite needs one clause (for a new wording of the whole resolution diff the two resolutions)',
        change.clause,
      );
    if (address.kind === 'lines' && address.pieces.length !== 1)
      return this.invalid(
        k,
        `a new wording of ${lineName(address.from, address.to)} needs lines of one clause, but they cross ${address.pieces.length} clauses`,
        change.clause,
      );
    const place = address.kind === 'lines' ? address.pieces[0]! : address;
    const old = place.clause.text.slice(place.scope.start, place.scope.end);
    if (foldTypography(old).trim() === foldTypography(change.new).trim()) {
      this.report(
        'no-op',
        k,
        `The new wording of ${clauseName(change.clause)} is the same as its text ${quote(old)}.`,
        change.clause,
        undefined,
        'warning',
      );
      return;
    }
    this.edits.push({
      kind: 'text',
      change: k,
      clause: place.clause,
      start: place.scope.start,
      end: place.scope.end,
      text: rewriteText(change.new),
      rewrite: true,
      ref: change.clause,
      what: quote(old),
    });
  }

  private removeClause(change: ChangeOf<'removeClause'>, k: number): void {
    const address = this.address(change.clause, k);
    if (address === undefined) return;
    if (address.kind === 'whole')
      return this.invalid(k, '"removeClause" needs a clause, not the whole resolution', change.clause);
    if (address.kind === 'lines') return this.removeLines(address, change.clause, k);
    if (address.narrowed) {
      // "Satz 2 wird gestrichen": strike that passage of the text.
      const old = address.clause.text.slice(address.scope.start, address.scope.end);
      this.edits.push({
        kind: 'text',
        change: k,
        clause: address.clause,
        start: address.scope.start,
        end: address.scope.end,
        text: '',
        rewrite: false,
        ref: change.clause,
        what: quote(old),
      });
      return;
    }
    this.edits.push({
      kind: 'remove',
      change: k,
      clause: address.clause,
      ref: change.clause,
      what: 'the removal of the clause',
    });
  }

  /**
   * "Zeilen 12 bis 14 werden gestrichen": clauses the range covers entirely
   * (label, text and sub-clauses) are struck as clauses, the covered text of
   * the others is struck as text.
   */
  private removeLines(address: LinesAddress, ref: string, k: number): void {
    const struck = new Set<Clause>();
    for (const piece of address.pieces) {
      if (piece.parent !== undefined && struck.has(piece.parent)) {
        struck.add(piece.clause);
        continue;
      }
      if (piece.whole) {
        struck.add(piece.clause);
        this.edits.push({
          kind: 'remove',
          change: k,
          clause: piece.clause,
          ref,
          what: `the removal of ${lineName(address.from, address.to)}`,
        });
        continue;
      }
      if (piece.scope.end <= piece.scope.start) continue;
      const old = piece.clause.text.slice(piece.scope.start, piece.scope.end);
      if (old.trim() === '') continue;
      this.edits.push({
        kind: 'text',
        change: k,
        clause: piece.clause,
        start: piece.scope.start,
        end: piece.scope.end,
        text: '',
        rewrite: false,
        ref,
        what: quote(old),
      });
    }
  }

  private addClause(change: ChangeOf<'addClause'>, k: number): void {
    if (change.after !== undefined && change.before !== undefined)
      return this.invalid(k, '"addClause" takes "after" or "before", not both');
    if (change.new.trim() === '') return this.invalid(k, 'the new clause has no text');
    if (change.label !== undefined && change.label.trim() === '')
      return this.invalid(k, 'the label of the new clause is empty');
    const position = change.after ?? change.before;
    let parent: Clause | undefined;
    let index: number;
    let ref: string;
    if (position !== undefined) {
      const a = this.clauseAddress(position, k);
      if (a === undefined) return;
      parent = a.parent;
      index = change.after !== undefined ? a.index + 1 : a.index;
      ref = position;
      if (change.parent !== undefined) {
        const p = this.clauseAddress(change.parent, k);
        if (p === undefined) return;
        if (p.clause !== parent)
          return this.invalid(k, `"${position}" is not a child of "${change.parent}"`, change.parent);
      }
    } else if (change.parent !== undefined) {
      const p = this.clauseAddress(change.parent, k);
      if (p === undefined) return;
      parent = p.clause;
      index = p.clause.children.length;
      ref = change.parent;
    } else {
      parent = undefined;
      index = this.base.clauses.length;
      ref = '';
    }
    const edit: AddEdit = {
      kind: 'add',
      change: k,
      parent,
      index,
      text: change.new.trim(),
      ref,
      what: `the new clause ${quote(change.new)}`,
    };
    if (change.label !== undefined) edit.label = change.label.trim();
    this.edits.push(edit);
  }

  /** A reference that must name a whole clause (no sentence or paragraph). */
  private clauseAddress(ref: string, k: number): Extract<Address, { kind: 'clause' }> | undefined {
    const a = this.address(ref, k);
    if (a === undefined) return undefined;
    if (a.kind !== 'clause' || a.narrowed) {
      this.invalid(
        k,
        `"${ref}" must name a clause, not ${a.kind === 'whole' ? 'the whole resolution' : a.kind === 'lines' ? 'lines' : 'a sentence or paragraph'}`,
        ref,
      );
      return undefined;
    }
    return a;
  }

  renumbering(raw: unknown, k: number): void {
    if (raw === null || typeof raw !== 'object') return this.invalid(k, 'a renumbering entry must be an object');
    const r = raw as Record<string, unknown>;
    if (typeof r.from === 'string') {
      const a = this.clauseAddress(r.from, k);
      if (a === undefined) return;
      this.edits.push({
        kind: 'resequence',
        change: k,
        clause: a.clause,
        ref: r.from,
        what: `the numbering from ${clauseName(r.from)}`,
      });
      return;
    }
    if (typeof r.clause !== 'string' || typeof r.label !== 'string' || r.label.trim() === '') {
      return this.invalid(k, 'a renumbering entry needs "clause" and "label" strings (or "from")');
    }
    const entry = raw as Extract<Renumbering, { clause: string }>;
    const a = this.clauseAddress(entry.clause, k);
    if (a === undefined) return;
    if (a.clause.label === entry.label.trim()) {
      this.report(
        'no-op',
        k,
        `${capitalise(clauseName(entry.clause))} already has the label "${a.clause.label}".`,
        entry.clause,
        undefined,
        'warning',
      );
      return;
    }
    this.edits.push({
      kind: 'relabel',
      change: k,
      clause: a.clause,
      label: entry.label.trim(),
      ref: entry.clause,
      what: `the number of ${clauseName(entry.clause)}`,
    });
  }

  // ---- overlaps ---------------------------------------------------------------

  /** Reports `overlap` for every change that touches what an earlier change of the same amendment touches. */
  overlaps(): void {
    const reported = new Set<number>();
    for (const [a, b] of touchingPairs(this.edits, this.parents)) {
      const [first, second] = a.change <= b.change ? [a, b] : [b, a];
      if (first.change === second.change || reported.has(second.change)) continue;
      reported.add(second.change);
      this.report(
        'overlap',
        second.change,
        `Change ${second.change + 1} (${second.what}) touches the same part of ${describeEditPlace(second)} as change ${first.change + 1} (${first.what}).`,
        second.ref,
      );
    }
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Where an edit acts, for messages. */
export function describeEditPlace(edit: Edit): string {
  if (edit.kind === 'add') return edit.ref !== '' ? clauseName(edit.ref) : 'the resolution';
  return clauseName(edit.ref, edit.clause);
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Inserted text: trimmed, except that a leading blank line (a new paragraph) is kept. */
function insertionText(text: string): string {
  const trimmed = text.trim();
  const lead = text.slice(0, text.length - text.trimStart().length);
  return lead.includes('\n\n') || (lead.match(/\n/g)?.length ?? 0) >= 2 ? `\n\n${trimmed}` : trimmed;
}

/** A new wording: trimmed. */
function rewriteText(text: string): string {
  return text.trim();
}

/** All clauses of a tree in document order (iterative). */
export function allClauses(clauses: readonly Clause[]): Clause[] {
  return preorder(clauses);
}

/** Each clause's parent (undefined at the top level). */
export function parentMap(clauses: readonly Clause[]): Map<Clause, Clause | undefined> {
  const map = new Map<Clause, Clause | undefined>();
  const stack: Array<{ list: readonly Clause[]; parent: Clause | undefined }> = [{ list: clauses, parent: undefined }];
  while (stack.length > 0) {
    const { list, parent } = stack.pop()!;
    for (const c of list) {
      map.set(c, parent);
      if (c.children.length > 0) stack.push({ list: c.children, parent: c });
    }
  }
  return map;
}

/** Whether two text edits of the same clause touch the same base words. */
function textTouch(a: TextEdit, b: TextEdit): boolean {
  const aDel = a.end > a.start;
  const bDel = b.end > b.start;
  if (aDel && bDel && a.start < b.end && b.start < a.end) return true;
  if (!aDel && bDel && b.start < a.start && a.start < b.end) return true;
  if (aDel && !bDel && a.start < b.start && b.start < a.end) return true;
  if (a.anchor !== undefined && bDel && a.anchor.start < b.end && b.start < a.anchor.end) return true;
  if (b.anchor !== undefined && aDel && b.anchor.start < a.end && a.start < b.anchor.end) return true;
  return false;
}

/**
 * The pairs of touching edits. Text edits are compared only within their
 * clause, after sorting by position, so many changes stay cheap.
 */
export function touchingPairs(
  edits: readonly Edit[],
  parents: ReadonlyMap<Clause, Clause | undefined>,
): Array<[Edit, Edit]> {
  const pairs: Array<[Edit, Edit]> = [];
  const byClause = new Map<Clause, TextEdit[]>();
  const structural: Edit[] = [];
  for (const e of edits) {
    if (e.kind === 'text') {
      const list = byClause.get(e.clause) ?? [];
      list.push(e);
      byClause.set(e.clause, list);
    } else structural.push(e);
  }
  for (const list of byClause.values()) {
    const lo = (e: TextEdit): number => Math.min(e.start, e.anchor?.start ?? e.start);
    const hi = (e: TextEdit): number => Math.max(e.end, e.anchor?.end ?? e.end);
    const sorted = [...list].sort((x, y) => lo(x) - lo(y));
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length && lo(sorted[j]!) <= hi(sorted[i]!); j += 1) {
        if (textTouch(sorted[i]!, sorted[j]!)) pairs.push([sorted[i]!, sorted[j]!]);
      }
    }
  }
  // A struck clause touches everything inside it: look up each edit's ancestors.
  const removals = new Map<Clause, RemoveEdit[]>();
  const relabels = new Map<Clause, RelabelEdit[]>();
  for (const e of structural) {
    if (e.kind === 'remove') pushTo(removals, e.clause, e);
    if (e.kind === 'relabel') pushTo(relabels, e.clause, e);
  }
  if (removals.size > 0) {
    for (const e of edits) {
      let from: Clause | undefined;
      switch (e.kind) {
        case 'text':
        case 'relabel':
          from = e.clause;
          break;
        case 'remove':
          from = parents.get(e.clause);
          // The same clause struck twice.
          for (const r of removals.get(e.clause) ?? []) {
            if (r === e) break;
            pairs.push([r, e]);
          }
          break;
        case 'add':
          from = e.parent;
          break;
        case 'resequence':
          from = undefined;
          break;
      }
      for (let c = from; c !== undefined; c = parents.get(c)) for (const r of removals.get(c) ?? []) pairs.push([r, e]);
    }
  }
  for (const list of relabels.values()) for (let i = 1; i < list.length; i += 1) pairs.push([list[0]!, list[i]!]);
  return pairs;
}
