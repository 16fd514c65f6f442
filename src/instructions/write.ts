/**
 * Writing a redline as German amendment instructions (Änderungsbefehle), the
 * inverse of `parseAmendment`: one numbered instruction per change, addressed
 * by clause ("In Ziffer 2 …") or by line of the numbered base ("In Zeile 12 …").
 *
 * How a text change is worded: the struck words are quoted as they stand
 * ("wird das Wort „X“ durch das Wort „Y“ ersetzt"); when they are not unique
 * where the instruction points, neighbouring unchanged words are added until
 * they are ("werden die Wörter „legt X“ durch die Wörter „legt Y“ ersetzt"),
 * else the occurrence is counted ("das zweite Wort „die“"). An insertion is
 * anchored on the unique word(s) before it ("nach dem Wort …"), else after it
 * ("vor dem Wort …"); at the end of a clause it is appended. Changes too close
 * to be worded apart are merged into one replacement.
 *
 * Every result is checked before it is returned: the instructions are read
 * back with `parseAmendment` and applied to the base; a clause whose result
 * differs from the redline's amended text (which can happen where the
 * spacing rules of application and the redline's spaces disagree) is given
 * its new wording as a whole ("erhält folgende Fassung"). Typographic-only
 * differences (quote style, NFC/NFD, non-breaking spaces) are not amendments
 * and are not written.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Change, Clause, Redline, RedlineClause, Resolution } from '../model.js';
import { numberLines, type LineNumbering } from '../numbering/number-lines.js';
import { labelKey } from '../parse/labels.js';
import { acceptAll, amendedText, rejectAll } from '../redline/model.js';
import { foldTypography } from '../text/normalize.js';
import { createSearcher, type Searcher } from '../text/search.js';
import { resolveAddress } from '../references/resolve.js';
import { applyAmendment } from '../amend/apply.js';
import { resolveLines } from '../references/lines.js';
import type { AmendmentWithRenumbering, Renumbering } from '../model.js';
import { parseAmendment } from './read.js';
import { following, inLines, lineRef, linesSubject, passage, quoted, quoteFor, verbFor } from './wording.js';

/** Options of {@link writeInstructions}. */
export interface WriteOptions {
  /** Address text changes by line instead of by clause. */
  lines: boolean;
  /** Line length of the numbering. */
  lineLength: number;
}

/** One generated instruction with the changes it means. */
interface Instruction {
  text: string;
  changes: Change[];
  renumber: Renumbering[];
  /** The redline clause whose text it changes (fallback target). */
  owner?: RedlineClause;
  /** A top-level renumbering, for grouping ("Die bisherigen Ziffern 4 bis 6 werden Ziffern 3 bis 5."). */
  relabel?: { depth: number; noun: string; from: string; to: string };
}

/** Where a redline clause is in the base. */
interface BasePlace {
  clause: Clause;
  path: number[];
  depth: number;
}

/** Most unchanged words added on either side to make a passage unique. */
const MAX_CONTEXT = 4;

/**
 * The instructions that turn `rejectAll(redline)` into `acceptAll(redline)`.
 * @throws {RedlineError} `invalid-input` for a malformed redline
 */
export function writeInstructions(redline: Redline, options: WriteOptions): string {
  const base = rejectAll(redline);
  const expected = acceptAll(redline);
  const writer = new Writer(redline, base, options);
  const fallback = new Set<RedlineClause>();
  let list = writer.instructions(fallback);
  for (let round = 0; round < 3; round += 1) {
    const bad = writer.verify(list, expected);
    const fresh = [...bad].filter((c) => !fallback.has(c));
    if (fresh.length === 0) break;
    for (const c of fresh) fallback.add(c);
    list = writer.instructions(fallback);
  }
  return format(list);
}

function format(list: readonly Instruction[]): string {
  return list.map((ins, i) => `${i + 1}. ${ins.text}`).join('\n');
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00A0';
}

/** Whether `text` can be quoted so that it reads back as one quotation. */
function quotable(text: string): boolean {
  return quoteFor(text) !== undefined;
}

interface Hunk {
  /** Base range replaced. */
  start: number;
  end: number;
  /** New text. */
  text: string;
}

