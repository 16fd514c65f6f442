// Makes the LibreOffice-written fixtures of fixtures/docx/ (see its README):
// run `npm run build` first; needs soffice and Python-UNO (python3-uno).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRedline, parseResolution } from '../dist/index.js';
import { toDocx } from '../dist/docx.js';

const out = new URL('../fixtures/docx/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'docx-fixtures-'));
const date = '2024-05-01T10:00:00Z';
const redline = parseRedline(`Der Rat möge beschließen:

1. Die Verwaltung legt ~~vierteljährlich~~ **halbjährlich** einen Bericht über die Radwege vor.

2. Der Bericht wird ~~dem Rat~~ veröffentlicht.

   a) Anwohner*innen werden beteiligt **und informiert**.

~~3. Ein Beirat wird gebildet.~~

~~4.~~ **3.** Die Kosten trägt der Haushalt 2025.

**4. Die Stadt prüft eine Förderung durch das Land.**
`).redline;
const plain = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung legt vierteljährlich einen Bericht über die Radwege vor.

2. Der Bericht wird dem Rat vorgelegt.

3. Ein Beirat wird gebildet.

4. Die Kosten trägt der Haushalt 2025.
`);
writeFileSync(join(work, 'ours.docx'), await toDocx(redline, { title: 'Radwege im Stadtteil', date }));
writeFileSync(join(work, 'plain.docx'), await toDocx(plain, { title: 'Radwege im Stadtteil' }));
const jobs = [
  {
    input: join(work, 'ours.docx'),
    save: [{ path: join(work, 'via-odt.odt'), filter: 'writer8' }],
  },
  {
    input: join(work, 'via-odt.odt'),
    save: [{ path: join(out, 'libreoffice-roundtrip.docx'), filter: 'MS Word 2007 XML' }],
  },
  {
    input: join(work, 'plain.docx'),
    edit: { replace: [['vierteljährlich', 'halbjährlich']], deleteParagraphContaining: 'Beirat' },
    save: [{ path: join(out, 'libreoffice-edited.docx'), filter: 'MS Word 2007 XML' }],
  },
];
writeFileSync(join(work, 'jobs.json'), JSON.stringify(jobs));
const script = new URL('../test/formats/docx/libreoffice.py', import.meta.url).pathname;
const result = spawnSync('/usr/bin/python3', [script, join(work, 'jobs.json')], { encoding: 'utf8' });
if (result.status !== 0) throw new Error(result.stderr);
console.log(result.stdout);
