/**
 * The Synopse fixtures (fixtures/synopsis/, see its README): each gives the
 * pinned summary (forms, statuses per clause, collisions, merged view,
 * statement rows); each amendment's column is what `redline()` gives for it
 * alone; both writers show every amendment and every statement section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { escapeHtml } from '../../src/render/html-escape.js';
import { acceptAll } from '../../src/redline/model.js';
import { synopsisToHtml } from '../../src/synopsis/html.js';
import { synopsisToMarkdown } from '../../src/synopsis/markdown.js';
import { FIXTURES, buildFixture, fixtureNames, readFixture, summary } from './fixtures.js';

describe.each(fixtureNames)('Synopse fixture %s', (name) => {
  const fixture = readFixture(name);
  const s = buildFixture(fixture);

  it('matches expected.json', () => {
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    expect(summary(s)).toEqual(expected);
  });

  it('gives each amendment the column redline() gives for it alone', () => {
    const options = fixture.manifest.dehyphenate === true ? { dehyphenate: true } : {};
    fixture.amendments.forEach((input, k) => {
      const alone = redline(fixture.base, input.source as string, options);
      expect(s.amendments[k]!.redline).toEqual(alone);
    });
  });

  it('merges into the resolution the applied amendments give', () => {
    const merged = acceptAll(s.merged.redline);
    expect(merged.clauses.length).toBeGreaterThan(0);
    const sources = new Set<string>();
    const stack = [...s.merged.redline.clauses];
    while (stack.length > 0) {
      const clause = stack.pop()!;
      for (const segment of clause.segments) if (segment.type !== 'equal') sources.add(segment.source ?? '(none)');
      stack.push(...clause.children);
    }
    expect([...sources].sort()).toEqual([...s.merged.applied].sort());
  });

  it('shows every amendment and every statement section in both writers', () => {
    const html = synopsisToHtml(s, { document: true });
    const markdown = synopsisToMarkdown(s);
    for (const amendment of s.amendments) {
      expect(html).toContain(amendment.id.replaceAll('&', '&amp;'));
      expect(markdown).toContain(amendment.id);
    }
    for (const section of s.statement?.statement.sections ?? []) {
      const paragraph = `<p>${escapeHtml(section.text.split('\n\n')[0]!)}</p>`;
      expect(html.split(paragraph).length - 1, paragraph).toBe(1);
    }
  });
});
