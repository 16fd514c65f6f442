/**
 * Every renderer shows a changed lead (`leadSegments`) as a change, like a
 * clause text: Markdown struck/bold, mdast delete/strong, HTML del/ins, text
 * brackets, the line-numbered outputs, the Synopse (struck left, bold right);
 * the clean views show one version's lead.
 */
import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toMdast } from '../../src/render/mdast.js';
import { toHtml } from '../../src/render/html.js';
import { toText } from '../../src/render/text.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { toInstructions } from '../../src/render/instructions.js';

const clauses = [{ id: '1', label: '1.', text: 'Die Verwaltung berichtet.', children: [] }];
const redline: Redline = diffResolutions(
  { lead: 'Der Rat möge beschließen:', clauses },
  { lead: 'Der Rat beschließt:', clauses },
);

describe('a changed lead in the renderers', () => {
  it('Markdown: struck and bold, also line-numbered; the clean views show one lead', () => {
    expect(toMarkdown(redline).split('\n')[0]).toBe('Der Rat ~~möge beschließen~~ **beschließt**:');
    expect(toMarkdown(redline, { lineNumbers: true }).split('\n')[0]).toBe(
      'Der Rat ~~möge beschließen~~ **beschließt**:',
    );
    expect(toMarkdown(redline, { view: 'base' }).split('\n')[0]).toBe('Der Rat möge beschließen:');
    expect(toMarkdown(redline, { view: 'amended' }).split('\n')[0]).toBe('Der Rat beschließt:');
  });

  it('mdast: delete and strong nodes in the lead paragraph', () => {
    const lead = toMdast(redline).children[0]!;
    expect(lead).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Der Rat ' },
        { type: 'delete', data: { hName: 'del' }, children: [{ type: 'text', value: 'möge beschließen' }] },
        { type: 'text', value: ' ' },
        { type: 'strong', data: { hName: 'ins' }, children: [{ type: 'text', value: 'beschließt' }] },
        { type: 'text', value: ':' },
      ],
    });
  });

  it('HTML: del and ins in the lead paragraph, also line-numbered', () => {
    const lead =
      '<p class="redline-lead">Der Rat <del class="redline-del">möge beschließen</del> ' +
      '<ins class="redline-ins">beschließt</ins>:</p>';
    expect(toHtml(redline)).toContain(lead);
    expect(toHtml(redline, { lineNumbers: true })).toContain(lead);
    expect(toHtml(redline, { view: 'base' })).toContain('<p class="redline-lead">Der Rat möge beschließen:</p>');
  });

  it('text: the change in brackets, also line-numbered', () => {
    expect(toText(redline).split('\n')[0]).toBe('Der Rat [-möge beschließen-]{+beschließt+}:');
    expect(toText(redline, { lineNumbers: true }).split('\n')[0]).toContain(
      'Der Rat [-möge beschließen-]{+beschließt+}:',
    );
  });

  it('Synopse: the base lead struck on the left, the amended lead bold on the right', () => {
    expect(toSynopsis(redline)).toMatch(/^\| Der Rat ~~möge beschließen~~: +\| Der Rat \*\*beschließt\*\*: +\|$/mu);
    const html = toSynopsis(redline, { format: 'html' });
    expect(html).toContain('<del class="redline-del">möge beschließen</del>');
    expect(html).toContain('<ins class="redline-ins">beschließt</ins>');
  });

  it('an unchanged lead stays plain everywhere', () => {
    const same = diffResolutions({ lead: 'Der Rat beschließt:', clauses }, { lead: 'Der Rat beschließt:', clauses });
    expect(toMarkdown(same).split('\n')[0]).toBe('Der Rat beschließt:');
    expect(toText(same).split('\n')[0]).toBe('Der Rat beschließt:');
    expect(toHtml(same)).toContain('<p class="redline-lead">Der Rat beschließt:</p>');
  });
});

describe('toInstructions and a changed lead', () => {
  it('refuses it: no Änderungsbefehl addresses the lead (docs/lines-and-instructions.md)', () => {
    expect(() => toInstructions(redline)).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        message: expect.stringContaining('„Der Rat möge beschließen:“'),
      }),
    );
  });

  it('passes over a change of typography only, as in clause texts', () => {
    const typographic = diffResolutions(
      { lead: 'Zum Antrag „Radwege“:', clauses },
      { lead: 'Zum Antrag "Radwege":', clauses: [{ ...clauses[0]!, text: 'Die Verwaltung berichtet jährlich.' }] },
    );
    expect(typographic.leadSegments).toBeDefined();
    expect(toInstructions(typographic)).toContain('Ziffer 1');
  });
});
