import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { toSynopsis } from '../../src/render/synopsis.js';

const redline: Redline = {
  lead: '',
  clauses: [
    {
      id: '1',
      label: '1.',
      status: 'changed',
      segments: [
        { type: 'equal', text: 'A | B ' },
        { type: 'delete', text: 'alt', source: 'A1' },
        { type: 'insert', text: 'neu', source: 'A1' },
      ],
      children: [],
    },
    {
      id: '2',
      label: '2.',
      status: 'inserted',
      segments: [{ type: 'insert', text: 'Neu.', source: 'A2' }],
      children: [],
    },
    { id: '2-alt', label: '2.', status: 'deleted', segments: [{ type: 'delete', text: 'Alt.' }], children: [] },
    {
      id: '3',
      label: '3.',
      baseLabel: '2.',
      status: 'unchanged',
      segments: [{ type: 'equal', text: 'Bleibt.' }],
      children: [],
    },
  ],
};

describe('toSynopsis', () => {
  it('writes a GFM table: base | amended, one row per clause, pipes escaped', () => {
    expect(toSynopsis(redline)).toBe(
      [
        '| Ursprüngliche Fassung | Geänderte Fassung |',
        '| :-------------------- | :---------------- |',
        '| 1. A \\| B ~~alt~~     | 1. A \\| B **neu** |',
        '|                       | **2. Neu.**       |',
        '| ~~2. Alt.~~           |                   |',
        '| ~~2.~~ Bleibt.        | **3.** Bleibt.    |',
        '',
      ].join('\n'),
    );
  });

  it('can add a column naming the amendments', () => {
    const lines = toSynopsis(redline, { sources: true, headings: ['Alt', 'Neu'] }).split('\n');
    expect(lines[0]).toMatch(/^\| Alt +\| Neu +\| Änderungsantrag \|$/);
    expect(lines[2]).toMatch(/\| A1 +\|$/);
    expect(lines[3]).toMatch(/\| A2 +\|$/);
  });

  it('writes an HTML table with empty cells opposite inserted and deleted clauses', () => {
    const html = toSynopsis(redline, { format: 'html' });
    expect(html).toContain(
      '<tr class="redline-inserted"><td class="redline-empty"></td><td><p><ins class="redline-ins" data-source="A2" title="A2">2. Neu.</ins></p></td></tr>',
    );
    expect(html).toContain(
      '<tr class="redline-deleted"><td><p><del class="redline-del">2. Alt.</del></p></td><td class="redline-empty"></td></tr>',
    );
    expect(html).toContain('<del class="redline-del" data-source="A1" title="A1">alt</del>');
    expect(html).toContain('1. A | B ');
  });

  it('writes a standalone HTML page with document', () => {
    const page = toSynopsis(redline, { format: 'html', document: true });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>Synopse</title>');
  });
});
