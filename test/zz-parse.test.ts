import { it } from 'vitest';
import { parseAmendment } from '../src/instructions/read.js';
it('p', () => {
  for (const t of (process.env.TXT ?? '').split('|||')) {
    try { console.log(JSON.stringify(parseAmendment(t))); } catch (e) { console.log('ERR', (e as Error).message); }
  }
});
