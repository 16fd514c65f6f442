/**
 * Printing HTML with headless Chromium and reading the PDF back with
 * poppler-utils, for the print tests of the redline and Synopse pages. Tests
 * skip (with a message saying what to install) where either is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headlessFlags } from '../../scripts/chromium.mjs';

/** The first of the usual Chromium binaries that runs, or undefined. */
export function findChromium(): string | undefined {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (name === undefined || name === '') continue;
    const probe = spawnSync(name, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    if (probe.status === 0) return name;
  }
  return undefined;
}

const chromium = findChromium();
const poppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

/** What is missing to print ([] when both Chromium and poppler-utils are there). */
export const printMissing: string[] = [
  chromium === undefined ? 'chromium' : '',
  poppler ? '' : 'poppler-utils (pdftotext)',
].filter(Boolean);

if (printMissing.length > 0) {
  console.warn(
    `Skipping the Chromium print tests: ${printMissing.join(' and ')} not installed (apt-get install chromium poppler-utils).`,
  );
}

/** A printed page set: the text of each page (pdftotext -layout) and the page size in points. */
export interface Printed {
  pages: string[];
  width: number;
  height: number;
}

/** Prints `html` to PDF and reads it back page by page. */
export function printHtml(html: string): Printed {
  const dir = mkdtempSync(join(tmpdir(), 'redline-print-'));
  try {
    const page = join(dir, 'page.html');
    const pdf = join(dir, 'page.pdf');
    writeFileSync(page, html);
    const run = spawnSync(
      chromium!,
      [...headlessFlags(join(dir, 'profile')), `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${page}`],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`chromium failed: ${run.stderr}`);
    if (readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') throw new Error('chromium wrote no PDF');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
    const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
    const pages: string[] = [];
    for (let p = 1; p <= count; p += 1) {
      const text = spawnSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], {
        encoding: 'utf8',
      });
      if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
      pages.push(text.stdout);
    }
    return { pages, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
