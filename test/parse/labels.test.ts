import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  continuesSequence,
  firstLabelLike,
  isBullet,
  labelKey,
  labelReadings,
  nextLabel,
  parseLabel,
  romanValue,
  scanLineLabel,
  toRoman,
} from '../../src/parse/labels.js';

describe('labelKey', () => {
  it.each([
    ['1.', '1'],
    ['2)', '2'],
    ['b)', 'b'],
    ['(3)', '3'],
    ['II.', 'II'],
    ['4a.', '4a'],
    ['a.', 'a'],
    ['aa)', 'aa'],
    ['IV)', 'IV'],
    ['(a)', 'a'],
    ['12.)', '12'],
    ['-', ''],
    ['–', ''],
    ['•', ''],
    ['*', ''],
    ['', ''],
    ['Nr.', ''],
    ['2018', ''],
    ['04.10.2021', ''],
    // A four-digit label has a key (the 1000th item of a list); the body reader refuses lone years.
    ['1234.', '1234'],
    ['12345.', ''],
    ['§ 7a', '§7a'],
    ['Art. 3', 'Art3'],
    ['Abschnitt A', 'AbschnittA'],
    ['Erster Abschnitt', 'Abschnitt1'],
    ['Teil 2', 'Teil2'],
    ['Präambel', 'Präambel'],
  ])('%j → %j', (label, key) => {
    expect(labelKey(label)).toBe(key);
  });
});

describe('nextLabel', () => {
  it.each([
    ['3.', '4.'],
    ['b)', 'c)'],
    ['(2)', '(3)'],
    ['II.', 'III.'],
    ['IV)', 'V)'],
    ['aa)', 'bb)'],
    ['-', '-'],
    ['•', '•'],
    ['', ''],
    ['4a.', '4b.'],
    ['9.', '10.'],
    ['z)', 'aa)'],
    ['H.', 'I.'],
    ['i)', 'j)'],
    ['iii)', 'iv)'],
    ['kein Label', ''],
  ])('%j → %j', (prev, next) => {
    expect(nextLabel(prev)).toBe(next);
  });
});

describe('firstLabelLike', () => {
  it.each([
    ['3.', '1.'],
    ['c)', 'a)'],
    ['(2)', '(1)'],
    ['II.', 'I.'],
    ['bb)', 'aa)'],
    ['4c.', '4a.'],
    ['C.', 'A.'],
    ['-', '-'],
    ['', ''],
  ])('%j → %j', (example, first) => {
    expect(firstLabelLike(example)).toBe(first);
  });
});

