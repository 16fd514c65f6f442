import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRedline } from '../../src/pipeline/run.js';
it('t', () => {
  const d = 'fixtures/real/council/27-heidemoor-kreistag-implizite-neufassung/';
  console.log('DIAG', JSON.stringify(checkRedline(readFileSync(d + 'base.md', 'utf8'), readFileSync(d + 'amendment.txt', 'utf8'))));
});
