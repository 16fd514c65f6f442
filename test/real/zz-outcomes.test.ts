import { it } from 'vitest';
import { judge, realCases, statuteCases } from './corpus.js';
it('prints', () => {
  const all = [...realCases().filter((c) => c.group === 'party'), ...statuteCases()];
  for (const c of all) {
    const o = judge(c);
    console.log(`${o.kind.padEnd(8)} ${c.name}\n      ${o.detail.slice(0, 400)}`);
  }
});
