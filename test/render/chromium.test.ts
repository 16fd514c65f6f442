/**
 * The printed page in a real browser: headless Chromium prints a
 * `toHtml(…, { document: true })` page to PDF, and `pdftotext` (poppler-utils)
 * must find the deleted and the inserted words on it. Skipped, with a message
 * saying what to install, where Chromium or pdftotext is missing (CI installs
 * both from Debian packages).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { printHtml, printMissing } from '../print/chromium.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/render/seed-000.redline.json', import.meta.url), 'utf8'),
) as Redline;

describe.skipIf(printMissing.length > 0)('printed with headless Chromium', () => {
  const print = (html: string): string => printHtml(html).pages.join('\n');

  it('shows the deleted and the inserted words of the seed 000 redline on the A4 page', () => {
    const text = print(toHtml(fixture, { document: true, title: 'Änderungsantrag AN/2108/2021' })).replace(/\s+/g, ' ');
    expect(text).toContain('Änderungsantrag AN/2108/2021');
    expect(text).toContain('vierteljährlich');
    expect(text).toContain('halbjährlich');
    expect(text).toContain('im Büro der Oberbürgermeisterin');
    expect(text).toContain('Stadtentwicklung, Wirtschaft, Digitalisierung und Regionales');
    expect(text).toContain('des CDO');
    expect(text).toContain('Kölner*innen');
  });

  it('prints the Synopse with both columns', () => {
    const text = print(toSynopsis(fixture, { format: 'html', document: true })).replace(/\s+/g, ' ');
    expect(text).toContain('Ursprüngliche Fassung');
    expect(text).toContain('Geänderte Fassung');
    expect(text).toContain('vierteljährlich');
    expect(text).toContain('halbjährlich');
  });
});
