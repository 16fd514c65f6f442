/** An instruction printed wholly inside quotation marks below a lead (read/quoted-instruction.ts). */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { scanQuotes } from '../../../src/text/quotes.js';
import { unquoteInstructions } from '../../../src/instructions/read/quoted-instruction.js';

const unquoted = (text: string): string => unquoteInstructions(text, scanQuotes(text).quotes);

describe('an instruction quoted after a lead', () => {
  it('is read as the instruction', () => {
    const text = [
      'Die Vorsitzende lässt über den Vorschlag abstimmen:',
      'Es wird gebeten zu beschließen:',
      '„Der Beschluss wird in Ziffer 2 dahin geändert, dass das Wort „monatlich“ durch das Wort „wöchentlich“ ersetzt wird.“',
      'Abstimmungsergebnis: einstimmig',
    ].join('\n');
    expect(parseAmendment(text).changes).toEqual([
      { op: 'replace', clause: 'Ziffer 2', old: 'monatlich', new: 'wöchentlich' },
    ]);
  });

  it('loses its marks only; every offset stays', () => {
    const text = 'Der Rat möge beschließen:\n„Ziffer 3 wird gestrichen.“';
    const out = unquoted(text);
    expect(out).toBe('Der Rat möge beschließen:\n Ziffer 3 wird gestrichen. ');
    expect(out).toHaveLength(text.length);
  });

  it('stays quoted as a new wording after a lead, after an instruction, or inside a paragraph', () => {
    for (const text of [
      // A resolution's new text after the lead: no place, no resolution noun first.
      'Der Rat möge beschließen:\n„Die Verwaltung wird beauftragt, die Gebühren zu ändern.“',
      // The payload of an instruction, even one that reads like an instruction.
      'Ziffer 2 erhält folgende Fassung:\n„Ziffer 4 des Beschlusses vom Mai wird aufgehoben.“',
      // Not a paragraph of its own.
      'Der Rat möge beschließen:\nWir meinen „Ziffer 3 wird gestrichen.“',
    ])
      expect(unquoted(text), text).toBe(text);
  });
});