class Writer {
  private readonly places = new Map<RedlineClause, BasePlace>();
  private readonly redlineOf = new Map<Clause, RedlineClause>();
  private readonly numbering: LineNumbering;
  private readonly searchers = new Map<Clause, Searcher>();
  private readonly refs = new Map<Clause, string | undefined>();

  constructor(
    private readonly redline: Redline,
    private readonly base: Resolution,
    private readonly options: WriteOptions,
  ) {
    this.numbering = numberLines(base, { lineLength: options.lineLength });
    // Pair redline clauses with base clauses: rejectAll keeps the non-inserted ones in order.
    const stack: Array<{ from: readonly RedlineClause[]; to: readonly Clause[]; path: number[]; depth: number }> = [
      { from: redline.clauses, to: base.clauses, path: [], depth: 0 },
    ];
    while (stack.length > 0) {
      const { from, to, path, depth } = stack.pop()!;
      let k = 0;
      for (const rc of from) {
        if (rc.status === 'inserted') continue;
        const clause = to[k];
        if (clause === undefined)
          throw new RedlineError('invalid-input', 'The redline does not match its own base text.');
        const place = { clause, path: [...path, k], depth };
        this.places.set(rc, place);
        this.redlineOf.set(clause, rc);
        k += 1;
        if (rc.children.length > 0)
          stack.push({ from: rc.children, to: clause.children, path: place.path, depth: depth + 1 });
      }
    }
  }

  // ---- references ---------------------------------------------------------------

  /** The noun of a clause: by depth, label style and (for bullets) the parent's label. */
  private nounOf(label: string, depth: number, parentLabel?: string): string {
    const key = labelKey(label);
    // A bullet under a bullet is an "Unterpunkt", so that the reader does not take it for a sibling.
    if (key === '')
      return label.trim() === ''
        ? 'Punkt'
        : parentLabel !== undefined && parentLabel.trim() !== '' && labelKey(parentLabel) === ''
          ? 'Unterpunkt'
          : 'Spiegelstrich';
    if (depth === 0) return 'Ziffer';
    if (/^[a-z]{1,2}$/iu.test(key) && !/^[IVXLC]+$/u.test(key)) return 'Buchstabe';
    if (/^\d/u.test(key)) return 'Nummer';
    return 'Ziffer';
  }

  /** "Ziffer 2 Buchstabe b" for a base clause, or undefined when no reference finds it. */
  private clauseRef(place: BasePlace): string | undefined {
    if (this.refs.has(place.clause)) return this.refs.get(place.clause);
    const words: string[] = [];
    let list = this.base.clauses;
    let parentLabel: string | undefined;
    place.path.forEach((index, depth) => {
      const c = list[index]!;
      const key = labelKey(c.label);
      words.push(`${this.nounOf(c.label, depth, parentLabel)} ${key === '' ? String(index + 1) : key}`);
      parentLabel = c.label;
      list = c.children;
    });
    const ref = words.join(' ');
    const found = resolveAddress(this.base, ref);
    const ok = found.kind === 'clause' && found.clause === place.clause && !found.narrowed;
    this.refs.set(place.clause, ok ? ref : undefined);
    return ok ? ref : undefined;
  }

  /** The lines of a clause: its own text, or with its sub-clauses. */
  private clauseLines(place: BasePlace, withChildren: boolean): { from: number; to: number } {
    const info = this.numbering.clause(place.clause.id)!;
    return { from: info.first, to: withChildren ? info.lastWithChildren : info.last };
  }

  private searcher(clause: Clause): Searcher {
    let s = this.searchers.get(clause);
    if (s === undefined) {
      s = createSearcher(clause.text);
      this.searchers.set(clause, s);
    }
    return s;
  }

  // ---- the instruction list -----------------------------------------------------

