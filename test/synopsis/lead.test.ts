/**
 * The Synopse of amendments that change the lead (issue 17): each one's lead
 * change in its column, a collision when two give it different wordings, the
 * merged view with the lead change of the one applied.
 */
import { describe, expect, it } from 'vitest';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { synopsis } from '../../src/synopsis/build.js';
import { synopsisToMarkdown } from '../../src/synopsis/markdown.js';

const base = `Der Rat möge beschließen:

1. Die Verwaltung legt vierteljährlich einen Bericht vor.
2. Die Kölner*innen werden beteiligt.`;

/** A rewrite-form amendment with its own lead. */
const withLead = (lead: string, report = 'vierteljährlich'): string =>
  base.replace('Der Rat möge beschließen:', lead).replace('vierteljährlich', report);

describe('synopsis with lead changes', () => {
  it('merges a lone lead change, its changes attributed to the amendment', () => {
    const s = synopsis(base, [withLead('Der Rat beschließt:'), withLead('Der Rat möge beschließen:', 'jährlich')]);
    expect(s.collisions).toEqual([]);
    expect(rejectAll(s.merged.redline).lead).toBe('Der Rat möge beschließen:');
    expect(acceptAll(s.merged.redline).lead).toBe('Der Rat beschließt:');
    expect(s.merged.redline.leadSegments?.filter((x) => x.type !== 'equal').map((x) => x.source)).toEqual(['Ä1', 'Ä1']);
    expect(acceptAll(s.merged.redline).clauses[0]!.text).toContain('jährlich einen Bericht');
  });

  it('reports two different lead changes as a collision in the lead and shows each in its column', () => {
    const s = synopsis(base, [withLead('Der Rat beschließt:'), withLead('Der Ausschuss empfiehlt:')]);
    expect(s.collisions).toHaveLength(1);
    expect(s.collisions[0]).toMatchObject({ amendments: ['Ä1', 'Ä2'], lead: true, clauses: [] });
    expect(s.merged.applied).toEqual([]);
    const markdown = synopsisToMarkdown(s);
    expect(markdown).toContain('**beschließt**');
    expect(markdown).toContain('**Ausschuss empfiehlt**');
    expect(markdown).toContain('Ä1 und Ä2 ändern im Einleitungssatz dieselben Wörter.');
  });
});
