/**
 * The lead as redlined text (issue 17, docs/redlines.md "The lead"): a changed
 * lead keeps both versions — `rejectAll` gives the base lead, `acceptAll` the
 * amended one — and survives the Markdown round trip, for random lead edits.
 */
import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Redline, Resolution } from '../../src/model.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { baseLead, changesLead, leadFields, leadSegmentsOf, withLead } from '../../src/redline/lead.js';
import { parseRedline } from '../../src/redline/read/parse-redline.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { leadEditArb } from '../render/generators.js';

const clauses = [{ id: '1', label: '1.', text: 'Die Verwaltung berichtet.', children: [] }];
const resolution = (lead: string): Resolution => ({ lead, clauses });

describe('a changed lead', () => {
  fcTest.prop([leadEditArb], { numRuns: 300 })(
    'rejectAll gives the base lead, acceptAll the amended one, leadSegments exactly when they differ',
    ({ base, amended }) => {
      const redline = diffResolutions(resolution(base), resolution(amended));
      expect(rejectAll(redline)).toEqual(resolution(base));
      expect(acceptAll(redline)).toEqual(resolution(amended));
      expect(redline.lead).toBe(amended);
      expect(redline.leadSegments !== undefined).toBe(base !== amended);
    },
  );

  fcTest.prop([leadEditArb], { numRuns: 300 })('reads back from its Markdown', ({ base, amended }) => {
    const redline = diffResolutions(resolution(base), resolution(amended));
    expect(parseRedline(toMarkdown(redline)).redline).toEqual(redline);
  });

  it('is shown struck and bold in Markdown and read back', () => {
    const redline = diffResolutions(resolution('Der Rat möge beschließen:'), resolution('Der Rat beschließt:'));
    const markdown = toMarkdown(redline);
    expect(markdown).toBe('Der Rat ~~möge beschließen~~ **beschließt**:\n\n1. Die Verwaltung berichtet.\n');
    const read = parseRedline(markdown);
    expect(read.redline.leadSegments).toEqual(redline.leadSegments);
    expect(read.base.lead).toBe('Der Rat möge beschließen:');
    expect(read.amended.lead).toBe('Der Rat beschließt:');
  });

  it('keeps a lead that is struck or added as a whole', () => {
    for (const [base, amended] of [
      ['Der Rat möge beschließen:', ''],
      ['', 'Der Rat beschließt:'],
    ] as const) {
      const redline = diffResolutions(resolution(base), resolution(amended));
      expect(rejectAll(redline).lead).toBe(base);
      expect(acceptAll(redline).lead).toBe(amended);
      expect(parseRedline(toMarkdown(redline)).redline).toEqual(redline);
    }
  });
});

describe('the lead helpers', () => {
  const segments = [
    { type: 'equal', text: 'Der Rat ' },
    { type: 'delete', text: 'möge beschließen' },
    { type: 'insert', text: 'beschließt' },
    { type: 'equal', text: ':' },
  ] as const;

  it('set leadSegments only when the base lead differs', () => {
    expect(leadFields([...segments])).toEqual({ lead: 'Der Rat beschließt:', leadSegments: segments });
    expect(leadFields([{ type: 'equal', text: 'Der Rat beschließt:' }])).toEqual({ lead: 'Der Rat beschließt:' });
  });

  it('read both leads, with or without leadSegments', () => {
    const changed: Redline = { lead: 'Der Rat beschließt:', leadSegments: [...segments], clauses: [] };
    expect(baseLead(changed)).toBe('Der Rat möge beschließen:');
    expect(changesLead(changed)).toBe(true);
    const plain: Redline = { lead: 'Der Rat beschließt:', clauses: [] };
    expect(baseLead(plain)).toBe('Der Rat beschließt:');
    expect(changesLead(plain)).toBe(false);
    expect(leadSegmentsOf(plain)).toEqual([{ type: 'equal', text: 'Der Rat beschließt:' }]);
    expect(leadSegmentsOf({ lead: '' })).toEqual([]);
  });

  it('replace the lead fields and drop leadSegments when the new lead has none', () => {
    const changed: Redline = { lead: 'Der Rat beschließt:', leadSegments: [...segments], clauses: [] };
    const replaced = withLead(changed, { lead: 'Der Rat möge beschließen:' });
    expect(replaced).toEqual({ lead: 'Der Rat möge beschließen:', clauses: [] });
    expect(replaced).not.toHaveProperty('leadSegments');
    expect(replaced.clauses).toBe(changed.clauses);
  });
});

describe('malformed leadSegments', () => {
  const bad: unknown[] = [
    { lead: 'x', leadSegments: 'x', clauses: [] },
    { lead: 'x', leadSegments: [{ type: 'moved', text: 'x' }], clauses: [] },
    { lead: 'x', leadSegments: [null], clauses: [] },
    { lead: 'neu', leadSegments: [{ type: 'delete', text: 'alt' }], clauses: [] },
  ];

  it('are invalid-input for rejectAll, acceptAll and the renderers', () => {
    for (const value of bad) {
      for (const call of [rejectAll, acceptAll, toMarkdown]) {
        expect(() => call(value as Redline), JSON.stringify(value)).toThrow(
          expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('leadSegments') }),
        );
      }
    }
  });
});
