/**
 * Hostile input: every public function, fed inputs built to break parsers and
 * diffs (a fixed list from issue 6 plus fast-check), either returns a valid
 * result or throws a RedlineError with a stable code — never a TypeError,
 * RangeError or stack overflow — and its time grows about linearly: the call
 * on the whole input may take at most about 4× as long as on a quarter of it
 * (the bound of test/timing.ts), where quadratic behaviour would take 16×.
 *
 * Failures are collected per input and reported all at once (function, what
 * happened), so one run shows every function that breaks on that input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RedlineError,
  acceptAll,
  applyAmendment,
  applyAmendments,
  checkAmendment,
  checkRedline,
  diffResolutions,
  diffText,
  findClause,
  parseAmendment,
  parseMotion,
  parseRedline,
  parseResolution,
  redline,
  rejectAll,
  toHtml,
  toMarkdown,
  toMdast,
  toSynopsis,
  toText,
} from '../../src/index.js';
import type { Resolution } from '../../src/index.js';
import { amendResolution, generateResolution, serializeResolution } from '../../bench/generate.mjs';
import { assertDiagnostics, assertRedline, assertResolution, guarded } from './helpers.js';
import { growthProblem, medianTimes, timeOf } from '../timing.js';

const KIB = 1024;

/** Fails with every collected problem in the message (an array diff would be cut short). */
function expectNone(problems: readonly string[]): void {
  if (problems.length > 0) expect.fail(`${problems.length} problem(s):\n${problems.join('\n')}`);
}

/** A small, ordinary base motion and a rewrite of it: the partner of every hostile input. */
const baseTree = generateResolution({ clauses: 12, seed: 7 });
const BASE = serializeResolution(baseTree);
const REWRITE = serializeResolution(amendResolution(baseTree, { seed: 8, wordRate: 0.05 }));
const BASE_RESOLUTION = parseResolution(BASE);

/**
 * The fixed hostile list. `make(n)` builds the input at scale n; `full` is the
 * size the issue names; the linear-bound test compares n = full/8 with 4n.
 */
interface Hostile {
  name: string;
  make: (n: number) => string;
  full: number;
}

const repeat = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

