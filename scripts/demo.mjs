// The main job in one command: the redline of a real amendment.
// Seed 000 is the SPD's Änderungsantrag AN/2108/2021 (Köln, 2021) in redline
// form; its base is the original motion's resolution, reconstructed from the
// reprint (fixtures/motions/seed-000-base.md). The demo first checks the
// verbatim PDF text against that base — PDF extraction lost one
// strike-through, and the check finds it — then redlines the copy with that
// strike-through restored and writes it as a printable HTML page.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkRedline, redline, toHtml, toMarkdown, toText } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFile(`${root}${path}`, 'utf8');
const base = await read('fixtures/motions/seed-000-base.md');
const verbatim = await read('fixtures/seeds/000_ee1fc5370c1f5e57.txt');
const restored = await read('fixtures/redlines/seed-000-restored.txt');

console.log('1. Does Änderungsantrag AN/2108/2021, as extracted from its PDF, fit the resolution it amends?\n');
for (const d of checkRedline(base, verbatim)) {
  console.log(`   Ziffer ${d.clause}: ${d.code}: ${d.message}`);
  if (d.suggestion) console.log(`   The base reads: „${d.suggestion}“`);
}
console.log(
  '\n   (The PDF lost the strike-through of „Hierzu“; fixtures/redlines/seed-000-restored.txt puts it back.)\n',
);

const result = redline(base, restored);
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
console.log('2. The redline of the amendment against the resolution:\n');
console.log(toText(result, { color }));
console.log('\n3. The same as Markdown, in the style of an Änderungsantrag:\n');
console.log(toMarkdown(result));

await mkdir(`${root}out`, { recursive: true });
const htmlPath = `${root}out/seed-000-redline.html`;
await writeFile(htmlPath, toHtml(result, { document: true, title: 'Änderungsantrag AN/2108/2021 — Redline' }), 'utf8');
console.log(`\n4. Wrote the printable HTML redline to ${htmlPath} (open it in a browser and print to PDF).`);
