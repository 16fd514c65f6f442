/**
 * A wording said as the result of an addition ("… wird um folgenden Satz
 * ergänzt … und erhält damit folgende Fassung: …") stands only when the two
 * agree against the base: the base clause with the added text in one place.
 */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { refusalOf } from './refusal.js';
import { acceptAll } from '../../src/redline/model.js';

const base = `Der Ortsbeirat möge beschließen:

1. Der Spielplatz wird neu eingezäunt.
2. Die Bänke werden gestrichen. Der Sandkasten wird erneuert.
3. Die Kosten trägt der Haushalt 2026.`;

const amendment = (added: string, wording: string): string =>
  `Punkt 2 wird um folgenden Satz ergänzt\n\n${added}\n\nund erhält damit folgende Fassung:\n\n${wording}`;

const refusal = (text: string): string => refusalOf(base, text);

describe('a wording that echoes an addition', () => {
  it('applies the wording when it is the base clause with the added text in one place, its opening label taken off', () => {
    const amended = acceptAll(
      redline(
        base,
        amendment(
          'Eine Schaukel kommt hinzu',
          '1. Die Bänke werden gestrichen. Eine Schaukel kommt hinzu. Der Sandkasten wird erneuert.',
        ),
      ),
    );
    expect(amended.clauses.map((c) => `${c.label} ${c.text}`)).toEqual([
      '1. Der Spielplatz wird neu eingezäunt.',
      '2. Die Bänke werden gestrichen. Eine Schaukel kommt hinzu. Der Sandkasten wird erneuert.',
      '3. Die Kosten trägt der Haushalt 2026.',
    ]);
  });

  it('refuses a wording that changes more than the added text, or lacks it', () => {
    expect(
      refusal(
        amendment(
          'Eine Schaukel kommt hinzu',
          'Die Bänke werden lackiert. Eine Schaukel kommt hinzu. Der Sandkasten wird erneuert.',
        ),
      ),
    ).toContain('with the added text in one place');
    expect(
      refusal(amendment('Eine Schaukel kommt hinzu', 'Die Bänke werden gestrichen. Der Sandkasten wird erneuert.')),
    ).toContain('with the added text in one place');
  });

  it('refuses it after a change other than an addition without a place', () => {
    expect(
      refusal(
        'In Punkt 2 wird nach dem Wort „Bänke“ das Wort „grün“ eingefügt\n\nund erhält damit folgende Fassung:\n\nDie Bänke grün werden gestrichen. Der Sandkasten wird erneuert.',
      ),
    ).toContain('only against one addition without a place');
  });
});
