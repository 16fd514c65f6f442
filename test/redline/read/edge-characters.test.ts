/**
 * Invisible characters at a paragraph's start or end (issue 13, item 6): the
 * line reader trims them, so the Markdown writer keeps them as character
 * references, and NUL stays NUL. The round trip `parseRedline(toMarkdown(r))`
 * gives back the clause texts exactly.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Redline, RedlineClause } from '../../../src/model.js';
import { protectEdges } from '../../../src/redline/read/edge-characters.js';
import { parseRedline } from '../../../src/redline/read/parse-redline.js';
import { toMarkdown } from '../../../src/render/markdown.js';

const INVISIBLE = ['\u200B', '\uFEFF', '\u00A0', '\u2003', '\u0000'];

/** A redline of one clause with this text (unchanged, inserted or deleted) and a clause after it. */
function redlineOf(text: string, status: 'unchanged' | 'inserted' | 'deleted'): Redline {
  const type = status === 'unchanged' ? 'equal' : status === 'inserted' ? 'insert' : 'delete';
  const clause: RedlineClause = { id: '1', label: '1.', status, segments: [{ type, text }], children: [] };
  const next: RedlineClause = {
    id: '2',
    label: '2.',
    status: 'unchanged',
    segments: [{ type: 'equal', text: 'Der Rat tagt.' }],
    children: [],
  };
  return { lead: '', clauses: [clause, next] };
}

describe('invisible characters at paragraph edges', () => {
  it.each([
    ['a zero-width space at the start', '\u200BDer Rat.'],
    ['a zero-width space at the end', 'Der Rat.\u200B'],
    ['a zero-width space starting the second paragraph', 'Eins.\n\n\u200BZwei.'],
    ['a zero-width space ending the first paragraph', 'Eins.\u200B\n\nZwei.'],
    ['a BOM at the end', 'Der Rat.\uFEFF'],
    ['NUL inside', 'Der \u0000 Rat.'],
    ['a backslash before a trailing zero-width space', 'Pfad C:\\\u200B'],
  ])('%s survives the round trip of an unchanged clause', (_, text) => {
    const redline = redlineOf(text, 'unchanged');
    expect(parseRedline(toMarkdown(redline)).redline).toEqual(redline);
  });

  fcTest.prop(
    [
      fc.constantFrom(...INVISIBLE),
      fc.constantFrom('start', 'end', 'both'),
      fc.constantFrom('unchanged' as const, 'inserted' as const, 'deleted' as const),
    ],
    { numRuns: 100 },
  )('zero-width space and NUL at either edge, any status', (c, where, status) => {
    // White space at the edge of a marked run is the spacing convention's (docs/redlines.md):
    // only characters that are not white space are required to stay inside the markers.
    fc.pre(status === 'unchanged' || c === '\u200B' || c === '\u0000');
    const text = `${where === 'end' ? '' : c}Der Rat.${where === 'start' ? '' : c}`;
    const redline = redlineOf(text, status);
    expect(parseRedline(toMarkdown(redline)).redline).toEqual(redline);
  });

  it('protectEdges writes only the edges as references', () => {
    expect(protectEdges('\u200BA\u200BB\u200B')).toBe('&#x200B;A\u200BB&#x200B;');
    expect(protectEdges('Text')).toBe('Text');
  });
});
