/** One new text for several clauses of one unit ("Ersetze § 3 Abs. 2 und 3 durch:" + "(2) … (3) …"). */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';

const sentence = 'Ersetze § 3 Abs. 2 und 3 der Hafenordnung durch:';

describe('a new text for several clauses of one unit', () => {
  it('is one new wording per clause when it holds them under their labels, in order', () => {
    const a = parseAmendment(`${sentence}\n(2) Boote legen am Nordkai an.\n(3)Der Hafenmeister weist die Plätze zu.`);
    expect(a.changes).toEqual([
      { op: 'rewrite', clause: '§ 3 Absatz 2', new: '(2) Boote legen am Nordkai an.' },
      { op: 'rewrite', clause: '§ 3 Absatz 3', new: '(3) Der Hafenmeister weist die Plätze zu.' },
    ]);
  });

  it('reads "erhalten folgende Fassung:" the same way', () => {
    const a = parseAmendment(
      '§ 3 Absätze 2 und 3 erhalten folgende Fassung:\n(2) Boote legen an.\n(3) Plätze werden zugewiesen.',
    );
    expect(a.changes.map((c) => ('clause' in c ? c.clause : ''))).toEqual(['§ 3 Absatz 2', '§ 3 Absatz 3']);
  });

  it('keeps a list inside a clause with it', () => {
    const a = parseAmendment(
      `${sentence}\n(2) Es gelten:\n1. die Nachtruhe,\n2. die Wasserschutzzone.\n(3) Der Hafenmeister weist die Plätze zu.`,
    );
    expect(a.changes).toHaveLength(2);
    expect((a.changes[0] as { new: string }).new).toContain('2. die Wasserschutzzone.');
  });

  it('refuses a text without the labels: which words replace which clause is not said', () => {
    const text = `${sentence}\nBoote legen am Nordkai an, und der Hafenmeister weist die Plätze zu.`;
    expect(() => parseAmendment(text)).toThrow(InstructionError);
    expect(() => parseAmendment(text)).toThrow(/does not hold them one by one/u);
  });

  it('refuses a text with a clause more than it names, or the labels out of order', () => {
    expect(() =>
      parseAmendment(`${sentence}\n(2) Boote legen an.\n(3) Plätze werden zugewiesen.\n(4) Gebühren fallen an.`),
    ).toThrow(/does not hold them one by one/u);
    expect(() => parseAmendment(`${sentence}\n(3) Plätze werden zugewiesen.\n(2) Boote legen an.`)).toThrow(
      /does not hold them one by one/u,
    );
  });
});
