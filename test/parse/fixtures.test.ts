/**
 * Fixture-driven test: every `fixtures/motions/NAME.md|txt` is parsed and
 * compared with `NAME.expected.json` — a `Motion` (parsed with parseMotion), a
 * `Resolution` (parseResolution) or `{ "error": { "code": … } }` (parseMotion
 * must throw that ParseError). `NAME.options.json` holds parse options.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError, RedlineError } from '../../src/errors.js';
import type { Clause } from '../../src/model.js';
import { decodeMarkdownText } from '../../src/parse/markdown-text.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';

const dir = fileURLToPath(new URL('../../fixtures/motions', import.meta.url));
const inputs = readdirSync(dir)
  .filter((f) => /\.(?:md|txt)$/.test(f) && f !== 'README.md')
  .sort();
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

function allClauses(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  const stack = [...clauses].reverse();
  for (let c = stack.pop(); c; c = stack.pop()) {
    out.push(c);
    stack.push(...[...c.children].reverse());
  }
  return out;
}

describe('motion fixtures', () => {
  it('has at least 10 synthetic and the seed fixtures', () => {
    expect(inputs.filter((f) => f.startsWith('synth-')).length).toBeGreaterThanOrEqual(10);
    for (const seed of ['seed-000-base', 'seed-000-amended', 'seed-002', 'seed-003', 'seed-004']) {
      expect(
        inputs.some((f) => f.startsWith(seed)),
        seed,
      ).toBe(true);
    }
  });

  for (const input of inputs) {
    const name = input.replace(/\.(md|txt)$/, '');
    it(`${input} parses to ${name}.expected.json`, () => {
      const expectedPath = join(dir, `${name}.expected.json`);
      expect(existsSync(expectedPath), `missing ${name}.expected.json`).toBe(true);
      expect(readme, `fixtures/motions/README.md has no line for ${input}`).toContain(`\`${input}\``);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
      const optionsPath = join(dir, `${name}.options.json`);
      const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as object) : undefined;
      const source = readFileSync(join(dir, input), 'utf8');
      if ('error' in expected) {
        const code = (expected.error as { code: string }).code;
        let thrown: unknown;
        try {
          parseMotion(source, options);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(ParseError);
        expect(thrown).toBeInstanceOf(RedlineError);
        expect((thrown as ParseError).code).toBe(code);
        return;
      }
      if ('resolution' in expected) {
        const motion = parseMotion(source, options);
        expect(motion).toEqual(expected);
        // Every clause text survives character for character in the source (up to whitespace folding
        // and, in Markdown, its escapes: docs/parsing.md).
        const folded = decodeMarkdownText(source).replace(/\s+/g, ' ');
        for (const c of allClauses(motion.resolution.clauses)) {
          for (const para of c.text.split('\n\n')) {
            // (an emphasis marker opened before the label moves behind it: "**2. Text**" → "**Text**")
            if (!options) expect(folded).toContain(para.replace(/^(?:\*\*|~~|__)/, '').slice(0, 60));
          }
        }
      } else {
        expect(parseResolution(source, options)).toEqual(expected);
      }
    });
  }
});
