import { it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
const base = '1. Die Verwaltung berichtet vierteljährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.';
const tries = [
  '1. Die Verwaltung berichtet halbjährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.\n\nZiffer 3 wird gestrichen.',
  '1. Die Verwaltung berichtet halbjährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.\n4. In Ziffer 1 wird das Wort „Verwaltung“ durch „Stadt“ ersetzt.',
  'Ziffer 3 wird gestrichen.\n\nBegründung: Die Mittel werden gestrichen, der Rat möge beschließen.',
];
it('try', () => {
  for (const t of tries) {
    try { const r = redline(base, t); console.log('OK', JSON.stringify(t), JSON.stringify(acceptAll(r).clauses.map((c) => [c.label, c.text]))); }
    catch (e) { console.log('ERR', JSON.stringify(t), (e as Error).constructor.name, (e as Error).message.slice(0, 300)); }
  }
});
