/**
 * Statute headings read back from the file formats (issue 11, DECISIONS
 * "Clause headings"): a statute redline written by `toDocx` (tracked changes
 * and struck/bold formatting) or `toHtml` reads back with `readDocx` /
 * `fromHtml` with its clause tree, both texts and both headings
 * (`heading`/`baseHeading`, `baseLabel`, whole inserted/deleted units) —
 * over every statute excerpt of fixtures/statutes against a copy with edited
 * headings and texts, and over random heading/text edits of a small statute,
 * as the Markdown round trip (test/redline/read/statute-headings.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx, toDocx } from '../../src/formats/docx/index.js';
import { fromHtml } from '../../src/formats/html/index.js';
import { acceptAll, diffResolutions, rejectAll, toHtml } from '../../src/index.js';
import type { Redline, Resolution } from '../../src/model.js';
import { edited, shape, source, statute, unit, version } from '../redline/read/statute-redlines.js';

const dir = new URL('../../fixtures/statutes/', import.meta.url);
const excerpts = readdirSync(dir).filter((name) => /^\d\d-.*\.(?:md|txt)$/u.test(name));

type Reader = (redline: Redline) => Promise<{ redline: Redline; base: Resolution; amended: Resolution }>;

const READERS: Array<[string, Reader]> = [
  [
    'toHtml → fromHtml',
    async (r) => {
      const read = await fromHtml(toHtml(r));
      if (read.kind === 'redline') return read;
      // Nothing changed: a motion, as parseMotion reads the page's text.
      const { resolution } = read.motion;
      return { redline: diffResolutions(resolution, resolution), base: resolution, amended: resolution };
    },
  ],
  ...[true, false].map((tracked): [string, Reader] => [
    `toDocx (${tracked ? 'tracked' : 'formatted'}) → readDocx`,
    async (r) => {
      const read = await readDocx(await toDocx(r, { tracked, date: '2024-05-01T10:00:00Z' }));
      if (read.kind === 'redline') return read;
      // Nothing changed: the text, as parseMotion reads it.
      const resolution = statute(read.text);
      return { redline: diffResolutions(resolution, resolution), base: resolution, amended: resolution };
    },
  ]),
];

async function expectReadBack(reader: Reader, redline: Redline): Promise<void> {
  const back = await reader(redline);
  expect(shape(back.redline.clauses)).toEqual(shape(redline.clauses));
  expect(version(back.amended.clauses)).toEqual(version(acceptAll(redline).clauses));
  expect(version(back.base.clauses)).toEqual(version(rejectAll(redline).clauses));
}

describe.each(READERS)('statute headings: %s', (_, reader) => {
  it('an unchanged statute reads back with its headings', async () => {
    const base = statute('§ 1 Name\n\n(1) Der Verein heißt A.\n\n§ 2\n\nDer Verein fördert C.');
    await expectReadBack(reader, diffResolutions(base, base));
  });

  it('a changed, a kept, a struck and an inserted unit, and a heading given to a bare one', async () => {
    const base = statute(
      '§ 1 Name\n\n(1) Der Verein heißt A.\n\n§ 2 Zweck\n\nDer Verein fördert C.\n\n§ 3 Alt\n\n(1) Weg.\n\n§ 4\n\nLeer.',
    );
    const amended = statute(
      '§ 1 Name und Sitz\n\n(1) Der Verein heißt A.\n\n§ 2 Zweck\n\nDer Verein fördert D.\n\n§ 2a Neu\n\n(1) Ganz neu.\n\n§ 4 Jetzt\n\nLeer.',
    );
    const redline = diffResolutions(base, amended);
    const back = await reader(redline);
    expect(back.redline.clauses[0]).toMatchObject({ label: '§ 1', heading: 'Name und Sitz', baseHeading: 'Name' });
    expect(back.redline.clauses[2]).toMatchObject({ label: '§ 3', heading: 'Alt', status: 'deleted' });
    expect(back.redline.clauses[3]).toMatchObject({ label: '§ 2a', heading: 'Neu', status: 'inserted' });
    expect(back.redline.clauses[4]).toMatchObject({ label: '§ 4', heading: 'Jetzt', baseHeading: '' });
    await expectReadBack(reader, redline);
  });

  it('text moved between units (the HTML marks it with a "verschoben" link, which is no text)', async () => {
    const base = statute(
      '§ 1\n\nDer Rat.\n\n§ 2\n\nDer Verein.\n\n§ 3\n\nDie Stadt.\n\n(1) Der Rat tagt in jedem Monat einmal.',
    );
    const amended = statute(
      '§ 1\n\nDer Verein.\n\n§ 2\n\n(1) Der Rat tagt in jedem Monat einmal.\n\n§ 3\n\nDie Stadt.',
    );
    await expectReadBack(reader, diffResolutions(base, amended));
  });

  it('moved text right before a full stop: the link and the space before it are no text (seed 338185331)', async () => {
    const base = statute('§ 1\n\n(1) Der der.\n\n§ 2\n\n(1) Die der der der Sport.');
    const amended = statute('§ 1\n\n(1) Die der der der Sport.\n\n§ 2\n\n(1) Der der.');
    await expectReadBack(reader, diffResolutions(base, amended));
  });

  it.each(excerpts)('%s against a copy with edited headings and texts', async (name) => {
    const base = statute(readFileSync(new URL(name, dir), 'utf8'));
    // Also the last unit struck.
    const amended = edited(base);
    await expectReadBack(reader, diffResolutions(base, { ...amended, clauses: amended.clauses.slice(0, -1) }));
  });
});

describe('statute headings: random heading and text edits read back from HTML and DOCX', () => {
  it.each(READERS)('%s', async (_, reader) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(unit, { minLength: 2, maxLength: 5 }),
        fc.array(unit, { minLength: 2, maxLength: 5 }),
        async (a, b) => {
          // The amended version keeps every other unit of the base with a new heading, the rest is new.
          const amended = b.map((u, i) => (i < a.length && i % 2 === 0 ? { ...a[i]!, heading: u.heading } : u));
          await expectReadBack(reader, diffResolutions(statute(source(a)), statute(source(amended))));
        },
      ),
      { numRuns: 60 },
    );
  });
});
