import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixSpacing, type WorkSegment } from '../../src/amend/spacing.js';

const text = (segments: readonly WorkSegment[], side: 'base' | 'amended'): string =>
  segments
    .filter((s) => s.type === 'equal' || s.type === (side === 'base' ? 'delete' : 'insert'))
    .map((s) => s.text)
    .join('');

const seg = (type: WorkSegment['type'], t: string, locked = false): WorkSegment =>
  locked ? { type, text: t, locked } : { type, text: t };

describe('fixSpacing', () => {
  it.each([
    [[seg('equal', 'der Stadt '), seg('delete', 'und Medien'), seg('equal', '.')], 'der Stadt.'],
    [[seg('equal', 'A '), seg('delete', 'B'), seg('equal', ' C')], 'A C'],
    [[seg('delete', 'A'), seg('equal', ' B')], 'B'],
    [[seg('equal', 'A '), seg('delete', 'B')], 'A'],
    [[seg('equal', '('), seg('delete', 'A'), seg('equal', ' B)')], '(B)'],
    [[seg('equal', 'Vorhaben'), seg('insert', ', die Dauer'), seg('equal', ' und')], 'Vorhaben, die Dauer und'],
    [[seg('equal', 'die'), seg('insert', 'neue'), seg('equal', ' Stadt')], 'die neue Stadt'],
    [[seg('equal', 'die '), seg('insert', 'neue'), seg('equal', 'Stadt')], 'die neue Stadt'],
    [[seg('equal', 'die '), seg('insert', ' neue '), seg('equal', ' Stadt')], 'die neue Stadt'],
    [[seg('equal', 'Ende.'), seg('insert', '\n\nNeu.')], 'Ende.\n\nNeu.'],
    [[seg('equal', 'A '), seg('delete', 'und'), seg('insert', ', sowie'), seg('equal', ' B')], 'A, sowie B'],
    [[seg('equal', '„'), seg('insert', 'Neu'), seg('equal', 'Alt“')], '„Neu Alt“'],
  ])('%j', (segments, amended) => {
    const before = text(segments, 'base');
    const fixed = fixSpacing(segments.map((s) => ({ ...s })));
    expect(text(fixed, 'amended')).toBe(amended);
    expect(text(fixed, 'base')).toBe(before);
  });

  it('leaves locked hunks (word diffs of a rewrite) exactly as they are', () => {
    const segments = [seg('equal', 'A '), seg('delete', 'B', true), seg('equal', ' C')];
    expect(fixSpacing(segments.map((s) => ({ ...s })))).toEqual(segments);
  });

  it('never changes the base text and never leaves double spaces around a change (property)', () => {
    const piece = fc.constantFrom('Die', 'Stadt', ' ', '.', ',', '(', ')', 'und');
    const segment = fc.record({
      type: fc.constantFrom<WorkSegment['type']>('equal', 'delete', 'insert'),
      text: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
    });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const before = text(segments, 'base');
        const fixed = fixSpacing(segments.map((s) => ({ ...s })));
        expect(text(fixed, 'base')).toBe(before);
      }),
    );
  });
});
