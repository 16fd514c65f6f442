import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built bin, exactly as `npm install` links it (`npm test` builds first).
const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'motion-redline-bin-'));

function motionRedline(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built motion-redline bin', () => {
  it('exists with a node shebang', () => {
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('redlines the bundled seed 000 amendment against its base', () => {
    const r = motionRedline([
      'redline',
      'fixtures/motions/seed-000-base.md',
      'fixtures/redlines/seed-000-restored.txt',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~~vierteljährlich~~ **halbjährlich**');
  });

  it('reads the amendment from standard input and writes -o', () => {
    const out = join(dir, 'r.json');
    const r = motionRedline(
      ['redline', 'fixtures/motions/seed-000-base.md', '-', '--format', 'json', '-o', out],
      readFileSync(join(root, 'fixtures/redlines/seed-000-restored.txt'), 'utf8'),
    );
    expect(r.code).toBe(0);
    const redline = JSON.parse(readFileSync(out, 'utf8')) as { clauses: unknown[] };
    expect(redline.clauses).toHaveLength(6);
  });

  it('check exits 1 with diagnostics for an amendment that no longer fits', () => {
    const stale = join(dir, 'stale.txt');
    writeFileSync(stale, 'In Ziffer 3 wird das Wort „monatlich“ durch das Wort „halbjährlich“ ersetzt.\n');
    const r = motionRedline(['check', 'fixtures/motions/seed-000-base.md', stale]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Ziffer 3\terror text-not-found\t.*monatlich/m);
  });

  it('check finds the strike-through that PDF extraction lost in the verbatim seed 000', () => {
    const r = motionRedline(['check', 'fixtures/motions/seed-000-base.md', 'fixtures/seeds/000_ee1fc5370c1f5e57.txt']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^2\terror text-not-found\t.*Hierzu Bei der Erstellung/);
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const r = motionRedline(['parse', 'no/such/file.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('    at ');
  });

  it('parse exits 2 for a document without a resolution (seed 002), naming the markers', () => {
    const r = motionRedline(['parse', 'fixtures/seeds/002_2dbb76e810e96c3c.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\[no-resolution\]/);
    expect(r.stderr).toMatch(/Beschluss/);
  });

  it('prints its version', () => {
    const r = motionRedline(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });
});
