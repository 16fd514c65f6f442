/** The shape that makes a new text for several clauses one block: an intro line with a colon, then a list from its first label. */
import { describe, expect, it } from 'vitest';
import { opensWithIntro } from '../../../src/instructions/sentence/clauses-block.js';

describe('a text that opens with an intro line', () => {
  it('is an unlabelled line ending in a colon, then a list from its first label', () => {
    expect(opensWithIntro('Die Verwaltung wird gebeten:\n1. Bänke aufzustellen. 2. Wege zu pflastern.')).toBe(true);
    expect(opensWithIntro('\nDer Vorstand prüft:\n\na) die Kasse,\nb) die Belege.')).toBe(true);
  });

  it('is not a text whose first line is labelled, lacks the colon, or whose list does not start at its first label', () => {
    expect(opensWithIntro('1. Bänke aufzustellen.\n2. Wege zu pflastern.')).toBe(false);
    expect(opensWithIntro('Die Verwaltung wird gebeten.\n1. Bänke aufzustellen.')).toBe(false);
    expect(opensWithIntro('Die Verwaltung wird gebeten:\n3. Bänke aufzustellen.')).toBe(false);
    expect(opensWithIntro('Die Verwaltung wird gebeten:\nBänke sind aufzustellen.')).toBe(false);
    expect(opensWithIntro('Die Verwaltung wird gebeten:')).toBe(false);
  });
});
