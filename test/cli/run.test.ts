import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'motion-redline-cli-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
};

const base = write(
  'base.md',
  'Der Rat möge beschließen:\n\n1. Die Verwaltung legt vierteljährlich einen Bericht vor.\n2. Die Kölner*innen werden beteiligt.\n\nBegründung:\n\nErfolgt mündlich.\n',
);
const instructions = write(
  'instructions.txt',
  'In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.\n',
);
const stale = write('stale.txt', 'In Ziffer 1 wird das Wort „monatlich“ durch das Wort „halbjährlich“ ersetzt.\n');
const amended = write(
  'amended.md',
  '1. Die Verwaltung legt halbjährlich einen Bericht vor.\n2. Die Kölner*innen werden beteiligt.\n',
);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  args: string[],
  options: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdin: Readable.from([Buffer.from(options.stdin ?? '', 'utf8')]),
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

describe('motion-redline CLI (in-process)', () => {
  it('redline: prints the Markdown redline and exits 0', async () => {
    const r = await cli(['redline', base, instructions]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('~~vierteljährlich~~ **halbjährlich**');
    expect(r.stdout).toContain('Kölner*innen');
  });

  it('redline --format json prints the Redline object', async () => {
    const r = await cli(['redline', base, instructions, '--format', 'json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { clauses: Array<{ status: string }> };
    expect(parsed.clauses.map((c) => c.status)).toEqual(['changed', 'unchanged']);
  });

  it('redline --format text uses brackets without a TTY and ANSI with one, unless NO_COLOR', async () => {
    const plain = await cli(['redline', base, instructions, '--format', 'text']);
    expect(plain.stdout).toContain('[-vierteljährlich-]{+halbjährlich+}');
    const tty = await cli(['redline', base, instructions, '--format', 'text'], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await cli(['redline', base, instructions, '--format', 'text'], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('redline --format html writes a complete page with -o', async () => {
    const out = join(dir, 'out.html');
    const r = await cli(['redline', base, instructions, '--format', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.toLowerCase()).toContain('<!doctype html>');
    expect(html).toMatch(/<del[^>]*>vierteljährlich<\/del>/);
    expect(html).toMatch(/<ins[^>]*>halbjährlich<\/ins>/);
  });

  it('redline --format synopsis prints a two-column table', async () => {
    const r = await cli(['redline', base, instructions, '--format', 'synopsis']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('|');
    expect(r.stdout).toContain('halbjährlich');
  });

  it('reads standard input for -', async () => {
    const r = await cli(['redline', base, '-'], { stdin: readFileSync(instructions, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**halbjährlich**');
  });

  it('check: exit 0 when clean, 1 with one line per diagnostic', async () => {
    const clean = await cli(['check', base, instructions]);
    expect(clean.code).toBe(0);
    const dirty = await cli(['check', base, stale]);
    expect(dirty.code).toBe(1);
    const lines = dirty.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Ziffer 1\terror text-not-found\t.*monatlich/);
  });

  it('check: a warning about the amendment as a whole names the amendment, not a change', async () => {
    const statute = write(
      'statute.md',
      'Marktordnung der Stadt Talbrück\n\n§ 1 Markttage\n\nDer Wochenmarkt findet dienstags statt.\n\n§ 2 Standplätze\n\nStandplätze vergibt die Verwaltung.\n',
    );
    const amending = write(
      'amending.txt',
      'Artikel 1\nÄnderung der Marktordnung\n\nDie Marktordnung der Stadt Talbrück wird wie folgt geändert:\n\nIn § 1 wird das Wort „dienstags“ durch das Wort „mittwochs“ ersetzt.\n\nArtikel 2\nÄnderung der Gebührensatzung\n\nDie Gebührensatzung der Stadt Talbrück wird wie folgt geändert:\n\n§ 2 wird aufgehoben.\n',
    );
    const r = await cli(['check', statute, amending]);
    expect(r.stdout).toMatch(/^amendment\twarning invalid-change\tArtikel 2 /mu);
  });

  it('diff: redline between two versions', async () => {
    const r = await cli(['diff', base, amended]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~~vierteljährlich~~ **halbjährlich**');
  });

  it('parse: prints the Motion as JSON', async () => {
    const r = await cli(['parse', base]);
    expect(r.code).toBe(0);
    const motion = JSON.parse(r.stdout) as { resolution: { clauses: Array<{ id: string; text: string }> } };
    expect(motion.resolution.clauses.map((c) => c.id)).toEqual(['1', '2']);
    expect(motion.resolution.clauses[1]?.text).toBe('Die Kölner*innen werden beteiligt.');
  });

  it('--help and --version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: motion-redline');
    const commandHelp = await cli(['check', '--help']);
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toContain('Usage: motion-redline check');
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['redline', base], /takes 2 file arguments, got 1/],
    [['redline', base, join(dir, 'missing.txt')], /cannot read '.*missing\.txt': no such file/],
    [['redline', base, instructions, '--format', 'rtf'], /unknown format 'rtf'/],
    [['redline', base, instructions, '--bogus'], /Unknown option '--bogus'/],
    [['parse', write('mitteilung.txt', 'Mitteilung\n\nDie Verwaltung teilt mit.\n')], /\[no-resolution\]/],
    [['redline', base, instructions, '--form', 'guess'], /unknown amendment form 'guess'/],
  ])('usage and input errors exit 2 with one line on stderr: %j', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable instruction is an input error (exit 2) naming the sentence', async () => {
    const bad = write('bad.txt', 'In Ziffer 1 wird das Wort „vierteljährlich“ irgendwie verändert.\n');
    const r = await cli(['redline', base, bad, '--form', 'instructions']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/irgendwie verändert/);
  });
});
