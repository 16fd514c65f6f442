/** `motion-redline synopsis`: formats, the statement, output file, help and usage errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/synopsis/radverkehr/${name}`, import.meta.url));
const files = [fixture('base.md'), fixture('a-spd.md'), fixture('b-cdu.txt'), fixture('c-fdp.json')];

async function cli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([Buffer.from(stdin, 'utf8')]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('motion-redline synopsis', () => {
  it('prints the Markdown Synopse with the statement', async () => {
    const r = await cli(['synopsis', ...files, '--statement', fixture('statement.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '| Ursprüngliche Fassung | AN/0431/2024 (SPD-Fraktion · Änderungsfassung) | Ä2 (Änderungsbefehle) |',
    );
    expect(r.stdout).toContain('Stellungnahme der Verwaltung');
    expect(r.stdout).toContain('## Zusammengeführte Fassung');
  });

  it('writes an HTML page to a file, and prints the model as JSON', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'motion-redline-synopsis-')), 'synopse.html');
    const html = await cli(['synopsis', ...files, '--format', 'html', '-o', out, '--title', 'TOP 4']);
    expect(html.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<title>TOP 4</title>');
    const json = await cli(['synopsis', files[0]!, files[1]!, '-f', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ amendments: [{ id: 'AN/0431/2024', form: 'redline' }] });
  });

  it('reads one file from standard input', async () => {
    const r = await cli(['synopsis', files[0]!, '-'], readFileSync(files[2]!, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ä1 (Änderungsbefehle)');
  });

  it('shows its help and reports usage errors in one line with exit code 2', async () => {
    const help = await cli(['synopsis', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: motion-redline synopsis <base> <amendment>...');
    expect((await cli(['--help'])).stdout).toContain('synopsis <base> <amendment>...');
    for (const args of [
      ['synopsis', files[0]!],
      ['synopsis', ...files, '--format', 'text'],
      ['synopsis', ...files, '--form', 'poem'],
      ['synopsis', '-', '-'],
      ['synopsis', files[0]!, fixture('missing.txt')],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('reports an amendment that does not apply, naming it', async () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'motion-redline-synopsis-')), 'stale.txt');
    writeFileSync(stale, 'In Ziffer 1 wird das Wort „Straßenbahn“ gestrichen.\n', 'utf8');
    const r = await cli(['synopsis', files[0]!, files[1]!, stale]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^motion-redline: Amendment 2 of the Synopse: .*„Straßenbahn“.*\[amendment-does-not-apply\]\n$/,
    );
  });
});
