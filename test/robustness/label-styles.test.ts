/**
 * Label-style changes (issue 13, item 1): an amendment that relabels a list
 * (`1.` → `-`, `I.` → `1.`, `1.` → `a)`) puts clauses of two styles into one
 * sibling list of the redline — struck ones in the old style, inserted and
 * renumbered ones in the new. The Markdown redline must still read back as
 * exactly the two versions: no clause nested under a struck one of higher rank.
 */
import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  applyAmendment,
  checkAmendment,
  diffResolutions,
  parseRedline,
  parseResolution,
  rejectAll,
  acceptAll,
  toMarkdown,
} from '../../src/index.js';
import type { Change, Clause, Resolution } from '../../src/index.js';
import { flatten, treeDifference } from './helpers.js';

/** A list style: its labels in order. Ordered by rank (the parser's hierarchy), highest first. */
const STYLES: ReadonlyArray<(index: number) => string> = [
  (i) => `${String.fromCharCode(65 + i)}.`,
  (i) => `${['I', 'II', 'III', 'IV', 'V', 'VI'][i]!}.`,
  (i) => `${i + 1}.`,
  (i) => `${i + 1})`,
  (i) => `(${i + 1})`,
  (i) => `${String.fromCharCode(97 + i)})`,
  (i) => `(${String.fromCharCode(97 + i)})`,
  () => '-',
  () => '•',
  () => '*',
];

interface Tree {
  /** Index into STYLES of the sibling list. */
  style: number;
  clauses: Array<{ text: string; children: Tree | undefined }>;
}

const WORDS = ['Die', 'Verwaltung', 'prüft', 'den', 'Rat', 'Stadt', 'baut', 'Kölner*innen', 'Bericht', 'bis', '2025'];
const textArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => `${['Der', 'Die', 'Ein'][words.length % 3]!} ${words.join(' ')}.`);

