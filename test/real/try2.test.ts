import { it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
const base = '1. Die Verwaltung berichtet vierteljährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.';
it('t', () => {
  for (const t of ['X\n\nEs wird wie folgt gefasst:\n\nGesetz über die Bäder', 'Es wird wie folgt geändert:\n\nGesetz über die Bäder', 'Wie folgt gefasst:\n\nGesetz über die Bäder', 'Die Bezeichnung wird wie folgt gefasst:\n\nGesetz'])
  try { redline(base, t); console.log('OK'); } catch (e) { console.log('ERR', (e as Error).message); }
});
