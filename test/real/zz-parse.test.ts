import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readAmendmentText } from '../../src/instructions/read.js';
it('parse', () => {
  const a = process.env.A!.startsWith('/') ? readFileSync(process.env.A!, 'utf8') : process.env.A!;
  try {
    const r = readAmendmentText(a);
    console.log(JSON.stringify(r.amendment, null, 1), JSON.stringify(r.documents));
  } catch (e: any) { console.log('ERR', e.message); }
});
