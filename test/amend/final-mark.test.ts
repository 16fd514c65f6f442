/** A replacement that ends a sentence replaces the base's mark after the old words too (never „schaut..“). */
import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../../src/amend/apply.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';

const base = parseResolution('Der Rat möge beschließen:\n\n1. Die Fähre fährt stündlich. Der Anleger bleibt offen.\n');

const text = (old: string, replacement: string): string =>
  acceptAll(applyAmendment(base, { changes: [{ op: 'replace', clause: '1', old, new: replacement }] })).clauses[0]!
    .text;

describe('a replacement ending a sentence', () => {
  it('takes the full stop after the old words', () => {
    expect(text('stündlich', 'alle zwei Stunden.')).toBe(
      'Die Fähre fährt alle zwei Stunden. Der Anleger bleibt offen.',
    );
  });

  it('keeps the mark when the new text does not end with it', () => {
    expect(text('stündlich', 'täglich')).toBe('Die Fähre fährt täglich. Der Anleger bleibt offen.');
    expect(text('stündlich', 'wirklich?')).toBe('Die Fähre fährt wirklich?. Der Anleger bleibt offen.');
  });

  it('still gives the base back on rejectAll', () => {
    const r = applyAmendment(base, { changes: [{ op: 'replace', clause: '1', old: 'offen', new: 'geöffnet.' }] });
    expect(rejectAll(r).clauses[0]!.text).toBe(base.clauses[0]!.text);
    expect(acceptAll(r).clauses[0]!.text).toBe('Die Fähre fährt stündlich. Der Anleger bleibt geöffnet.');
  });
});
