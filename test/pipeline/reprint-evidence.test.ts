/**
 * A clause of the text counts as a reprint of its base clause only when it
 * keeps at least half of its words: an unread sentence that shares "der" and
 * "und" with a one-clause base is refused, never taken for its new wording.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const base = `Beschlussvorschlag:

Der Sportausschuss nimmt den Bericht der Verwaltung über die Hallenbelegung zur Kenntnis.`;

describe('the evidence of a reprint', () => {
  it('refuses an unread sentence that shares only a few words with the one clause', () => {
    const amendment =
      'Der Beschlussvorschlag des Sportvereins wird wie folgt ergänzt: „Die Halle bleibt der Verwaltung und den Schulen vorbehalten.“';
    expect(() => redline(base, amendment)).toThrow(InstructionError);
  });

  it('still reads a reprint that keeps most of the clause as its new wording', () => {
    const amended = acceptAll(
      redline(
        base,
        'Beschlussvorschlag:\n\nDer Sportausschuss nimmt den Bericht der Verwaltung über die Hallenbelegung und die Wartelisten zur Kenntnis.',
      ),
    );
    expect(amended.clauses[0]!.text).toContain('und die Wartelisten');
  });
});
