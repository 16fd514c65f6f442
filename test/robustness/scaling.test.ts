/**
 * Inputs that used to take super-linear time (issue 13, item 9), each pinned
 * with the shared growth check of test/timing.ts: a run of `§` (tokenised
 * quadratically: every sign re-read the whole run), the `text-not-found`
 * suggestion on a long clause (every window scored against the whole needle),
 * and `toInstructions` on one clause with many changes and on a deep tree.
 * Figures before and after: docs/performance.md.
 */
import { describe, expect, it } from 'vitest';
import {
  checkAmendment,
  diffResolutions,
  diffText,
  parseResolution,
  redline,
  toInstructions,
} from '../../src/index.js';
import type { Redline, RedlineClause } from '../../src/index.js';
import { expectLinearGrowth } from '../timing.js';

const WORDS = ['Die', 'Verwaltung', 'prüft', 'den', 'Rat', 'Stadt', 'baut', 'Bericht', 'bis', 'Ende', 'Jahres', 'vor'];

/** `n` words of varied German text (`seed` shifts the pattern). */
function words(n: number, seed = 1): string {
  return Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed * 3 + (i >> 3)) % WORDS.length]!).join(' ');
}

describe('runs of section signs', () => {
  it('diffText tokenises a run of § in linear time, and keeps both texts', () => {
    const signs = (n: number) => '§'.repeat(n);
    const small = signs(5_000);
    const large = signs(20_000);
    expectLinearGrowth(
      'diffText(§ × n, x)',
      () => diffText(small, 'x'),
      () => diffText(large, 'x'),
      4,
      3,
    );
    const segments = diffText('§§§ a §', '§ 12 §§');
    expect(
      segments
        .filter((s) => s.type !== 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe('§§§ a §');
    expect(
      segments
        .filter((s) => s.type !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe('§ 12 §§');
  });

  it('redline() on a clause that is a run of § takes linear time', () => {
    const small = `1. ${'§'.repeat(5_000)}`;
    const large = `1. ${'§'.repeat(20_000)}`;
    expectLinearGrowth(
      'redline(§ × n)',
      // A new wording that keeps nothing of the base is a rewrite only when the caller says so (issue 12).
      () => redline(small, '1. x', { form: 'rewrite' }),
      () => redline(large, '1. x', { form: 'rewrite' }),
      4,
      3,
    );
  });
});

describe('the text-not-found suggestion', () => {
  /** A clause of `n` words and a change whose `old` text (half as long) is not in it. */
  const missing = (n: number) => {
    const base = parseResolution(`1. ${words(n)}.`);
    const amendment = {
      changes: [{ op: 'replace' as const, clause: '1', old: `${words(n / 2, 5)} Xylophon`, new: 'neu' }],
    };
    return () => checkAmendment(base, amendment);
  };

  it('is found in about linear time in the clause and needle length', () => {
    expectLinearGrowth('text-not-found suggestion', missing(250), missing(4_000), 16, 3);
  });

  it('still suggests the closest passage', () => {
    const base = parseResolution('1. Der Rat beschließt vierteljährlich einen Bericht.');
    const [diagnostic] = checkAmendment(base, {
      changes: [{ op: 'replace', clause: '1', old: 'vierteljärlich', new: 'halbjährlich' }],
    });
    expect(diagnostic?.code).toBe('text-not-found');
    expect(diagnostic?.suggestion).toBe('vierteljährlich');
  });
});

describe('toInstructions at scale', () => {
  /** One clause of `n` words, every other word replaced. */
  const manyChanges = (n: number): Redline => {
    const base = Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const amended = Array.from({ length: n }, (_, i) => (i % 2 === 1 ? `w${i}` : `v${i}`)).join(' ');
    return diffResolutions(parseResolution(`1. ${base}.`), parseResolution(`1. ${amended}.`));
  };

  it('one clause with many changes: linear', () => {
    const small = manyChanges(500);
    const large = manyChanges(2_000);
    expectLinearGrowth(
      'toInstructions (many changes)',
      () => toInstructions(small),
      () => toInstructions(large),
      4,
      3,
    );
  });

  /** A chain of `depth` clauses, the deepest one changed. */
  const deep = (depth: number): Redline => {
    const changed = (): RedlineClause['segments'] => [
      { type: 'equal', text: 'Der Rat ' },
      { type: 'delete', text: 'alt' },
      { type: 'insert', text: 'neu' },
    ];
    const root: RedlineClause = { id: '1', label: '1.', status: 'changed', segments: changed(), children: [] };
    let at = root;
    for (let i = 0; i < depth; i += 1) {
      const child: RedlineClause = {
        id: `${at.id}.x`,
        label: '-',
        status: 'unchanged',
        segments: [{ type: 'equal', text: 'Text.' }],
        children: [],
      };
      at.children.push(child);
      at = child;
    }
    return { lead: '', clauses: [root] };
  };

  /** The characters of a redline: its ids, labels and texts (a chain's dotted ids make it depth² characters). */
  const sizeOf = (redline: Redline): number => JSON.stringify(redline).length;

  it('a deep tree: linear in its size (the dotted ids of a chain are depth² characters), and it writes the change', () => {
    const small = deep(500);
    const large = deep(2_000);
    // 4× the depth is about 15× the characters; a cost quadratic in the size (depth⁴) would be 256×.
    const growth = Math.round(sizeOf(large) / sizeOf(small));
    expect(growth).toBeGreaterThanOrEqual(12);
    expectLinearGrowth(
      'toInstructions (deep tree)',
      () => toInstructions(small),
      () => toInstructions(large),
      growth,
      3,
    );
    expect(toInstructions(large)).toContain('„alt“ durch das Wort „neu“');
  });
});
