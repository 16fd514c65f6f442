/** The round trip both write tests check: instructions and the Markdown redline form give back the redline's versions. */
import { expect } from 'vitest';
import { applyAmendment } from '../../../src/amend/apply.js';
import { parseAmendment } from '../../../src/instructions/read.js';
import type { Change, Resolution } from '../../../src/model.js';
import { acceptAll, rejectAll } from '../../../src/redline/model.js';
import { parseRedline } from '../../../src/redline/read/parse-redline.js';
import { toInstructions } from '../../../src/render/instructions.js';
import { toMarkdown } from '../../../src/render/markdown.js';

/**
 * Applies `changes` to `base`, writes the redline as instructions and reads
 * them back (the same amended resolution), and as Markdown and reads it back
 * (the same two versions).
 */
export function expectReadsBack(base: Resolution, changes: Change[]): void {
  const redline = applyAmendment(base, changes);
  const written = toInstructions(redline);
  const again = applyAmendment(base, parseAmendment(written));
  expect(acceptAll(again), written).toEqual(acceptAll(redline));
  const read = parseRedline(toMarkdown(redline)).redline;
  expect(acceptAll(read)).toEqual(acceptAll(redline));
  expect(rejectAll(read)).toEqual(rejectAll(redline));
}