  /** All instructions, in document order, renumbering last; `fallback` clauses get a new wording. */
  instructions(fallback: ReadonlySet<RedlineClause>): Instruction[] {
    const out: Instruction[] = [];
    const renumbers: Instruction[] = [];
    const stack: Array<{ list: readonly RedlineClause[]; i: number; parent: RedlineClause | undefined }> = [
      { list: this.redline.clauses, i: 0, parent: undefined },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const rc = top.list[top.i];
      if (rc === undefined) {
        stack.pop();
        continue;
      }
      const index = top.i;
      top.i += 1;
      if (rc.status === 'inserted') {
        out.push(...this.addition(rc, top.list, index, top.parent));
        continue;
      }
      const place = this.places.get(rc)!;
      if (rc.status === 'deleted') {
        out.push(this.removal(place));
        continue;
      }
      if (rc.segments.some((s) => s.type !== 'equal')) {
        out.push(...(fallback.has(rc) ? [this.rewrite(rc, place)] : this.textChanges(rc, place)));
      }
      const relabel = this.relabel(rc, place);
      if (relabel !== undefined) renumbers.push(relabel);
      if (rc.children.length > 0) stack.push({ list: rc.children, i: 0, parent: rc });
    }
    return [...out, ...groupRenumbering(renumbers)];
  }

  private removal(place: BasePlace): Instruction {
    const ref = this.options.lines ? undefined : this.clauseRef(place);
    if (ref !== undefined)
      return { text: `${ref} wird gestrichen.`, changes: [{ op: 'removeClause', clause: ref }], renumber: [] };
    const { from, to } = this.clauseLines(place, true);
    return {
      text: `${linesSubject(from, to)} ${from === to ? 'wird' : 'werden'} gestrichen.`,
      changes: [{ op: 'removeClause', clause: lineRef(from, to) }],
      renumber: [],
    };
  }

  private rewrite(rc: RedlineClause, place: BasePlace): Instruction {
    const text = amendedText(rc.segments).trim();
    const ref = this.options.lines ? undefined : this.clauseRef(place);
    if (ref !== undefined)
      return {
        text: `${ref} erhält folgende Fassung: ${quoted(text)}`,
        changes: [{ op: 'rewrite', clause: ref, new: text }],
        renumber: [],
        owner: rc,
      };
    const { from, to } = this.clauseLines(place, false);
    return {
      text: `${linesSubject(from, to)} ${from === to ? 'erhält' : 'erhalten'} folgende Fassung: ${quoted(text)}`,
      changes: [{ op: 'rewrite', clause: lineRef(from, to), new: text }],
      renumber: [],
      owner: rc,
    };
  }

  /** "Nach Ziffer 3 wird folgende Ziffer 3a eingefügt: „…“" (sub-clauses of a new clause as further new clauses are not expressible). */
  private addition(
    rc: RedlineClause,
    siblings: readonly RedlineClause[],
    index: number,
    parent: RedlineClause | undefined,
  ): Instruction[] {
    const text = amendedText(rc.segments).trim();
    if (text === '') {
      throw new RedlineError(
        'invalid-input',
        `The new clause ${rc.label !== '' ? rc.label : rc.id} has no text, and an instruction cannot add an empty clause; show this redline in another format.`,
      );
    }
    if (rc.children.length > 0) {
      // Instructions address the base; a sub-clause of a new clause has no base place to name.
      throw new RedlineError(
        'invalid-input',
        `The new clause ${rc.label !== '' ? rc.label : rc.id} („${text.slice(0, 40)}${text.length > 40 ? '…' : ''}“) has sub-clauses, which amendment instructions cannot add; show this redline in another format.`,
      );
    }
    const parentPlace = parent !== undefined ? this.places.get(parent) : undefined;
    const depth = parentPlace !== undefined ? parentPlace.depth + 1 : 0;
    const noun = this.nounOf(rc.label, depth, parentPlace?.clause.label);
    const key = labelKey(rc.label);
    const newName = key === '' ? following(noun) : `${following(noun)} ${key}`;
    const change: Extract<Change, { op: 'addClause' }> = { op: 'addClause', new: text };
    if (key !== '') change.label = key;
    else if (noun === 'Spiegelstrich') change.label = '-';
    let before: BasePlace | undefined;
    for (let j = index - 1; j >= 0 && before === undefined; j -= 1) {
      const s = siblings[j]!;
      if (s.status !== 'inserted') before = this.places.get(s);
    }
    let after: BasePlace | undefined;
    for (let j = index + 1; j < siblings.length && after === undefined && before === undefined; j += 1) {
      const s = siblings[j]!;
      if (s.status !== 'inserted') after = this.places.get(s);
    }
    const parentRef = parentPlace !== undefined ? this.clauseRef(parentPlace) : undefined;
    const anchor = before ?? after;
    if (anchor !== undefined) {
      const ref = this.clauseRef(anchor);
      if (ref !== undefined) {
        // "Nach der bisherigen Ziffer 4": the base number, when renumbering changes it.
        const anchorClause = this.redlineOf.get(anchor.clause);
        const renumbered =
          anchorClause?.baseLabel !== undefined && labelKey(anchorClause.baseLabel) !== labelKey(anchorClause.label);
        const side = `${before !== undefined ? 'Nach' : 'Vor'}${renumbered && anchor.depth === 0 ? ' der bisherigen' : ''}`;
        if (before !== undefined) change.after = ref;
        else change.before = ref;
        // "In Ziffer 2 wird nach Buchstabe b folgender Buchstabe c eingefügt" reads better nested.
        if (parentRef !== undefined && ref.startsWith(`${parentRef} `)) {
          const own = ref.slice(parentRef.length + 1);
          const nested = `In ${parentRef} wird ${side.toLowerCase()} ${own} ${newName} eingefügt: ${quoted(text)}`;
          if (readsAs(nested, [change])) return [{ text: nested, changes: [change], renumber: [] }];
        }
        return [{ text: `${side} ${ref} wird ${newName} eingefügt: ${quoted(text)}`, changes: [change], renumber: [] }];
      }
    }
    if (parentRef !== undefined) {
      change.parent = parentRef;
      return [
        { text: `${dative(parentRef)} wird ${newName} angefügt: ${quoted(text)}`, changes: [change], renumber: [] },
      ];
    }
    return [{ text: `${capitalise(newName)} wird angefügt: ${quoted(text)}`, changes: [change], renumber: [] }];
  }

