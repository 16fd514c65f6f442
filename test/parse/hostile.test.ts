/**
 * Hostile input: huge runs of markup, deep nesting, unbalanced markers. The
 * parser must finish in linear time: each case is parsed whole and from its
 * first quarter, and the whole may take about 4× as long (test/timing.ts), so
 * that a loaded machine does not fail it but a quadratic blow-up does.
 */
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { Clause } from '../../src/model.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { expectLinearGrowth } from '../timing.js';

/** Parsing the whole input takes about 4× parsing its first quarter. */
function expectLinear(input: string, parse: (s: string) => unknown, runs = 5): void {
  const call = (s: string) => () => {
    try {
      parse(s);
    } catch (e) {
      if (!(e instanceof RedlineError)) throw e;
    }
  };
  expectLinearGrowth('parse', call(input.slice(0, Math.floor(input.length / 4))), call(input), 4, runs);
}

/** The input as the resolution of a whole motion. */
const asMotion = (input: string): string => `Beschluss:\n\n${input}\n\nBegründung:\n\nx`;

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
      expectLinear(input, (s) => parseMotion(asMotion(s)));
    });
  }

  it('5,000 nested labels (indentation) give a 5,000-deep tree without stack overflow', () => {
    const input = Array.from({ length: 5_000 }, (_, i) => '\t'.repeat(i) + '- Ebene').join('\n');
    const r = parseResolution(input);
    expect(depth(r.clauses)).toBe(5_000);
    let node = r.clauses[0]!;
    while (node.children.length > 0) node = node.children[0]!;
    expect(node.id.split('.')).toHaveLength(5_000);
    expectLinear(input, parseResolution, 3);
  });

  it('scales linearly: 4× the input takes well under 16× the time', () => {
    const unit = '1. Die Verwaltung wird beauftragt:\n- Kölner*innen,\n- ~~alt~~ **neu**\n\nWeiterer Absatz.\n';
    const small = unit.repeat(2_000);
    const large = unit.repeat(8_000);
    expectLinearGrowth(
      'parseResolution',
      () => parseResolution(small),
      () => parseResolution(large),
      4,
    );
  });
});
