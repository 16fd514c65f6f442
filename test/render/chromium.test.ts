/**
 * The printed page in a real browser: headless Chromium prints a
 * `toHtml(…, { document: true })` page to PDF, and `pdftotext` (poppler-utils)
 * must find the deleted and the inserted words on it. Skipped, with a message
 * saying what to install, where Chromium or pdftotext is missing (CI installs
 * both from Debian packages).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { chromiumArgs, findChromium } from '../chromium.js';

const chromium = findChromium();
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined ? 'pdftotext' : undefined;
const missing = [
  chromium === undefined ? 'chromium' : '',
  pdftotext === undefined ? 'poppler-utils (pdftotext)' : '',
].filter(Boolean);
if (missing.length > 0) {
  console.warn(
    `Skipping the Chromium print test: ${missing.join(' and ')} not installed (apt-get install chromium poppler-utils).`,
  );
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/render/seed-000.redline.json', import.meta.url), 'utf8'),
) as Redline;

describe.skipIf(missing.length > 0)('printed with headless Chromium', () => {
  const print = (html: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-print-'));
    try {
      const page = join(dir, 'page.html');
      const pdf = join(dir, 'page.pdf');
      writeFileSync(page, html);
      const run = spawnSync(
        chromium!,
        [...chromiumArgs(join(dir, 'profile')), `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${page}`],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const text = spawnSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text.status, text.stderr).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      return text.stdout;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

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
