/**
 * The amendment fixture set (fixtures/amendments/, see its README): every
 * instruction text is read with parseAmendment, applied to its base, and the
 * amended resolution must equal expected.md clause by clause; rejecting all
 * changes must give the base back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Clause, Resolution } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { checkAmendment } from '../../src/amend/check.js';

const root = fileURLToPath(new URL('../../fixtures/amendments', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Labels and texts of a clause tree (ids are derived from labels and are compared too). */
function shape(clauses: readonly Clause[]): unknown[] {
  return clauses.map((c) => ({ id: c.id, label: c.label, text: c.text, children: shape(c.children) }));
}

function read(name: string, file: string): string {
  return readFileSync(join(root, name, file), 'utf8');
}

describe('amendment fixtures', () => {
  it('has at least 25 cases, each listed in the README', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of cases) expect(readme).toContain(`\`${name}\``);
  });

  for (const name of cases) {
    it(name, () => {
      const base: Resolution = parseResolution(read(name, 'base.md'));
      const expected: Resolution = parseResolution(read(name, 'expected.md'));
      const amendment = parseAmendment(read(name, 'instruction.txt'));
      expect(checkAmendment(base, amendment)).toEqual([]);
      const redline = applyAmendment(base, amendment);
      expect(shape(acceptAll(redline).clauses)).toEqual(shape(expected.clauses));
      expect(shape(rejectAll(redline).clauses)).toEqual(shape(base.clauses));
    });
  }
});
