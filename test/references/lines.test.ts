/**
 * Line-addressed instructions ("In Zeile 12 …", "Zeilen 12 bis 14 werden
 * gestrichen"): the fixture set fixtures/lines/amendments/ and the
 * diagnostics of line references that do not fit.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { checkAmendment } from '../../src/amend/check.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { redline } from '../../src/pipeline/run.js';

const root = fileURLToPath(new URL('../../fixtures/lines/amendments', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function shape(clauses: readonly Clause[]): unknown[] {
  return clauses.map((c) => ({ label: c.label, text: c.text, children: shape(c.children) }));
}

const read = (name: string, file: string): string => readFileSync(join(root, name, file), 'utf8');

describe('line-addressed instruction fixtures', () => {
  it('has cases, each listed in the README', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of cases) expect(readme).toContain(`\`${name}\``);
  });

  for (const name of cases) {
    it(name, () => {
      const base = parseResolution(read(name, 'base.md'));
      const options = JSON.parse(read(name, 'options.json')) as { lineLength: number };
      const amendment = parseAmendment(read(name, 'instruction.txt'));
      expect(checkAmendment(base, amendment, options)).toEqual([]);
      const r = applyAmendment(base, amendment, options);
      const expectedPath = join(root, name, 'expected.md');
      // First run writes expected.md for review; afterwards it is the golden result.
      if (!existsSync(expectedPath)) writeFileSync(expectedPath, toMarkdown(acceptAll(r)));
      expect(shape(acceptAll(r).clauses)).toEqual(shape(parseResolution(read(name, 'expected.md')).clauses));
      expect(shape(rejectAll(r).clauses)).toEqual(shape(base.clauses));
    });
  }
});

describe('line references that do not fit', () => {
  const base = parseResolution(read('01-zeile-ersetzt', 'base.md'));
  const options = { lineLength: 40 };

  it('a passage not on the named line is text-not-found naming the line', () => {
    const [d] = checkAmendment(base, parseAmendment('In Zeile 5 wird das Wort „vierteljährlich“ gestrichen.'), options);
    expect(d?.code).toBe('text-not-found');
    expect(d?.message).toContain('line 5');
    expect(d?.message).toContain('„vierteljährlich“');
  });

  it('the same instruction fits another numbering only if the words are on that line', () => {
    expect(
      checkAmendment(base, parseAmendment('In Zeile 4 wird das Wort „vierteljährlich“ gestrichen.'), options),
    ).toEqual([]);
    // At 80 characters clause 1 takes lines 1–2 and clause 2 starts on line 3.
    expect(
      checkAmendment(base, parseAmendment('In Zeile 4 wird das Wort „vierteljährlich“ gestrichen.'))[0]?.code,
    ).toBe('text-not-found');
    expect(checkAmendment(base, parseAmendment('In Zeile 3 wird das Wort „vierteljährlich“ gestrichen.'))).toEqual([]);
  });

  it('a line beyond the text is clause-not-found with the number of lines', () => {
    const [d] = checkAmendment(base, parseAmendment('Die Zeilen 11 bis 30 werden gestrichen.'), options);
    expect(d?.code).toBe('clause-not-found');
    expect(d?.message).toBe('There is no line 30: the base resolution has 12 lines at 40 characters per line.');
  });

  it('a passage ambiguous on its line asks for the occurrence', () => {
    const [d] = checkAmendment(base, parseAmendment('In den Zeilen 10 und 11 wird das Wort „im“ gestrichen.'), options);
    expect(d?.code).toBe('text-ambiguous');
    expect(checkAmendment(base, parseAmendment('In Zeile 11 wird das Wort „im“ gestrichen.'), options)).toEqual([]);
  });

  it('a new wording of lines across clauses is invalid; of lines of one clause it rewrites them', () => {
    const [d] = checkAmendment(base, parseAmendment('Die Zeilen 3 bis 4 erhalten folgende Fassung: „Neu.“'), options);
    expect(d?.code).toBe('invalid-change');
    const r = applyAmendment(
      base,
      parseAmendment('Die Zeilen 7 bis 8 erhalten folgende Fassung: „Die Stadt prüft das Programm.“'),
      options,
    );
    expect(acceptAll(r).clauses[2]!.text).toBe('Die Stadt prüft das Programm.');
  });

  it('reads line references in every listed form and refuses what it cannot apply', () => {
    expect(parseAmendment('Zeilen 12 bis 140 werden gestrichen.').changes).toEqual([
      { op: 'removeClause', clause: 'Zeilen 12 bis 140' },
    ]);
    expect(parseAmendment('In den Zeilen 3 und 4 wird „X“ gestrichen.').changes).toEqual([
      { op: 'delete', clause: 'Zeilen 3 bis 4', old: 'X' },
    ]);
    expect(() => parseAmendment('In den Zeilen 3 und 5 wird „X“ gestrichen.')).toThrow(/not one range/u);
    expect(() => parseAmendment('Vor Zeile 3 wird eingefügt: „X“')).toThrow(/before a line/u);
    expect(() => parseAmendment('In Ziffer 2 Zeile 3 wird „X“ gestrichen.')).toThrow(/on its own/u);
  });

  it('redline() passes lineLength through', () => {
    const r = redline(read('01-zeile-ersetzt', 'base.md'), read('01-zeile-ersetzt', 'instruction.txt'), {
      lineLength: 40,
    });
    expect(acceptAll(r).clauses[1]!.text).toContain('halbjährlich');
  });

  it('rejects a bad lineLength', () => {
    expect(() => checkAmendment(base, [], { lineLength: 5 })).toThrow(/lineLength/u);
  });
});
