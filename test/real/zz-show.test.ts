import { it } from 'vitest';
import { judge, realCases } from '/work/wt/w6-lines/test/real/corpus.js';
const names = (process.env.CASES ?? 'party/11,party/12,party/04,party/09,party/08,council/17').split(',');
it('show', () => {
  for (const c of realCases()) {
    if (!names.some((n) => c.name.startsWith(n))) continue;
    const o = judge(c);
    console.log(`${c.name}: ${o.kind}\n   ${o.detail}\n`);
  }
});
