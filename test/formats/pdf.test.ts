/**
 * `toPdf`: the PDF gives its text back through `pdftotext` (poppler-utils;
 * skipped with a message where it is missing — CI installs it), with one space
 * between a deletion and its insertion, German characters intact, the line
 * numbers of `numberLines`, the Synopse's two columns, and the Begründung.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { RedlineError } from '../../src/errors.js';
import { toPdf } from '../../src/formats/pdf/index.js';
import { importPeer } from '../../src/formats/peer.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/render/seed-000.redline.json', import.meta.url), 'utf8'),
) as Redline;

const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
if (!pdftotext)
  console.warn(
    'Skipping the pdftotext checks of toPdf: poppler-utils is not installed (apt-get install poppler-utils).',
  );

/** The text of a PDF as pdftotext reads it (`-layout` keeps the columns of a table apart). */
function textOf(pdf: Uint8Array, layout = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-pdf-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const small: Redline = {
  lead: 'Der Rat möge beschließen:',
  clauses: [
    {
      id: '1',
      label: '1.',
      status: 'changed',
      segments: [
        { type: 'equal', text: 'Die Verwaltung legt ' },
        { type: 'delete', text: 'vierteljährlich' },
        { type: 'insert', text: 'halbjährlich' },
        { type: 'equal', text: ' einen Bericht über „Straßenbäume“ – § 13 – vor.' },
      ],
      children: [],
    },
    {
      id: '2',
      label: '2.',
      status: 'inserted',
      segments: [{ type: 'insert', text: 'Neu ist die Prüfung.' }],
      children: [],
    },
  ],
};

describe('toPdf', () => {
  it('writes a PDF file', async () => {
    const pdf = await toPdf(small);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });

  it('rejects bad options with the option named', async () => {
    await expect(toPdf(small, { insertions: 'blink' as 'bold' })).rejects.toThrow(/"insertions"/);
    await expect(toPdf(small, { lineLength: 3 })).rejects.toThrow(/"lineLength"/);
  });

  it.skipIf(!pdftotext)(
    'gives back the text: title, lead, one space between deletion and insertion, German characters',
    async () => {
      const text = textOf(await toPdf(small, { title: 'Änderungsantrag Ä1', rationale: 'Weil es so besser ist.' }));
      expect(text).toContain('Änderungsantrag Ä1');
      expect(text).toContain('Der Rat möge beschließen:');
      expect(text).toContain(
        '1. Die Verwaltung legt vierteljährlich halbjährlich einen Bericht über „Straßenbäume“ – § 13 – vor.',
      );
      expect(text).toContain('2. Neu ist die Prüfung.');
      expect(text).toContain('Begründung');
      expect(text).toContain('Weil es so besser ist.');
      expect(text).toContain('Seite 1 von 1');
    },
  );

  it.skipIf(!pdftotext)('prints the seed 000 redline with every changed passage', async () => {
    const text = textOf(await toPdf(fixture)).replace(/\s+/g, ' ');
    expect(text).toContain('im Büro der Oberbürgermeisterin („Digitalisierung ist Chefsache“) im Dezernat IX');
    expect(text).toContain('Kölner*innen');
  });

  it.skipIf(!pdftotext)('prints the line numbers of numberLines in the margin', async () => {
    const text = textOf(await toPdf(small, { lineNumbers: true, lineLength: 40 }), true);
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.some((l) => /^1\s+1\. Die Verwaltung legt vierteljährlich halbjährlich$/.test(l))).toBe(true);
    expect(lines.some((l) => /^2\s+einen Bericht über/.test(l))).toBe(true);
    // The inserted clause has no number of its own.
    expect(lines.some((l) => l.startsWith('2. Neu ist die Prüfung.'))).toBe(true);
  });

  it.skipIf(!pdftotext)('shows statute headings in the line-numbered layout and the Synopse', async () => {
    const statute: Redline = {
      lead: '',
      clauses: [
        {
          id: '§1',
          label: '§ 1',
          heading: 'Name und Sitz',
          baseHeading: 'Name',
          status: 'changed',
          segments: [{ type: 'equal', text: 'Der Verein heißt Lindenhof.' }],
          children: [],
        },
        {
          id: '§2',
          label: '§ 2',
          heading: 'Zweck',
          status: 'changed',
          segments: [
            { type: 'equal', text: 'Der Verein fördert ' },
            { type: 'delete', text: 'Kunst' },
            { type: 'insert', text: 'Sport' },
            { type: 'equal', text: '.' },
          ],
          children: [],
        },
        { id: '§3', label: '§ 3', heading: '', status: 'unchanged', segments: [], children: [] },
      ],
    };
    const numbered = textOf(await toPdf(statute, { lineNumbers: true }), true)
      .split('\n')
      .map((l) => l.trim());
    // The heading line unnumbered, the changed heading struck and inserted, the text numbered below it.
    expect(numbered).toContain('§ 1 Name Name und Sitz');
    expect(numbered.some((l) => /^1\s+Der Verein heißt Lindenhof\.$/.test(l))).toBe(true);
    expect(numbered).toContain('§ 2 Zweck');
    expect(numbered.some((l) => /^2\s+Der Verein fördert Kunst Sport\.$/.test(l))).toBe(true);
    const synopsis = textOf(await toPdf(statute, { synopsis: true }), true);
    const row = (needle: string): string[] =>
      synopsis
        .split('\n')
        .find((l) => l.includes(needle))!
        .trim()
        .split(/\s{2,}/);
    expect(row('§ 1')).toEqual(['§ 1 Name', '§ 1 Name und Sitz']);
    expect(row('§ 2')).toEqual(['§ 2 Zweck', '§ 2 Zweck']);
    expect(row('fördert')).toEqual(['Der Verein fördert Kunst.', 'Der Verein fördert Sport.']);
  });

  it.skipIf(!pdftotext)('prints the Synopse as two columns', async () => {
    const text = textOf(await toPdf(small, { synopsis: true }), true);
    expect(text).toMatch(/Ursprüngliche Fassung\s+Geänderte Fassung/);
    const row = text.split('\n').find((l) => l.includes('vierteljährlich'))!;
    const [left = '', right = ''] = row.trim().split(/\s{2,}/);
    expect(left).toContain('legt vierteljährlich');
    expect(right).toMatch(/^1\. Die Verwaltung legt halbjährlich/);
    expect(text).toContain('2. Neu ist die Prüfung.');
  });

  it('names the package to install when an optional dependency is missing', async () => {
    const missing = importPeer('pdfmake-not-installed', 'toPdf', () => import('pdfmake-not-installed' as string));
    await expect(missing).rejects.toThrow(RedlineError);
    await expect(missing).rejects.toMatchObject({ code: 'missing-dependency' });
    await expect(missing).rejects.toThrow(/npm install pdfmake-not-installed/);
  });
});