const HOSTILE: Hostile[] = [
  { name: 'empty input', make: () => '', full: 0 },
  { name: 'whitespace only', make: (n) => repeat(' \n\t\u00A0\r\n  ', n), full: 100 * KIB },
  { name: '100 KiB of "*"', make: (n) => '*'.repeat(n), full: 100 * KIB },
  { name: '100 KiB of "~"', make: (n) => '~'.repeat(n), full: 100 * KIB },
  { name: '100 KiB of "„"', make: (n) => '„'.repeat(n), full: 100 * KIB },
  { name: '100 KiB of "("', make: (n) => '('.repeat(n), full: 100 * KIB },
  { name: '100 KiB of "["', make: (n) => '['.repeat(n), full: 100 * KIB },
  { name: '100 KiB of "<"', make: (n) => '<'.repeat(n), full: 100 * KIB },
  { name: '100 KiB of "`"', make: (n) => '`'.repeat(n), full: 100 * KIB },
  { name: '5,000 nested "1. " on one line', make: (n) => `${'1. '.repeat(n)}Text`, full: 5000 },
  { name: '5,000 nested "- " on one line', make: (n) => `${'- '.repeat(n)}Text`, full: 5000 },
  { name: '5,000 nested "> " on one line', make: (n) => `${'> '.repeat(n)}Text`, full: 5000 },
  { name: '5,000 repeated "aa) " on one line', make: (n) => `${'aa) '.repeat(n)}Text`, full: 5000 },
  {
    name: '5,000 clauses all labelled "1."',
    make: (n) => 'Der Rat möge beschließen:\n\n' + '1. Die Verwaltung prüft.\n\n'.repeat(n),
    full: 5000,
  },
  { name: '5,000 clauses all labelled "aa)"', make: (n) => 'aa) Die Verwaltung prüft.\n\n'.repeat(n), full: 5000 },
  {
    name: '5,000 lines of nested label styles',
    make: (n) => {
      const styles = ['I.', '1.', 'a)', 'aa)', '(1)', '-', '•', '–'];
      return Array.from({ length: n }, (_, i) => `${' '.repeat(i % 40)}${styles[i % styles.length]} Punkt ${i}`).join(
        '\n',
      );
    },
    full: 5000,
  },
  { name: 'unbalanced "~~"', make: (n) => repeat('1. a ~~b c ~~~ d ~~ e~~f ', n), full: 100 * KIB },
  { name: 'unbalanced "**"', make: (n) => repeat('1. a **b c *** d ** e**f ', n), full: 100 * KIB },
  { name: '400 KiB of interleaved "~~**"', make: (n) => repeat('~~**~~ **~~ ~~** ', n), full: 400 * KIB },
  {
    name: 'NUL and lone surrogates',
    make: (n) => repeat('1. a\u0000b \uD800 c\uDC00 d \uDFFF\uD83D\n\n', n),
    full: 100 * KIB,
  },
  {
    name: '1 MB single line',
    make: (n) =>
      repeat('Die Verwaltung wird beauftragt, den Masterplan „Digitales Köln“ für Kölner*innen zu erarbeiten; ', n),
    full: 1024 * KIB,
  },
  {
    name: '1 MB single line with redline markers',
    make: (n) =>
      repeat(
        '1. Die Verwaltung ~~wird~~ **soll** den ~~Masterplan~~ **Plan „Digitales Köln“** für Kölner*innen ~~erarbeiten~~; ',
        n,
      ),
    full: 1024 * KIB,
  },
  {
    name: 'an instruction repeated 3,000 times',
    make: (n) => 'In Ziffer 1 wird das Wort „Verwaltung“ durch das Wort „Stadt“ ersetzt. '.repeat(n),
    full: 3000,
  },
  {
    name: '3,000 different instructions',
    make: (n) =>
      Array.from({ length: n }, (_, i) =>
        i % 3 === 0
          ? `Ziffer ${i + 1} wird gestrichen.`
          : i % 3 === 1
            ? `Nach Ziffer ${i} wird folgende Ziffer ${i}a eingefügt: „Neu ${i}.“`
            : `In Ziffer ${i} wird nach dem Wort „die“ das Wort „neue“ eingefügt.`,
      ).join('\n'),
    full: 3000,
  },
];

/**
 * Every public function, wired to take one hostile string. A `prepare` that
 * needs an intermediate result (e.g. the parsed hostile text) returns
 * undefined when that step legitimately failed with a RedlineError.
 */
interface Call {
  name: string;
  prepare: (s: string) => (() => unknown) | undefined;
  validate?: (value: unknown) => void;
}

function tryOrUndefined<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RedlineError) return undefined;
    throw error;
  }
}

const isString = (v: unknown): void => {
  if (typeof v !== 'string') throw new Error(`expected a string, got ${typeof v}`);
};
const isRoot = (v: unknown): void => {
  if (typeof v !== 'object' || v === null || (v as { type?: unknown }).type !== 'root')
    throw new Error('expected an mdast root');
};
const isSegments = (v: unknown): void => {
  if (
    !Array.isArray(v) ||
    !v.every(
      (s: { type?: unknown; text?: unknown }) =>
        typeof s.text === 'string' && ['equal', 'delete', 'insert'].includes(s.type as string),
    )
  ) {
    throw new Error('expected segments');
  }
};

/** The redline of inserting the hostile text into clause 1 of the base (or undefined). */
const insertRedline = (s: string) =>
  tryOrUndefined(() => applyAmendment(BASE_RESOLUTION, [{ op: 'insert', clause: '1', new: s }]));
