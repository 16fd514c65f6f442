/**
 * The built bin at the edges of its environment, each run as a real process:
 * a reader that closes the pipe, an output folder that cannot be made, an
 * out-of-range `--line-length`, Windows-1252 input, and the colour switches
 * (`FORCE_COLOR`, `TERM=dumb` on a terminal, `--color` with `-o`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'motion-redline-edges-'));
const write = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

const old = write('old.md', '1. Die Verwaltung prüft den Antrag.\n');
const changed = write('new.md', '1. Die Verwaltung prüft den Antrag bald.\n');
// 4,000 clauses: the redline is far larger than a pipe's buffer (64 KiB).
const bigOld = write(
  'big-old.md',
  Array.from({ length: 4000 }, (_, i) => `${i + 1}. Die Verwaltung prüft den Antrag Nummer ${i + 1}.\n`).join(''),
);
const bigNew = write('big-new.md', readFileSync(bigOld, 'utf8').replaceAll('prüft', 'prüft bald'));

const ESC = '\u001b[';
/**
 * Every variable Node's `hasColors` consults besides `TERM`: a CI runner sets
 * `CI`, which alone makes a colour terminal report no colours.
 */
const COLOUR_VARIABLES = new Set([
  'NO_COLOR',
  'FORCE_COLOR',
  'NODE_DISABLE_COLORS',
  'TERM',
  'CI',
  'TEAMCITY_VERSION',
  'TMUX',
  'COLORTERM',
  'TERM_PROGRAM',
  'TERM_PROGRAM_VERSION',
]);
/** The environment without anything that decides colours, plus `env`. */
function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const rest = Object.fromEntries(Object.entries(process.env).filter(([name]) => !COLOUR_VARIABLES.has(name)));
  return { ...rest, ...env };
}

function motionRedline(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: cleanEnv(env),
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `script` (util-linux) runs a command on a pseudo-terminal: how a terminal's colours are tested. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** Runs the bin with standard output on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string>): { code: number | null; screen: string } {
  const quoted = [process.execPath, bin, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', quoted, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv(env),
    timeout: 30_000,
  });
  return { code: result.status, screen: result.stdout };
}

describe('the bin at the edges', () => {
  it('ends quietly with exit 0 when the reader closes the pipe (`| head -c 1`)', () => {
    const result = spawnSync(
      'bash',
      [
        '-c',
        '"$0" "$1" diff "$2" "$3" | head -c 1 >/dev/null; echo "exit=${PIPESTATUS[0]}"',
        process.execPath,
        bin,
        bigOld,
        bigNew,
      ],
      { encoding: 'utf8', env: cleanEnv(), timeout: 30_000 },
    );
    expect(result.stdout.trim()).toBe('exit=0');
    expect(result.stderr).toBe('');
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once with one line for -o below /proc', () => {
    const r = motionRedline(['diff', old, changed, '-o', '/proc/nope/out.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^motion-redline: cannot write '\/proc\/nope\/out\.md': .*ENOENT/);
  });

  it('refuses --line-length 0 also where no lines are numbered', () => {
    for (const args of [
      ['diff', old, changed, '--line-length', '0'],
      ['redline', old, changed, '--line-length', '0'],
      ['diff', old, changed, '--line-length', '9'],
    ]) {
      const r = motionRedline(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^motion-redline: --line-length must be a whole number from 10 to \d+, got \d+/);
    }
    expect(motionRedline(['diff', old, changed, '--line-length', '10']).code).toBe(0);
  });

  it('reads Windows-1252 input as Windows-1252, with a note on stderr — never U+FFFD', () => {
    // „Straße“ – geprüft … in Windows-1252: „ 0x84, “ 0x93, – 0x96, ß 0xDF, ü 0xFC, … 0x85.
    const cp1252 = write(
      'cp1252.md',
      Uint8Array.from([
        ...Buffer.from('1. Die ', 'latin1'),
        0x84,
        ...Buffer.from('Stra\u00dfe', 'latin1'),
        0x93,
        0x20,
        0x96,
        ...Buffer.from(' gepr\u00fcft', 'latin1'),
        0x85,
        0x0a,
      ]),
    );
    const utf8 = write('utf8.md', '1. Die „Straße“ – geprüft…\n');
    const r = motionRedline(['diff', cp1252, utf8, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\ufffd');
    expect(r.stdout).toBe('1. Die „Straße“ – geprüft…\n');
    expect(r.stderr).toBe(`motion-redline: note: '${cp1252}' is not UTF-8; read as Windows-1252\n`);
    // Valid UTF-8 gets no note.
    expect(motionRedline(['diff', old, changed]).stderr).toBe('');
  });

  it('FORCE_COLOR colours text output into a pipe; FORCE_COLOR=0 and NO_COLOR do not', () => {
    const forced = motionRedline(['diff', old, changed, '--format', 'text'], { FORCE_COLOR: '1' });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(ESC);
    expect(forced.stdout).not.toContain('{+');
    for (const env of [{ FORCE_COLOR: '0' }, { NO_COLOR: '1' }, {}]) {
      const plain = motionRedline(['diff', old, changed, '--format', 'text'], env);
      expect(plain.stdout, JSON.stringify(env)).not.toContain(ESC);
      expect(plain.stdout).toContain('{+bald+}');
    }
  });

  it.skipIf(!hasScript)('on a terminal: colours with a colour TERM, none with TERM=dumb', () => {
    const colour = onTerminal(['diff', old, changed, '--format', 'text'], { TERM: 'xterm-256color' });
    expect(colour.code).toBe(0);
    expect(colour.screen).toContain(ESC);
    const dumb = onTerminal(['diff', old, changed, '--format', 'text'], { TERM: 'dumb' });
    expect(dumb.code).toBe(0);
    expect(dumb.screen).not.toContain(ESC);
    expect(dumb.screen).toContain('{+bald+}');
  });

  it('--color with -o writes the colours into the file; without --color a file gets none', () => {
    const coloured = join(dir, 'coloured.txt');
    expect(motionRedline(['diff', old, changed, '--format', 'text', '--color', '-o', coloured]).code).toBe(0);
    expect(readFileSync(coloured, 'utf8')).toContain(ESC);
    const plain = join(dir, 'plain.txt');
    expect(motionRedline(['diff', old, changed, '--format', 'text', '-o', plain], { FORCE_COLOR: '1' }).code).toBe(0);
    expect(readFileSync(plain, 'utf8')).not.toContain(ESC);
    expect(readFileSync(plain, 'utf8')).toContain('{+bald+}');
  });
});
