import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseResolution } from '../../src/index.js';
function show(cs: any[], d = 0): string { let o = ''; for (const c of cs) { o += '  '.repeat(d) + `[${c.id}] {${c.label}}${c.heading !== undefined ? ' H=' + c.heading : ''} ${c.text.slice(0, 90).replace(/\n/g, '⏎')}\n`; o += show(c.children, d + 1); } return o; }
it('show', () => {
  for (const f of (process.env.FILES ?? '').split(',')) {
    const r = parseResolution(readFileSync(f, 'utf8'), { dehyphenate: true });
    console.log('=== ' + f + '\nLEAD: ' + r.lead.slice(0, 100) + '\n' + show(r.clauses));
  }
});
