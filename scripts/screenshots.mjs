// Regenerates the screenshots in docs/images/ with the system's headless
// Chromium: the printable redline page and the Synopse page, rendered from the
// render fixtures. Run: npm run docs:screenshots (needs `chromium`, e.g. from
// Debian's package of that name).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toHtml, toSynopsis } from '../dist/index.js';
import { headlessFlags } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const redline = JSON.parse(readFileSync(join(root, 'fixtures/render/structure.redline.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'motion-redline-shots-'));

const pages = [
  ['redline-page.png', toHtml(redline, { document: true, title: 'Änderungsantrag — Redline' })],
  ['synopsis-page.png', toSynopsis(redline, { format: 'html', document: true, title: 'Synopse' })],
];

for (const [image, html] of pages) {
  const page = join(work, image.replace('.png', '.html'));
  writeFileSync(page, html, 'utf8');
  execFileSync(
    'chromium',
    [
      ...headlessFlags(join(work, 'profile')),
      '--hide-scrollbars',
      '--window-size=900,620',
      `--screenshot=${join(root, 'docs/images', image)}`,
      pathToFileURL(page).href,
    ],
    { stdio: 'ignore' },
  );
  console.log(`docs/images/${image}`);
}
