import { parseResolution, diffResolutions, toMarkdown, parseRedline, toSynopsis, synopsisToMarkdown, synopsis } from './dist/index.js';
const samples = ['Siehe www.koeln.de und info@koeln.de sowie https://example.org/a~b.', 'Fußnote [^1] und [x] Aufgabe', '- [ ] Aufgabe', 'a | b', 'Preis 5 € ~ ca. 3 ~~', 'Kölner*innen und Expert*innen', 'Link [text](http://x) <b>fett</b>', 'mailto:a@b.de und xmpp:a@b.de', 'www.a_b.de/**x**'];
const out = [];
for (const s of samples) {
  const a = parseResolution('1. ' + s + ' Ende.\n2. Zwei.');
  const b = parseResolution('1. ' + s + ' Neu.\n2. Zwei ' + s + '.');
  const r = diffResolutions(a, b);
  const md = toMarkdown(r);
  out.push(md, JSON.stringify(parseRedline(md).clauses?.map?.((c) => c.segments) ?? parseRedline(md)), toSynopsis(r, { format: 'markdown' }));
}
console.log(out.join('\n=====\n'));
