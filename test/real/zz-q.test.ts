import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { scanQuotes } from '../../src/text/quotes.js';
import { cleanDocument } from '../../src/instructions/read/skip.js';
it('q', () => {
  const a = readFileSync(process.env.A!, 'utf8');
  const c = cleanDocument(a);
  const s = scanQuotes(c.text);
  for (const q of s.quotes) console.log(q.start, q.end, JSON.stringify(c.text.slice(q.start, Math.min(q.end, q.start + 50))));
  console.log(JSON.stringify(c.text.slice(560, 800)));
});
