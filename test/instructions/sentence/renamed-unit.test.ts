/**
 * "Punkt 4 „alt“ wird in Punkt 4: „neu“ geändert[:]" (sentence/renamed-unit.ts): the unit's
 * heading replaced, and the "Streiche:" / "Ersetze durch:" blocks after the colon under it;
 * and what it must refuse.
 */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/instructions/read.js';
import { acceptAll, redline, toInstructions } from '../../../src/index.js';
import { InstructionError, RedlineError } from '../../../src/errors.js';

const changes = (text: string): unknown => parseAmendment(text).changes;

const base = [
  'Kassenordnung des Kreisverbands',
  '',
  'Punkt 3: Beiträge',
  'Der Beitrag wird jährlich erhoben.',
  '',
  'Punkt 4: Kasse',
  'Die Kasse führt die Schatzmeisterin. Sie berichtet jährlich.',
].join('\n');

describe('a unit changed into the same unit with a new heading', () => {
  it('reads the heading change alone', () => {
    expect(changes('Punkt 4 „Kasse“ wird in Punkt 4: „Kasse und Spenden“ geändert.')).toEqual([
      { op: 'replace', clause: 'Punkt 4', old: 'Kasse', new: 'Kasse und Spenden', part: 'heading' },
    ]);
    expect(changes('Punkt 4 der Kassenordnung „Kasse“ wird in Punkt 4 „Kasse und Spenden“ umbenannt.')).toEqual([
      { op: 'replace', clause: 'Punkt 4', old: 'Kasse', new: 'Kasse und Spenden', part: 'heading' },
    ]);
  });

  it('reads the "Streiche:" / "Ersetze durch:" blocks after its colon as changes of that unit', () => {
    const amendment = [
      'Punkt 4 “Kasse” wird in Punkt 4: “Kasse und Spenden” geändert:',
      '',
      'Streiche:',
      '“Die Kasse führt die Schatzmeisterin.”',
      '',
      'Ersetze durch:',
      '“Die Kasse führt die Schatzmeisterin; Spenden verbucht sie',
      'getrennt.”',
    ].join('\n');
    expect(changes(amendment)).toEqual([
      { op: 'replace', clause: 'Punkt 4', old: 'Kasse', new: 'Kasse und Spenden', part: 'heading' },
      {
        op: 'replace',
        clause: 'Punkt 4',
        old: 'Die Kasse führt die Schatzmeisterin.',
        new: 'Die Kasse führt die Schatzmeisterin; Spenden verbucht sie getrennt.',
      },
    ]);
    const unit = acceptAll(redline(base, amendment)).clauses.find((c) => c.label === 'Punkt 4:')!;
    expect([unit.label, unit.heading, unit.text]).toEqual([
      'Punkt 4:',
      'Kasse und Spenden',
      'Die Kasse führt die Schatzmeisterin; Spenden verbucht sie getrennt. Sie berichtet jährlich.',
    ]);
  });

  it('is written back by toInstructions with the item noun, and reads back the same', () => {
    const amendment = 'Punkt 4 „Kasse“ wird in Punkt 4: „Kasse und Spenden“ geändert.';
    const written = toInstructions(redline(base, amendment));
    expect(written).toContain('Punkt 4 erhält folgende Überschrift: „Kasse und Spenden“');
    expect(acceptAll(redline(base, written))).toEqual(acceptAll(redline(base, amendment)));
  });

  it('refuses another unit after "in", a text of its own after the colon, and an old heading the base does not have', () => {
    expect(() => changes('Punkt 4 „Kasse“ wird in Punkt 5: „Kasse“ geändert.')).toThrow(
      /new number and a new heading/u,
    );
    expect(() =>
      changes('Punkt 4 „Kasse“ wird in Punkt 4: „Kasse und Spenden“ geändert:\n\nDie Kasse ist offen.'),
    ).toThrow(InstructionError);
    expect(() => redline(base, 'Punkt 4 „Kassen“ wird in Punkt 4: „Spenden“ geändert.')).toThrow(RedlineError);
  });
});
