/**
 * A numbered place never finds an unnumbered paragraph by its position when
 * the base numbers an item so (a letterhead, title and heading before the list).
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const base = `Stadt Talbrück
Drucksache 17/2020

**Neue Bänke**

Unser Vorschlag:

1. Am Weiher werden Bänke aufgestellt.
2. Der Bauhof pflegt sie.
3. Die Kosten trägt der Haushalt.`;

describe('a numbered place in a base with unnumbered paragraphs before its list', () => {
  it('is refused where its number would find an unnumbered paragraph', () => {
    for (const amendment of [
      'Ziffer 1 wird gestrichen.',
      'Ziffer 3 wird gestrichen.',
      'In Ziffer 2 wird das Wort „Bauhof“ durch das Wort „Verein“ ersetzt.',
    ]) {
      expect(() => redline(base, amendment), amendment).toThrow(InstructionError);
      expect(() => redline(base, amendment), amendment).toThrow(/unnumbered paragraph by its position/u);
    }
  });

  it('applies in a base whose list is the resolution', () => {
    const plain = `Der Rat möge beschließen:\n\n${base.slice(base.indexOf('1. '))}`;
    expect(acceptAll(redline(plain, 'Ziffer 3 wird gestrichen.')).clauses).toHaveLength(2);
  });
});
