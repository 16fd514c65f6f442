/**
 * The core entry is browser-safe: esbuild bundles `dist/index.js` for the
 * browser (platform browser: any `node:` module or Node built-in would fail
 * the bundle), the minified bundle stays under its size ceiling, and headless
 * Chromium runs `redline()` and `toHtml()` from it. The Chromium part is
 * skipped, with a message, where Chromium is not installed (CI installs it).
 * The figure is recorded in docs/performance.md ("Core bundle size").
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headlessFlags } from '../scripts/chromium.mjs';
import { findChromium } from './print/chromium.js';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** The ceiling of the minified, gzipped core bundle (measured: see docs/performance.md). */
// Raised from 115 KiB when the statement and Synopse modules joined the core (123 KiB measured);
// the packaging work of issue 13 brings it down again (see docs/performance.md).
// Raised to 132 KiB when statute parsing and the one reference grammar joined the core (issue 11: 128.7 KiB measured).
const MAX_GZIP_BYTES = 132 * 1024;

/** What runs in the page: a redline, as HTML, written into the document. */
const PAGE_SCRIPT = `
import { redline, toHtml } from ${JSON.stringify(entry)};
const base = 'Der Rat möge beschließen:\\n\\n1. Die Verwaltung legt vierteljährlich einen Bericht vor.\\n2. Die Kölner*innen werden beteiligt.\\n';
const amendment = 'In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.';
try {
  document.body.innerHTML = toHtml(redline(base, amendment));
  document.body.setAttribute('data-ok', 'yes');
} catch (error) {
  document.body.textContent = 'FAILED: ' + String(error && error.stack || error);
}
`;

const chromium = findChromium();
if (chromium === undefined)
  console.warn('Skipping the run in headless Chromium: chromium is not installed (apt-get install chromium).');

describe('the core bundle in the browser', () => {
  it('bundles for the browser without any Node module, within the size ceiling', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((path) => path.startsWith('node:') || /(?:^|\/)node_modules\/(?:fs|path|os|util)\//.test(path)),
    ).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    expect(new TextDecoder().decode(code)).not.toMatch(/\bfrom\s*["']node:/);
    const gzip = gzipSync(code, { level: 9 }).length;
    console.info(`core bundle: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  it.skipIf(chromium === undefined)('runs redline() and toHtml() in headless Chromium', async () => {
    const bundle = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const dir = mkdtempSync(join(tmpdir(), 'redline-browser-'));
    try {
      const page = join(dir, 'page.html');
      const script = bundle.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
      writeFileSync(
        page,
        `<!doctype html><html lang="de"><meta charset="utf-8"><body><script>${script}</script></body></html>`,
      );
      const run = spawnSync(
        chromium!,
        [...headlessFlags(join(dir, 'profile')), '--virtual-time-budget=10000', '--dump-dom', `file://${page}`],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('FAILED');
      expect(run.stdout).toContain('data-ok="yes"');
      expect(run.stdout).toContain(
        '<del class="redline-del">vierteljährlich</del> <ins class="redline-ins">halbjährlich</ins>',
      );
      expect(run.stdout).toContain('Kölner*innen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
