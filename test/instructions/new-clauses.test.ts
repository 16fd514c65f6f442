/**
 * New clauses read from instructions: complete labels in the sibling style
 * (issue 13.2/13.3) and sub-clauses printed in the new text (issue 17.3).
 */
import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parseResolution } from '../../src/parse/resolution.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { toInstructions } from '../../src/render/instructions.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { parseRedline } from '../../src/redline/read/parse-redline.js';
import type { Clause } from '../../src/model.js';

const base =
  '1. Die Verwaltung berichtet vierteljährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.';
const shape = (cs: readonly Clause[]): unknown[] => cs.map((c) => [c.label, c.text, shape(c.children)]);

describe('labels of added clauses are complete labels', () => {
  it.each([
    ['Der Ziffer 1 wird folgender Buchstabe a angefügt: „Neu.“', [0, 'a)']],
    ['Der Ziffer 1 wird folgende Nummer 1 angefügt: „Neu.“', [0, '1.']],
    ['Nach Ziffer 1 wird folgender Spiegelstrich eingefügt: „Neu.“', [1, '-']],
  ] as const)('%s', (text, [at, label]) => {
    const r = redline(base, text);
    const amended = acceptAll(r).clauses;
    const added = at === 0 ? amended[0]!.children[0]! : amended[at]!;
    expect(added.label).toBe(label);
    expect(added.text).toBe('Neu.');
    // And it reads back as a clause of its own, not merged into its parent. (A bullet among numbered
    // clauses nests under the one before when read back: the label-style change of issue 13.1.)
    if (label === '-') return;
    const back = parseRedline(toMarkdown(r)).amended;
    expect(shape(back.clauses)).toEqual(shape(amended));
  });

  it('follows the style of labelled siblings', () => {
    const withItems = '1. Die Stadt fördert:\n   (a) Dächer,\n   (b) Fassaden.\n2. Der Rat tagt.';
    const added = acceptAll(
      redline(withItems, 'In Ziffer 1 wird nach Buchstabe b folgender Buchstabe c eingefügt: „Höfe.“'),
    );
    expect(added.clauses[0]!.children.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)']);
  });
});

describe('new clauses with sub-clauses', () => {
  const want = [
    ['1.', 'Die Verwaltung berichtet vierteljährlich.', []],
    ['2.', 'Die Kölnerinnen werden beteiligt.', []],
    ['3.', 'Der Rat tagt öffentlich.', []],
    [
      '4.',
      'Die Stadt fördert:',
      [
        ['a)', 'Dächer,', []],
        ['b)', 'Fassaden.', []],
      ],
    ],
  ];

  it.each([
    'Nach Ziffer 3 wird folgende Ziffer 4 eingefügt: „Die Stadt fördert:\n\na) Dächer,\n\nb) Fassaden.“',
    // The new text carrying its own label, as amendments print it.
    'Nach Ziffer 3 wird folgende Ziffer 4 eingefügt: „4. Die Stadt fördert:\n\na) Dächer,\n\nb) Fassaden.“',
    // Unquoted after the colon, on the following lines.
    'Nach Ziffer 3 wird folgende Ziffer 4 eingefügt:\n\nDie Stadt fördert:\n\na) Dächer,\nb) Fassaden.',
  ])('%s', (text) => {
    expect(shape(acceptAll(redline(base, text)).clauses)).toEqual(want);
  });

  it('keeps a new text without labelled lines as one clause text', () => {
    const r = acceptAll(
      redline(
        base,
        'Nach Ziffer 3 wird folgende Ziffer 4 eingefügt: „Die Stadt fördert Dächer.\n\nSie berichtet jährlich.“',
      ),
    );
    expect(shape(r.clauses.slice(3))).toEqual([['4.', 'Die Stadt fördert Dächer.\n\nSie berichtet jährlich.', []]]);
  });
});

describe('round trip of inserted subtrees through toInstructions and parseAmendment', () => {
  const sentence = fc
    .tuple(
      fc.constantFrom('Die Stadt', 'Der Bauhof', 'Die Kämmerei'),
      fc.constantFrom('prüft', 'plant', 'fördert'),
      fc.nat(999),
    )
    .map(([s, v, n]) => `${s} ${v} Vorhaben ${n + 1}.`);
  const labelsOf = (kind: number, n: number): string[] =>
    Array.from({ length: n }, (_, i) =>
      kind === 0 ? `${String.fromCharCode(97 + i)})` : kind === 1 ? `(${i + 1})` : '-',
    );

  fcTest.prop(
    [
      fc.array(sentence, { minLength: 1, maxLength: 5 }),
      fc.nat(5),
      fc.option(sentence, { nil: undefined }),
      fc.array(sentence, { minLength: 1, maxLength: 3 }),
      fc.nat(2),
    ],
    { numRuns: 60 },
  )(
    'toInstructions writes them so that applying its reading gives the amended resolution',
    (texts, at, own, items, kind) => {
      const baseText = texts.map((t, i) => `${i + 1}. ${t}`).join('\n');
      const where = at % (texts.length + 1);
      const head = own ?? '';
      const sub = labelsOf(kind, items.length).map((l, i) => `   ${l} ${items[i]!}`);
      const lines = texts.map((t) => t);
      const amendedLines: string[] = [];
      lines.forEach((t, i) => {
        if (i === where) amendedLines.push(`${i + 1}. ${head}`.trimEnd(), ...sub);
        amendedLines.push(`${i + 1 + (i >= where ? 1 : 0)}. ${t}`);
      });
      if (where === lines.length) amendedLines.push(`${lines.length + 1}. ${head}`.trimEnd(), ...sub);
      const b = parseResolution(baseText);
      const a = parseResolution(amendedLines.join('\n'));
      const r = diffResolutions(b, a);
      let text: string;
      try {
        text = toInstructions(r);
      } catch (error) {
        // Known limit: a new clause without text of its own whose one sub-clause has the same key ("Ziffer 1" >
        // "(1)") would read back as that clause; the writer refuses it rather than write something that reads wrong.
        expect(String(error)).toMatch(/sub-clauses whose labels do not read back/u);
        expect(own).toBeUndefined();
        return;
      }
      expect(text).toMatch(/eingefügt|angefügt/u);
      expect(shape(acceptAll(applyAmendment(b, parseAmendment(text))).clauses)).toEqual(shape(acceptAll(r).clauses));
    },
  );
});

describe('a new first sub-clause in a style its bare key would not get', () => {
  it('prints its label in the quotation, and the applied clause takes it', () => {
    const b = parseResolution('1. Die Kämmerei plant.\n2. Die Stadt prüft.');
    const a = parseResolution('1. Die Kämmerei plant.\n   (1) Der Bauhof prüft.\n2. Die Stadt prüft.');
    const text = toInstructions(diffResolutions(b, a));
    expect(text).toContain('„(1) Der Bauhof prüft.“');
    expect(shape(acceptAll(applyAmendment(b, parseAmendment(text))).clauses)).toEqual(shape(a.clauses));
  });
});
