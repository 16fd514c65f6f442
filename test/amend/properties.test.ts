/**
 * Property tests of applying amendments, on the base resolutions of the
 * fixture set:
 * - random structured changes at random word positions: `rejectAll` gives the
 *   base, `acceptAll` the text computed here independently (plain string
 *   surgery with the spacing rules written out);
 * - `checkAmendment` has no error exactly when `applyAmendment` succeeds, and
 *   the thrown diagnostics are the checked ones;
 * - atomicity: a failing amendment changes no input and leaves no state behind;
 * - `applyAmendments` with non-overlapping amendments equals applying them one
 *   after another, and attributes every change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Amendment, Change, Clause, Resolution } from '../../src/model.js';
import { AmendmentError } from '../../src/errors.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { applyAmendments } from '../../src/amend/apply-many.js';
import { checkAmendment } from '../../src/amend/check.js';

const root = fileURLToPath(new URL('../../fixtures/amendments', import.meta.url));
const bases: Resolution[] = [
  ...new Set(
    readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(join(root, d.name, 'base.md'), 'utf8')),
  ),
].map((source) => parseResolution(source));

function flatten(clauses: readonly Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...flatten(c.children)]);
}

/** Clause texts of a resolution in document order, keyed by id. */
function texts(r: Resolution): Map<string, string> {
  return new Map(flatten(r.clauses).map((c) => [c.id, c.text]));
}

function shape(clauses: readonly Clause[]): unknown[] {
  return clauses.map((c) => ({ label: c.label, text: c.text, children: shape(c.children) }));
}

// ---- the independent model --------------------------------------------------

const LETTERS = /^\p{L}+$/u;
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '“', '”', '"', '«', '»', '’', '‘', "'", '…']);
const OPENING = new Set(['(', '[', '{', '„', '‚', '/']);
const isWs = (ch: string | undefined): boolean => ch === ' ' || ch === '\n';

/** A passage of whole plain words: starts after whitespace (or at the start), ends before whitespace or , . ; : */
interface Span {
  start: number;
  end: number;
}

/** Candidate word spans of `text`: 1–3 space-separated chunks whose first and last are plain letter words. */
function wordSpans(text: string): Span[] {
  const chunks: Array<{ start: number; end: number; word: Span | undefined }> = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isWs(text[i])) i += 1;
    const start = i;
    while (i < text.length && !isWs(text[i])) i += 1;
    if (i === start) break;
    const chunk = text.slice(start, i);
    let letters = chunk;
    if (/[.,;:]$/.test(letters)) letters = letters.slice(0, -1);
    // Plain words only, and not "z." / "Nr." style abbreviations.
    const plain = LETTERS.test(letters) && !(letters.length <= 3 && chunk.endsWith('.'));
    chunks.push({ start, end: i, word: plain ? { start, end: start + letters.length } : undefined });
  }
  const spans: Span[] = [];
  for (let a = 0; a < chunks.length; a += 1) {
    for (let n = 1; n <= 3 && a + n - 1 < chunks.length; n += 1) {
      const first = chunks[a]!.word;
      const last = chunks[a + n - 1]!.word;
      if (first === undefined || last === undefined) continue;
      const passage = text.slice(first.start, last.end);
      if (passage.includes('\n')) continue;
      // Unique as a plain substring, so any whole-word search finds exactly this place.
      if (text.indexOf(passage) !== first.start || text.indexOf(passage, first.start + 1) !== -1) continue;
      spans.push({ start: first.start, end: last.end });
    }
  }
  return spans;
}

/** Deleting `[s, e)` the way a clerk would: no double space, no space before punctuation. */
function modelDelete(text: string, s: number, e: number): string {
  const before = text.slice(0, s);
  const after = text.slice(e);
  const prev = before[before.length - 1];
  const next = after[0];
  if ((prev === undefined || isWs(prev) || OPENING.has(prev)) && isWs(next)) return before + after.trimStart();
  if (isWs(prev) && (next === undefined || CLOSING.has(next))) return before.trimEnd() + after;
  return before + after;
}

type Op =
  | { kind: 'delete'; span: Span }
  | { kind: 'replace'; span: Span; word: string }
  | { kind: 'after'; span: Span; word: string }
  | { kind: 'before'; span: Span; word: string }
  | { kind: 'comma'; span: Span; word: string };

