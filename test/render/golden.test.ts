/**
 * Golden files: every renderer on every fixture in fixtures/render/. The
 * outputs were reviewed by eye; run `npx vitest run test/render/golden -u` to
 * rewrite them after an intended change, and review the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Redline, Resolution } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { toText } from '../../src/render/text.js';

const dir = new URL('../../fixtures/render/', import.meta.url);
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
const golden = (name: string): string => new URL(name, dir).pathname;

const redlines = ['seed-000', 'structure', 'hostile'] as const;

describe.each(redlines)('redline fixture %s', (name) => {
  const redline = load<Redline>(`${name}.redline.json`);
  it('Markdown', async () => {
    await expect(toMarkdown(redline)).toMatchFileSnapshot(golden(`${name}.md`));
  });
  it('Markdown, clean amended text', async () => {
    await expect(toMarkdown(redline, { view: 'amended' })).toMatchFileSnapshot(golden(`${name}.amended.md`));
  });
  it('HTML fragment', async () => {
    await expect(toHtml(redline)).toMatchFileSnapshot(golden(`${name}.html`));
  });
  it('plain text', async () => {
    await expect(toText(redline)).toMatchFileSnapshot(golden(`${name}.txt`));
  });
  it('Synopse as Markdown', async () => {
    await expect(toSynopsis(redline, { sources: name === 'structure' })).toMatchFileSnapshot(
      golden(`${name}.synopsis.md`),
    );
  });
  it('Synopse as HTML', async () => {
    await expect(toSynopsis(redline, { format: 'html', sources: name === 'structure' })).toMatchFileSnapshot(
      golden(`${name}.synopsis.html`),
    );
  });
});

describe('resolution fixture seed-004', () => {
  const resolution = load<Resolution>('seed-004.resolution.json');
  it('Markdown', async () => {
    await expect(toMarkdown(resolution)).toMatchFileSnapshot(golden('seed-004.md'));
  });
  it('HTML fragment', async () => {
    await expect(toHtml(resolution)).toMatchFileSnapshot(golden('seed-004.html'));
  });
  it('plain text', async () => {
    await expect(toText(resolution)).toMatchFileSnapshot(golden('seed-004.txt'));
  });
});

describe('standalone page', () => {
  it('HTML document of the seed 000 redline', async () => {
    const page = toHtml(load<Redline>('seed-000.redline.json'), {
      document: true,
      title: 'Änderungsantrag AN/2108/2021',
    });
    await expect(page).toMatchFileSnapshot(golden('seed-000.page.html'));
  });
});
