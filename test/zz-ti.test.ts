import { it } from 'vitest';
import { applyAmendment } from '../src/amend/apply.js';
import { parseResolution } from '../src/parse/resolution.js';
import { toInstructions } from '../src/render/instructions.js';
import { toMarkdown } from '../src/render/markdown.js';
import { parseRedline } from '../src/redline/read/parse-redline.js';
it('x', () => {
  const base = parseResolution(`§ 1 Name und Sitz\n\nDer Verein heißt X.\n\n§ 2 Beiträge\n\nDie Mitglieder zahlen.`);
  const r = applyAmendment(base, [{ op: 'delete', clause: '§ 1', old: 'und Sitz', part: 'heading' }, { op: 'replace', clause: '§ 2', old: 'zahlen', new: 'leisten' }]);
  console.log(toMarkdown(r));
  console.log(JSON.stringify(parseRedline(toMarkdown(r)).redline.clauses[0]));
  try { console.log(toInstructions(r)); } catch (e) { console.log('ERR', (e as Error).message); }
});