/** Applies one op to the text (used right to left, so earlier offsets stay valid). */
function modelApply(text: string, op: Op): string {
  const { start, end } = op.span;
  switch (op.kind) {
    case 'delete':
      return modelDelete(text, start, end);
    case 'replace':
      return text.slice(0, start) + op.word + text.slice(end);
    case 'after':
      return `${text.slice(0, end)} ${op.word}${text.slice(end)}`;
    case 'comma':
      return `${text.slice(0, end)}, ${op.word}${text.slice(end)}`;
    case 'before':
      return `${text.slice(0, start)}${op.word} ${text.slice(start)}`;
  }
}

function toChange(clause: string, text: string, op: Op): Change {
  const passage = text.slice(op.span.start, op.span.end);
  switch (op.kind) {
    case 'delete':
      return { op: 'delete', clause, old: passage };
    case 'replace':
      return { op: 'replace', clause, old: passage, new: op.word };
    case 'after':
      return { op: 'insert', clause, after: passage, new: op.word };
    case 'comma':
      return { op: 'insert', clause, after: passage, new: `, ${op.word}` };
    case 'before':
      return { op: 'insert', clause, before: passage, new: op.word };
  }
}

/** The closed interval an op occupies (its words; insertions occupy their anchor). */
function occupied(op: Op): [number, number] {
  return [op.span.start, op.span.end];
}

// ---- generators ----------------------------------------------------------------

/** Fresh words that occur in no base text. */
const freshWord = fc.integer({ min: 1, max: 999 }).map((n) => `Zusatzwort${n}`);

interface Planned {
  base: Resolution;
  ops: Array<{ clause: Clause; op: Op }>;
}

