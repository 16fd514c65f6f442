/** A new wording of a clause with sub-items, and "im Satzteil vor Nummer 1", must fit the base's items (src/pipeline/sub-items.ts, list-lead.ts). */
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

describe('"im Satzteil vor Nummer 1" against the base', () => {
  const statute = (absatz2: string): string => `§ 5 Beiträge\n\n(1) Die Stadt erhebt Beiträge.\n\n${absatz2}`;
  const amendment = 'In § 5 Absatz 2 werden im Satzteil vor Nummer 1 die Wörter „und die Halle“ gestrichen.';

  it('is refused where the items run in the Absatz’s text (the words could lie after an item)', () => {
    const base = statute('(2) Beiträge werden erhoben für: 1. die Halle, 2. den Platz und die Halle.');
    expect(() => redline(base, amendment)).toThrow(/"im Satzteil vor 1" names the words before the first item/u);
  });

  it('is refused for an Absatz without items', () => {
    expect(() => redline(statute('(2) Beiträge werden erhoben für den Platz und die Halle.'), amendment)).toThrow(
      /has no item 1 of its own/u,
    );
  });

  it('is applied to the words before the first item', () => {
    const base = statute('(2) Beiträge für den Platz und die Halle werden erhoben für:\n\n1. Vereine,\n\n2. Schulen.');
    const absatz = acceptAll(redline(base, amendment)).clauses[0]!.children[1]!;
    expect(absatz.text).toBe('Beiträge für den Platz werden erhoben für:');
    expect(absatz.children.map((c) => c.label)).toEqual(['1.', '2.']);
  });
});
