import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseMotion } from '../../src/index.js';
it('gen', () => {
  const a = parseMotion(readFileSync('fixtures/motions/synth-pandoc-escapes.md', 'utf8'));
  const b = parseMotion(readFileSync('fixtures/motions/synth-pandoc-escapes.txt', 'utf8'));
  console.log(JSON.stringify(a, null, 2));
  console.log(JSON.stringify(a) === JSON.stringify(b));
  writeFileSync('fixtures/motions/synth-pandoc-escapes.expected.json', JSON.stringify(b, null, 2) + '\n');
});
