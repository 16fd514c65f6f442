/**
 * Statute fixtures: every excerpt in `fixtures/statutes/` is parsed in both its
 * forms (Markdown and PDF-extracted text) and compared with its
 * `NN-slug.outline.json` (format: fixtures/statutes/README.md). The two forms
 * of one statute must give the same tree, and the same ids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { splitSentences } from '../../src/text/sentences.js';

const dir = fileURLToPath(new URL('../../fixtures/statutes', import.meta.url));
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.outline.json'))
  .map((f) => f.slice(0, -'.outline.json'.length))
  .sort();

/** One node of an outline file. */
interface OutlineNode {
  ref: string;
  heading?: string;
  text: string;
  sentences?: string[];
  tail?: string;
  children: OutlineNode[];
}

const UNIT = /^(?:§|Art\.)/;

/** The outline of a parsed tree, in the fixture format (a trailing unlabelled child is the `tail`). */
function outline(clauses: readonly Clause[], parentIsUnit = false): OutlineNode[] {
  return clauses.flatMap((c, i): OutlineNode[] => {
    if (c.label === '' && i === clauses.length - 1 && i > 0) return [];
    const children = c.children;
    const last = children[children.length - 1];
    const tail = last !== undefined && last.label === '' && children.length > 1 ? last.text : undefined;
    const node: OutlineNode = { ref: c.label, text: c.text, children: [] };
    if (c.heading !== undefined) node.heading = c.heading;
    const isUnit = UNIT.test(c.label);
    const isAbsatz = parentIsUnit && /^\(\d+[a-z]?\)$/.test(c.label);
    if ((isUnit || isAbsatz) && children.length === 0 && c.text !== '')
      node.sentences = splitSentences(c.text).map((s) => c.text.slice(s.start, s.end));
    if (tail !== undefined) node.tail = tail;
    node.children = outline(children, isUnit);
    return [node];
  });
}

function read(file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

describe('statute fixtures', () => {
  it('has ten excerpts', () => {
    expect(stems.length).toBeGreaterThanOrEqual(10);
  });

  for (const stem of stems) {
    const expected = JSON.parse(read(`${stem}.outline.json`)) as OutlineNode[];
    for (const ext of ['md', 'txt']) {
      it(`${stem}.${ext} parses to its outline`, () => {
        const resolution = parseResolution(read(`${stem}.${ext}`), { dehyphenate: ext === 'txt' });
        expect(outline(resolution.clauses)).toEqual(expected);
      });
    }

    it(`${stem}: both forms give the same ids, and parseMotion the same tree`, () => {
      const md = parseResolution(read(`${stem}.md`));
      const txt = parseResolution(read(`${stem}.txt`), { dehyphenate: true });
      expect(txt).toEqual(md);
      const motion = parseMotion(read(`${stem}.md`));
      expect(motion.resolution).toEqual(md);
      expect(motion.title).toBeTruthy();
    });
  }
});