const parsedHostile = (s: string) => tryOrUndefined(() => parseResolution(s));

const CALLS: Call[] = [
  {
    name: 'parseMotion',
    prepare: (s) => () => parseMotion(s),
    validate: (v) => assertResolution((v as { resolution: unknown }).resolution),
  },
  { name: 'parseResolution', prepare: (s) => () => parseResolution(s), validate: (v) => assertResolution(v) },
  {
    name: 'parseAmendment',
    prepare: (s) => () => parseAmendment(s),
    validate: (v) => {
      if (!Array.isArray((v as { changes?: unknown }).changes)) throw new Error('no changes array');
    },
  },
  {
    name: 'parseRedline',
    prepare: (s) => () => parseRedline(s),
    validate: (v) => {
      const r = v as { base: unknown; amended: unknown; redline: unknown };
      assertResolution(r.base, 'base');
      assertResolution(r.amended, 'amended');
      assertRedline(r.redline);
    },
  },
  { name: 'redline(hostile, rewrite)', prepare: (s) => () => redline(s, REWRITE), validate: (v) => assertRedline(v) },
  { name: 'redline(base, hostile)', prepare: (s) => () => redline(BASE, s), validate: (v) => assertRedline(v) },
  {
    name: 'checkRedline(base, hostile)',
    prepare: (s) => () => checkRedline(BASE, s),
    validate: (v) => assertDiagnostics(v),
  },
  { name: 'diffText(hostile, base)', prepare: (s) => () => diffText(s, BASE), validate: isSegments },
  { name: 'diffText(base, hostile)', prepare: (s) => () => diffText(BASE, s), validate: isSegments },
  {
    name: 'findClause(base, hostile)',
    prepare: (s) => () => findClause(BASE_RESOLUTION, s),
    validate: (v) => {
      if (v !== undefined && typeof (v as { id?: unknown }).id !== 'string') throw new Error('not a clause');
    },
  },
  {
    name: 'checkAmendment(replace hostile)',
    prepare: (s) => () => checkAmendment(BASE_RESOLUTION, [{ op: 'replace', clause: '1', old: s, new: 'Stadt' }]),
    validate: (v) => assertDiagnostics(v),
  },
  {
    name: 'checkAmendment(hostile clause ref)',
    prepare: (s) => () => checkAmendment(BASE_RESOLUTION, [{ op: 'removeClause', clause: s }]),
    validate: (v) => assertDiagnostics(v),
  },
  {
    name: 'applyAmendment(insert hostile)',
    prepare: (s) => () => applyAmendment(BASE_RESOLUTION, [{ op: 'insert', clause: '1', new: s }]),
    validate: (v) => assertRedline(v),
  },
  {
    name: 'applyAmendment(rewrite with hostile)',
    prepare: (s) => () => applyAmendment(BASE_RESOLUTION, { changes: [{ op: 'rewrite', clause: '2', new: s }] }),
    validate: (v) => assertRedline(v),
  },
  {
    name: 'applyAmendments(addClause hostile)',
    prepare: (s) => () => applyAmendments(BASE_RESOLUTION, [{ id: 'A1', changes: [{ op: 'addClause', new: s }] }]),
    validate: (v) => {
      const r = v as { redline: unknown; diagnostics: unknown };
      assertRedline(r.redline);
      assertDiagnostics(r.diagnostics);
    },
  },
  ...(['toMarkdown', 'toHtml', 'toText', 'toSynopsis', 'toMdast'] as const).map((name): Call => ({
    name: `${name}(redline with hostile text)`,
    prepare: (s) => {
      const r = insertRedline(s);
      if (!r) return undefined;
      const render = { toMarkdown, toHtml, toText, toSynopsis, toMdast }[name];
      return () => render(r);
    },
    validate: name === 'toMdast' ? isRoot : isString,
  })),
  {
    name: 'parseRedline(toMarkdown(redline with hostile text))',
    prepare: (s) => {
      const r = insertRedline(s);
      const md = r && tryOrUndefined(() => toMarkdown(r));
      return md === undefined ? undefined : () => parseRedline(md);
    },
    validate: (v) => assertRedline((v as { redline: unknown }).redline),
  },
  {
    name: 'diffResolutions(base, parsed hostile)',
    prepare: (s) => {
      const parsed = parsedHostile(s);
      return parsed && (() => diffResolutions(BASE_RESOLUTION, parsed));
    },
    validate: (v) => assertRedline(v),
  },
  {
    name: 'acceptAll/rejectAll(diff to parsed hostile)',
    prepare: (s) => {
      const parsed = parsedHostile(s);
      const r = parsed && tryOrUndefined(() => diffResolutions(parsed, BASE_RESOLUTION));
      return r && (() => [acceptAll(r), rejectAll(r)]);
    },
    validate: (v) => {
      const [a, b] = v as [unknown, unknown];
      assertResolution(a, 'acceptAll');
      assertResolution(b, 'rejectAll');
    },
  },
  ...(['toMarkdown', 'toHtml', 'toText', 'toMdast'] as const).map((name): Call => ({
    name: `${name}(parsed hostile resolution)`,
    prepare: (s) => {
      const parsed = parsedHostile(s);
      const render = { toMarkdown, toHtml, toText, toMdast }[name];
      return parsed && (() => render(parsed));
    },
    validate: name === 'toMdast' ? isRoot : isString,
  })),
];

