/**
 * Shared, cyclic and JSON-malformed model objects (issue 13, items 7 and 8):
 * every public function that takes a clause tree refuses a cyclic or shared
 * one with `invalid-input` before walking it (a cyclic tree used to run
 * `numberLines`, `numberRedlineLines` and `changedLines` out of memory, which
 * no caller can catch), and a redline as JSON gives it — `null` where a string
 * or a segment belongs, numbers, BigInts, objects without a prototype — is a
 * `RedlineError`, never a `TypeError`.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { RedlineError } from '../../src/index.js';
import type { Redline } from '../../src/index.js';

/** A tree whose first clause is its own child, and one whose two top-level clauses are one object. */
function badTrees(): Array<[string, { lead: string; clauses: unknown[] }]> {
  const clause = (): Record<string, unknown> & { children: unknown[] } => ({
    id: '1',
    label: '1.',
    text: 'Der Rat.',
    status: 'unchanged',
    segments: [{ type: 'equal', text: 'Der Rat.' }],
    children: [],
  });
  const cyclic = clause();
  cyclic.children.push(cyclic);
  const deepCycle = clause();
  const child = { ...clause(), id: '1.a', label: 'a)', children: [deepCycle] };
  deepCycle.children.push(child);
  const shared = clause();
  return [
    ['cyclic', { lead: '', clauses: [cyclic] }],
    ['cyclic two levels down', { lead: '', clauses: [deepCycle] }],
    ['shared', { lead: '', clauses: [shared, shared] }],
  ];
}

const statement = api.parseStatement('# Stellungnahme der Verwaltung\n\nZu Ziffer 1: Die Verwaltung stimmt zu.');

const synopse = api.synopsis(api.parseResolution('1. Der Rat tagt.'), []);

/** How each export that takes a clause tree is called with the tree `t` (in every position it takes one). */
const TREE_CALLS: Record<string, (t: unknown) => unknown[][]> = {
  acceptAll: (t) => [[t]],
  rejectAll: (t) => [[t]],
  applyAmendment: (t) => [[t, { changes: [] }]],
  applyAmendments: (t) => [[t, []]],
  checkAmendment: (t) => [[t, { changes: [] }]],
  diffResolutions: (t) => [
    [t, api.parseResolution('1. Der Rat.')],
    [api.parseResolution('1. Der Rat.'), t],
  ],
  findClause: (t) => [[t, '1']],
  numberLines: (t) => [[t]],
  numberRedlineLines: (t) => [[t]],
  changedLines: (t) => [[t]],
  toMdast: (t) => [[t]],
  toMarkdown: (t) => [[t]],
  toHtml: (t) => [[t]],
  toHast: (t) => [[t]],
  toText: (t) => [[t]],
  toSynopsis: (t) => [[t]],
  toInstructions: (t) => [[t]],
  linkStatement: (t) => [[statement, t]],
  synopsis: (t) => [[t, []]],
  synopsisToHtml: (t) => [[{ ...synopse, base: t }]],
  synopsisToMarkdown: (t) => [[{ ...synopse, base: t }]],
};

/** Exports that take no clause tree (texts, segments, a statement). */
const NO_TREE = new Set([
  'parseMotion',
  'parseResolution',
  'parseAmendment',
  'parseRedline',
  'parseStatement',
  'diffText',
  'redline',
  'checkRedline',
  'planMarkup',
]);

describe('cyclic and shared trees: every export that takes a tree refuses them', () => {
  it('covers every function export', () => {
    const functions = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && !name.endsWith('Error'))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in TREE_CALLS) && !NO_TREE.has(name))).toEqual([]);
  });

  for (const [name, calls] of Object.entries(TREE_CALLS)) {
    it.each(badTrees())(`${name}: %s tree → invalid-input`, (_, tree) => {
      const fn = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      for (const args of calls(tree)) {
        let error: unknown;
        try {
          fn(...args);
        } catch (e) {
          error = e;
        }
        expect(error, name).toBeInstanceOf(RedlineError);
        expect((error as RedlineError).code).toBe('invalid-input');
      }
    });
  }
});

/** A small valid redline with a renumbered, a changed and an inserted clause. */
function sample(): Redline {
  return api.diffResolutions(
    api.parseResolution('1. Die Verwaltung prüft den Bericht.\n2. Der Rat tagt.\n3. Die Stadt baut.'),
    api.parseResolution('1. Neu ist das.\n2. Die Verwaltung prüft den Antrag.\n3. Der Rat tagt.\n4. Die Stadt baut.'),
  );
}

/** Values JSON (and careless callers) put where a string, array or object belongs. */
const oddValue = fc.constantFrom<unknown>(
  null,
  undefined,
  0,
  12,
  Number.NaN,
  10n,
  true,
  '',
  'x',
  [],
  [null],
  {},
  Object.create(null),
  Object.assign(Object.create(null), { type: 'equal', text: 'x' }),
  { type: 'equal' },
  { type: 'insert', text: 5 },
  Symbol('s'),
);

const FIELDS = ['id', 'label', 'baseLabel', 'status', 'segments', 'children', 'segment', 'segmentText', 'segmentType'];

