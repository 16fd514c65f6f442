/**
 * `planMarkup`: the public spacing rules — one space between a deletion and
 * its insertion, no whitespace inside a mark, and a plan that reads back to
 * the exact base and amended texts.
 */
import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model.js';
import { piecesToSegments } from '../../src/redline/read/spacing.js';
import { amendedText, baseText } from '../../src/redline/segments.js';
import { planMarkup } from '../../src/render/markup-plan.js';
import { redlineArb } from './generators.js';

const eq = (text: string): Segment => ({ type: 'equal', text });
const del = (text: string): Segment => ({ type: 'delete', text });
const ins = (text: string): Segment => ({ type: 'insert', text });

/** Draws a plan as text: the way a renderer that adds nothing would. */
const draw = (segments: readonly Segment[]): string =>
  planMarkup(segments)
    .map((p) => (p.type === 'delete' ? `[${p.text}]` : p.type === 'insert' ? `{${p.text}}` : p.text))
    .join('');

describe('planMarkup', () => {
  it('puts exactly one space between a deletion and its insertion', () => {
    expect(
      draw([eq('Die Verwaltung legt '), del('vierteljährlich'), ins('halbjährlich'), eq(' einen Bericht vor.')]),
    ).toBe('Die Verwaltung legt [vierteljährlich] {halbjährlich} einen Bericht vor.');
  });

  it('keeps whitespace at the edge of a change outside the mark', () => {
    expect(draw([eq('legt'), ins(' halbjährlich'), eq(' einen')])).toBe('legt {halbjährlich} einen');
    expect(draw([eq('einzurichtende'), ins(' Stabstelle'), eq(', Tätigkeiten')])).toBe(
      'einzurichtende {Stabstelle}, Tätigkeiten',
    );
  });

  it('marks a change across paragraphs per paragraph', () => {
    expect(planMarkup([del('Satz eins.\n\nSatz zwei.')])).toEqual([del('Satz eins.'), eq('\n\n'), del('Satz zwei.')]);
  });

  fcTest.prop([redlineArb], { numRuns: 100 })(
    'reads back to the exact texts, marks without edge whitespace',
    (redline) => {
      const stack = [...redline.clauses];
      while (stack.length > 0) {
        const clause = stack.pop()!;
        stack.push(...clause.children);
        const plan = planMarkup(clause.segments);
        for (const piece of plan.filter((p) => p.type !== 'equal')) {
          expect(piece.text).toBe(piece.text.trim());
          expect(piece.text).not.toContain('\n\n');
        }
        const read = piecesToSegments(plan);
        expect(baseText(read)).toBe(baseText(clause.segments));
        expect(amendedText(read)).toBe(amendedText(clause.segments));
      }
    },
  );
});
