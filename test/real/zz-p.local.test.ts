import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAmendment } from '../../src/instructions/read.js';
it('p', () => {
  const t = readFileSync('/tmp/grammar/in.txt', 'utf8');
  try { console.log(JSON.stringify(parseAmendment(t), null, 1)); } catch (e) { console.log('ERR', (e as Error).message); }
});