  /** "Die bisherige Ziffer 3 wird Ziffer 4." when renumbering changed the label key. */
  private relabel(rc: RedlineClause, place: BasePlace): Instruction | undefined {
    if (rc.baseLabel === undefined) return undefined;
    const from = labelKey(rc.baseLabel);
    const to = labelKey(rc.label);
    if (from === '' || to === '' || from === to) return undefined;
    const ref = this.clauseRef(place);
    if (ref === undefined) return undefined;
    const noun = this.nounOf(rc.label, place.depth);
    const subject = place.depth === 0 ? `Die bisherige ${ref}` : ref;
    return {
      text: `${subject} wird ${noun} ${to}.`,
      changes: [],
      renumber: [{ clause: ref, label: to }],
      relabel: { depth: place.depth, noun, from, to },
    };
  }

  // ---- text changes -------------------------------------------------------------

  private textChanges(rc: RedlineClause, place: BasePlace): Instruction[] {
    const text = place.clause.text;
    const hunks = this.hunks(rc, text);
    if (hunks.length === 0) return [];
    const done: Array<{ hunk: Hunk; instruction: Instruction; claimEnd: number }> = [];
    let i = 0;
    while (i < hunks.length) {
      const hunk = hunks[i]!;
      const left = done.length > 0 ? done[done.length - 1]!.claimEnd : 0;
      const right = i + 1 < hunks.length ? hunks[i + 1]!.start : text.length;
      const worded = this.word(rc, place, hunk, left, right);
      if (worded !== undefined) {
        done.push({ hunk, instruction: worded.instruction, claimEnd: worded.claimEnd });
        i += 1;
        continue;
      }
      const previous = done.pop();
      if (previous === undefined) return [this.rewrite(rc, place)];
      // Merge with the change before and word both as one replacement.
      hunks.splice(i - 1, 2, {
        start: previous.hunk.start,
        end: hunk.end,
        text: previous.hunk.text + text.slice(previous.hunk.end, hunk.start) + hunk.text,
      });
      i -= 1;
    }
    return done.map((d) => d.instruction);
  }

