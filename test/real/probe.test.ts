import { it } from 'vitest';
import { judge, realCases } from './corpus.js';
it('probe', () => {
  const rows = realCases().map((c) => { const o = judge(c); return `${c.name}: ${o.kind} ${o.detail.slice(0, 400)}`; });
  console.log(rows.join('\n'));
});
