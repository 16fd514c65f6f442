import { it } from 'vitest';
import { readReference } from '../../src/references/read.js';
import { instructionTokens } from '../../src/references/tokens.js';
it('q', () => {
  for (const t of ['§9 (3) Ein Mitgliederentscheid findet', '§ 12 Absatz 2 Vorschläge', '(4) Die Frist', '3. Die Stadt']) {
    const tokens = instructionTokens(t, 0, t.length, []);
    try { const r = readReference(tokens, 0, undefined); console.log(t, JSON.stringify(r), tokens[r?.next ?? 0]?.start); } catch (e) { console.log(t, 'ERR', (e as Error).message); }
  }
});