  /** The changes of a clause as base ranges with their new text, whitespace-only and typographic ones left out. */
  private hunks(rc: RedlineClause, text: string): Hunk[] {
    const out: Hunk[] = [];
    let offset = 0;
    let current: Hunk | undefined;
    const close = (): void => {
      if (current === undefined) return;
      const h = current;
      current = undefined;
      let { start, end } = h;
      while (start < end && isSpace(text[start])) start += 1;
      while (end > start && isSpace(text[end - 1])) end -= 1;
      const old = text.slice(start, end);
      if (old === '') {
        if (h.text.trim() === '') return;
        // An insertion (possibly with a change of spaces): anchor it where the words are.
        out.push({ start: h.start, end: h.start, text: h.text });
        return;
      }
      if (foldTypography(old).trim() === foldTypography(h.text).trim()) return;
      out.push({ start, end, text: h.text });
    };
    for (const seg of rc.segments) {
      if (seg.type === 'equal') {
        close();
        offset += seg.text.length;
      } else if (seg.type === 'delete') {
        current ??= { start: offset, end: offset, text: '' };
        current.end += seg.text.length;
        offset += seg.text.length;
      } else {
        current ??= { start: offset, end: offset, text: '' };
        current.text += seg.text;
      }
    }
    close();
    return out;
  }

  /** Start of the `k`-th word left of `p` (not before `bound`). */
  private leftWords(text: string, p: number, k: number, bound: number): number | undefined {
    let a = p;
    for (let n = 0; n < k; n += 1) {
      while (a > bound && isSpace(text[a - 1])) a -= 1;
      if (a <= bound) return undefined;
      while (a > bound && !isSpace(text[a - 1])) a -= 1;
      if (a > 0 && a === bound && !isSpace(text[a - 1])) return undefined; // would cut a word
    }
    return a;
  }

  /** End of the `k`-th word right of `p` (not after `bound`). */
  private rightWords(text: string, p: number, k: number, bound: number): number | undefined {
    let b = p;
    for (let n = 0; n < k; n += 1) {
      while (b < bound && isSpace(text[b])) b += 1;
      if (b >= bound) return undefined;
      while (b < bound && !isSpace(text[b])) b += 1;
      if (b < text.length && b === bound && !isSpace(text[b])) return undefined;
    }
    return b;
  }

  /** Lines `[from, to]` touched by a base range of the clause. */
  private lineSpan(place: BasePlace, start: number, end: number): { from: number; to: number } {
    const { first, last } = this.numbering.linesOf(place.clause.id, start, end);
    return { from: first, to: last };
  }

  /**
   * The hits of `needle` where an instruction addressing `[start, end)` would
   * look: the whole clause, or (by line) the lines that range touches. Returns
   * the count and the 1-based position of the hit starting at `start`.
   */
  private hits(
    place: BasePlace,
    start: number,
    end: number,
    lines: { from: number; to: number } | undefined,
  ): { count: number; at: number } {
    const needle = place.clause.text.slice(start, end);
    let found = this.searcher(place.clause).findAll(needle);
    if (lines !== undefined) {
      const resolved = resolveLines(this.base, this.numbering, lines.from, lines.to);
      const piece = resolved.kind === 'lines' ? resolved.pieces.find((p) => p.clause === place.clause) : undefined;
      if (piece === undefined) return { count: 0, at: 0 };
      found = found.filter((r) => r.start < piece.scope.end && r.end > piece.scope.start);
    }
    const index = found.findIndex((r) => r.start === start);
    return { count: found.length, at: index + 1 };
  }

  /** Where an instruction about `[start, end)` points: clause reference or lines. */
  private where(
    place: BasePlace,
    start: number,
    end: number,
  ): { phrase: string; ref: string; lines?: { from: number; to: number } } | undefined {
    if (!this.options.lines) {
      const ref = this.clauseRef(place);
      if (ref !== undefined) return { phrase: `In ${ref}`, ref };
    }
    const lines = this.lineSpan(place, start, end);
    return { phrase: inLines(lines.from, lines.to), ref: lineRef(lines.from, lines.to), lines };
  }

  /** Words one change, or undefined when it cannot be worded within `[left, right)`. */
  private word(
    rc: RedlineClause,
    place: BasePlace,
    hunk: Hunk,
    left: number,
    right: number,
  ): { instruction: Instruction; claimEnd: number } | undefined {
    return hunk.start === hunk.end
      ? this.wordInsertion(rc, place, hunk, left, right)
      : this.wordReplacement(rc, place, hunk, left, right);
  }

