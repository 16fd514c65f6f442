/**
 * `readDocx(await toDocx(r))` gives back r's base and amended resolutions, with
 * tracked changes and with struck/bold formatting, on random redlines with
 * hostile text (the generators of the Markdown round trip).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx, toDocx } from '../../../src/formats/docx/index.js';
import type { Redline } from '../../../src/model.js';
import { preorder } from '../../../src/tree.js';
import { acceptAll, rejectAll } from '../../../src/redline/model.js';
import { redlineArb } from '../../render/generators.js';

async function roundTrip(redline: Redline, tracked: boolean): Promise<void> {
  const read = await readDocx(await toDocx(redline, { tracked, date: '2024-05-01T10:00:00Z' }));
  if (read.kind === 'text') {
    // Nothing changed: plain text with every label and clause text in order (parseMotion reads it as
    // it reads any plain text; a lower-case paragraph after a colon may join it, as in extracted PDFs).
    expect(rejectAll(redline)).toEqual(acceptAll(redline));
    const flat = read.text.replace(/\s+/g, ' ');
    let at = 0;
    for (const { label, text } of preorder(acceptAll(redline).clauses)) {
      for (const part of [label, text.replace(/\s+/g, ' ')]) {
        const found = flat.indexOf(part, at);
        expect(found, part).toBeGreaterThanOrEqual(0);
        at = found + part.length;
      }
    }
    return;
  }
  expect(read.base).toEqual(rejectAll(redline));
  expect(read.amended).toEqual(acceptAll(redline));
}

describe('readDocx(toDocx(r))', () => {
  it('gives back the texts of random redlines (tracked changes)', async () => {
    await fc.assert(
      fc.asyncProperty(redlineArb, (r) => roundTrip(r, true)),
      { numRuns: 150 },
    );
  });

  it('gives back the texts of random redlines (struck/bold formatting)', async () => {
    await fc.assert(
      fc.asyncProperty(redlineArb, (r) => roundTrip(r, false)),
      { numRuns: 150 },
    );
  });
});
