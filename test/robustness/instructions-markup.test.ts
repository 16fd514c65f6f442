/**
 * Markup in clause text and `toInstructions` (issue 13, item 12). The
 * instructions are plain text: clause text is quoted verbatim, raw HTML and
 * links included, because the quoted words must read back and apply exactly
 * (docs/api.md says so loudly, and tells callers to escape before rendering
 * them as Markdown or HTML). This pins both halves: verbatim, and exact.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  applyAmendment,
  diffResolutions,
  parseAmendment,
  parseResolution,
  rejectAll,
  toInstructions,
} from '../../src/index.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '[Link](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '**fett** und ~~weg~~',
];

describe('toInstructions with markup in clause text', () => {
  it.each(HOSTILE)('quotes %j verbatim, and the instructions apply exactly', (markup) => {
    const base = parseResolution('1. Die Verwaltung prüft den Bericht.\n2. Der Rat tagt.');
    const amended = parseResolution(`1. Die Verwaltung prüft ${markup} den Bericht.\n2. Der Rat tagt.`);
    const r = diffResolutions(base, amended);
    const instructions = toInstructions(r);
    expect(instructions).toContain(markup);
    const applied = applyAmendment(rejectAll(r), parseAmendment(instructions));
    expect(acceptAll(applied).clauses.map((c) => c.text)).toEqual(acceptAll(r).clauses.map((c) => c.text));
  });
});
