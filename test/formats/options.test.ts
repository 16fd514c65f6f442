/**
 * The option tables of the file formats: every option of each interface is in
 * its table, and each JSDoc `@default` states the table's default (defaults
 * live only in the tables).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultsOf, type OptionTable } from '../../src/validate/options.js';
import { FROM_HTML_OPTIONS } from '../../src/formats/html/options.js';
import { PDF_OPTIONS } from '../../src/formats/pdf/options.js';
import { FROM_OPARL_OPTIONS } from '../../src/formats/oparl/options.js';
import { TYPOGRAPHY_OPTIONS } from '../../src/render/typography.js';

/** The documented options of an interface: name → text after `@default`. */
function documented(file: string): Map<string, string | undefined> {
  const source = readFileSync(new URL(`../../src/formats/${file}`, import.meta.url), 'utf8');
  const out = new Map<string, string | undefined>();
  for (const chunk of source.split('/**').slice(1)) {
    const end = chunk.indexOf('*/');
    const after = chunk.slice(end + 2).trimStart();
    const colon = after.indexOf('?:');
    const name = after.slice(0, colon);
    if (colon < 0 || !/^\w+$/.test(name)) continue;
    const tag = chunk.slice(0, end).split('@default ')[1];
    out.set(name, tag?.split('\n')[0]?.trim());
  }
  return out;
}

const render = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : String(value));

describe.each([
  ['html/options.ts', FROM_HTML_OPTIONS, []],
  ['pdf/options.ts', PDF_OPTIONS, []],
  ['oparl/options.ts', FROM_OPARL_OPTIONS, ['file']],
] as Array<[string, OptionTable, string[]]>)('%s', (file, table, outside) => {
  const docs = documented(file);
  it('has every option in its table (or checked on its own)', () => {
    expect([...docs.keys()].filter((name) => !(name in table) && !outside.includes(name))).toEqual([]);
  });
  // Inherited options are documented where they are declared (typography: render/typography.ts, test/validate/defaults.test.ts).
  const own = Object.entries(defaultsOf(table)).filter(([name]) => !(name in TYPOGRAPHY_OPTIONS));
  it.each(own)('documents the default of %s', (name, value) => {
    expect(docs.get(name)?.startsWith(render(value))).toBe(true);
  });
});
