import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { redline, checkRedline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
it('try', () => {
  const b = readFileSync(process.env.B!, 'utf8');
  const a = process.env.A!.startsWith('/') ? readFileSync(process.env.A!, 'utf8') : process.env.A!;
  try {
    const r = acceptAll(redline(b, a));
    const out = (cs: any[], d = 0): void => { for (const c of cs) { console.log('  '.repeat(d) + `[${c.id}] ${c.label} ${c.text}`); out(c.children, d + 1); } };
    out(r.clauses);
    console.log(JSON.stringify(checkRedline(b, a)));
  } catch (e: any) { console.log('ERR', e.message, JSON.stringify(e.diagnostics ?? '')); }
});
