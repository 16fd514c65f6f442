/** Moved text in the HTML redline (src/render/moves.ts): linked, exact, only from MOVE_WORDS words on. */
import { describe, expect, it } from 'vitest';
import type { Redline, RedlineClause, Segment } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { MOVE_WORDS } from '../../src/render/moves.js';
import { toSynopsis } from '../../src/render/synopsis.js';

const eq = (text: string): Segment => ({ type: 'equal', text });
const del = (text: string): Segment => ({ type: 'delete', text });
const ins = (text: string): Segment => ({ type: 'insert', text });
const clause = (label: string, segments: Segment[]): RedlineClause => ({
  id: label.replace(/\W/g, ''),
  label,
  status: 'changed',
  segments,
  children: [],
});
const moved = 'Die Kosten trägt der städtische Haushalt.';

describe('moved text in HTML', () => {
  it('links a passage deleted in one clause and inserted in another', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        clause('1.', [eq('Die Verwaltung berichtet. '), del(moved)]),
        clause('2.', [eq('Der Rat wird beteiligt. '), ins(moved)]),
      ],
    };
    const html = toHtml(redline);
    expect(html).toContain(
      `<del class="redline-del redline-moved" id="redline-move-1">${moved}</del> <a class="redline-move" href="#redline-move-1-to">verschoben ↓</a>`,
    );
    expect(html).toContain(
      `<ins class="redline-ins redline-moved" id="redline-move-1-to">${moved}</ins> <a class="redline-move" href="#redline-move-1">verschoben von ↑</a>`,
    );
  });

  it('leaves a short phrase and unrelated changes alone', () => {
    const short = 'der Stadt Köln'
      .split(' ')
      .slice(0, MOVE_WORDS - 1)
      .join(' ');
    const redline: Redline = {
      lead: '',
      clauses: [
        clause('1.', [eq('A '), del(short), eq(' B')]),
        clause('2.', [eq('C '), ins(short), eq(' D '), ins('Ein ganz anderer neuer Satz hier.')]),
      ],
    };
    expect(toHtml(redline)).not.toContain('redline-move');
  });

  it('links the two places in the Synopse: struck on the left, inserted on the right', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        clause('1.', [eq('Die Verwaltung berichtet. '), del(moved)]),
        clause('2.', [eq('Der Rat wird beteiligt. '), ins(moved)]),
      ],
    };
    const html = toSynopsis(redline, { format: 'html' });
    expect(html).toContain(
      `<del class="redline-del redline-moved" id="synopsis-move-1">${moved}</del> <a class="redline-move" href="#synopsis-move-1-to">verschoben nach 2.</a>`,
    );
    expect(html).toContain(
      `<ins class="redline-ins redline-moved" id="synopsis-move-1-to">${moved}</ins> <a class="redline-move" href="#synopsis-move-1">verschoben von 1.</a>`,
    );
    const markdown = toSynopsis(redline);
    expect(markdown).toContain(`~~${moved}~~ _(verschoben nach 2.)_`);
    expect(markdown).toContain(`**${moved}** _(verschoben von 1.)_`);
    // A moved whole clause: its labels are not part of the passage.
    const whole: Redline = {
      lead: '',
      clauses: [
        { id: '1', label: '1.', status: 'deleted', segments: [del(moved)], children: [] },
        { id: '2', label: '2.', status: 'inserted', segments: [ins(moved)], children: [] },
      ],
    };
    expect(toSynopsis(whole)).toContain(`~~1. ${moved}~~ _(verschoben nach 2.)_`);
    expect(toSynopsis(redline, { format: 'html' })).not.toContain('redline-move-');
  });
});