  private wordReplacement(
    rc: RedlineClause,
    place: BasePlace,
    hunk: Hunk,
    left: number,
    right: number,
  ): { instruction: Instruction; claimEnd: number } | undefined {
    const text = place.clause.text;
    const tries: Array<[number, number]> = [];
    for (let total = 0; total <= 2 * MAX_CONTEXT; total += 1)
      for (let l = Math.min(total, MAX_CONTEXT); l >= 0 && total - l <= MAX_CONTEXT; l -= 1) tries.push([l, total - l]);
    const attempt = (
      a: number,
      b: number,
      occurrence: boolean,
    ): { instruction: Instruction; claimEnd: number } | undefined => {
      const old = text.slice(a, b);
      const neu = (text.slice(a, hunk.start) + hunk.text + text.slice(hunk.end, b)).trim();
      if (!quotable(old) || (neu !== '' && !quotable(neu))) return undefined;
      const where = this.where(place, a, b);
      if (where === undefined) return undefined;
      const { count, at } = this.hits(place, a, b, where.lines);
      if (at === 0 || (count > 1 && !occurrence)) return undefined;
      const occ = count > 1 ? at : undefined;
      const change: Change =
        neu === '' ? { op: 'delete', clause: where.ref, old } : { op: 'replace', clause: where.ref, old, new: neu };
      if (occ !== undefined) change.occurrence = occ;
      const subject = passage(old, 'nom', occ);
      const verb = verbFor(old, occ);
      const sentence =
        neu === ''
          ? `${where.phrase} ${verb} ${subject} gestrichen.`
          : `${where.phrase} ${verb} ${subject} durch ${passage(neu, 'nom', undefined, true)} ersetzt.`;
      return { instruction: { text: sentence, changes: [change], renumber: [], owner: rc }, claimEnd: b };
    };
    for (const [l, r] of tries) {
      const a = l === 0 ? hunk.start : this.leftWords(text, hunk.start, l, left);
      const b = r === 0 ? hunk.end : this.rightWords(text, hunk.end, r, right);
      if (a === undefined || b === undefined) continue;
      const done = attempt(a, b, false);
      if (done !== undefined) return done;
    }
    return attempt(hunk.start, hunk.end, true);
  }

  private wordInsertion(
    rc: RedlineClause,
    place: BasePlace,
    hunk: Hunk,
    left: number,
    right: number,
  ): { instruction: Instruction; claimEnd: number } | undefined {
    const text = place.clause.text;
    const p = hunk.start;
    const raw = hunk.text;
    const neu = raw.trim();
    const paragraph = /^[ \t]*\n[ \t]*\n/u.test(raw);
    if (!quotable(neu)) return undefined;
    let pl = p;
    while (pl > left && isSpace(text[pl - 1])) pl -= 1;
    let pr = p;
    while (pr < right && isSpace(text[pr])) pr += 1;
    const atEnd = text.slice(p).trim() === '';
    // A new paragraph or text at the end of the clause: appended.
    if (atEnd && (paragraph || pl <= left || text.trim() === '')) return this.append(rc, place, raw, paragraph);
    if (paragraph) return undefined;
    const newPhrase = passage(neu, 'nom', undefined, true);
    const verb = verbFor(neu, undefined, true);
    const make = (
      side: 'after' | 'before',
      a: number,
      b: number,
      occurrence: boolean,
    ): { instruction: Instruction; claimEnd: number } | undefined => {
      const anchor = text.slice(a, b);
      if (!quotable(anchor)) return undefined;
      const where = this.where(place, a, b);
      if (where === undefined) return undefined;
      const { count, at } = this.hits(place, a, b, where.lines);
      if (at === 0 || (count > 1 && !occurrence)) return undefined;
      const occ = count > 1 ? at : undefined;
      const change: Extract<Change, { op: 'insert' }> =
        side === 'after'
          ? { op: 'insert', clause: where.ref, new: neu, after: anchor }
          : { op: 'insert', clause: where.ref, new: neu, before: anchor };
      if (occ !== undefined) change.occurrence = occ;
      const sentence = `${where.phrase} ${verb} ${side === 'after' ? 'nach' : 'vor'} ${passage(anchor, 'dat', occ)} ${newPhrase} eingefügt.`;
      return {
        instruction: { text: sentence, changes: [change], renumber: [], owner: rc },
        claimEnd: side === 'after' ? p : b,
      };
    };
    for (let k = 1; k <= MAX_CONTEXT; k += 1) {
      const a = pl > left ? this.leftWords(text, pl, k, left) : undefined;
      if (a !== undefined && a < pl) {
        const done = make('after', withoutLeadingPunctuation(text, a, pl), pl, false);
        if (done !== undefined) return done;
      }
      const b = pr < right ? this.rightWords(text, pr, k, right) : undefined;
      if (b !== undefined && b > pr) {
        const done = make('before', pr, withoutTrailingPunctuation(text, pr, b), false);
        if (done !== undefined) return done;
      }
    }
    if (atEnd) return this.append(rc, place, raw, false);
    const a = pl > left ? this.leftWords(text, pl, 1, left) : undefined;
    if (a !== undefined && a < pl) {
      const done = make('after', a, pl, true);
      if (done !== undefined) return done;
    }
    const b = pr < right ? this.rightWords(text, pr, 1, right) : undefined;
    if (b !== undefined && b > pr) return make('before', pr, b, true);
    return undefined;
  }

