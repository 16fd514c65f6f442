/**
 * The core entry is browser-safe: esbuild bundles `dist/index.js` for the
 * browser (platform browser: any `node:` module or Node built-in would fail
 * the bundle), the minified bundle stays under its size ceiling, and headless
 * Chromium runs `redline()` and `toHtml()` from it. The Chromium part is
 * skipped, with a message, where Chromium is not installed (CI installs it).
 * The figure is recorded in docs/performance.md ("Core bundle size").
 *
 * Tree-shaking: a consumer that imports only `parseResolution` and `toHtml`
 * gets no Markdown machinery (micromark, mdast-util-from-markdown,
 * mdast-util-to-markdown) — the Markdown reader and writer are set up inside
 * the functions that use them, never at module level.
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

/**
 * The ceiling of the minified, gzipped core bundle: the measured size (see
 * docs/performance.md, "Core bundle size") plus about 3 % headroom, so a new
 * dependency or a module-level setup that drags one in fails here.
 */
// Wave 2 merged (issues 11-14, 17: statutes, one reference grammar, whole-document reader, typography, leads): 128.0 KiB measured.
// Wave 4, w4-frame (amending statutes, document names, new numbering, whole-document lines): 133.6 KiB measured.
// Wave 4, w4-grammar on top (the phrasings of issue 12 §3: 9 sentence constructs, elided passages): 137.6 KiB measured.
// Wave 6, w6-lines on main (142.0 KiB): printed line numbers, several clauses in one new text, "Neufassung von", citations: 145.0 KiB measured.
// Wave 6, w6-laws on top (amending laws: Artikel scope, jeweils, am Ende, numbered sentences, run-on lists): 148.8 KiB measured.
// Wave 7, w7-council on main (several clauses as one block, echoes, "(…)" continuations, item nouns, papers by number): 155.3 KiB measured.
// Wave 7, w7-laws on top (two-level addresses, run-on items, struck Absatz labels, reprinted current wordings): 158.5 KiB measured.
// Wave 7, w7-heads on top (heading changes: planning, reading, writing): 160.6 KiB measured.
// Wave 8, w8-sentence with main merged (w8-lead's council/party readings; sentences after a list, positional references): 166.0 KiB measured.
// Wave 8, w8-title on top (the document's title: parsed, planned, diffed, rendered, read and written): 168.2 KiB measured.
const MAX_GZIP_BYTES = 173 * 1024;

/** The ceiling for a consumer of `parseResolution` + `toHtml` only (measured: docs/performance.md). */
// parseResolution learnt statutes and Markdown escapes; toHtml typography and moves (wave 2 merged: 35.1 KiB measured).
// Wave 6, w6-lines: the parser reads printed line numbers (37.1 KiB measured).
// Wave 8: the document's title read by parseResolution and drawn by toHtml: 38.5 KiB measured.
const MAX_PARSE_HTML_GZIP_BYTES = 40 * 1024;

/** Packages that only reading or writing Markdown needs. */
const MARKDOWN_PACKAGE =
  /(?:^|\/)node_modules\/(?:micromark[^/]*|mdast-util-(?:from|to)-markdown|mdast-util-gfm-[^/]+)\//;

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

/** How a consumer's bundler would build for the browser, minified, with a metafile to inspect. */
const MINIFIED_FOR_BROWSER = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
} as const;

/** The gzipped size (level 9) of a bundle, logged with its minified size. */
function gzipSize(what: string, code: Uint8Array): number {
  const gzip = gzipSync(code, { level: 9 }).length;
  console.info(`${what}: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzip / 1024).toFixed(1)} KiB gzip`);
  return gzip;
}

const chromium = findChromium();
if (chromium === undefined)
  console.warn('Skipping the run in headless Chromium: chromium is not installed (apt-get install chromium).');

describe('the core bundle in the browser', () => {
  it('bundles for the browser without any Node module, within the size ceiling', async () => {
    const result = await build({ ...MINIFIED_FOR_BROWSER, entryPoints: [entry] });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((path) => path.startsWith('node:') || /(?:^|\/)node_modules\/(?:fs|path|os|util)\//.test(path)),
    ).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    expect(new TextDecoder().decode(code)).not.toMatch(/\bfrom\s*["']node:/);
    expect(gzipSize('core bundle', code)).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  it('leaves the Markdown machinery out of a consumer of parseResolution and toHtml', async () => {
    const result = await build({
      stdin: {
        contents: `import { parseResolution, toHtml } from ${JSON.stringify(entry)};\nconsole.log(toHtml(parseResolution('1. Text')));`,
        resolveDir: process.cwd(),
        loader: 'js',
      },
      ...MINIFIED_FOR_BROWSER,
    });
    // What ended up in the bundle (the metafile's inputs also list what tree-shaking dropped).
    const output = Object.values(result.metafile.outputs)[0]!;
    const inputs = Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(inputs.some((path) => /(?:^|\/)node_modules\/hast-util-to-html\//.test(path))).toBe(true);
    expect(inputs.filter((path) => MARKDOWN_PACKAGE.test(path))).toEqual([]);
    const code = result.outputFiles[0]!.contents;
    expect(gzipSize('parseResolution + toHtml', code)).toBeLessThanOrEqual(MAX_PARSE_HTML_GZIP_BYTES);
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
