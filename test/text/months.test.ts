import { describe, expect, it } from 'vitest';
import { MONTHS, monthNumber } from '../../src/text/months.js';

describe('monthNumber', () => {
  it('numbers every month name and abbreviation', () => {
    expect(['januar', 'jänner', 'märz', 'mai', 'sept.', 'dezember'].map(monthNumber)).toEqual([1, 1, 3, 5, 9, 12]);
    for (const month of MONTHS) expect(monthNumber(month), month).toBeGreaterThanOrEqual(1);
  });

  it('numbers no other word', () => {
    for (const word of ['Januar', 'janus', 'maifeier', 'sep', '']) expect(monthNumber(word), word).toBeUndefined();
  });
});
