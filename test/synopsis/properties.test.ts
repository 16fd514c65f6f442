/**
 * Properties of the Synopse on random bases and random, partly colliding
 * amendments (`fast-check`):
 * - each amendment's column is `applyAmendment(base, amendment)` for it alone;
 * - the merged view's `acceptAll` is the applied (non-colliding) amendments
 *   applied one after another, and every amendment left out collides;
 * - every statement section appears exactly once: in one row or after the rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Amendment, Change, Resolution } from '../../src/model.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll } from '../../src/redline/model.js';
import { preorder } from '../../src/tree.js';
import { synopsis } from '../../src/synopsis/build.js';
import { synopsisToMarkdown } from '../../src/synopsis/markdown.js';

/** A base of `n` clauses whose words are all distinct ("k2x3" is word 3 of clause 2). */
function baseOf(n: number, words: number): Resolution {
  const lines = Array.from({ length: n }, (_, c) => {
    const text = Array.from({ length: words }, (_, j) => `k${c + 1}x${j}`).join(' ');
    return `${c + 1}. ${text}.`;
  });
  return parseResolution(`Der Rat möge beschließen:\n\n${lines.join('\n')}`);
}

type Op = 'replace' | 'delete' | 'insert' | 'remove';

/** One change on clause `clause` at word `word`; new words are unique to amendment `a`, change `k`. */
function changeOf(op: Op, clause: number, word: number, a: number, k: number): Change {
  const ref = String(clause);
  const old = `k${clause}x${word}`;
  const fresh = `neu${a}y${k}`;
  switch (op) {
    case 'replace':
      return { op: 'replace', clause: ref, old, new: fresh };
    case 'delete':
      return { op: 'delete', clause: ref, old };
    case 'insert':
      return { op: 'insert', clause: ref, after: old, new: fresh };
    case 'remove':
      return { op: 'removeClause', clause: ref };
  }
}

const WORDS = 6;

/** Up to four amendments, each changing distinct clauses of an `n`-clause base, one maybe adding a clause. */
const scenario = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    amendments: fc.array(
      fc.record({
        targets: fc.uniqueArray(fc.integer({ min: 1, max: n }), { minLength: 1, maxLength: Math.min(3, n) }),
        ops: fc.array(fc.constantFrom<Op>('replace', 'replace', 'delete', 'insert', 'remove'), {
          minLength: 3,
          maxLength: 3,
        }),
        words: fc.array(fc.integer({ min: 0, max: WORDS - 1 }), { minLength: 3, maxLength: 3 }),
        add: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

interface Plan {
  amendments: Array<{ targets: number[]; ops: Op[]; words: number[]; add: boolean }>;
}

function amendmentsOf(plan: Plan): Amendment[] {
  return plan.amendments.map((a, i) => {
    const changes = a.targets.map((clause, k) => changeOf(a.ops[k]!, clause, a.words[k]!, i, k));
    if (a.add) changes.push({ op: 'addClause', new: `Zusatz ${i}.`, label: `${20 + i}.` });
    return { id: `A${i + 1}`, changes };
  });
}

/** Labels and texts in document order: what two resolutions must share. */
function shape(r: Resolution): string[] {
  return [r.lead, ...preorder(r.clauses).map((c) => `${c.id}|${c.label}|${c.text}`)];
}

describe('Synopse properties', () => {
  it("each amendment's column is applyAmendment(base, amendment) for it alone", () => {
    fc.assert(
      fc.property(scenario, (plan) => {
        const base = baseOf(plan.n, WORDS);
        const amendments = amendmentsOf(plan);
        const s = synopsis(base, amendments);
        amendments.forEach((amendment, k) => {
          expect(s.amendments[k]!.redline).toEqual(applyAmendment(base, amendment));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('merges exactly the non-colliding amendments, as if applied one after another', () => {
    let withCollisions = 0;
    let withMerges = 0;
    fc.assert(
      fc.property(scenario, (plan) => {
        const base = baseOf(plan.n, WORDS);
        const amendments = amendmentsOf(plan);
        const s = synopsis(base, amendments);
        const colliding = new Set(s.collisions.flatMap((c) => c.amendments));
        expect(s.merged.applied).toEqual(amendments.map((a) => a.id!).filter((id) => !colliding.has(id)));
        expect(s.merged.withheld).toEqual(amendments.map((a) => a.id!).filter((id) => colliding.has(id)));
        let sequential = base;
        for (const id of s.merged.applied) {
          sequential = acceptAll(
            applyAmendment(
              sequential,
              amendments.find((a) => a.id === id)!,
            ),
          );
        }
        expect(shape(acceptAll(s.merged.redline))).toEqual(shape(sequential));
        if (s.collisions.length > 0) withCollisions += 1;
        if (s.merged.applied.length > 1) withMerges += 1;
      }),
      { numRuns: 80 },
    );
    // The generator must exercise both sides: collisions, and merges of several amendments.
    expect(withCollisions).toBeGreaterThan(5);
    expect(withMerges).toBeGreaterThan(5);
  });

  it('shows every statement section exactly once', () => {
    const section = fc.record({
      refs: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
      unreadable: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(section, { minLength: 1, maxLength: 6 }), (n, sections) => {
        const text = sections
          .map((sec, i) => {
            const heading = sec.unreadable
              ? `Zu Frage ${i + 1}`
              : sec.refs.length === 1
                ? `Zu ${sec.refs[0]}.`
                : `Zu den Punkten ${sec.refs.join(' und ')}`;
            return `${heading}\n\nAbschnittstext Nummer ${i}.`;
          })
          .join('\n\n');
        const s = synopsis(baseOf(n, 3), [{ changes: [{ op: 'replace', clause: '1', old: 'k1x0', new: 'neu' }] }], {
          statement: text,
        });
        const shown = [...s.rows.flatMap((row) => row.statement), ...s.statement!.unplaced].sort((a, b) => a - b);
        expect(shown).toEqual(sections.map((_, i) => i));
        const markdown = synopsisToMarkdown(s);
        sections.forEach((_, i) => {
          expect(markdown.split(`Abschnittstext Nummer ${i}.`).length - 1).toBe(1);
        });
      }),
      { numRuns: 60 },
    );
  });
});
