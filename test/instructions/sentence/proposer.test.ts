/** "Der Beschlussvorschlag der Verwaltung …": the proposer in the genitive names no other document. */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { withoutProposer } from '../../../src/instructions/sentence/proposer.js';
import { instructionTokens } from '../../../src/references/tokens.js';

const words = (s: string): string[] =>
  withoutProposer(instructionTokens(s, 0, s.length, [])).map((t) => (t.kind === 'word' ? t.lower : t.text));

describe('the proposer of the resolution in the genitive', () => {
  it('is left out right after a whole-resolution noun', () => {
    expect(words('Der Beschlussvorschlag des Bürgermeisters wird ergänzt')).toEqual([
      'der',
      'beschlussvorschlag',
      'wird',
      'ergänzt',
    ]);
    const plain = parseAmendment('Im Beschlussvorschlag wird das Wort „zeitnah“ gestrichen.').changes;
    expect(parseAmendment('Im Beschlussvorschlag der Verwaltung wird das Wort „zeitnah“ gestrichen.').changes).toEqual(
      plain,
    );
  });

  it('stays when it is no proposer or does not follow the noun', () => {
    expect(words('Der Beschlussvorschlag des Kulturausschusses wird ergänzt')).toContain('kulturausschusses');
    expect(words('In Ziffer 2 der Verwaltung wird')).toContain('verwaltung');
  });
});