  /** Text appended to the clause: "Ziffer 2 wird um die Wörter „…“ ergänzt", "Nach Zeile 20 wird eingefügt: „…“". */
  private append(
    rc: RedlineClause,
    place: BasePlace,
    raw: string,
    paragraph: boolean,
  ): { instruction: Instruction; claimEnd: number } | undefined {
    const neu = raw.trim();
    const text = place.clause.text;
    const ref = this.options.lines ? undefined : this.clauseRef(place);
    const newText = paragraph ? `\n\n${neu}` : neu;
    if (ref !== undefined) {
      const sentence = paragraph
        ? `${dative(ref)} wird folgender Absatz angefügt: ${quoted(neu)}`
        : `${ref} wird um ${passage(neu, 'nom', undefined, true)} ergänzt.`;
      return {
        instruction: {
          text: sentence,
          changes: [{ op: 'insert', clause: ref, new: newText }],
          renumber: [],
          owner: rc,
        },
        claimEnd: text.length,
      };
    }
    if (paragraph) return undefined;
    const { to } = this.clauseLines(place, false);
    const sentence = `Nach Zeile ${to} ${verbFor(neu, undefined, true)} ${passage(neu, 'nom', undefined, true)} eingefügt.`;
    return {
      instruction: {
        text: sentence,
        changes: [{ op: 'insert', clause: lineRef(to, to), new: neu }],
        renumber: [],
        owner: rc,
      },
      claimEnd: text.length,
    };
  }

  // ---- verification -------------------------------------------------------------

  /**
   * Reads the instructions back and applies them; returns the redline clauses
   * whose result differs from the expected amended text (or whose instruction
   * is misread), to be given a new wording as a whole.
   */
  verify(list: readonly Instruction[], expected: Resolution): Set<RedlineClause> {
    const bad = new Set<RedlineClause>();
    const changes: Change[] = [];
    const renumber: Renumbering[] = [];
    const owners: Array<RedlineClause | undefined> = [];
    for (const ins of list) {
      let read: AmendmentWithRenumbering | undefined;
      try {
        read = parseAmendment(`1. ${ins.text}`);
      } catch {
        read = undefined;
      }
      if (
        read === undefined ||
        !sameChanges(read.changes, ins.changes) ||
        (read.renumber ?? []).length !== ins.renumber.length
      ) {
        if (ins.owner !== undefined) bad.add(ins.owner);
        continue;
      }
      for (const c of ins.changes) {
        changes.push(c);
        owners.push(ins.owner);
      }
      renumber.push(...ins.renumber);
    }
    if (bad.size > 0) return bad;
    let result: Resolution;
    try {
      result = acceptAll(applyAmendment(this.base, { changes, renumber }, { lineLength: this.options.lineLength }));
    } catch (error) {
      const diagnostics = (error as { diagnostics?: Array<{ change: number }> }).diagnostics ?? [];
      for (const d of diagnostics) {
        const owner = owners[d.change];
        if (owner !== undefined) bad.add(owner);
      }
      return bad;
    }
    // Compare clause by clause, walking the redline's amended side alongside.
    const stack: Array<{ red: readonly RedlineClause[]; got: readonly Clause[]; want: readonly Clause[] }> = [
      { red: this.redline.clauses, got: result.clauses, want: expected.clauses },
    ];
    while (stack.length > 0) {
      const { red, got, want } = stack.pop()!;
      const kept = red.filter((c) => c.status !== 'deleted');
      kept.forEach((rc, k) => {
        const g = got[k];
        const w = want[k];
        if (g === undefined || w === undefined) return;
        if (fold(g.text) !== fold(w.text)) bad.add(rc);
        stack.push({ red: rc.children, got: g.children, want: w.children });
      });
    }
    return bad;
  }
}