/** A tree whose children's styles rank below their parent's (so a flat text parses back to it). */
function treeArb(minStyle: number, depth: number): fc.Arbitrary<Tree> {
  return fc
    .integer({ min: minStyle, max: STYLES.length - 1 })
    .chain((style) =>
      fc.record({
        style: fc.constant(style),
        clauses: fc.array(
          fc.record({
            text: textArb,
            children:
              // Bullets (the last three styles) rank alike: only numbered lists have sub-lists.
              depth > 1 && style < STYLES.length - 3
                ? fc.option(treeArb(style + 1, depth - 1), { freq: 3 })
                : fc.constant(undefined),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    )
    .map((tree) => ({
      ...tree,
      clauses: tree.clauses.map((c) => ({ text: c.text, children: c.children ?? undefined })),
    }));
}

/** The tree as flat text (no indentation: the label hierarchy nests). */
function serialize(tree: Tree): string {
  const lines: string[] = [];
  const stack: Array<{ tree: Tree; index: number }> = [{ tree, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const clause = top.tree.clauses[top.index];
    if (clause === undefined) {
      stack.pop();
      continue;
    }
    lines.push(`${STYLES[top.tree.style]!(top.index)} ${clause.text}`);
    top.index += 1;
    if (clause.children) stack.push({ tree: clause.children, index: 0 });
  }
  return `${lines.join('\n')}\n`;
}

/** An edit of the amended version: a list relabelled in another style, a clause added, dropped or rewritten. */
type Edit =
  | { kind: 'restyle'; list: number; style: number }
  | { kind: 'drop' | 'reword'; list: number; clause: number; text: string }
  | { kind: 'add'; list: number; clause: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('restyle' as const), list: fc.nat(), style: fc.nat() }) },
  fc.record({
    kind: fc.constantFrom('drop' as const, 'reword' as const),
    list: fc.nat(),
    clause: fc.nat(),
    text: textArb,
  }),
  fc.record({ kind: fc.constant('add' as const), list: fc.nat(), clause: fc.nat(), text: textArb }),
);

function lists(tree: Tree): Tree[] {
  const out: Tree[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const list = stack.pop()!;
    out.push(list);
    for (const c of list.clauses) if (c.children) stack.push(c.children);
  }
  return out;
}

function edited(tree: Tree, edits: readonly Edit[]): Tree {
  const copy = structuredClone(tree);
  for (const edit of edits) {
    const all = lists(copy);
    const list = all[edit.list % all.length]!;
    if (edit.kind === 'restyle') list.style = edit.style % STYLES.length;
    else if (edit.kind === 'add')
      list.clauses.splice(edit.clause % (list.clauses.length + 1), 0, { text: edit.text, children: undefined });
    else if (edit.kind === 'reword') list.clauses[edit.clause % list.clauses.length]!.text = edit.text;
    else if (list.clauses.length > 1) list.clauses.splice(edit.clause % list.clauses.length, 1);
  }
  return copy;
}

function expectSame(actual: Resolution, expected: Resolution, what: string): void {
  expect(actual.lead, `${what}: lead`).toBe(expected.lead);
  expect(treeDifference(actual.clauses, expected.clauses, { ids: true }), what).toBeUndefined();
}

/** A resolution that its own Markdown gives back (the precondition of an exact redline). */
function writable(resolution: Resolution): boolean {
  try {
    const back = parseRedline(toMarkdown(resolution)).amended;
    return (
      back.lead === resolution.lead && treeDifference(back.clauses, resolution.clauses, { ids: true }) === undefined
    );
  } catch {
    return false; // e.g. no clause left, or a label that is no label
  }
}

const runs = { numRuns: 300, seed: 1313 };

describe('label-style changes: the Markdown redline reads back as both versions', () => {
  it('a struck `1.` followed by inserted bullets (the issue’s example)', () => {
    const base = parseResolution('1. Die Verwaltung prüft.\n2. Der Rat.');
    const amended = parseResolution('- Die Stadt baut.\n- Der Rat.');
    const back = parseRedline(toMarkdown(diffResolutions(base, amended)));
    expectSame(back.base, base, 'base');
    expectSame(back.amended, amended, 'amended');
  });

  it.each([
    ['I. Alt.\nII. Der Rat.', '1. Neu.\n2. Der Rat.'],
    ['1. Alt.\n2. Der Rat.', 'a) Neu.\nb) Der Rat.'],
    ['- Alt.\n- Der Rat.', '1. Der Rat.'],
    ['1. Der Rat:\na) Alt.\nb) Die Stadt.', '1. Der Rat:\n- Neu.\n- Die Stadt.'],
  ])('%j → %j', (baseText, amendedText) => {
    const base = parseResolution(baseText);
    const amended = parseResolution(amendedText);
    const back = parseRedline(toMarkdown(diffResolutions(base, amended)));
    expectSame(back.base, base, 'base');
    expectSame(back.amended, amended, 'amended');
  });

  fcTest.prop([treeArb(0, 3), fc.array(editArb, { minLength: 1, maxLength: 5 })], runs)(
    'diffResolutions of random relabelled lists',
    (tree, edits) => {
      const base = parseResolution(serialize(tree));
      const amended = parseResolution(serialize(edited(tree, edits)));
      expect(writable(base) && writable(amended)).toBe(true);
      const back = parseRedline(toMarkdown(diffResolutions(base, amended)));
      expectSame(back.base, base, 'parseRedline(toMarkdown(r)).base');
      expectSame(back.amended, amended, 'parseRedline(toMarkdown(r)).amended');
    },
  );

  fcTest.prop([treeArb(0, 3), fc.nat(), fc.nat(), textArb], runs)(
    'addClause in another style after a removed clause',
    (tree, pick, style, text) => {
      const base = parseResolution(serialize(tree));
      const clauses: Clause[] = flatten(base.clauses);
      const removed = clauses[pick % clauses.length]!;
      const label = STYLES[style % STYLES.length]!(0);
      const changes: Change[] = [
        { op: 'removeClause', clause: removed.id },
        { op: 'addClause', after: removed.id, new: text, label },
      ];
      // A label a kept sibling before it has cannot be given: refused, never applied under another number.
      const clash = checkAmendment(base, { changes }).find((d) => d.severity === 'error');
      if (clash !== undefined) {
        expect(clash.message).toMatch(/the new clause is numbered .* but its list keeps that number before it/u);
        return;
      }
      const r = applyAmendment(base, { changes });
      // A label ranking above its later siblings makes a version that no flat text can
      // write (the siblings would nest under it): that version alone does not read back.
      fc.pre(writable(acceptAll(r)));
      const back = parseRedline(toMarkdown(r));
      expectSame(back.base, rejectAll(r), 'parseRedline(toMarkdown(r)).base');
      expectSame(back.amended, acceptAll(r), 'parseRedline(toMarkdown(r)).amended');
    },
  );
});
