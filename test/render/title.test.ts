/**
 * The document's title in every renderer: shown before the lead, a changed
 * title marked word by word like the lead; a resolution without a title
 * renders as before.
 */
import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../src/model.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { planDocument } from '../../src/formats/docx/plan.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toMdast } from '../../src/render/mdast.js';
import { toHtml } from '../../src/render/html.js';
import { toText } from '../../src/render/text.js';
import { toSynopsis } from '../../src/render/synopsis.js';

const clauses: Resolution['clauses'] = [
  { id: '§1', label: '§ 1', heading: 'Zweck', text: 'Die Kasse dient.', children: [] },
];
const base: Resolution = { title: 'Satzung über die Sterbekasse', lead: '', clauses };
const amended: Resolution = { title: 'Satzung über die Sterbe- und Notkasse', lead: '', clauses };
const changed = diffResolutions(base, amended);

describe('the title in the renderers', () => {
  it('is a first heading in Markdown and mdast, marked when changed', () => {
    expect(toMarkdown(base).split('\n')[0]).toBe('# Satzung über die Sterbekasse');
    expect(toMarkdown(changed).split('\n')[0]).toBe('# Satzung über die ~~Sterbekasse~~ **Sterbe- und Notkasse**');
    expect(toMdast(changed).children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(toMarkdown(changed, { view: 'base' }).split('\n')[0]).toBe('# Satzung über die Sterbekasse');
  });

  it('is an h1 in HTML and the first block of the text', () => {
    expect(toHtml(changed)).toContain('<h1 class="redline-title">Satzung über die <del');
    expect(toText(changed).split('\n')[0]).toBe('Satzung über die [-Sterbekasse-]{+Sterbe- und Notkasse+}');
  });

  it('stands in the Synopse (both versions) and the DOCX plan', () => {
    const synopsis = toSynopsis(changed);
    expect(synopsis).toContain('Satzung über die ~~Sterbekasse~~');
    expect(synopsis).toContain('**Sterbe- und Notkasse**');
    const plan = planDocument(changed, undefined, true);
    expect(plan[0]).toMatchObject({ kind: 'title' });
    expect(plan[0]!.runs.map((r) => r.text).join('|')).toContain('Sterbekasse');
  });

  it('leaves a resolution without a title as it was', () => {
    const { title: _t, ...untitled } = base;
    expect(toMarkdown(untitled).startsWith('§ 1')).toBe(true);
    expect(toHtml(untitled)).not.toContain('redline-title');
  });
});