const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', '(', '\u201E', '\u201C', '"']);

/** `b` moved left past punctuation at the end of `[a, b)` ("Kunst." → "Kunst"), keeping at least one character. */
function withoutTrailingPunctuation(text: string, a: number, b: number): number {
  let end = b;
  while (end - 1 > a && PUNCTUATION.has(text[end - 1]!)) end -= 1;
  return end;
}

/** `a` moved right past punctuation at the start of `[a, b)` ("(mit" → "mit"). */
function withoutLeadingPunctuation(text: string, a: number, b: number): number {
  let start = a;
  while (start + 1 < b && PUNCTUATION.has(text[start]!)) start += 1;
  return start;
}

function fold(text: string): string {
  return foldTypography(text).trim();
}

/** Whether one instruction sentence reads back as `changes`. */
function readsAs(sentence: string, changes: readonly Change[]): boolean {
  try {
    return sameChanges(parseAmendment(`1. ${sentence}`).changes, changes);
  } catch {
    return false;
  }
}

function sameChanges(a: readonly Change[], b: readonly Change[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as Record<string, unknown>;
    const xr = x as Record<string, unknown>;
    const keys = new Set([...Object.keys(xr), ...Object.keys(y)]);
    for (const k of keys) {
      const u = xr[k];
      const v = y[k];
      if (typeof u === 'string' && typeof v === 'string') {
        if (fold(u) !== fold(v)) return false;
      } else if (u !== v) return false;
    }
    return true;
  });
}

/** "Ziffer 2" → "Der Ziffer 2", "Nummer 1" → "Der Nummer 1", "Buchstabe b" → "Dem Buchstaben b" (dative of the first noun). */
function dative(ref: string): string {
  const [noun, ...rest] = ref.split(' ');
  const tail = rest.join(' ');
  switch (noun) {
    case 'Ziffer':
    case 'Nummer':
      return `Der ${ref}`;
    case 'Buchstabe':
      return `Dem Buchstaben ${tail}`;
    default:
      return `Dem ${ref}`;
  }
}

/** Whether `b` follows `a` as a whole number. */
function next(a: string, b: string): boolean {
  return /^\d{1,4}$/u.test(a) && /^\d{1,4}$/u.test(b) && Number(b) === Number(a) + 1;
}

/**
 * Joins runs of top-level renumberings by a constant step into one sentence:
 * "Die bisherigen Ziffern 4 und 5 werden Ziffern 3 und 4.", "Die bisherigen
 * Ziffern 4 bis 7 werden Ziffern 3 bis 6."
 */
function groupRenumbering(list: readonly Instruction[]): Instruction[] {
  const out: Instruction[] = [];
  let i = 0;
  while (i < list.length) {
    const head = list[i]!;
    const r = head.relabel;
    let j = i + 1;
    if (r !== undefined && r.depth === 0 && r.noun === 'Ziffer') {
      while (j < list.length) {
        const prev = list[j - 1]!.relabel!;
        const cur = list[j]!.relabel;
        if (
          cur === undefined ||
          cur.depth !== 0 ||
          cur.noun !== 'Ziffer' ||
          !next(prev.from, cur.from) ||
          !next(prev.to, cur.to)
        )
          break;
        j += 1;
      }
    }
    if (j - i < 2) {
      out.push(head);
      i += 1;
      continue;
    }
    const first = list[i]!.relabel!;
    const last = list[j - 1]!.relabel!;
    const join = j - i === 2 ? 'und' : 'bis';
    out.push({
      text: `Die bisherigen Ziffern ${first.from} ${join} ${last.from} werden Ziffern ${first.to} ${join} ${last.to}.`,
      changes: [],
      renumber: list.slice(i, j).flatMap((ins) => ins.renumber),
    });
    i = j;
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
