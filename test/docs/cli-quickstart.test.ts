/** The README's CLI quick start, command by command, against the built bin. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## CLI quick start'));
const block = section.slice(section.indexOf('```sh') + 5, section.indexOf('```', section.indexOf('```sh') + 5));
const commands = block
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.startsWith('npx motion-redline '));

describe('README CLI quick start', () => {
  it('has the four commands', () => {
    expect(commands.map((c) => c.split(/\s+/)[2])).toEqual(['redline', 'check', 'diff', 'parse']);
  });

  it.each(commands)('%s exits 0 with output', (command) => {
    const args = command.split(/\s+/).slice(2);
    const out = args.includes('-o') ? join(root, args[args.indexOf('-o') + 1]!) : undefined;
    if (out) rmSync(out, { force: true });
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    if (out) expect(existsSync(out)).toBe(true);
    else expect(result.stdout.length).toBeGreaterThan(0);
  });
});
