/** An unread item before the first instruction of a list of instructions (read/prose-items.ts). */
import { describe, expect, it } from 'vitest';
import { parseAmendment, redline } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';

const BASE = [
  'Satzung über den Wochenmarkt',
  '',
  '§ 1 Zweck',
  '',
  'Der Markt dient der Versorgung.',
  '',
  '§ 2 Zeiten',
  '',
  'Der Markt ist mittwochs geöffnet.',
].join('\n');

describe('an item of a list of instructions that holds none', () => {
  it('is refused before the first instruction as after it, naming the item', () => {
    for (const text of [
      '1. Die Inhaltsübersicht wird neu geordnet.\n2. § 2 wird aufgehoben.',
      'a) Das Verzeichnis wird gelüftet.\nb) § 2 wird aufgehoben.',
      '1. § 2 wird aufgehoben.\n2. Das Verzeichnis wird gelüftet.',
    ]) {
      const error = (() => {
        try {
          redline(BASE, text);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error, text).toBeInstanceOf(InstructionError);
      expect((error as InstructionError).sentence, text).toMatch(/Inhaltsübersicht|Verzeichnis/u);
    }
  });

  it('leaves a numbered header line above the list alone', () => {
    expect(parseAmendment('912. Sitzung des Kreistages\n1. § 2 wird aufgehoben.').changes).toEqual([
      { op: 'removeClause', clause: '§ 2' },
    ]);
  });

  it('leaves a reprinted list alone when the instruction is a paragraph after it', () => {
    expect(
      parseAmendment(
        '1. Der Markt dient der Versorgung.\n2. Der Markt ist mittwochs geöffnet.\n\nZiffer 2 wird gestrichen.',
      ).changes,
    ).toEqual([{ op: 'removeClause', clause: 'Ziffer 2' }]);
  });
});
