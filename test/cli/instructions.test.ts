import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'motion-redline-cli-lines-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
};

const base = write(
  'base.md',
  'Der Rat möge beschließen:\n\n1. Die Verwaltung legt vierteljährlich einen Bericht vor.\n2. Die Kölner*innen werden beteiligt.\n',
);
const amended = write(
  'amended.md',
  '1. Die Verwaltung legt halbjährlich einen Bericht vor.\n2. Die Kölner*innen werden beteiligt.\n',
);
const byLine = write('by-line.txt', 'In Zeile 2 wird das Wort „Bericht“ durch das Wort „Sachstandsbericht“ ersetzt.\n');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([Buffer.from('', 'utf8')]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('motion-redline --format instructions', () => {
  it('diff writes clause-addressed instructions', async () => {
    const r = await cli(['diff', base, amended, '--format', 'instructions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1. In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.\n');
  });

  it('--line-numbers addresses by line, --line-length sets the numbering', async () => {
    const r = await cli(['diff', base, amended, '--format', 'instructions', '--line-numbers', '--line-length', '30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1. In Zeile 2 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.\n');
  });

  it('redline applies line-addressed instructions with --line-length', async () => {
    const narrow = await cli(['redline', base, byLine, '--line-length', '30']);
    expect(narrow.code).toBe(0);
    expect(narrow.stdout).toContain('~~Bericht~~ **Sachstandsbericht**');
    // At 80 characters clause 1 is one line: "Bericht" is not on line 2.
    const wide = await cli(['check', base, byLine]);
    expect(wide.code).toBe(1);
    expect(wide.stdout).toContain('line 2');
  });

  it('rejects a bad --line-length in one line', async () => {
    const r = await cli(['diff', base, amended, '--format', 'instructions', '--line-length', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^motion-redline: .*line-length/u);
    const small = await cli(['diff', base, amended, '--format', 'instructions', '--line-length', '3']);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/^motion-redline: --line-length must be a whole number from 10 to \d+, got 3/u);
  });
});
