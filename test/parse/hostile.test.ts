/**
 * Hostile input: huge runs of markup, deep nesting, unbalanced markers. The
 * parser must finish in linear time: each case is timed against a linear
 * baseline over the same input (split into lines, trim, allocate a record per
 * line, join), with a generous factor so that a loaded machine does not fail
 * it but a quadratic blow-up does.
 */
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { Clause } from '../../src/model.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';

/** Linear work of the same kind per line as a parser does: trim, lower-case, a label test, a record, a join. */
function baseline(input: string): number {
  const out = input.split('\n').map((l) => {
    const text = l.trim();
    return {
      text,
      lower: text.slice(0, 64).toLowerCase(),
      label: /^\(?[0-9a-z]{1,3}[.)]\s/i.test(text),
      words: text.split(' '),
    };
  });
  return (
    out.reduce((a, b) => a + b.words.length + (b.label ? 1 : 0) + b.lower.length, 0) +
    out.map((o) => o.text).join(' ').length
  );
}

/** Best of five runs after one warm-up run (the machine may be shared; the minimum is the least noisy). */
function best(f: () => unknown, runs = 5): number {
  f();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Parse time must stay within FACTOR × baseline (+ a small constant for tiny inputs). */
const FACTOR = 60;

function expectLinear(input: string, parse: (s: string) => unknown, runs = 5): void {
  const b = best(() => baseline(input), runs);
  const p = best(() => {
    try {
      parse(input);
    } catch (e) {
      if (!(e instanceof RedlineError)) throw e;
    }
  }, runs);
  expect(p, `parse ${p.toFixed(1)} ms vs baseline ${b.toFixed(1)} ms`).toBeLessThan(FACTOR * b + 30);
}

function depth(clauses: Clause[]): number {
  let d = 0;
  let level = clauses;
  while (level.length > 0) {
    d++;
    level = level[level.length - 1]!.children;
  }
  return d;
}

const cases: Array<[string, string]> = [
  ['100 KB of *', '*'.repeat(100_000)],
  ['100 KB of * lines', ('*'.repeat(99) + '\n').repeat(1000)],
  ['unbalanced ~~', ('~~Die Verwaltung ~~wird ' + '~'.repeat(7) + '\n').repeat(3000)],
  ['100 KB of "- " on one line', '- '.repeat(50_000) + 'x'],
  ['5,000 labels on one line', '1. a) (1) '.repeat(5_000)],
  [
    '5,000 labels with colons',
    Array.from({ length: 5_000 }, (_, i) => `${['1.', 'a)', '(1)', 'aa)', 'I.', '-'][i % 6]} Punkt:`).join('\n'),
  ],
  ['5,000 repeated labels', '1. Die Verwaltung\n'.repeat(5_000)],
  ['gender stars and emphasis', 'Die Kölner*innen und die Expert*innen **x** _y_ '.repeat(5_000)],
  ['colons everywhere', ('Der Rat möge beschließen: ' + 'a:'.repeat(200) + '\n').repeat(500)],
  ['long unbroken paragraph', ('wort '.repeat(20) + '\n').repeat(10_000)],
];

describe('hostile input finishes in linear time', () => {
  for (const [name, input] of cases) {
    it(name, () => {
      expectLinear(input, parseResolution);
      expectLinear(`Beschluss:\n\n${input}\n\nBegründung:\n\nx`, parseMotion);
    });
  }

  it('5,000 nested labels (indentation) give a 5,000-deep tree without stack overflow', () => {
    const input = Array.from({ length: 5_000 }, (_, i) => '\t'.repeat(i) + '- Ebene').join('\n');
    const r = parseResolution(input);
    expect(depth(r.clauses)).toBe(5_000);
    let node = r.clauses[0]!;
    while (node.children.length > 0) node = node.children[0]!;
    expect(node.id.split('.')).toHaveLength(5_000);
    expectLinear(input, parseResolution, 1);
  });

  it('scales linearly: 4× the input takes well under 16× the time', () => {
    const unit = '1. Die Verwaltung wird beauftragt:\n- Kölner*innen,\n- ~~alt~~ **neu**\n\nWeiterer Absatz.\n';
    const small = unit.repeat(2_000);
    const large = unit.repeat(8_000);
    const ts = best(() => parseResolution(small));
    const tl = best(() => parseResolution(large));
    expect(tl).toBeLessThan(10 * ts + 50);
  });
});
