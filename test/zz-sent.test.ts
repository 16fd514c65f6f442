import { it } from 'vitest';
import { readSentenceParts } from '../src/instructions/read/sentence-parts.js';
import { instructionTokens } from '../src/references/tokens.js';
import { readRefText } from '../src/references/read.js';
it('s', () => {
  for (const t of (process.env.TXT ?? '').split('|||')) {
    const toks = instructionTokens(t, 0, t.length, []);
    try { console.log(JSON.stringify(readSentenceParts(toks, 0, { external: false, context: readRefText('§ 3')![0]! }))); } catch (e) { console.log('ERR', (e as Error).message); }
  }
});
