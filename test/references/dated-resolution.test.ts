/** A resolution named by its date (references/dated-resolution.ts). */
import { describe, expect, it } from 'vitest';
import { acceptAll, redline } from '../../src/index.js';
import { datesIn, readDatedResolution } from '../../src/references/dated-resolution.js';
import { namesBase } from '../../src/references/document-names.js';
import { instructionTokens } from '../../src/references/tokens.js';

const tokens = (s: string) => instructionTokens(s, 0, s.length, []);

const BASE = [
  'Gemeinde Seehofen',
  'Auszug aus der Niederschrift über die Sitzung des Gemeinderats vom 12.06.2024',
  '',
  'Beschluss:',
  '',
  'Der Badesee wird ab Juli bewacht. Die Kosten trägt die Gemeinde bis Ende 2025.',
].join('\n');

describe('a resolution named by its date', () => {
  it('is read with or without the body, the date written in three ways', () => {
    for (const [sentence, name] of [
      ['Der Beschluss des Gemeinderats vom 12.06.2024 wird geändert.', 'Beschluss vom 12.06.2024'],
      ['Der Beschluss der Bezirksvertretung Nord vom 12.06. 2024 wird geändert.', 'Beschluss vom 12.06.2024'],
      ['Der Beschluss vom 2. Juni 2024 wird geändert.', 'Beschluss vom 02.06.2024'],
    ] as const)
      expect(readDatedResolution(tokens(sentence))?.name, sentence).toBe(name);
    expect(readDatedResolution(tokens('Der Beschluss wird vom Rat am 12.06.2024 geändert.'))).toBeUndefined();
  });

  it('names the base whose header carries the date', () => {
    expect(datesIn('Sitzung vom 12.06.2024, Stand 1. Juli 2024')).toEqual(['12.06.2024', '01.07.2024']);
    expect(namesBase('Beschluss vom 12.06.2024', 'Gemeinde Seehofen 12.06.2024')).toBe(true);
    expect(namesBase('Beschluss vom 13.06.2024', 'Gemeinde Seehofen 12.06.2024')).toBe(false);
    expect(namesBase('Beschluss vom 12.06.2024', undefined)).toBe(false);
  });

  it('is applied to a base of that date, and refused for another date', () => {
    const said = (date: string): string =>
      `Der Beschluss des Gemeinderats vom ${date} wird in Satz 2 wie folgt geändert: Die Angabe „2025“ wird durch die Angabe „2026“ ersetzt.`;
    expect(acceptAll(redline(BASE, said('12.06. 2024'))).clauses[0]!.text).toContain('bis Ende 2026');
    expect(() => redline(BASE, said('19.06.2024'))).toThrow(/„Beschluss vom 19\.06\.2024“/u);
  });
});
