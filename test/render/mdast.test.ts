import type { List, ListItem, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { toMdast } from '../../src/render/mdast.js';

const redline: Redline = {
  lead: 'Der Rat möge beschließen:',
  clauses: [
    {
      id: '1',
      label: '1.',
      status: 'changed',
      segments: [
        { type: 'equal', text: 'die Stabsstelle ' },
        { type: 'insert', text: 'des CDO ' },
        { type: 'equal', text: 'dessen ' },
        { type: 'delete', text: 'Plan' },
        { type: 'insert', text: 'Umsetzung' },
      ],
      children: [
        { id: '1.a', label: 'a)', status: 'inserted', segments: [{ type: 'insert', text: 'Neu.' }], children: [] },
      ],
    },
  ],
};

describe('toMdast', () => {
  const tree: Root = toMdast(redline);

  it('has the lead paragraph and nested lists of clauses', () => {
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'list']);
    const item = (tree.children[1] as List).children[0]!;
    expect(item.data).toMatchObject({ clause: { id: '1', label: '1.', status: 'changed' } });
    const child = ((item.children[1] as List).children[0] as ListItem).children[0] as Paragraph;
    expect(child.children).toEqual([{ type: 'strong', children: [{ type: 'text', value: 'a) Neu.' }] }]);
  });

  it('uses delete/strong nodes, the label as text, no whitespace inside a marker', () => {
    const paragraph = (tree.children[1] as List).children[0]!.children[0] as Paragraph;
    expect(paragraph.children).toEqual([
      { type: 'text', value: '1. die Stabsstelle ' },
      { type: 'strong', children: [{ type: 'text', value: 'des CDO' }] },
      { type: 'text', value: ' dessen ' },
      { type: 'delete', children: [{ type: 'text', value: 'Plan' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'Umsetzung' }] },
    ]);
  });

  it('serialises with remark-stringify without character references for spaces', () => {
    const markdown = unified().use(remarkGfm, { singleTilde: false }).use(remarkStringify).stringify(tree);
    expect(markdown).toContain('**des CDO** dessen ~~Plan~~ **Umsetzung**');
    expect(markdown).not.toContain('&#x20;');
  });
});
