import { describe, expect } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { readdirSync, readFileSync } from 'node:fs';
import type { Resolution } from '../../src/model.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { RedlineError } from '../../src/errors.js';
import { checkRedline, withIds } from './helpers.js';
import { applyEdits, edit, editedPair, titledPair } from './generators.js';

/** The parser's fixture motions (real seed resolutions and synthetic ones) that have clauses. */
function fixtureResolutions(): Resolution[] {
  const dir = new URL('../../fixtures/motions/', import.meta.url);
  const out: Resolution[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(?:md|txt)$/u.test(name)) continue;
    const source = readFileSync(new URL(name, dir), 'utf8');
    try {
      out.push(parseMotion(source).resolution);
    } catch (error) {
      if (!(error instanceof RedlineError)) throw error;
      try {
        out.push(parseResolution(source));
      } catch (inner) {
        if (!(inner instanceof RedlineError)) throw inner;
      }
    }
  }
  return out.filter((r) => r.clauses.length > 0);
}

describe('diffResolutions over random edits of council resolutions', () => {
  fcTest.prop([editedPair, fc.boolean()], { numRuns: 300 })(
    'rejectAll is the base and acceptAll the amended resolution, exactly',
    ([base, amended], insertFirst) => {
      const redline = diffResolutions(base, amended, { insertFirst });
      expect(rejectAll(redline)).toEqual(withIds(base));
      expect(acceptAll(redline)).toEqual(withIds(amended));
    },
  );

  fcTest.prop([titledPair, fc.boolean()], { numRuns: 200 })(
    'with and without a title: rejectAll is the base and acceptAll the amended resolution, titles included',
    ([base, amended], insertFirst) => {
      const redline = diffResolutions(base, amended, { insertFirst });
      expect(rejectAll(redline)).toEqual(withIds(base));
      expect(acceptAll(redline)).toEqual(withIds(amended));
      // titleSegments exactly when the titles differ; JSON keeps the redline as it is.
      expect(redline.titleSegments !== undefined).toBe((base.title ?? '') !== (amended.title ?? ''));
      expect(JSON.parse(JSON.stringify(redline))).toEqual(redline);
    },
  );

  fcTest.prop([editedPair, fc.boolean()], { numRuns: 300 })(
    'hunks are whole words, segments canonical, statuses and ids consistent',
    ([base, amended], insertFirst) => {
      checkRedline(diffResolutions(base, amended, { insertFirst }), insertFirst);
    },
  );

  fcTest.prop([editedPair], { numRuns: 100 })('is deterministic', ([base, amended]) => {
    expect(diffResolutions(base, amended)).toEqual(diffResolutions(base, amended));
  });

  fcTest.prop([editedPair], { numRuns: 100 })('an unedited resolution gives an all-unchanged redline', ([base]) => {
    const redline = diffResolutions(base, base);
    const stack = [...redline.clauses];
    while (stack.length > 0) {
      const clause = stack.pop()!;
      expect(clause.status).toBe('unchanged');
      expect(clause.baseLabel).toBeUndefined();
      stack.push(...clause.children);
    }
  });

  const fixtures = fixtureResolutions();
  const fixturePair = fc
    .constantFrom(...fixtures)
    .chain((base) => fc.array(edit, { maxLength: 8 }).map((edits) => [base, applyEdits(base, edits)] as const));

  fcTest.prop([fixturePair, fc.boolean()], { numRuns: 300 })(
    'on the fixture resolutions too: exact both ways, whole words, canonical, deterministic',
    ([base, amended], insertFirst) => {
      expect(fixtures.length).toBeGreaterThan(5);
      const redline = diffResolutions(base, amended, { insertFirst });
      expect(rejectAll(redline)).toEqual(withIds(base));
      expect(acceptAll(redline)).toEqual(withIds(amended));
      checkRedline(redline, insertFirst);
      expect(diffResolutions(base, amended, { insertFirst })).toEqual(redline);
    },
  );
});
