import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectForm } from '../../src/pipeline/detect-form.js';

const seed000 = readFileSync(new URL('../../fixtures/seeds/000_ee1fc5370c1f5e57.txt', import.meta.url), 'utf8');
const seed004 = readFileSync(new URL('../../fixtures/seeds/004_24adb92b5baaa8e0.txt', import.meta.url), 'utf8');

describe('detectForm', () => {
  it('reads the seed 000 Änderungsantrag as a redline', () => {
    expect(detectForm(seed000)).toBe('redline');
  });

  it('reads a plain motion as a rewrite', () => {
    expect(detectForm(seed004)).toBe('rewrite');
  });

  it.each([
    'In Ziffer 3 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.',
    'Ziffer 6 wird gestrichen.',
    'Punkt 4 entfällt.',
    'Ziffer 2 erhält folgende Fassung: „Neu.“',
    'Streiche: „alt“ Ersetze durch: „neu“',
    '1. In Ziffer 2 wird das Wort „zunächst“ gestrichen.\n2. Ziffer 4 wird gestrichen.',
  ])('reads instructions: %s', (text) => {
    expect(detectForm(text)).toBe('instructions');
  });

  it('reads Amendment JSON and arrays of changes', () => {
    expect(detectForm('{"id":"Ä1","changes":[]}')).toBe('json');
    expect(detectForm('[{"op":"removeClause","clause":"2"}]')).toBe('json');
    // Text starting with "{" is meant as JSON: the JSON reader then says what is wrong with it.
    expect(detectForm('{ not json')).toBe('json');
    expect(detectForm('[Entwurf] Der Rat möge beschließen: 1. Neu.')).toBe('rewrite');
  });

  it('tells inline bold (insertions) from bold formatting of whole lines', () => {
    expect(detectForm('1. Die Stabsstelle **des CDO** betreut die Umsetzung.')).toBe('redline');
    expect(detectForm('1. Alt.\n\n**2. Neu eingefügt.**')).toBe('redline');
    expect(detectForm('**SPD-Fraktion**\n\n1. Die Verwaltung wird beauftragt.')).toBe('rewrite');
  });

  it('does not take a motion that merely mentions "gestrichen" without a place for instructions', () => {
    expect(detectForm('1. Die Mittel werden nicht gestrichen.')).toBe('rewrite');
  });
});

describe('detectForm on abbreviations and large input', () => {
  it('reads instructions that address "Nr." and "Abs."', () => {
    expect(detectForm('In Nr. 3 wird das Wort „jährlich“ gestrichen.')).toBe('instructions');
    expect(detectForm('In § 4 Abs. 6 Satz 1 wird das Wort „jährlich“ gestrichen.')).toBe('instructions');
  });

  it('does not join a verb and a place across sentences', () => {
    expect(detectForm('1. Die Mittel werden gestrichen. Die Ziffer der Kostenstelle bleibt.')).toBe('rewrite');
  });

  it('scans a large rewrite in about linear time', () => {
    const clause = 'Die Verwaltung wird beauftragt, ein Konzept vorzulegen und die Kölner*innen zu beteiligen. ';
    const time = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => `${i + 1}. ${clause}`).join('\n');
      const start = performance.now();
      expect(detectForm(text)).toBe('rewrite');
      return performance.now() - start;
    };
    time(500);
    const small = time(2_000);
    const large = time(8_000);
    expect(large).toBeLessThan(small * 16 + 50);
  });
});
