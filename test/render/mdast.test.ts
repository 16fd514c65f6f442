import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
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

/** What mdast-util-to-hast reads: an insertion becomes `<ins>`, a deletion `<del>`, with toHtml's classes. */
const INS = { hName: 'ins', hProperties: { className: ['redline-ins'] } };
const DEL = { hName: 'del', hProperties: { className: ['redline-del'] } };

/** A tree without `data`, `position` and unset (`null`) fields: what Markdown carries. */
function bare(node: Nodes): unknown {
  const { data: _data, position: _position, ...rest } = node as Nodes & { data?: unknown };
  const fields = Object.entries(rest).filter(([key, value]) => key !== 'children' && value !== null);
  const children = 'children' in node ? { children: node.children.map((child) => bare(child as Nodes)) } : {};
  return { ...Object.fromEntries(fields), ...children };
}

describe('toMdast', () => {
  const tree: Root = toMdast(redline);

  it('has the lead paragraph and nested lists of clauses', () => {
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'list']);
    const item = (tree.children[1] as List).children[0]!;
    expect(item.data).toMatchObject({ clause: { id: '1', label: '1.', status: 'changed' } });
    const child = ((item.children[1] as List).children[0] as ListItem).children[0] as Paragraph;
    expect(child.children).toEqual([{ type: 'strong', data: INS, children: [{ type: 'text', value: 'a) Neu.' }] }]);
  });

  it('uses delete/strong nodes, the label as text, no whitespace inside a marker', () => {
    const paragraph = (tree.children[1] as List).children[0]!.children[0] as Paragraph;
    expect(paragraph.children).toEqual([
      { type: 'text', value: '1. die Stabsstelle ' },
      { type: 'strong', data: INS, children: [{ type: 'text', value: 'des CDO' }] },
      { type: 'text', value: ' dessen ' },
      { type: 'delete', data: DEL, children: [{ type: 'text', value: 'Plan' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', data: INS, children: [{ type: 'text', value: 'Umsetzung' }] },
    ]);
  });

  it('serialises with remark-stringify without character references for spaces', () => {
    const markdown = unified().use(remarkGfm, { singleTilde: false }).use(remarkStringify).stringify(tree);
    expect(markdown).toContain('**des CDO** dessen ~~Plan~~ **Umsetzung**');
    expect(markdown).not.toContain('&#x20;');
  });

  it('becomes <ins>/<del> through remark-rehype, with the clause ids and classes', () => {
    const hast = unified().use(remarkRehype).runSync(toMdast(redline)) as HastRoot;
    const html = toHtml(hast);
    expect(html).toContain('<ins class="redline-ins">des CDO</ins> dessen <del class="redline-del">Plan</del>');
    expect(html).toContain('<li class="redline-clause redline-inserted" data-clause-id="1.a">');
    expect(html).not.toContain('<strong>');
  });

  it('round-trips through remark-stringify and remark-parse (+ remark-gfm) without loss', () => {
    // The options docs/rendering.md gives for writing toMdast's tree with remark.
    const markdown = unified()
      .use(remarkGfm, { singleTilde: false })
      .use(remarkStringify, { bullet: '-' })
      .stringify(tree);
    expect(markdown).toContain('- 1\\. die Stabsstelle **des CDO** dessen ~~Plan~~ **Umsetzung**');
    const read = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).parse(markdown);
    expect(bare(read)).toEqual(bare(tree));
  });
});