/** Prepares a call on one input; a setup that throws anything but a RedlineError is itself a problem. */
function prepareCall(call: Call, s: string, problems: string[]): (() => unknown) | undefined {
  try {
    return call.prepare(s);
  } catch (error) {
    problems.push(`${call.name} (setup): ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
    return undefined;
  }
}

/**
 * The generous time bound: a call whose next, 4× larger step would take longer than this even
 * if it grew only linearly (4 × the time of this step) is reported, and the larger step is not
 * run — so a slow function fails fast instead of stalling the suite.
 * Set HOSTILE_TIMINGS=1 to print the time of every call on every step.
 */
const CALL_BUDGET_MS = 4000;

describe('hostile input: every public function returns a valid result or throws a RedlineError, in about linear time', () => {
  // Each call climbs a ladder: 1/16 of the input (run twice, the first as warm-up), 1/4, the whole.
  // Every step is checked for a valid result or a RedlineError, and each step may take about 4×
  // the previous one (the bound of test/timing.ts; quadratic would be 16×). A call too slow to
  // climb further within CALL_BUDGET_MS stops there and is reported.
  for (const input of HOSTILE) {
    it(
      input.name,
      () => {
        const sizes =
          input.full >= 16 ? [Math.floor(input.full / 16), Math.floor(input.full / 4), input.full] : [input.full];
        const texts = sizes.map((n) => input.make(n));
        const problems: string[] = [];
        for (const call of CALLS) {
          let previous: { ms: number; run: () => unknown } | undefined;
          for (let step = 0; step < texts.length; step++) {
            const run = prepareCall(call, texts[step]!, problems);
            if (!run) break;
            if (step === 0 && texts.length > 1) timeOf(run);
            let ms: number;
            try {
              ms = guarded(`${call.name} on ${describeSize(input, sizes[step]!)}`, run, call.validate).ms;
            } catch (error) {
              problems.push((error as Error).message.slice(0, 400));
              break;
            }
            if (process.env.HOSTILE_TIMINGS)
              console.log(`${input.name} | ${call.name} | ${describeSize(input, sizes[step]!)} | ${ms.toFixed(1)} ms`);
            if (previous && growthProblem(call.name, previous.ms, ms, 4)) {
              // Measure again before calling it a trend: a GC pause, a busy machine (other test
              // files run in parallel) or one lucky fast small call is not one. Medians on both sides.
              const [small, large] = medianTimes([previous.run, run], 5);
              const violation = growthProblem(
                `${call.name} (${describeSize(input, sizes[step - 1]!)} → ${describeSize(input, sizes[step]!)})`,
                small!,
                large!,
                4,
              );
              if (violation) {
                problems.push(violation);
                break;
              }
            }
            if (step < texts.length - 1 && 4 * ms > CALL_BUDGET_MS) ms = Math.min(ms, timeOf(run)); // not a GC pause
            if (step < texts.length - 1 && 4 * ms > CALL_BUDGET_MS) {
              problems.push(
                `${call.name}: ${ms.toFixed(0)} ms on ${describeSize(input, sizes[step]!)} already, so ≥ ${(4 * ms).toFixed(0)} ms on ${describeSize(input, sizes[step + 1]!)} (bound ${CALL_BUDGET_MS} ms); not run`,
              );
              break;
            }
            previous = { ms, run };
          }
        }
        expectNone(problems);
      },
      180_000,
    ); // ~30 calls on up to 1 MB each: more than the default test timeout on a busy machine
  }
});

function describeSize(input: Hostile, n: number): string {
  return input.full >= 100 * KIB ? `${(n / KIB).toFixed(0)} KiB` : `n = ${n}`;
}

describe('hostile input: wrong types and malformed model objects throw RedlineError', () => {
  const junk: unknown[] = [null, undefined, 42, {}, [], { clauses: null }, { lead: 1, clauses: [{}] }, 'text'];
  const BAD_RESOLUTIONS: unknown[] = [
    null,
    undefined,
    42,
    {},
    { lead: '' },
    { lead: '', clauses: [null] },
    { lead: '', clauses: [{ id: 1 }] },
  ];
  const BAD_AMENDMENTS: unknown[] = [
    null,
    {},
    { changes: null },
    { changes: [null] },
    { changes: [{ op: 'bogus' }] },
    { changes: [{ op: 'replace' }] },
    { changes: [{ op: 'replace', clause: 1, old: 2, new: 3 }] },
    [{ op: 'insert', clause: '1', new: null }],
    [{ op: 'addClause', new: 'x', after: '1', before: '2', parent: '9' }],
  ];
  type AnyFn = (...args: unknown[]) => unknown;
  const anyFn = (f: unknown) => f as AnyFn;

  it('string functions reject non-strings', () => {
    const failures: string[] = [];
    const stringFns: Array<[string, (x: unknown) => unknown]> = [
      ['parseMotion', (x) => anyFn(parseMotion)(x)],
      ['parseResolution', (x) => anyFn(parseResolution)(x)],
      ['parseAmendment', (x) => anyFn(parseAmendment)(x)],
      ['parseRedline', (x) => anyFn(parseRedline)(x)],
      ['redline(x, base)', (x) => anyFn(redline)(x, BASE)],
      ['redline(base, x)', (x) => anyFn(redline)(BASE, x)],
      ['checkRedline(base, x)', (x) => anyFn(checkRedline)(BASE, x)],
      ['diffText(x, base)', (x) => anyFn(diffText)(x, BASE)],
    ];
    for (const [name, fn] of stringFns) {
      for (const value of junk.filter((j) => typeof j !== 'string')) {
        try {
          fn(value);
          failures.push(`${name}(${JSON.stringify(value) ?? 'undefined'}) returned instead of throwing`);
        } catch (error) {
          if (!(error instanceof RedlineError))
            failures.push(
              `${name}(${JSON.stringify(value) ?? 'undefined'}): ${(error as Error).name}: ${(error as Error).message}`,
            );
        }
      }
    }
    // findClause may also answer "not found" for a reference that is no string.
    for (const value of junk.filter((j) => typeof j !== 'string')) {
      try {
        const found = anyFn(findClause)(BASE_RESOLUTION, value);
        if (found !== undefined)
          failures.push(`findClause(base, ${JSON.stringify(value) ?? 'undefined'}) found a clause`);
      } catch (error) {
        if (!(error instanceof RedlineError))
          failures.push(
            `findClause(base, ${JSON.stringify(value) ?? 'undefined'}): ${(error as Error).name}: ${(error as Error).message}`,
          );
      }
    }
    expectNone(failures);
  });

  it('model functions reject malformed resolutions, redlines and amendments', () => {
    const failures: string[] = [];
    const check = (name: string, fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        if (!(error instanceof RedlineError))
          failures.push(`${name}: ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
      }
    };
    for (const bad of BAD_RESOLUTIONS) {
      const label = JSON.stringify(bad) ?? 'undefined';
      check(`diffResolutions(${label}, base)`, () => anyFn(diffResolutions)(bad, BASE_RESOLUTION));
      check(`checkAmendment(${label}, [])`, () => anyFn(checkAmendment)(bad, []));
      check(`applyAmendment(${label}, [])`, () => anyFn(applyAmendment)(bad, []));
      check(`findClause(${label}, "1")`, () => anyFn(findClause)(bad, '1'));
      for (const name of [
        'toMarkdown',
        'toHtml',
        'toText',
        'toMdast',
        'toSynopsis',
        'acceptAll',
        'rejectAll',
      ] as const) {
        const fn = { toMarkdown, toHtml, toText, toMdast, toSynopsis, acceptAll, rejectAll }[name];
        check(`${name}(${label})`, () => anyFn(fn)(bad));
      }
    }
    for (const bad of BAD_AMENDMENTS) {
      const label = JSON.stringify(bad);
      check(`checkAmendment(base, ${label})`, () => anyFn(checkAmendment)(BASE_RESOLUTION, bad));
      check(`applyAmendment(base, ${label})`, () => anyFn(applyAmendment)(BASE_RESOLUTION, bad));
      check(`applyAmendments(base, [${label}])`, () => anyFn(applyAmendments)(BASE_RESOLUTION, [bad]));
    }
    check('applyAmendments(base, null)', () => anyFn(applyAmendments)(BASE_RESOLUTION, null));
    check('redline(base, "{\\"changes\\":[{\\"op\\":\\"replace\\"}]}")', () =>
      redline(BASE, '{"changes":[{"op":"replace"}]}'),
    );
    check('redline(base, "[{\\"op\\":\\"insert\\",\\"clause\\":null}]")', () =>
      redline(BASE, '[{"op":"insert","clause":null,"new":5}]'),
    );
    expectNone(failures);
  });
});