/** A base and 1–4 non-touching random ops on its clauses. */
const planned: fc.Arbitrary<Planned> = fc
  .record({
    baseIndex: fc.nat({ max: bases.length - 1 }),
    picks: fc.array(
      fc.record({
        clause: fc.nat(),
        span: fc.nat(),
        kind: fc.constantFrom<Op['kind']>('delete', 'replace', 'after', 'before', 'comma'),
        word: freshWord,
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ baseIndex, picks }) => {
    const base = bases[baseIndex]!;
    const clauses = flatten(base.clauses).filter((c) => wordSpans(c.text).length > 0);
    const ops: Array<{ clause: Clause; op: Op }> = [];
    for (const p of picks) {
      const clause = clauses[p.clause % clauses.length]!;
      const spans = wordSpans(clause.text);
      const span = spans[p.span % spans.length]!;
      const op: Op = p.kind === 'delete' ? { kind: 'delete', span } : { kind: p.kind, span, word: p.word };
      const [a, b] = occupied(op);
      // Keep ops apart: no shared characters and at least one character between them.
      const clash = ops.some((o) => o.clause === clause && !(occupied(o.op)[1] < a || b < occupied(o.op)[0]));
      if (!clash) ops.push({ clause, op });
    }
    return { base, ops };
  });

function expectedTexts(p: Planned): Map<string, string> {
  const out = texts(p.base);
  for (const clause of flatten(p.base.clauses)) {
    const mine = p.ops.filter((o) => o.clause === clause).map((o) => o.op);
    mine.sort((x, y) => y.span.start - x.span.start);
    let text = clause.text;
    for (const op of mine) text = modelApply(text, op);
    out.set(clause.id, text);
  }
  return out;
}

function changesOf(p: Planned): Change[] {
  return p.ops.map(({ clause, op }) => toChange(clause.id, clause.text, op));
}

// ---- properties ------------------------------------------------------------------

describe('applying random structured changes', () => {
  it('rejectAll gives the base and acceptAll the independently computed text', () => {
    fc.assert(
      fc.property(planned, (p) => {
        const redline = applyAmendment(p.base, changesOf(p));
        expect(shape(rejectAll(redline).clauses)).toEqual(shape(p.base.clauses));
        expect(texts(acceptAll(redline))).toEqual(expectedTexts(p));
      }),
      { numRuns: 300 },
    );
  });

  it('rewrites, removals and additions of clauses keep both versions exact', () => {
    const structural = fc.record({
      baseIndex: fc.nat({ max: bases.length - 1 }),
      target: fc.nat(),
      kind: fc.constantFrom('rewrite', 'removeClause', 'addClause'),
      words: fc.array(
        fc.constantFrom('Die', 'Stadt', 'prüft', 'neu', 'alle', 'Vorhaben', 'jährlich', 'und', 'berichtet'),
        { minLength: 1, maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(structural, ({ baseIndex, target, kind, words }) => {
        const base = bases[baseIndex]!;
        const all = flatten(base.clauses);
        const clause = all[target % all.length]!;
        const text = `${words.join(' ')}.`;
        const change: Change =
          kind === 'rewrite'
            ? { op: 'rewrite', clause: clause.id, new: text }
            : kind === 'removeClause'
              ? { op: 'removeClause', clause: clause.id }
              : { op: 'addClause', after: clause.id, new: text };
        const diagnostics = checkAmendment(base, [change]);
        if (diagnostics.length > 0) {
          // Only a rewrite to the same text is refused (a no-op warning).
          expect(diagnostics.map((d) => d.code)).toEqual(['no-op']);
          return;
        }
        const redline = applyAmendment(base, [change]);
        expect(shape(rejectAll(redline).clauses)).toEqual(shape(base.clauses));
        const amended = flatten(acceptAll(redline).clauses).map((c) => c.text);
        const expected = flatten(base.clauses).flatMap((c) => {
          if (c !== clause) return [c.text];
          if (kind === 'rewrite') return [text];
          if (kind === 'removeClause') return [];
          return [c.text];
        });
        if (kind === 'removeClause') {
          // The subtree goes with it.
          const subtree = flatten([clause]);
          expect(amended).toEqual(
            flatten(base.clauses)
              .filter((c) => !subtree.includes(c))
              .map((c) => c.text),
          );
        } else if (kind === 'addClause') {
          // The new clause follows the clause and its subtree.
          const list = flatten(base.clauses);
          const lastOfSubtree = flatten([clause]).at(-1)!;
          const at = list.indexOf(lastOfSubtree) + 1;
          const texts2 = list.map((c) => c.text);
          texts2.splice(at, 0, text);
          expect(amended).toEqual(texts2);
        } else {
          expect(amended).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Random changes, many of them invalid: bad clause references, missing or repeated text, bad occurrences, typos. */
const anyChange: fc.Arbitrary<{ base: Resolution; changes: Change[] }> = fc
  .record({
    baseIndex: fc.nat({ max: bases.length - 1 }),
    specs: fc.array(
      fc.record({
        op: fc.constantFrom('replace', 'delete', 'insert', 'rewrite', 'removeClause', 'addClause'),
        clause: fc.oneof(fc.nat(), fc.constant(-1)),
        from: fc.nat(),
        length: fc.integer({ min: 1, max: 12 }),
        typo: fc.boolean(),
        occurrence: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        word: fc.constantFrom('neu', 'Stadt', 'die', ''),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ baseIndex, specs }) => {
    const base = bases[baseIndex]!;
    const all = flatten(base.clauses);
    const changes = specs.map((s): Change => {
      const clause = s.clause < 0 ? undefined : all[s.clause % all.length];
      const ref = clause?.id ?? '99';
      const text = clause?.text ?? 'nichts';
      const from = s.from % Math.max(1, text.length);
      let old = text.slice(from, from + s.length);
      if (s.typo && old.length > 1) old = old.slice(1);
      const occ = s.occurrence === undefined ? {} : { occurrence: s.occurrence };
      switch (s.op) {
        case 'replace':
          return { op: 'replace', clause: ref, old, new: s.word, ...occ };
        case 'delete':
          return { op: 'delete', clause: ref, old, ...occ };
        case 'insert':
          return { op: 'insert', clause: ref, after: old, new: s.word, ...occ };
        case 'rewrite':
          return { op: 'rewrite', clause: ref, new: s.word };
        case 'removeClause':
          return { op: 'removeClause', clause: ref };
        default:
          return { op: 'addClause', after: ref, new: s.word };
      }
    });
    return { base, changes };
  });

describe('checking and applying agree', () => {
  it('applyAmendment succeeds exactly when checkAmendment reports no error, and throws the checked diagnostics', () => {
    const seen = { applied: 0, refused: 0 };
    fc.assert(
      fc.property(anyChange, ({ base, changes }) => {
        const diagnostics = checkAmendment(base, changes);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        let thrown: unknown;
        try {
          applyAmendment(base, changes);
        } catch (error) {
          thrown = error;
        }
        if (errors.length === 0) {
          expect(thrown).toBeUndefined();
          seen.applied += 1;
        } else {
          seen.refused += 1;
          expect(thrown).toBeInstanceOf(AmendmentError);
          expect((thrown as AmendmentError).diagnostics).toEqual(diagnostics);
        }
        // Every diagnostic names its change and says something.
        for (const d of diagnostics) {
          expect(d.change).toBeGreaterThanOrEqual(0);
          expect(d.change).toBeLessThan(changes.length);
          expect(d.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches both outcomes.
    expect(seen.applied).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('an empty check means the amendment applies (planned random changes)', () => {
    fc.assert(
      fc.property(planned, (p) => {
        expect(checkAmendment(p.base, changesOf(p))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('atomicity', () => {
  it('a failing amendment leaves base and amendment unchanged and no state behind', () => {
    fc.assert(
      fc.property(planned, fc.nat(), (p, where) => {
        const good = changesOf(p);
        const bad: Change = { op: 'delete', clause: p.ops[0]!.clause.id, old: 'Diesen Text gibt es nirgends' };
        const changes = [...good];
        changes.splice(where % (good.length + 1), 0, bad);
        const amendment: Amendment = { id: 'A', changes };
        const baseBefore = structuredClone(p.base);
        const amendmentBefore = structuredClone(amendment);
        const reference = applyAmendment(p.base, good);
        expect(() => applyAmendment(p.base, amendment)).toThrow(AmendmentError);
        expect(p.base).toEqual(baseBefore);
        expect(amendment).toEqual(amendmentBefore);
        // Nothing of the failed call lingers: the good changes give the same redline as before.
        expect(applyAmendment(p.base, good)).toEqual(reference);
      }),
      { numRuns: 100 },
    );
  });

  it('a successful application does not modify its inputs either', () => {
    fc.assert(
      fc.property(planned, (p) => {
        const amendment: Amendment = { id: 'A', changes: changesOf(p) };
        const baseBefore = structuredClone(p.base);
        const amendmentBefore = structuredClone(amendment);
        const redline = applyAmendment(p.base, amendment);
        expect(p.base).toEqual(baseBefore);
        expect(amendment).toEqual(amendmentBefore);
        // The redline shares no clause objects with the base.
        const baseObjects = new Set<object>(flatten(p.base.clauses));
        const stack = [...redline.clauses];
        while (stack.length > 0) {
          const c = stack.pop()!;
          expect(baseObjects.has(c)).toBe(false);
          stack.push(...c.children);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('several amendments', () => {
  it('non-overlapping amendments applied together equal applying them one after another', () => {
    fc.assert(
      fc.property(planned, fc.nat(), (p, split) => {
        const changes = changesOf(p);
        const cut = split % (changes.length + 1);
        const a: Amendment = { id: 'A', changes: changes.slice(0, cut) };
        const b: Amendment = { id: 'B', changes: changes.slice(cut) };
        const together = applyAmendments(p.base, [a, b]);
        expect(together.diagnostics).toEqual([]);
        const afterA = acceptAll(applyAmendment(p.base, a));
        const afterB = acceptAll(applyAmendment(afterA, b));
        expect(shape(acceptAll(together.redline).clauses)).toEqual(shape(afterB.clauses));
        expect(shape(rejectAll(together.redline).clauses)).toEqual(shape(p.base.clauses));
        // Every change is attributed to its amendment.
        const stack = [...together.redline.clauses];
        while (stack.length > 0) {
          const c = stack.pop()!;
          for (const s of c.segments) {
            if (s.type === 'equal') expect(s.source).toBeUndefined();
            else expect(['A', 'B']).toContain(s.source);
          }
          stack.push(...c.children);
        }
      }),
      { numRuns: 200 },
    );
  });
});
