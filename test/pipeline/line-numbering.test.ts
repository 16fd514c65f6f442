/**
 * A line reference against a base without printed line numbers is counted by
 * the library's own numbering: `checkRedline` says so in an `info` note
 * quoting the line (issue 12 §3); the CLI's check prints it and still exits 0.
 */
import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptAll, checkRedline, redline } from '../../src/index.js';
import { run } from '../../src/cli/run.js';

const base = [
  'Der Rat möge beschließen:',
  '',
  '1. Die Verwaltung legt vierteljährlich einen Bericht vor.',
  '2. Die Bürger*innen werden beteiligt.',
].join('\n');
const instruction = 'In Zeile 1 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.';

const printed = [
  'Antrag C7: Ein Park für alle',
  '',
  'Der Landesparteitag möge beschließen:',
  '',
  '1 Der Stadtpark ist mehr als eine Wiese zwischen zwei Straßen. Er ist',
  '2 ein Ort, an dem Menschen spielen, lesen und ihre freie Zeit verbringen.',
  '3 Die Wege sollen deshalb auch abends beleuchtet und sicher sein.',
  '4 Wir wollen Bänke, Trinkbrunnen und einen Spielplatz für alle Kinder.',
  '',
  '5 Pflege des Parks',
  '6 Die Gärtnerinnen und Gärtner der Stadt brauchen genug Personal. Wir setzen',
  '7 uns für eine feste Stelle ein, die für alle Grünanlagen gilt.',
  '8 Ehrenamtliche Hilfe soll die Ausnahme bleiben.',
].join('\n');

describe('line references counted by our own numbering', () => {
  it('apply, with an info note that quotes the line', () => {
    expect(acceptAll(redline(base, instruction)).clauses[0]!.text).toContain('halbjährlich');
    const diagnostics = checkRedline(base, instruction);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'line-numbering', severity: 'info', change: 0, clause: 'Zeile 1' });
    expect(diagnostics[0]!.message).toMatch(/own line numbering \(80 characters per line\)[^„]*„[^“]*vierteljährlich/u);
  });

  it('follow the lineLength option', () => {
    expect(checkRedline(base, instruction, { lineLength: 60 })[0]?.message).toContain('(60 characters per line)');
  });

  it('say nothing when the base prints its line numbers (those are counted)', () => {
    const diagnostics = checkRedline(printed, 'In Zeile 2 wird das Wort „lesen“ durch das Wort „träumen“ ersetzt.', {
      dehyphenate: true,
    });
    expect(diagnostics).toEqual([]);
  });

  it('say nothing for Amendment JSON, whose author addressed our numbering', () => {
    const json = JSON.stringify({
      changes: [{ op: 'replace', clause: 'Zeile 1', old: 'vierteljährlich', new: 'halbjährlich' }],
    });
    expect(checkRedline(base, json)).toEqual([]);
  });

  it('are printed by the CLI, which still says the amendment applies cleanly (exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-lines-'));
    writeFileSync(join(dir, 'base.md'), base);
    writeFileSync(join(dir, 'amendment.txt'), instruction);
    let stdout = '';
    const code = await run(['check', join(dir, 'base.md'), join(dir, 'amendment.txt')], {
      stdin: Readable.from([]),
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: () => true },
      env: {},
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Zeile 1\tinfo line-numbering\t.*\nThe amendment applies cleanly\.\n$/u);
  });
});
