/**
 * The Synopse page printed by headless Chromium: A4 landscape, and the header
 * row of each table repeated on every page it runs over (pdftotext finds the
 * column headings on each page). Skipped where Chromium or poppler-utils is
 * missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synopsis } from '../../src/synopsis/build.js';
import { synopsisToHtml } from '../../src/synopsis/html.js';
import { printHtml, printMissing } from '../print/chromium.js';

/** A long motion: 30 clauses of three sentences each, three amendments, a statement on every clause. */
function longSynopsisHtml(): string {
  const sentence = (n: number, k: number): string =>
    `Die Verwaltung prüft im Handlungsfeld ${n} die Maßnahme ${k} mit den Bezirksvertretungen und berichtet dem Fachausschuss.`;
  const clauses = Array.from(
    { length: 30 },
    (_, i) => `${i + 1}. ${[1, 2, 3].map((k) => sentence(i + 1, k)).join(' ')}`,
  );
  const base = `Der Rat möge beschließen:\n\n${clauses.join('\n')}`;
  const statement = clauses
    .map((_, i) => `Zu ${i + 1}.\nDie Verwaltung unterstützt Punkt ${i + 1} ausdrücklich.`)
    .join('\n\n');
  return synopsisToHtml(
    synopsis(
      base,
      [
        {
          id: 'SPD',
          source: 'In Ziffer 3 werden die Wörter „die Maßnahme 1“ durch die Wörter „die Maßnahme 1 zügig“ ersetzt.',
        },
        { id: 'CDU', source: 'Ziffer 3 wird gestrichen.' },
        {
          id: 'FDP',
          source: 'In Ziffer 20 werden die Wörter „die Maßnahme 2“ durch die Wörter „die Maßnahme 2a“ ersetzt.',
        },
      ],
      { statement },
    ),
    { document: true, title: 'Synopse zum Antrag „Handlungsfelder“' },
  );
}

describe.skipIf(printMissing.length > 0)('the Synopse printed with headless Chromium', () => {
  it('is A4 landscape, and every page of a long Synopse repeats its table header row', () => {
    const printed = printHtml(longSynopsisHtml());
    expect(Math.round(printed.width)).toBe(842);
    expect(Math.round(printed.height)).toBeLessThanOrEqual(596);
    expect(printed.pages.length).toBeGreaterThanOrEqual(3);
    const mergedFrom = printed.pages.findIndex((page) => page.includes('Legende'));
    expect(mergedFrom).toBeGreaterThan(1);
    printed.pages.forEach((page, p) => {
      const header = p < mergedFrom ? 'Ursprüngliche Fassung' : 'Zusammengeführte Fassung';
      expect(page, `page ${p + 1}`).toContain(header);
    });
    expect(printed.pages[1]).toContain('Stellungnahme');
    expect(printed.pages[1]).toMatch(/Handlungsfeld \d+/);
  });

  it('prints the seed 000 Synopse with the statement of seed 001', () => {
    const read = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
    const s = synopsis(read('motions/seed-000-base.md'), [read('redlines/seed-000-restored.txt')], {
      statement: read('seeds/001_e24226c482febd17.txt'),
      dehyphenate: true,
    });
    const text = printHtml(synopsisToHtml(s, { document: true }))
      .pages.join('\n')
      .replace(/\s+/g, ' ');
    expect(text).toContain('AN/2108/2021');
    expect(text).toContain('halbjährlich');
    expect(text).toContain('Zu 6.');
    expect(text).toContain('Digitalisierungsprogramme');
  });
});
