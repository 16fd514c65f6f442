/** Redline ids with `-alt` survive the Markdown round trip (issue 17.4; docs/redlines.md "Redline ids"). */
import { describe, expect, it } from 'vitest';
import { diffResolutions, parseRedline, parseResolution, toMarkdown } from '../../src/index.js';
import type { RedlineClause } from '../../src/model.js';

const ids = (clauses: readonly RedlineClause[]): string[] => clauses.flatMap((c) => [c.id, ...ids(c.children)]);

describe('-alt ids', () => {
  it.each([
    ['1. A.\n2. B.\n3. C.', '1. A.\n2. C.'],
    ['1. A.\n2. B.\n   a) Ba.\n   b) Bb.\n3. C.', '1. A.\n2. C.'],
    ['1. A.\n2. B.\n3. C.\n4. D.', '1. A.\n2. D.'],
  ])('round-trip %j → %j', (before, after) => {
    const redline = diffResolutions(parseResolution(before), parseResolution(after));
    expect(ids(redline.clauses).some((id) => id.includes('-alt'))).toBe(true);
    expect(ids(parseRedline(toMarkdown(redline)).redline.clauses)).toEqual(ids(redline.clauses));
  });
});