describe('label readings', () => {
  it('reads ambiguous labels in both ways, the likelier first', () => {
    expect(labelReadings('I.').map((r) => r.kind)).toEqual(['upper-roman', 'upper-alpha']);
    expect(labelReadings('i)').map((r) => r.kind)).toEqual(['lower-alpha', 'lower-roman']);
    expect(labelReadings('ii)').map((r) => r.kind)).toEqual(['double-alpha', 'lower-roman']);
    expect(labelReadings('C.').map((r) => r.kind)).toEqual(['upper-alpha', 'upper-roman']);
  });
  it('gives "4a." the style of "4."', () => {
    expect(parseLabel('4a.')?.style).toBe(parseLabel('4.')?.style);
    expect(parseLabel('4.')?.style).not.toBe(parseLabel('4)')?.style);
  });
  it('ranks the hierarchy I. > 1. > a) > aa) > bullets', () => {
    const rank = (l: string) => parseLabel(l)!.rank;
    expect(rank('I.')).toBeLessThan(rank('1.'));
    expect(rank('1.')).toBeLessThan(rank('a)'));
    expect(rank('a)')).toBeLessThan(rank('aa)'));
    expect(rank('aa)')).toBeLessThan(rank('-'));
  });
  it('knows bullets and sequences', () => {
    expect(isBullet('•')).toBe(true);
    expect(isBullet('1.')).toBe(false);
    expect(continuesSequence(parseLabel('3.')!, parseLabel('4.')!)).toBe(true);
    expect(continuesSequence(parseLabel('3.')!, parseLabel('3a.')!)).toBe(true);
    expect(continuesSequence(parseLabel('3a.')!, parseLabel('4.')!)).toBe(true);
    expect(continuesSequence(parseLabel('3.')!, parseLabel('5.')!)).toBe(false);
    expect(continuesSequence(parseLabel('3.')!, parseLabel('4)')!)).toBe(false);
  });
  it('rejects non-canonical roman numerals', () => {
    expect(romanValue('IIII')).toBe(0);
    expect(romanValue('XIV')).toBe(14);
    expect(parseLabel('IIII.')).toBeUndefined();
  });
  it('round-trips roman numerals', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 399 }), (n) => romanValue(toRoman(n)) === n));
  });
  it('nextLabel keeps the style (property)', () => {
    const labels = fc.oneof(
      fc.integer({ min: 1, max: 300 }).map((n) => `${n}.`),
      fc.integer({ min: 1, max: 300 }).map((n) => `(${n})`),
      fc.integer({ min: 1, max: 25 }).map((n) => `${String.fromCharCode(96 + n)})`),
      fc.integer({ min: 1, max: 39 }).map((n) => `${toRoman(n).toUpperCase()}.`),
    );
    fc.assert(
      fc.property(labels, (label) => {
        const next = nextLabel(label);
        const a = parseLabel(label)!;
        const b = labelReadings(next).find((r) => r.style === a.style);
        return b !== undefined && continuesSequence(a, b);
      }),
    );
  });
});

describe('scanLineLabel', () => {
  it('finds plain and markdown labels', () => {
    expect(scanLineLabel('1. Die Verwaltung')).toMatchObject({ label: '1.', textStart: 3, reopen: '' });
    expect(scanLineLabel('(2)\tText')).toMatchObject({ label: '(2)', textStart: 4 });
    expect(scanLineLabel('- Punkt')).toMatchObject({ label: '-', textStart: 2 });
    expect(scanLineLabel('• Punkt')).toMatchObject({ label: '•', textStart: 2 });
    expect(scanLineLabel('3.')).toMatchObject({ label: '3.', textStart: 2 });
  });
  it('lets a numbered label inside a markdown bullet win', () => {
    expect(scanLineLabel('- a) Der Rat')).toMatchObject({ label: 'a)', textStart: 5 });
    expect(scanLineLabel('- 2. Der Rat')).toMatchObject({ label: '2.', textStart: 5 });
    expect(scanLineLabel('- - Wie werde')).toMatchObject({ label: '-', textStart: 4 });
  });
  it('handles emphasis around the label', () => {
    expect(scanLineLabel('**1.** Text')).toMatchObject({ label: '1.', textStart: 7, reopen: '' });
    expect(scanLineLabel('**2a. Neuer Punkt**')).toMatchObject({ label: '2a.', textStart: 6, reopen: '**' });
    expect(scanLineLabel('~~3. alt~~')).toMatchObject({ label: '3.', reopen: '~~' });
  });
  it('does not take text for labels', () => {
    for (const line of [
      '04.10.2021 Eingang',
      '31.12.2024.',
      '2018 wurde',
      '1.13.01 Kosten',
      'Nr. 3',
      '§ 13',
      'TOP 6.1',
      '*innen',
      '**fett**',
      '-Strich',
      'Kölner*innen',
      '1.000 Euro',
    ]) {
      expect(scanLineLabel(line), line).toBeUndefined();
    }
  });
  it('is linear on long runs of bullets and stars', () => {
    expect(scanLineLabel('*'.repeat(100_000))).toBeUndefined();
    expect(scanLineLabel('- '.repeat(50_000) + 'x')).toMatchObject({ label: '-', textStart: 100_000 });
  });
});
