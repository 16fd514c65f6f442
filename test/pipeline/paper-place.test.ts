/**
 * The resolution named as a paper by its number ("in der Beschlussvorlage
 * 212/03 „…“ die Nr. 1 neu zu fassen"): the number is compared with the base's
 * own, also with the year in two digits; another number is refused.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const base = `Gemeinde Obertal
Gemeinderatsdrucksache 77/2019

**Neue Buslinie**

Beschlußantrag:

1. Die Buslinie 4 fährt künftig bis zum Friedhof.
2. Die Kosten trägt der Haushalt.`;

const amendment = (paper: string): string =>
  `Wir beantragen, in der Beschlussvorlage ${paper} "Neue Buslinie" die Beschlussanträge Nr. 1 neu zu fassen und wie folgt zu beschließen:\n\nBeschlussantrag Nr. 1\n\nDie Buslinie 4 fährt künftig bis zum Sportplatz.`;

describe('a paper named by its number as the place', () => {
  it('is the base when its number is the base’s, the year in two digits too; the old-spelling heading opens the resolution', () => {
    for (const paper of ['77/19', '77/2019']) {
      const amended = acceptAll(redline(base, amendment(paper)));
      expect(amended.clauses.map((c) => `${c.label} ${c.text}`)).toEqual([
        '1. Die Buslinie 4 fährt künftig bis zum Sportplatz.',
        '2. Die Kosten trägt der Haushalt.',
      ]);
    }
  });

  it('refuses another paper', () => {
    expect(() => redline(base, amendment('78/19'))).toThrow(InstructionError);
    expect(() => redline(base, amendment('78/19'))).toThrow(/names the document/u);
  });
});
