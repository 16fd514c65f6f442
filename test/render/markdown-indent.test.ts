/**
 * The indentation of `toMarkdown` in a CommonMark reader (remark): nested
 * clauses and their further paragraphs never become code blocks (issue 13,
 * item 11: `II.` > `a)` wrote the child's second paragraph six columns deep).
 */
import { test as fcTest } from '@fast-check/vitest';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { parseRedline } from '../../src/redline/read/parse-redline.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { redlineArb } from './generators.js';

/** The types of the block nodes a CommonMark reader makes of `markdown`. */
function blockTypes(markdown: string): string[] {
  const root = unified().use(remarkParse).parse(markdown) as Root;
  const types: string[] = [];
  const stack: Array<{ type: string; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    types.push(node.type);
    if (node.type !== 'paragraph' && Array.isArray(node.children)) {
      stack.push(...(node.children as Array<{ type: string; children?: unknown[] }>));
    }
  }
  return types;
}

const two = (text: string) => [{ type: 'equal' as const, text }];

describe('toMarkdown indentation in a CommonMark reader', () => {
  it('II. > a) with two paragraphs: no code block, and it reads back', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        {
          id: 'II',
          label: 'II.',
          status: 'unchanged',
          segments: two('Der Rat beschließt.'),
          children: [
            {
              id: 'II.a',
              label: 'a)',
              status: 'unchanged',
              segments: two('Die Verwaltung prüft.\n\nSie berichtet.'),
              children: [
                {
                  id: 'II.a.aa',
                  label: 'aa)',
                  status: 'unchanged',
                  segments: two('Erstens.\n\nZweitens.'),
                  children: [],
                },
              ],
            },
          ],
        },
      ],
    };
    const markdown = toMarkdown(redline);
    expect(blockTypes(markdown)).not.toContain('code');
    expect(parseRedline(markdown).redline).toEqual(redline);
  });

  fcTest.prop([redlineArb], { numRuns: 300 })('random nested multi-paragraph redlines: no code block', (redline) => {
    const markdown = toMarkdown(redline);
    expect(blockTypes(markdown), markdown).not.toContain('code');
  });
});
