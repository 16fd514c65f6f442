/** `readAmendment`: `redline()` on a parsed base, keeping the form and (for instructions and JSON) the changes. */
import { describe, expect, it } from 'vitest';
import { AmendmentError, InstructionError } from '../../src/errors.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { readAmendment, redline } from '../../src/pipeline/run.js';

const source =
  'Der Rat möge beschließen:\n\n1. Die Verwaltung legt vierteljährlich einen Bericht vor.\n2. Der Rat tagt öffentlich.';
const base = parseResolution(source);

describe('readAmendment', () => {
  it.each([
    ['instructions', 'In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „jährlich“ ersetzt.', true],
    ['json', '{"id":"A","changes":[{"op":"delete","clause":"2","old":"öffentlich"}]}', true],
    [
      'redline',
      '1. Die Verwaltung legt ~~vierteljährlich~~ **jährlich** einen Bericht vor.\n2. Der Rat tagt öffentlich.',
      false,
    ],
    ['rewrite', '1. Die Verwaltung legt jährlich einen Bericht vor.\n2. Der Rat tagt öffentlich.', false],
  ] as const)('%s', (form, text, hasChanges) => {
    const read = readAmendment(base, text);
    expect(read.form).toBe(form);
    expect(read.amendment !== undefined).toBe(hasChanges);
    expect(read.redline).toEqual(redline(source, text));
  });

  it('throws AmendmentError like redline() and keeps warnings', () => {
    expect(() => readAmendment(base, 'Ziffer 9 wird gestrichen.')).toThrow(AmendmentError);
    // A text that keeps nothing of the base is a rewrite only when the caller says so.
    expect(() => readAmendment(base, 'Hallo Welt.')).toThrow(InstructionError);
    const read = readAmendment(base, 'Hallo Welt.', { form: 'rewrite' });
    expect(read.form).toBe('rewrite');
    expect(read.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});
