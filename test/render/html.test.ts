import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { Redline, RedlineClause, Resolution } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { HOSTILE_WORDS, redlineArb } from './generators.js';

/** The elements toHtml writes itself; any other tag in the output came from the input. */
const OWN_TAGS = new Set(['div', 'p', 'ol', 'li', 'span', 'del', 'ins', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** The output read back by a real HTML parser (parse5), so attribute values and text are told apart as a browser does. */
const parsed = (html: string): Root => fromHtml(html, { fragment: !html.startsWith('<!doctype') });
/** Every node of a hast tree (iterative: deep outputs). */
const nodesOf = (tree: Root): Nodes[] => {
  const out: Nodes[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if ('children' in node) stack.push(...[...node.children].reverse());
  }
  return out;
};
const tagsOf = (html: string): string[] =>
  nodesOf(parsed(html)).flatMap((node) => (node.type === 'element' ? [node.tagName] : []));
/** The text a browser shows with the elements of one tag left out (whitespace runs shown as one space). */
const shownWithout = (html: string, tag: 'del' | 'ins'): string => {
  const keep = (node: Nodes): boolean => node.type !== 'element' || node.tagName !== tag;
  const out: string[] = [];
  const stack: Nodes[] = [parsed(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push(node.value);
    if ('children' in node) stack.push(...[...node.children].filter(keep).reverse());
  }
  return collapse(out.join(''));
};
const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const redlineWith = (text: string, source?: string): Redline => ({
  lead: '',
  clauses: [
    {
      id: '1',
      label: '1.',
      status: 'changed',
      segments: [
        { type: 'equal', text },
        source === undefined ? { type: 'insert', text } : { type: 'insert', text, source },
      ],
      children: [],
    },
  ],
});

describe('toHtml', () => {
  it('writes <del>/<ins> with classes and keeps the written labels in nested lists', () => {
    const redline: Redline = {
      lead: 'Der Rat möge beschließen:',
      clauses: [
        {
          id: '3',
          label: '3.',
          status: 'changed',
          segments: [
            { type: 'equal', text: 'und ' },
            { type: 'delete', text: 'vierteljährlich' },
            { type: 'insert', text: 'halbjährlich' },
            { type: 'equal', text: ' ein' },
          ],
          children: [
            { id: '3.a', label: 'a)', status: 'unchanged', segments: [{ type: 'equal', text: 'Kind' }], children: [] },
          ],
        },
      ],
    };
    expect(toHtml(redline)).toBe(
      '<div class="redline">\n<p class="redline-lead">Der Rat möge beschließen:</p>\n<ol class="redline-clauses">\n' +
        '<li class="redline-clause redline-changed" data-clause-id="3"><p><span class="redline-label">3.</span> und ' +
        '<del class="redline-del">vierteljährlich</del> <ins class="redline-ins">halbjährlich</ins> ein</p>\n' +
        '<ol class="redline-clauses">\n<li class="redline-clause redline-unchanged" data-clause-id="3.a"><p><span class="redline-label">a)</span> Kind</p>\n</li>\n</ol>\n</li>\n</ol>\n</div>\n',
    );
  });

  it('makes <script> in the text inert', () => {
    const html = toHtml(redlineWith('<script>alert("x")</script><img src=x onerror=alert(1)>'));
    expect(html).not.toMatch(/<script|<img/i);
    // `<` and `&` are escaped in text; `>` and quotes need no escaping there.
    expect(html).toContain('&lt;script>alert("x")&lt;/script>&lt;img src=x onerror=alert(1)>');
  });

  it('marks the source of a change with data-source and title, escaped', () => {
    const html = toHtml(redlineWith('x', 'A1 "<b>"'));
    expect(html).toContain(
      '<ins class="redline-ins" data-source="A1 &quot;<b>&quot;" title="A1 &quot;<b>&quot;">x</ins>',
    );
  });

  it('writes a standalone page with lang, title and a print stylesheet', () => {
    const page = toHtml(redlineWith('x'), { document: true, title: 'Änderungsantrag <AN/1>' });
    expect(page.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Änderungsantrag &lt;AN/1></title>');
    expect(page).toMatch(/@page \{ size: A4;/);
    expect(page).toMatch(/del\.redline-del \{ text-decoration: line-through;/);
    expect(page).toMatch(/ins\.redline-ins \{[^}]*font-weight: bold;/);
    expect(page).toMatch(/@media print/);
  });

  it('renders a resolution without del/ins', () => {
    const resolution: Resolution = { lead: '', clauses: [{ id: '1', label: '-', text: 'a < b', children: [] }] };
    const html = toHtml(resolution);
    expect(html).toContain('<span class="redline-label">-</span> a &lt; b');
    expect(tagsOf(html)).not.toContain('del');
  });

  it('handles deep nesting iteratively', () => {
    let clause: RedlineClause = {
      id: 'x',
      label: '-',
      status: 'unchanged',
      segments: [{ type: 'equal', text: 'x' }],
      children: [],
    };
    for (let i = 0; i < 5_000; i++) clause = { ...clause, children: [clause] };
    // Counted in the string: an HTML parser's tree builder would itself recurse 10,000 levels deep.
    const html = toHtml({ lead: '', clauses: [clause] });
    expect(html.match(/<li /g)).toHaveLength(5_001);
    expect(html.match(/<\/li>/g)).toHaveLength(5_001);
  });
});

describe('toHtml never emits a tag that was text in the input', () => {
  const tagText = fc.oneof(
    fc.constantFrom(...HOSTILE_WORDS),
    fc.stringMatching(/^<\/?[a-z]{1,8}( [a-z]+=("[^"]*"|'[^']*'|[a-z]*))?\/?>$/),
    fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ' ', '/', '=', '!', '-') }),
  );
  fcTest.prop([redlineArb], { numRuns: 100 })('on random redlines with hostile text', (redline) => {
    for (const html of [
      toHtml(redline),
      toHtml(redline, { document: true }),
      toSynopsis(redline, { format: 'html', sources: true }),
    ]) {
      for (const tag of tagsOf(html))
        expect(OWN_TAGS.has(tag) || ['html', 'head', 'meta', 'title', 'style', 'body', 'h1'].includes(tag)).toBe(true);
    }
  });
  // '  <': a run of spaces before the text made the renderer widen the change (a flake of session 5).
  fcTest.prop([tagText, fc.option(tagText, { nil: undefined })], {
    examples: [
      ['  <', undefined],
      ['  a', 'A1'],
    ],
  })('and shows the text exactly', (text, source) => {
    const html = toHtml(redlineWith(text, source));
    for (const tag of tagsOf(html)) expect(OWN_TAGS.has(tag)).toBe(true);
    // As a browser shows it: without the deletions the amended text, without the insertions the base
    // (the renderer may widen a change by a word so that its marks read back, so del and ins may
    // both hold a word the equal text had).
    expect(shownWithout(html, 'del')).toBe(collapse(`1. ${text}${text}`));
    expect(shownWithout(html, 'ins')).toBe(collapse(`1. ${text}`));
  });
});