/** The redline as JSON gives it back, with one field of one clause replaced by `value`. */
function malformed(pick: number, field: string, value: unknown): Redline {
  const redline = JSON.parse(JSON.stringify(sample())) as Redline;
  const all: Array<Record<string, unknown>> = [];
  const stack = [...redline.clauses] as unknown as Array<Record<string, unknown>>;
  while (stack.length > 0) {
    const c = stack.pop()!;
    all.push(c);
    stack.push(...(c.children as Array<Record<string, unknown>>));
  }
  const clause = all[pick % all.length]!;
  const segments = clause.segments as Array<Record<string, unknown>>;
  if (field === 'segment') segments[0] = value as Record<string, unknown>;
  else if (field === 'segmentText') segments[0]!.text = value;
  else if (field === 'segmentType') segments[0]!.type = value;
  else clause[field] = value;
  return redline;
}

/** Every export that takes a redline (or a redline's segments), as one-argument calls. */
const REDLINE_CALLS: Array<[string, (r: Redline) => unknown]> = [
  ['acceptAll', (r) => api.acceptAll(r)],
  ['rejectAll', (r) => api.rejectAll(r)],
  ['toInstructions', (r) => api.toInstructions(r)],
  ['toInstructions (lines)', (r) => api.toInstructions(r, { lines: true })],
  ['changedLines', (r) => api.changedLines(r)],
  ['numberRedlineLines', (r) => api.numberRedlineLines(r)],
  ['toMarkdown', (r) => api.toMarkdown(r)],
  ['toHtml', (r) => api.toHtml(r)],
  ['toHast', (r) => api.toHast(r)],
  ['toMdast', (r) => api.toMdast(r)],
  ['toText', (r) => api.toText(r)],
  ['toSynopsis', (r) => api.toSynopsis(r)],
  ['linkStatement', (r) => api.linkStatement(statement, r)],
  ['planMarkup', (r) => api.planMarkup(r.clauses[0]!.segments)],
];

/** Every call on the redline returns or throws a RedlineError. */
function expectOnlyRedlineErrors(redline: Redline): void {
  for (const [name, call] of REDLINE_CALLS) {
    try {
      call(redline);
    } catch (error) {
      expect(error, `${name}: ${String(error)}`).toBeInstanceOf(RedlineError);
    }
  }
}

describe('JSON-realistic malformed redlines: a result or a RedlineError, never a TypeError', () => {
  it.each([
    ['baseLabel: null', 'baseLabel', null],
    ['baseLabel: 5', 'baseLabel', 5],
    ['a null segment', 'segment', null],
    ['segments: null', 'segments', null],
    ['status: 10n', 'status', 10n],
    ['id: an object without a prototype', 'id', Object.create(null)],
  ] as Array<[string, string, unknown]>)('%s', (_, field, value) => {
    for (let pick = 0; pick < 4; pick += 1) {
      const redline = malformed(pick, field, value);
      expectOnlyRedlineErrors(redline);
    }
  });

  fcTest.prop([fc.nat(), fc.constantFrom(...FIELDS), oddValue], { numRuns: 150 })(
    'any field of any clause replaced by an odd value',
    (pick, field, value) => {
      const redline = malformed(pick, field, value);
      expectOnlyRedlineErrors(redline);
    },
  );

  it('options that are BigInts, symbols or objects without a prototype give RedlineErrors that can be shown', () => {
    const r = sample();
    const odd: unknown[] = [10n, Symbol('s'), Object.create(null), { valueOf: () => 80n }];
    for (const value of odd) {
      for (const call of [
        () => api.toMarkdown(r, { lineLength: value } as never),
        () => api.toInstructions(r, { lines: value } as never),
        () => api.numberRedlineLines(r, { lineLength: value } as never),
        () => api.diffText('a', 'b', { granularity: value } as never),
        () => api.toMarkdown(r, value as never),
      ]) {
        try {
          call();
        } catch (error) {
          expect(error).toBeInstanceOf(RedlineError);
          expect(typeof (error as RedlineError).message).toBe('string');
        }
      }
    }
  });
});

describe('header facts of an amendment: strings or absent', () => {
  const base = api.parseResolution('1. Der Rat tagt.\n2. Die Stadt baut.');
  const HEADER = ['reference', 'kind', 'amends', 'movers', 'date'] as const;
  /** Every export that takes an amendment, as one-argument calls. */
  const AMENDMENT_CALLS: Array<[string, (a: unknown) => unknown]> = [
    ['applyAmendment', (a) => api.applyAmendment(base, a as never)],
    ['checkAmendment', (a) => api.checkAmendment(base, a as never)],
    ['applyAmendments', (a) => api.applyAmendments(base, [a as never])],
  ];

  it('takes an amendment with its header facts as parseAmendment gives it', () => {
    const amendment = api.parseAmendment('Änderungsantrag der Gruppe Blau vom 02.05.2024\n\nZiffer 2 wird gestrichen.');
    expect(amendment).toMatchObject({ movers: 'Gruppe Blau', date: '02.05.2024' });
    for (const [, call] of AMENDMENT_CALLS) expect(() => call(amendment)).not.toThrow();
  });

  fcTest.prop([fc.constantFrom(...HEADER), oddValue.filter((v) => typeof v !== 'string' && v !== undefined)], {
    numRuns: 60,
  })('a header fact that is not a string is invalid-input', (field, value) => {
    for (const [name, call] of AMENDMENT_CALLS) {
      let error: unknown;
      try {
        call({ changes: [{ op: 'removeClause', clause: '1' }], [field]: value });
      } catch (e) {
        error = e;
      }
      expect(error, `${name}: ${field}`).toBeInstanceOf(RedlineError);
      expect((error as RedlineError).code, name).toBe('invalid-input');
    }
  });
});
