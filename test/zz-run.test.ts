import { it } from 'vitest';
import { realCases, judge, blocks } from '/work/wt/w7-heads/test/real/corpus.js';
import { readAnyResolution } from '/work/wt/w7-heads/src/parse/motion.js';
const names = (process.env.CASES ?? '').split(',');
it('cases', () => {
  for (const c of realCases().filter((x) => names.some((n) => x.name.includes(n)))) {
    const o = judge(c);
    console.log(c.name, o.kind, o.detail, '\n SENT:', o.sentence);
    if (process.env.SHOW) console.log(JSON.stringify(readAnyResolution(c.base, c.pdf ? { dehyphenate: true } : {}), null, 1));
  }
});
