/**
 * `toHast`: the hast tree behind `toHtml` — serialising it gives exactly
 * `toHtml`'s output, it can be post-processed like any rehype tree, and text
 * is stored unescaped (the serialiser escapes it).
 */
import { test as fcTest } from '@fast-check/vitest';
import type { Element, Nodes, Root } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { toHast } from '../../src/render/hast.js';
import { toHtml } from '../../src/render/html.js';
import { redlineArb } from './generators.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/render/seed-000.redline.json', import.meta.url), 'utf8'),
) as Redline;

const elements = (tree: Nodes): Element[] => {
  const out: Element[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') out.push(node);
    if ('children' in node) stack.push(...node.children);
  }
  return out;
};

describe('toHast', () => {
  it('is the tree toHtml serialises (fragment, page, line numbers, clean views)', () => {
    for (const options of [
      {},
      { document: true, title: 'Änderungsantrag AN/2108/2021' },
      { lineNumbers: true, lineLength: 60 },
      { lineNumbers: true, document: true },
      { view: 'amended' as const },
    ]) {
      const tree = toHast(fixture, options);
      expect(hastToHtml(tree, { characterReferences: { useNamedReferences: true } })).toBe(toHtml(fixture, options));
    }
  });

  it('holds <del>/<ins> elements with their classes and the text unescaped', () => {
    const tree = toHast({
      lead: '',
      clauses: [
        {
          id: '1',
          label: '1.',
          status: 'changed',
          segments: [
            { type: 'equal', text: 'a < b ' },
            { type: 'delete', text: 'alt', source: 'Ä1' },
            { type: 'insert', text: 'neu' },
          ],
          children: [],
        },
      ],
    });
    const del = elements(tree).find((e) => e.tagName === 'del')!;
    expect(del.properties).toEqual({ className: ['redline-del'], dataSource: 'Ä1', title: 'Ä1' });
    expect(del.children).toEqual([{ type: 'text', value: 'alt' }]);
    const p = elements(tree).find((e) => e.tagName === 'p')!;
    expect(p.children).toContainEqual({ type: 'text', value: 'a < b ' });
  });

  it('can be post-processed like any rehype tree before it is serialised', () => {
    const tree: Root = toHast(fixture);
    // A pipeline step, e.g. what a sanitiser or a theme does: rename the classes.
    for (const element of elements(tree)) {
      const classes = element.properties['className'];
      if (Array.isArray(classes))
        element.properties['className'] = classes.map((c) => String(c).replace('redline', 'rl'));
    }
    const html = hastToHtml(tree);
    expect(html).toContain('<del class="rl-del">vierteljährlich</del>');
    expect(html).not.toContain('redline-');
  });

  it('replaces controls that HTML forbids in text and attributes', () => {
    const tree = toHast({ lead: '', clauses: [{ id: 'a\u0001', label: '1.', text: 'x\u0000y', children: [] }] });
    expect(hastToHtml(tree)).toContain('x\uFFFDy');
    expect(hastToHtml(tree)).toContain('data-clause-id="a\uFFFD"');
  });

  it('rejects a bad option naming toHast', () => {
    expect(() => toHast(fixture, { document: 'yes' as unknown as boolean })).toThrow(/toHast/);
  });

  fcTest.prop([redlineArb], { numRuns: 50 })('serialises to toHtml on random redlines', (redline) => {
    expect(hastToHtml(toHast(redline), { characterReferences: { useNamedReferences: true } })).toBe(toHtml(redline));
  });
});
