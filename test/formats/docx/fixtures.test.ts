/** readDocx on files LibreOffice wrote (fixtures/docx/README.md says how they were made). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/formats/docx/index.js';
import { toMarkdown } from '../../../src/render/markdown.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/docx/${name}`, import.meta.url));

describe('readDocx on LibreOffice files', () => {
  it('reads a redline that went through ODT and back', async () => {
    const read = await readDocx(fixture('libreoffice-roundtrip.docx'));
    expect(read.kind).toBe('redline');
    if (read.kind !== 'redline') return;
    expect(toMarkdown(read.redline)).toBe(`Der Rat möge beschließen:

1. Die Verwaltung legt ~~vierteljährlich~~ **halbjährlich** einen Bericht über die Radwege vor.

2. Der Bericht wird ~~dem Rat~~ veröffentlicht.

   a) Anwohner*innen werden beteiligt **und informiert**.

~~3. Ein Beirat wird gebildet.~~

~~4.~~ **3.** Die Kosten trägt der Haushalt 2025.

**4. Die Stadt prüft eine Förderung durch das Land.**
`);
    expect(read.amended.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('reads changes recorded in LibreOffice (replace, deleted paragraph)', async () => {
    const read = await readDocx(fixture('libreoffice-edited.docx'));
    expect(read.kind).toBe('redline');
    if (read.kind !== 'redline') return;
    expect(read.redline.clauses.map((c) => c.status)).toEqual(['changed', 'unchanged', 'deleted', 'unchanged']);
    expect(read.base.clauses[0]!.text).toBe('Die Verwaltung legt vierteljährlich einen Bericht über die Radwege vor.');
    expect(read.amended.clauses[0]!.text).toBe('Die Verwaltung legt halbjährlich einen Bericht über die Radwege vor.');
    expect(read.amended.clauses.map((c) => c.text)).not.toContain('Ein Beirat wird gebildet.');
  });
});
