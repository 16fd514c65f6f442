import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  INSTRUCTION_PLACES,
  INSTRUCTION_VERBS,
  detectForm,
  mayBeInstructions,
} from '../../src/pipeline/detect-form.js';
import { expectLinearGrowth } from '../timing.js';

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
    const text = (n: number): string => Array.from({ length: n }, (_, i) => `${i + 1}. ${clause}`).join('\n');
    const [small, large] = [text(2_000), text(8_000)];
    expect(detectForm(large)).toBe('rewrite');
    expectLinearGrowth(
      'detectForm',
      () => detectForm(small),
      () => detectForm(large),
      4,
    );
  });
});

/**
 * The rules of detectForm written out plainly (whole-text lower-casing, a
 * word pass over every word, line splitting), as an oracle for the fast scans.
 */
function plainInstructionSentence(source: string): boolean {
  let verb = false;
  let place = false;
  let previous = '';
  let previousEnd = -1;
  for (const match of source.matchAll(/[\p{L}\p{M}]+|[.!?;]/gu)) {
    const word = match[0];
    if (word.length === 1 && '.!?;'.includes(word)) {
      if (word !== '.' || (previousEnd === match.index && previous.length > 3)) verb = place = false;
      continue;
    }
    previous = word;
    previousEnd = match.index + word.length;
    if (word.length < 2 || word.length > 12) continue;
    const lower = /^[a-z]/u.test(word) ? word : word.toLowerCase();
    if (INSTRUCTION_VERBS.has(lower) || lower === 'erhält' || lower === 'erhalten') verb = true;
    if (INSTRUCTION_PLACES.has(lower)) place = true;
    if (verb && place) return true;
  }
  return false;
}

function plainBold(source: string): boolean {
  return source.split('\n').some((line) => {
    const at = line.indexOf('**');
    if (at === -1) return false;
    const before = line.slice(0, at).trim();
    if (before !== '' && !/^[-*+•–]$|^\d+[.)]$/u.test(before)) return true;
    if (/^\*\*\s*(?:\d+[a-z]?[.)]|[a-z]{1,2}\)|\(\d+\)|[IVX]+\.)\s/u.test(line.slice(at))) return true;
    const close = line.indexOf('**', at + 2);
    return close !== -1 && line.slice(close + 2).trim() !== '';
  });
}

function plainDetect(source: string): string {
  const trimmed = source.trim();
  if (trimmed.startsWith('{')) return 'json';
  if (trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (Array.isArray(value) || Array.isArray((value as { changes?: unknown } | null)?.changes)) return 'json';
    } catch {
      // not JSON
    }
  }
  if (source.split('~~').length >= 3) return 'redline';
  if (plainInstructionSentence(source)) return 'instructions';
  if (plainBold(source)) return 'redline';
  return 'rewrite';
}

function plainMayBe(source: string): boolean {
  const lower = source.toLowerCase();
  const place = /\b(?:ziffer|ziffern|punkt|punkte|nummer|buchstabe|satz|absatz|zeile|zeilen)\b/u.test(lower);
  return place && (lower.includes('(neu)') || lower.includes('(alt)') || /[„“"»«]/u.test(source));
}

const PIECES = [
  'Ziffer',
  'ZIFFER',
  'ziffer',
  'Satz',
  'Zeile',
  'Nr.',
  'das Wort',
  'Punkt',
  'ersetzt',
  'ERSETZT',
  'Ersetze',
  'GeStRiChEn',
  'gestrichen',
  'ERGÄNZT',
  'erhält',
  'ERHÄLT',
  'Fassung',
  'eingefügt',
  'Stelle',
  'Verwaltung',
  'Ansatz',
  'z. B.',
  '3',
  '(neu)',
  '(ALT)',
  '„',
  '“',
  '"',
  '.',
  '. ',
  '!',
  ';',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '~~',
  '**',
  '- ',
  '1. ',
  'a) ',
  'ſatz',
  'punKt',
  'İ',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('detectForm agrees with its rules read plainly', () => {
  fcTest.prop([text], { numRuns: 2000 })('on texts built from telling pieces', (source) => {
    expect(detectForm(source)).toBe(plainDetect(source));
    expect(mayBeInstructions(source)).toBe(plainMayBe(source));
  });

  it('reads instructions in capitals', () => {
    expect(detectForm('ZIFFER 3 WIRD GESTRICHEN.')).toBe('instructions');
  });
});