/** Pieces that trouble Markdown, label and instruction scanners, glued at random. */
const PIECES = [
  '1. ',
  '2) ',
  'a) ',
  'aa) ',
  '(3) ',
  'II. ',
  '- ',
  '• ',
  '– ',
  '\n',
  '\n\n',
  '   ',
  '\t',
  '~~',
  '**',
  '*',
  '_',
  '~',
  '„',
  '“',
  '"',
  "'",
  '‚',
  '‘',
  '»',
  '«',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '&',
  '`',
  '\\',
  '#',
  '|',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u00AD',
  '\u00A0',
  '\u200D',
  'Ziffer 1',
  'wird gestrichen',
  'durch das Wort',
  'ersetzt',
  'eingefügt',
  'erhält folgende Fassung:',
  'Beschluss:',
  'Der Rat möge beschließen:',
  'Begründung:',
  'Kölner*innen',
  'z. B.',
  '31.12.2024',
  '250.000 €',
  '§ 13',
  'Verwaltung',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('hostile input: fast-check over glued hostile pieces', () => {
  it('no public function throws anything but a RedlineError or returns an invalid result', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        for (const call of CALLS) {
          const run = call.prepare(s);
          if (run) guarded(call.name, run, call.validate);
        }
      }),
      { numRuns: 150, seed: 6 },
    );
  });

  it('diffText between two hostile texts keeps both texts', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const out = guarded('diffText', () => diffText(a, b), isSegments);
        if (!out.ok) return;
        const base = out.value
          .filter((seg) => seg.type !== 'insert')
          .map((seg) => seg.text)
          .join('');
        const amended = out.value
          .filter((seg) => seg.type !== 'delete')
          .map((seg) => seg.text)
          .join('');
        // The contract allows whitespace folding; nothing else may change.
        expect(base.replace(/\s+/gu, ' ').trim()).toBe(a.replace(/\s+/gu, ' ').trim());
        expect(amended.replace(/\s+/gu, ' ').trim()).toBe(b.replace(/\s+/gu, ' ').trim());
      }),
      { numRuns: 200, seed: 66 },
    );
  });
});

