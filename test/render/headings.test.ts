/**
 * Every renderer shows the heading of a statute unit or section on its label's
 * line, the text after it; a changed heading is marked like text (struck and
 * inserted), a whole inserted or deleted unit's heading with it.
 */
import { describe, expect, it } from 'vitest';
import { diffResolutions, parseResolution, toHtml, toMarkdown, toMdast, toSynopsis, toText } from '../../src/index.js';
import { planDocument } from '../../src/formats/docx/plan.js';
import { redlineBlocks } from '../../src/formats/pdf/body.js';
import type { Redline } from '../../src/model.js';

const BASE = `§ 1 Name\n\n(1) Der Verein heißt A.\n\n§ 2 Zweck\n\nDer Verein fördert C.\n\n§ 3 Alt\n\n(1) Weg.`;
const AMENDED = `§ 1 Name und Sitz\n\n(1) Der Verein heißt A.\n\n§ 2 Zweck\n\nDer Verein fördert D.\n\n§ 2a Neu\n\n(1) Ganz neu.`;
const redline = (): Redline => diffResolutions(parseResolution(BASE), parseResolution(AMENDED));

describe('statute headings in the renderers', () => {
  it('HTML: the heading line is the first paragraph, a changed heading in <del>/<ins>', () => {
    const html = toHtml(redline());
    expect(html).toContain(
      '<p class="redline-heading"><span class="redline-label">§ 2</span> Zweck</p>\n<p>Der Verein fördert <del class="redline-del">C</del> <ins class="redline-ins">D</ins>.</p>',
    );
    expect(html).toContain(
      '<span class="redline-label">§ 1</span> <del class="redline-del">Name</del> <ins class="redline-ins">Name und Sitz</ins></p>',
    );
    expect(html).toContain(
      '<span class="redline-label"><del class="redline-del">§ 3</del></span> <del class="redline-del">Alt</del>',
    );
    expect(html).toContain(
      '<span class="redline-label"><ins class="redline-ins">§ 2a</ins></span> <ins class="redline-ins">Neu</ins>',
    );
  });

  it('HTML of a resolution shows its headings', () => {
    expect(toHtml(parseResolution(BASE))).toContain('<span class="redline-label">§ 1</span> Name</p>');
  });

  it('Markdown: a heading line, the text in a paragraph of its own', () => {
    const markdown = toMarkdown(redline());
    expect(markdown).toContain('§ 1 ~~Name~~ **Name und Sitz**\n\n   (1) Der Verein heißt A.\n');
    expect(markdown).toContain('§ 2 Zweck\n\n   Der Verein fördert ~~C~~ **D**.\n');
    expect(markdown).toContain('~~§ 3 Alt~~\n');
    expect(markdown).toContain('**§ 2a Neu**\n');
    expect(toMarkdown(redline(), { view: 'base' })).toContain('§ 1 Name\n');
  });

  it('mdast: the heading in the first paragraph, both headings in the clause data', () => {
    const item = toMdast(redline()).children[0]!;
    expect(JSON.stringify(item)).toContain(
      '"clause":{"id":"§1","label":"§ 1","status":"unchanged","heading":"Name und Sitz","baseHeading":"Name"}',
    );
  });

  it('terminal text', () => {
    const text = toText(redline());
    expect(text).toContain('§ 1 [-Name-]{+Name und Sitz+}\n');
    expect(text).toContain('§ 2 Zweck\n\n    Der Verein fördert [-C-]{+D+}.\n');
  });

  it('the Synopse: each side its own heading, a changed one marked there', () => {
    const synopsis = toSynopsis(redline());
    expect(synopsis).toMatch(/\| § 1 ~~Name~~ +\| § 1 \*\*Name und Sitz\*\* +\|/u);
    expect(synopsis).toContain('§ 2 Zweck<br><br>Der Verein fördert ~~C~~.');
  });

  it('line-numbered output: the heading line unnumbered before the numbered text', () => {
    const text = toText(redline(), { lineNumbers: true });
    expect(text).toMatch(/^ +§ 2 Zweck\n *\d+ {2}Der Verein fördert/mu);
  });

  it('DOCX: the heading paragraph carries the label, the text follows', () => {
    const plan = planDocument(redline(), undefined, true).filter((p) => p.kind === 'clause');
    const texts = plan.map((p) => [
      p.label.map((r) => r.text).join(''),
      p.runs.map((r) => `${r.type}:${r.text}`).join('|'),
    ]);
    expect(texts).toContainEqual(['§ 1\t', 'delete:Name|insert:Name und Sitz']);
    expect(texts).toContainEqual(['§ 2\t', 'equal:Zweck']);
    expect(texts).toContainEqual(['', 'equal:Der Verein fördert|delete: C|insert: D|equal:.']);
    expect(texts).toContainEqual(['§ 2a\t', 'insert:Neu']);
  });

  it('PDF: the heading line bold, a changed heading struck and inserted', () => {
    const blocks = redlineBlocks(redline(), 'bold');
    const first = blocks.find((b) => JSON.stringify(b).includes('Name und Sitz'))!;
    expect(first['bold']).toBe(true);
    expect(JSON.stringify(first)).toContain('"text":"Name","decoration":"lineThrough"');
  });
});
