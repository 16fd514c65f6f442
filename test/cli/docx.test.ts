/** The CLI with Word files: a .docx amendment with tracked changes, `--format docx -o FILE`. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readDocx } from '../../src/formats/docx/index.js';

const dir = mkdtempSync(join(tmpdir(), 'motion-redline-cli-docx-'));
const base = join(dir, 'base.md');
writeFileSync(
  base,
  `Der Rat möge beschließen:

1. Die Verwaltung legt vierteljährlich einen Bericht über die Radwege vor.

2. Der Bericht wird dem Rat veröffentlicht.

   a) Anwohner*innen werden beteiligt.

3. Ein Beirat wird gebildet.

4. Die Kosten trägt der Haushalt 2025.
`,
);
const fixture = new URL('../../fixtures/docx/libreoffice-roundtrip.docx', import.meta.url).pathname;
const edited = new URL('../../fixtures/docx/libreoffice-edited.docx', import.meta.url).pathname;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([]),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('CLI with Word files', () => {
  it('reads a .docx amendment with tracked changes as a redline', async () => {
    const result = await cli(['redline', base, fixture]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('legt ~~vierteljährlich~~ **halbjährlich** einen');
    expect(result.stdout).toContain('~~4.~~ **3.** Die Kosten');
  });

  it('writes --format docx to the file given with -o, and refuses standard output', async () => {
    const out = join(dir, 'out', 'redline.docx');
    expect((await cli(['redline', base, fixture, '-f', 'docx', '-o', out, '--title', 'Radwege'])).code).toBe(0);
    const read = await readDocx(readFileSync(out));
    expect(read.kind === 'redline' && read.amended.clauses[0]!.text).toBe(
      'Die Verwaltung legt halbjährlich einen Bericht über die Radwege vor.',
    );
    const refused = await cli(['diff', base, base, '-f', 'docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('-o FILE');
  });

  it('refuses a base document with tracked changes, naming the file', async () => {
    const result = await cli(['redline', edited, base]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('libreoffice-edited.docx');
  });
});
