/**
 * The file formats in the CLI: HTML input by extension or content, `--format pdf`
 * (only with `-o FILE`), `parse` of an HTML motion.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { isHtmlInput } from '../../src/cli/formats.js';

const dir = mkdtempSync(join(tmpdir(), 'motion-redline-cli-formats-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
};
const fixture = (name: string): string => new URL(`../../fixtures/html/${name}`, import.meta.url).pathname;

const base = write(
  'base.md',
  'Der Rat möge beschließen:\n\n1. Die Verwaltung legt vierteljährlich einen Bericht vor.\n2. Die Kölner*innen werden beteiligt.\n',
);
const htmlBase = write(
  'base.html',
  '<p>Der Rat möge beschließen:</p><ol><li>Die Verwaltung legt vierteljährlich einen Bericht vor.</li><li>Die Kölner*innen werden beteiligt.</li></ol>',
);
const htmlRedline = write(
  'amendment.txt',
  '<p>Der Rat möge beschließen:</p><ol><li>Die Verwaltung legt <del>vierteljährlich</del> <ins>halbjährlich</ins> einen Bericht vor.</li><li>Die Kölner*innen werden beteiligt.</li></ol>',
);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('CLI file formats', () => {
  it('detects HTML by extension and by content', () => {
    expect(isHtmlInput('a.html', 'Der Rat')).toBe(true);
    expect(isHtmlInput('a.txt', '<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(isHtmlInput('-', '<ol><li>x</li></ol>')).toBe(true);
    expect(isHtmlInput('a.md', '1. Die Verwaltung <b>prüft</b>.')).toBe(false);
    expect(isHtmlInput('a.md', '<Vorlage> Der Rat möge beschließen:')).toBe(false);
  });

  it('redline: an HTML redline as the amendment, an HTML motion as the base', async () => {
    for (const baseFile of [base, htmlBase]) {
      const r = await cli(['redline', baseFile, htmlRedline]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('~~vierteljährlich~~ **halbjährlich**');
    }
  });

  it('redline --format pdf -o FILE writes a PDF; without -o it is a usage error', async () => {
    const out = join(dir, 'out.pdf');
    const r = await cli(['redline', base, htmlRedline, '--format', 'pdf', '-o', out, '--title', 'Ä1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await cli(['diff', base, htmlBase, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/-o FILE/);
  });

  it('parse: an HTML motion with its list labels and title', async () => {
    const r = await cli(['parse', fixture('motion.html')]);
    expect(r.code).toBe(0);
    const motion = JSON.parse(r.stdout) as { title: string; resolution: { clauses: Array<{ label: string }> } };
    expect(motion.title).toBe('Trinkbrunnen in der Innenstadt');
    expect(motion.resolution.clauses.map((c) => c.label)).toEqual(['1.', '2.']);
  });
});
