import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { judge, realCases, statuteCases } from './corpus.js';
it('measure', () => {
  const lines: string[] = [];
  let correct = 0, mech = 0, wrong = 0;
  for (const c of [...realCases(), ...statuteCases()]) {
    const o = judge(c);
    if (c.meta.mechanical && !c.name.startsWith('statutes')) { mech++; if (o.kind === 'correct') correct++; }
    if (o.kind === 'wrong') wrong++;
    lines.push(`${o.kind.padEnd(8)} ${c.meta.mechanical ? 'M' : '-'} ${c.name}  ${o.detail.slice(0, 400)}`);
  }
  lines.push(`correct ${correct}/${mech} wrong ${wrong}`);
  writeFileSync(process.env.OUT ?? '/tmp/grammar/out.txt', lines.join('\n') + '\n');
});