/** A clause tree `depth` levels deep (one child each), built without recursion. */
function deepResolution(depth: number, word: string): Resolution {
  const root = { id: '1', label: '1.', text: `${word} 0`, children: [] as Resolution['clauses'] };
  let node = root;
  for (let i = 1; i < depth; i++) {
    const child = { id: `${node.id}.a`, label: 'a)', text: `${word} ${i}`, children: [] as Resolution['clauses'] };
    node.children.push(child);
    node = child;
  }
  return { lead: 'Der Rat möge beschließen:', clauses: [root] };
}

describe('hostile input: a clause tree 5,000 levels deep', () => {
  const DEPTH = 5000;
  const deep = deepResolution(DEPTH, 'Die Verwaltung prüft');
  const deepAmended = deepResolution(DEPTH, 'Die Stadt prüft');

  it('no public function overflows the stack on it', () => {
    const failures: string[] = [];
    const attempt = (name: string, fn: () => unknown, validate?: (v: unknown) => void) => {
      try {
        return guarded(name, fn, validate);
      } catch (error) {
        failures.push((error as Error).message.slice(0, 300));
        return undefined;
      }
    };
    const diff = attempt(
      'diffResolutions(deep, deep amended)',
      () => diffResolutions(deep, deepAmended),
      (v) => assertRedline(v),
    );
    if (diff?.ok) {
      const r = diff.value as ReturnType<typeof diffResolutions>;
      attempt(
        'acceptAll(deep redline)',
        () => acceptAll(r),
        (v) => assertResolution(v),
      );
      attempt(
        'rejectAll(deep redline)',
        () => rejectAll(r),
        (v) => assertResolution(v),
      );
      attempt('toMarkdown(deep redline)', () => toMarkdown(r), isString);
      attempt('toHtml(deep redline)', () => toHtml(r, { document: true }), isString);
      attempt('toText(deep redline)', () => toText(r), isString);
      attempt('toSynopsis(deep redline)', () => toSynopsis(r), isString);
      attempt('toMdast(deep redline)', () => toMdast(r), isRoot);
    }
    attempt('toMarkdown(deep resolution)', () => toMarkdown(deep), isString);
    attempt('toHtml(deep resolution)', () => toHtml(deep), isString);
    attempt('toText(deep resolution)', () => toText(deep), isString);
    attempt('toMdast(deep resolution)', () => toMdast(deep), isRoot);
    const deepestId = `1${'.a'.repeat(DEPTH - 1)}`;
    attempt('findClause(deep, deepest id)', () => findClause(deep, deepestId));
    attempt(
      'checkAmendment(deep, change at the deepest clause)',
      () => checkAmendment(deep, [{ op: 'replace', clause: deepestId, old: 'Verwaltung', new: 'Stadt' }]),
      (v) => assertDiagnostics(v),
    );
    attempt(
      'applyAmendment(deep, addClause under the deepest clause)',
      () => applyAmendment(deep, [{ op: 'addClause', parent: deepestId, new: 'Neu.' }]),
      (v) => assertRedline(v),
    );
    expectNone(failures);
  });
});
