/**
 * An addition that opens with "(…)" for the kept text continues the last
 * sentence: its full stop goes, the added words follow with their list.
 */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { refusalOf } from './refusal.js';
import { acceptAll } from '../../src/redline/model.js';

const base = `Beschlussvorschlag:

Der Umweltausschuss nimmt den Bericht über die Stadtbäume zur Kenntnis.`;

const refusal = (amendment: string, on = base): string => refusalOf(on, amendment);

describe('an addition that continues the last sentence', () => {
  it('takes the full stop off and adds the words with their list and paragraphs', () => {
    const amended = acceptAll(
      redline(
        base,
        'Der Beschlussvorschlag wird ergänzt:\n„(…) und bittet um Nachpflanzungen, vor allem:\n- in der Lindenallee\n- am Schulhof\nDie Verwaltung berichtet im Herbst.“',
      ),
    );
    expect(amended.clauses.map((c) => c.text.split(/\n\s*\n/u))).toEqual([
      [
        'Der Umweltausschuss nimmt den Bericht über die Stadtbäume zur Kenntnis und bittet um Nachpflanzungen, vor allem:',
        '- in der Lindenallee',
        '- am Schulhof',
        'Die Verwaltung berichtet im Herbst.',
      ],
    ]);
  });

  it('is refused after "(…)" with a capital, or when the text it continues has no full stop', () => {
    expect(refusal('Der Beschlussvorschlag wird ergänzt:\n„(…) Die Verwaltung berichtet im Herbst.“')).toContain(
      'starts with a capital',
    );
    expect(
      refusal('Der Beschlussvorschlag wird ergänzt:\n„(…) und bittet um einen Bericht.“', `${base.slice(0, -1)}:`),
    ).toContain('does not end with a full stop');
  });
});
