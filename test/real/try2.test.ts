import { it } from 'vitest';
import { readAmendment } from '../../src/pipeline/run.js';
import { readAnyResolution } from '../../src/parse/motion.js';
import { acceptAll } from '../../src/redline/model.js';
const base = '1. Die Verwaltung prüft den Radweg bis 2030.\n2. Die Verwaltung prüft den Radweg bis 2030.';
it('t', () => {
  for (const t of [base + '\n\nDie Sätze werden neu gefasst, sobald die Zahlen vorliegen.\n\nZiffer 1 wird gestrichen.', 'Die Sätze werden neu gefasst, sobald die Zahlen vorliegen.\n\nZiffer 1 wird gestrichen.'])
  try { const r = readAmendment(readAnyResolution(base, {}), t); console.log('OK', r.form, JSON.stringify(r.amendment), JSON.stringify(acceptAll(r.redline).clauses.map(c=>c.text))); } catch (e) { console.log('ERR', (e as Error).message); }
});
