import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, RedlineError } from '../../src/errors.js';
import { parseMotion } from '../../src/parse/motion.js';
import { MARKERS_FOR_MESSAGE } from '../../src/parse/markers.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const seedOrFixture = (seedName: string, fixture: string) => {
  try {
    return seed(seedName);
  } catch {
    return readFileSync(new URL(`../../fixtures/motions/${fixture}`, import.meta.url), 'utf8');
  }
};

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('parseMotion', () => {
  it('raises no-resolution for seed 002 (a Mitteilung), naming the markers', () => {
    const e = thrown(() => parseMotion(seedOrFixture('002_2dbb76e810e96c3c.txt', 'seed-002-mitteilung.txt')));
    expect(e).toBeInstanceOf(ParseError);
    expect((e as ParseError).code).toBe('no-resolution');
    for (const m of MARKERS_FOR_MESSAGE) expect((e as ParseError).message).toContain(m);
  });

  it('raises no-resolution when a marker is followed by nothing', () => {
    const e = thrown(() => parseMotion('Beschluss:\n\nBegründung:\n\nText'));
    expect((e as ParseError).code).toBe('no-resolution');
    expect((e as ParseError).message).toContain('Beschluss:');
  });

  it('rejects non-strings and bad options with RedlineError codes', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol('x'), 10n]) {
      const e = thrown(() => parseMotion(bad as never));
      expect(e).toBeInstanceOf(RedlineError);
      expect((e as RedlineError).code).toBe('invalid-input');
    }
    expect((thrown(() => parseMotion('Beschluss:\n1. x', { dehyphenate: 'yes' } as never)) as RedlineError).code).toBe(
      'invalid-option',
    );
    expect((thrown(() => parseMotion('Beschluss:\n1. x', 5 as never)) as RedlineError).code).toBe('invalid-option');
  });

  it('reads seed 000: metadata, lead, clause 2 with three paragraphs across a page break', () => {
    const m = parseMotion(seedOrFixture('000_ee1fc5370c1f5e57.txt', 'seed-000-redline.txt'));
    expect(m.reference).toBe('AN/2108/2021');
    expect(m.kind).toBe('Änderungsantrag');
    expect(m.resolution.lead).toBe('Der Beschluss wird wie folgt geändert');
    expect(m.resolution.clauses.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const two = m.resolution.clauses[1]!.text.split('\n\n');
    expect(two).toHaveLength(3);
    expect(two[2]).toContain('in die Erarbeitung eingebunden werden.');
    expect(m.resolution.clauses[1]!.text).toContain('Kölner*innen');
    expect(two[2]).toContain('Expert*innen');
    expect(m.resolution.clauses[2]!.text).toContain('~~vierteljährlich~~ **halbjährlich**');
    expect(m.rationale).toBe('Erfolgt mündlich.');
  });

  it('reads seed 004: title, kind, unlabelled paragraph and four bullets, rationale', () => {
    const m = parseMotion(seedOrFixture('004_24adb92b5baaa8e0.txt', 'seed-004-ratsantrag.md'));
    expect(m.title).toBe('Ein Chief Digital Officer (CDO) für die Stadtverwaltung');
    expect(m.kind).toBe('Ratsantrag');
    expect(m.resolution.lead).toBe('Der Rat möge beschließen:');
    expect(m.resolution.clauses.map((c) => [c.id, c.label])).toEqual([
      ['1', ''],
      ['2', '-'],
      ['3', '-'],
      ['4', '-'],
      ['5', '-'],
    ]);
    expect(m.rationale?.startsWith('Der heutige Verwaltungszuschnitt')).toBe(true);
    expect(m.rationale).not.toContain('Gez.');
  });

  it('ends a resolution in minutes at the next heading-like line', () => {
    const m = parseMotion(
      'Der Ausschuss empfahl, folgenden Beschluss zu fassen:\n\na) Eins.\n\nb) Zwei.\n\nAusschuss für Umwelt vom 17.05.2017\n\nzu TOP 3.4\n',
    );
    expect(m.resolution.clauses.map((c) => c.text)).toEqual(['Eins.', 'Zwei.']);
  });

  it('finds a rationale written before the resolution', () => {
    const m = parseMotion(
      'Begründung:\n\nWeil es nötig ist.\n\nBeschlussvorschlag:\n\n1. Die Satzung wird erlassen.\n',
    );
    expect(m.rationale).toBe('Weil es nötig ist.');
    expect(m.resolution.clauses).toHaveLength(1);
  });

  it('keeps the key order of the contract', () => {
    const m = parseMotion('# Titel\n\nAntrag\n\nAZ.: 12/2024\n\nBeschluss:\n\n1. x\n\nBegründung: y');
    expect(Object.keys(m)).toEqual(['title', 'reference', 'kind', 'resolution', 'rationale']);
  });
});

describe('readAnyResolution (motion or bare resolution, lines split once)', () => {
  it('gives the motion resolution when there is a marker, else the bare resolution', async () => {
    const { readAnyResolution } = await import('../../src/parse/motion.js');
    const { parseMotion, parseResolution } = await import('../../src/index.js');
    const motion = 'Antrag\n\nDer Rat möge beschließen:\n\n1. Eins.\n2. Zwei.\n\nBegründung:\n\nWeil.';
    const bare = '1. Eins.\n2. Zwei *Kölner*innen*.';
    expect(readAnyResolution(motion)).toEqual(parseMotion(motion).resolution);
    expect(readAnyResolution(bare)).toEqual(parseResolution(bare));
    // A marker without clauses after it: read as a bare resolution, like parseResolution.
    const markerOnly = 'Beschluss:\n\nDer Rat nimmt Kenntnis.';
    expect(readAnyResolution(markerOnly)).toEqual(parseResolution(markerOnly));
  });
});
