/** A new wording of a clause with sub-items must say what becomes of them (src/pipeline/sub-items.ts). */
import { describe, expect, it } from 'vitest';
import { acceptAll, InstructionError, redline } from '../../src/index.js';

const base = [
  'Der Rat beschließt:',
  '',
  '1. Die Stadt baut einen Radweg.',
  '2. Die Verwaltung prüft:',
  '   a) die Kosten,',
  '   b) die Fristen.',
  '3. Der Rat wird informiert.',
].join('\n');

const items = (amendment: string): string[] =>
  acceptAll(redline(base, amendment)).clauses[1]!.children.map((c) => `${c.label} ${c.text}`);

describe('a new wording of a clause with sub-items', () => {
  it('is refused when it does not say whether the sub-items go too', () => {
    const run = () => redline(base, 'Ziffer 2 erhält folgende Fassung: „Die Verwaltung prüft die Kosten.“');
    expect(run).toThrow(InstructionError);
    expect(run).toThrow(
      /„Ziffer 2 erhält folgende Fassung.*"Ziffer 2" has sub-items \(a\), b\)\).*repeat the clause's label: „2\. …“/su,
    );
  });

  it('is refused with the form forced too: forcing the form skips no check against the base', () => {
    const amendment = 'Ziffer 2 erhält folgende Fassung: „Die Verwaltung prüft die Kosten.“';
    expect(() => redline(base, amendment, { form: 'instructions' })).toThrow(/"Ziffer 2" has sub-items/u);
  });

  it('replaces the sub-items when it repeats the clause’s label', () => {
    expect(items('Ziffer 2 erhält folgende Fassung: „2. Die Verwaltung prüft die Kosten.“')).toEqual([]);
  });

  it('keeps them when a list intro gets a new intro', () => {
    expect(items('Ziffer 2 erhält folgende Fassung: „Die Verwaltung untersucht bis Juni:“')).toEqual([
      'a) die Kosten,',
      'b) die Fristen.',
    ]);
  });

  it('leaves clauses without sub-items and named sentences alone', () => {
    expect(acceptAll(redline(base, 'Ziffer 3 erhält folgende Fassung: „Der Rat tagt.“')).clauses[2]!.text).toBe(
      'Der Rat tagt.',
    );
  });
});
