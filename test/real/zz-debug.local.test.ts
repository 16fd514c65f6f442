import { it } from 'vitest';
import { realCases, statuteCases, judge } from './corpus.js';
import { parseAmendment } from '../../src/instructions/read.js';
it('debug', () => {
  const names = (process.env.CASES ?? '').split(',');
  for (const c of [...realCases(), ...statuteCases()].filter((x) => names.some((n) => n && x.name.includes(n)))) {
    console.log('=== ' + c.name);
    try { console.log(JSON.stringify(parseAmendment(c.amendment), null, 1).slice(0, 3000)); } catch (e) { console.log('PARSE ERR', (e as Error).message); }
    const o = judge(c); console.log(o.kind, o.detail.slice(0, 600));
  }
});
