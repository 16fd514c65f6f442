/**
 * The Synopse writers: the HTML page (A4 landscape, repeated header row, a
 * column per amendment and the statement last, collisions marked, the merged
 * view coloured per amendment with markers and a legend), the Markdown
 * tables, escaping, and what they reject.
 */
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import { synopsis } from '../../src/synopsis/build.js';
import { synopsisToHtml } from '../../src/synopsis/html.js';
import { synopsisToMarkdown } from '../../src/synopsis/markdown.js';

const base = `Der Rat möge beschließen:

1. Die Verwaltung legt vierteljährlich einen Bericht vor.
2. Der Digitalrat wird bei der Oberbürgermeisterin angesiedelt.
3. Die Kölner*innen werden beteiligt.`;

const s = synopsis(
  base,
  [
    {
      id: 'A<1>',
      movers: 'Fraktion „A & B“',
      source: 'In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „jährlich“ ersetzt.',
    },
    { id: 'B', source: 'Ziffer 1 wird gestrichen.' },
    { id: 'C', source: 'In Ziffer 3 wird das Wort „beteiligt“ durch die Wörter „gehört | befragt“ ersetzt.' },
    { id: 'D', source: { changes: [{ op: 'addClause', new: 'Neu <b>fett</b>.', after: '2', label: '2a.' }] } },
  ],
  { statement: 'Zu 1.\nDie Verwaltung rät ab.\n\nZu Ziffer 7\nOhne Bezug.' },
);

describe('synopsisToHtml', () => {
  const page = synopsisToHtml(s, { document: true });

  it('is a page printable on A4 landscape whose header row repeats', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('@page { size: A4 landscape;');
    expect(page).toContain('thead { display: table-header-group; }');
    expect(page).toContain('<title>Synopse</title>');
    expect(synopsisToHtml(s, { document: true, title: 'TOP 6' })).toContain('<title>TOP 6</title>');
  });

  it('has a column per amendment and the statement as the last column', () => {
    const head = /<thead><tr>(.*?)<\/tr><\/thead>/.exec(page)![1]!;
    const titles = [...head.matchAll(/<th scope="col">([^<]*)/g)].map((m) => m[1]);
    expect(titles).toEqual(['Ursprüngliche Fassung', 'A&lt;1&gt;', 'B', 'C', 'D', 'Stellungnahme der Verwaltung']);
    const firstRow = /<tr class="synopsis-clause" data-clause-id="1">(.*?)<\/tr>/.exec(page)![1]!;
    expect(firstRow.match(/<td/g)).toHaveLength(6);
    expect(firstRow).toContain('Die Verwaltung rät ab.');
  });

  it('escapes every text and marks changes, deletions, insertions and collisions', () => {
    expect(page).not.toContain('<b>fett</b>');
    expect(page).toContain('Neu &lt;b>fett&lt;/b>.');
    expect(page).toContain('Fraktion „A &amp; B“');
    expect(page).toContain('<del class="redline-del">vierteljährlich</del> <ins class="redline-ins">jährlich</ins>');
    expect(page).toContain('<td class="synopsis-collision">');
    expect(page).toContain('⚠ kollidiert mit A&lt;1&gt; (weitergehend)');
    expect(page).toContain('<p class="synopsis-note synopsis-note-muted">gestrichen</p>');
    expect(page).toContain('Weitere Abschnitte der Stellungnahme');
    expect(page).toContain('B ist der weitergehende Antrag.');
  });

  it('colours and marks each merged change by its amendment, with a legend', () => {
    const merged = page.slice(page.indexOf('<section class="synopsis-merged">'));
    expect(merged).toContain('<span class="synopsis-source-2">');
    expect(merged).toContain('<sup class="synopsis-marker synopsis-source-2">C</sup>');
    expect(merged).toContain('<sup class="synopsis-marker synopsis-source-3">D</sup>');
    expect(merged).toContain('<span class="synopsis-swatch synopsis-source-2"></span>');
    expect(merged).toContain('nicht übernommen, kollidiert mit: B');
    expect(merged).not.toContain('synopsis-source-0">');
  });

  it('gives a fragment by default, and leaves out the merged view on request', () => {
    const fragment = synopsisToHtml(s);
    expect(fragment.startsWith('<div class="synopsis">')).toBe(true);
    expect(synopsisToHtml(s, { merged: false })).not.toContain('synopsis-merged');
  });

  it('renders a Synopse read back from JSON the same', () => {
    expect(synopsisToHtml(JSON.parse(JSON.stringify(s)) as typeof s, { document: true })).toBe(page);
  });
});

describe('synopsisToMarkdown', () => {
  const markdown = synopsisToMarkdown(s);

  it('writes the tables unpadded, with the header row first', () => {
    expect(markdown.startsWith('# Synopse\n')).toBe(true);
    expect(markdown).toContain(
      '| Ursprüngliche Fassung | A<1> (Fraktion „A & B“ · Änderungsbefehle) | B (Änderungsbefehle) | C (Änderungsbefehle) | D (Änderungen) | Stellungnahme der Verwaltung |',
    );
    expect(markdown).toContain('~~vierteljährlich~~ **jährlich**');
    expect(markdown).toContain('Kölner\\*innen');
    expect(markdown).toContain('gehört \\| befragt');
  });

  it('marks merged changes with their amendment and lists collisions', () => {
    expect(markdown).toContain('## Kollisionen');
    expect(markdown).toContain(
      '- A<1> und B kollidieren bei 1.: der eine streicht, was der andere ändert. B ist der weitergehende Antrag.',
    );
    expect(markdown).toContain('~~beteiligt~~ **gehört \\| befragt**<sup>C</sup>');
    expect(markdown).toContain('<sup>D</sup>');
  });

  it('leaves out the merged view on request and takes a title', () => {
    const plain = synopsisToMarkdown(s, { merged: false, title: 'TOP 6' });
    expect(plain.startsWith('# TOP 6\n')).toBe(true);
    expect(plain).not.toContain('Zusammengeführte Fassung');
  });
});

describe('the writers reject', () => {
  it.each([
    ['no object', null],
    ['no rows', { amendments: [], collisions: [] }],
    ['a row without versions', { ...s, rows: [{ ...s.rows[0], versions: [] }] }],
    ['a collision index out of range', { ...s, rows: [{ ...s.rows[0], collisions: [9] }] }],
    ['a broken merged redline', { ...s, merged: { ...s.merged, redline: { lead: '', clauses: [{}] } } }],
  ])('%s', (_name, value) => {
    expect(() => synopsisToHtml(value as never)).toThrow(RedlineError);
    expect(() => synopsisToMarkdown(value as never)).toThrow(RedlineError);
  });

  it('bad options', () => {
    expect(() => synopsisToHtml(s, { document: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => synopsisToMarkdown(s, { merged: 1 as never })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});
