/**
 * Golden files of line-numbered output (fixtures/lines/numbered/) and of
 * generated instructions (fixtures/lines/instructions/). Reviewed by eye;
 * rewrite with `npx vitest run test/lines/golden -u` after an intended change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Redline, Resolution } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toText } from '../../src/render/text.js';
import { toInstructions } from '../../src/render/instructions.js';
import { redline } from '../../src/pipeline/run.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { diffResolutions } from '../../src/diff/resolutions.js';

const root = new URL('../../fixtures/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const golden = (name: string): string => new URL(`lines/${name}`, root).pathname;

const seed000 = redline(read('motions/seed-000-base.md'), read('redlines/seed-000-restored.txt'));
const structure = JSON.parse(read('render/structure.redline.json')) as Redline;
const seed004 = JSON.parse(read('render/seed-004.resolution.json')) as Resolution;
const base000 = parseMotion(read('motions/seed-000-base.md')).resolution;

describe('line-numbered output', () => {
  it('seed 000 base resolution, 80 characters', async () => {
    await expect(toText(base000, { lineNumbers: true })).toMatchFileSnapshot(golden('numbered/seed-000-base.txt'));
  });
  it('seed 000 redline as text, Markdown and HTML', async () => {
    await expect(toText(seed000, { lineNumbers: true })).toMatchFileSnapshot(golden('numbered/seed-000.txt'));
    await expect(toMarkdown(seed000, { lineNumbers: true })).toMatchFileSnapshot(golden('numbered/seed-000.md'));
    await expect(toHtml(seed000, { lineNumbers: true })).toMatchFileSnapshot(golden('numbered/seed-000.html'));
    await expect(toHtml(seed000, { lineNumbers: true, document: true })).toMatchFileSnapshot(
      golden('numbered/seed-000.page.html'),
    );
  });
  it('structure redline (inserted, deleted, renumbered clauses) at 40 characters', async () => {
    await expect(toText(structure, { lineNumbers: true, lineLength: 40 })).toMatchFileSnapshot(
      golden('numbered/structure.40.txt'),
    );
    await expect(toMarkdown(structure, { lineNumbers: true, lineLength: 40 })).toMatchFileSnapshot(
      golden('numbered/structure.40.md'),
    );
  });
  it('seed 004 resolution (unlabelled paragraph and bullets), 60 characters', async () => {
    await expect(toText(seed004, { lineNumbers: true, lineLength: 60 })).toMatchFileSnapshot(
      golden('numbered/seed-004.60.txt'),
    );
  });
});

const base01 = parseResolution(read('amendments/01-replace-wort/base.md'));
const mixed = diffResolutions(
  base01,
  parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung informiert die Öffentlichkeit zunächst über die Presse der Stadt.
2. Die Verwaltung legt halbjährlich einen Bericht über jedes Vorhaben, die Kosten und den Zeitplan vor.
3. Der Rat wird frühzeitig beteiligt.
4. Ein Beirat begleitet die Umsetzung.
5. Die Ergebnisse werden im Ausschuss und im Rat vorgestellt.
6. Die Kosten trägt die Stadt.`),
);

describe('generated instructions', () => {
  it('docs/lines-and-instructions.md shows the seed 000 instructions as generated', () => {
    const doc = readFileSync(new URL('../docs/lines-and-instructions.md', root), 'utf8');
    expect(doc).toContain(toInstructions(seed000));
    expect(doc).toContain(toInstructions(seed000, { lines: true }));
    expect(doc).toContain(toText(base000, { lineNumbers: true }).split('\n').slice(2, 10).join('\n'));
  });

  it('writes a new clause with sub-clauses as amendments do, and reads it back (issue 17.3)', () => {
    const text = toInstructions(structure);
    expect(text).toMatch(/eingefügt: „[^“]*\n\n[a-z]\) /u);
    const base = rejectAll(structure);
    expect(acceptAll(applyAmendment(base, parseAmendment(text)))).toEqual(acceptAll(structure));
  });

  for (const [name, r, base] of [
    ['seed-000', seed000, base000],
    ['mixed', mixed, base01],
  ] as const) {
    for (const lines of [false, true]) {
      it(`${name}, ${lines ? 'by line' : 'by clause'}: golden and round trip`, async () => {
        const text = toInstructions(r, { lines });
        await expect(text).toMatchFileSnapshot(golden(`instructions/${name}.${lines ? 'lines' : 'clauses'}.txt`));
        const amended = acceptAll(applyAmendment(base, parseAmendment(text)));
        expect(amended.clauses.map((c) => [c.label, c.text])).toEqual(
          acceptAll(r).clauses.map((c) => [c.label, c.text]),
        );
      });
    }
  }
});
