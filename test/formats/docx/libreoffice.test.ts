/**
 * The DOCX in the real program: LibreOffice (headless, driven through
 * Python-UNO by libreoffice.py) accepts all changes → exactly the paragraphs
 * of `acceptAll(redline)`, rejects all → exactly those of `rejectAll(redline)`;
 * and the PDF it prints shows deleted and inserted words (pdftotext). Skipped,
 * with a message saying what to install, where soffice, Python-UNO or
 * pdftotext is missing (CI installs them from Debian packages).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../src/formats/docx/index.js';
import type { Redline, Resolution } from '../../../src/model.js';
import { acceptAll, rejectAll } from '../../../src/redline/model.js';
import { parseRedline } from '../../../src/redline/read/parse-redline.js';
import { preorder } from '../../../src/tree.js';
import { redlineArb } from '../../render/generators.js';

const python = '/usr/bin/python3';
const has = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const missing = [
  has('soffice', ['--version']) ? '' : 'libreoffice-writer-nogui (soffice)',
  has(python, ['-c', 'import uno']) ? '' : 'python3-uno',
  has('pdftotext', ['-v']) ? '' : 'poppler-utils (pdftotext)',
].filter(Boolean);
if (missing.length > 0) {
  console.warn(
    `Skipping the LibreOffice DOCX test: ${missing.join(', ')} not installed (apt-get install ${missing.join(' ')}).`,
  );
}

interface Job {
  input: string;
  action?: 'accept' | 'reject' | 'none';
  save?: Array<{ path: string; filter: string }>;
}

function runLibreOffice(jobs: Job[], dir: string): Array<{ paragraphs: string[]; redlines: number }> {
  const file = join(dir, 'jobs.json');
  writeFileSync(file, JSON.stringify(jobs));
  const script = new URL('libreoffice.py', import.meta.url).pathname;
  const result = spawnSync(python, [script, file], { encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`libreoffice.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Array<{ paragraphs: string[]; redlines: number }>;
}

/** The paragraphs a clean document of `resolution` has: title, lead, "label⇥text" and further paragraphs. */
function paragraphsOf(resolution: Resolution, title: string): string[] {
  const out = [title, ...(resolution.lead === '' ? [] : resolution.lead.split('\n\n'))];
  for (const clause of preorder(resolution.clauses)) {
    clause.text.split('\n\n').forEach((paragraph, i) => {
      out.push(i === 0 && clause.label !== '' ? `${clause.label}\t${paragraph}` : paragraph);
    });
  }
  return out;
}

/** LibreOffice keeps an empty last paragraph where the last one was wholly inserted (deleted): Word cannot track the final mark. */
function withoutTrailingEmpty(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

const sample = parseRedline(`Der Rat möge beschließen:

1. Die Verwaltung legt ~~vierteljährlich~~ **halbjährlich** einen Bericht vor.

2. Der Bericht wird ~~dem Rat~~ veröffentlicht.

   a) Kölner*innen werden beteiligt **und informiert**.

~~3. Ein Beirat wird gebildet.~~

~~4.~~ **3.** Die Kosten trägt der Haushalt.

**4. Die Stadt prüft eine Förderung.**
`).redline;
const seed = JSON.parse(
  readFileSync(new URL('../../../fixtures/render/seed-000.redline.json', import.meta.url), 'utf8'),
) as Redline;
const random = fc.sample(redlineArb, { numRuns: 6, seed: 16 });

describe.skipIf(missing.length > 0)('DOCX in LibreOffice', () => {
  it('accept all gives acceptAll(redline), reject all gives rejectAll(redline)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-docx-'));
    try {
      const redlines = [sample, seed, ...random];
      const jobs: Job[] = [];
      for (const [i, r] of redlines.entries()) {
        const path = join(dir, `r${i}.docx`);
        writeFileSync(path, await toDocx(r, { title: `Antrag ${i}`, date: '2024-05-01T10:00:00Z' }));
        jobs.push({ input: path, action: 'accept' }, { input: path, action: 'reject' });
      }
      const results = runLibreOffice(jobs, dir);
      redlines.forEach((r, i) => {
        const title = `Antrag ${i}`;
        const accepted = withoutTrailingEmpty(results[2 * i]!.paragraphs);
        const rejected = withoutTrailingEmpty(results[2 * i + 1]!.paragraphs);
        expect(accepted, `accept ${i}`).toEqual(paragraphsOf(acceptAll(r), title));
        expect(rejected, `reject ${i}`).toEqual(paragraphsOf(rejectAll(r), title));
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('prints the changes: deleted and inserted words on the PDF page, apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-docx-pdf-'));
    try {
      const input = join(dir, 'sample.docx');
      writeFileSync(input, await toDocx(sample, { title: 'Antrag', date: '2024-05-01T10:00:00Z' }));
      const pdf = join(dir, 'sample.pdf');
      const [shown] = runLibreOffice(
        [{ input, action: 'none', save: [{ path: pdf, filter: 'writer_pdf_Export' }] }],
        dir,
      );
      expect(shown!.redlines).toBeGreaterThan(0);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain('legt vierteljährlich halbjährlich einen');
      expect(text).toContain('dem Rat');
      expect(text).toContain('Ein Beirat wird gebildet.');
      expect(text).toContain('Die Stadt prüft eine Förderung.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
