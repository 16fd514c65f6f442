// Regenerates docs/images/synopsis-seed-000*.png: the Synopse of seed 000
// (the SPD amendment AN/2108/2021), two further amendments written for the
// docs, and the administration's statement of seed 001, printed by headless
// Chromium to PDF (A4 landscape) and rasterised with pdftoppm. Run:
// npm run build && node scripts/synopsis-screenshot.mjs (needs `chromium`
// and `poppler-utils`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { synopsis, synopsisToHtml } from '../dist/index.js';
import { headlessFlags } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const s = synopsis(
  read('fixtures/motions/seed-000-base.md'),
  [
    read('fixtures/redlines/seed-000-restored.txt'),
    {
      id: 'FDP',
      movers: 'FDP-Fraktion',
      source: 'In Ziffer 3 wird das Wort „vierteljährlich“ durch das Wort „jährlich“ ersetzt.',
    },
    {
      id: 'Volt',
      movers: 'Gruppe Volt',
      source: { changes: [{ op: 'replace', clause: '6', old: 'zeitnah', new: 'bis Ende 2022' }] },
    },
  ],
  { statement: read('fixtures/seeds/001_e24226c482febd17.txt'), dehyphenate: true },
);
const work = mkdtempSync(join(tmpdir(), 'motion-redline-synopsis-'));
const page = join(work, 'synopsis.html');
const pdf = join(work, 'synopsis.pdf');
writeFileSync(page, synopsisToHtml(s, { document: true }), 'utf8');
execFileSync(
  'chromium',
  [
    ...headlessFlags(join(work, 'profile')),
    `--print-to-pdf=${pdf}`,
    '--no-pdf-header-footer',
    pathToFileURL(page).href,
  ],
  { stdio: 'ignore' },
);
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
const text = (p) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
// The merged view's page that shows Volt's change, coloured and marked.
let merged = 1;
while (merged < pages && !text(merged).includes('Legende')) merged += 1;
while (merged < pages && !text(merged).includes('bis Ende 2022')) merged += 1;
for (const [p, name] of [
  [1, 'synopsis-seed-000.png'],
  [merged, 'synopsis-seed-000-merged.png'],
]) {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    String(p),
    '-l',
    String(p),
    '-singlefile',
    pdf,
    join(work, 'shot'),
  ]);
  renameSync(join(work, 'shot.png'), join(root, 'docs/images', name));
  console.log(`docs/images/${name}`);
}
