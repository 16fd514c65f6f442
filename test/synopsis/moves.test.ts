/**
 * Moved text in the Synopse (src/synopsis plan + writers, via src/render/moves.ts):
 * a passage an amendment strikes in one clause and inserts in another is linked
 * both ways in HTML and named in Markdown, as the HTML redline does.
 */
import { describe, expect, it } from 'vitest';
import { synopsis } from '../../src/synopsis/build.js';
import { synopsisToHtml } from '../../src/synopsis/html.js';
import { synopsisToMarkdown } from '../../src/synopsis/markdown.js';

const moved = 'Die Kosten trägt der städtische Haushalt.';
const base = `Der Rat möge beschließen:

1. Die Verwaltung berichtet jährlich. ${moved}
2. Der Rat wird frühzeitig und umfassend beteiligt.
3. Die Kölner*innen werden gehört.`;

const s = synopsis(base, [
  {
    id: 'A',
    source: {
      changes: [
        { op: 'delete', clause: '1', old: moved },
        { op: 'insert', clause: '3', new: moved },
      ],
    },
  },
  { id: 'B', source: { changes: [{ op: 'replace', clause: '2', old: 'Rat', new: 'Ausschuss' }] } },
]);

describe('moved text in the Synopse', () => {
  it('links the two places in the amendment’s column (HTML)', () => {
    const html = synopsisToHtml(s, { merged: false });
    expect(html).toContain(
      `<del class="redline-del redline-moved" id="synopsis-move-1-1">${moved}</del> <a class="redline-move" href="#synopsis-move-1-1-to">verschoben nach 3.</a>`,
    );
    expect(html).toContain(
      `<ins class="redline-ins redline-moved" id="synopsis-move-1-1-to">${moved}</ins> <a class="redline-move" href="#synopsis-move-1-1">verschoben von 1.</a>`,
    );
    expect(html.match(/redline-moved/g)).toHaveLength(2);
  });

  it('names the other place in Markdown, the marks unchanged', () => {
    const markdown = synopsisToMarkdown(s, { merged: false });
    expect(markdown).toContain(`~~${moved}~~ _(verschoben nach 3.)_`);
    expect(markdown).toContain(`**${moved}** _(verschoben von 1.)_`);
  });

  it('marks the move in the merged view too', () => {
    expect(synopsisToHtml(s)).toContain('id="synopsis-merged-move-0-1"');
  });

  it('links a whole clause struck here and inserted there, labels aside', () => {
    const clause = (text: string): string =>
      synopsisToMarkdown(
        synopsis(base, [
          {
            id: 'C',
            source: {
              changes: [
                { op: 'removeClause', clause: '2' },
                { op: 'addClause', after: '3', label: '4.', new: text },
              ],
            },
          },
        ]),
        { merged: false },
      );
    const same = clause('Der Rat wird frühzeitig und umfassend beteiligt.');
    expect(same).toContain('~~2. Der Rat wird frühzeitig und umfassend beteiligt.~~ _(verschoben nach 4.)_');
    expect(same).toContain('**4. Der Rat wird frühzeitig und umfassend beteiligt.** _(verschoben von 2.)_');
    expect(clause('Der Rat wird frühzeitig und umfassend informiert.')).not.toContain('verschoben');
  });
});
