import { describe, expect, it } from 'vitest';
import * as instructionWords from '../../src/instructions/lexicon.js';
import * as fillerWords from '../../src/instructions/filler-words.js';
import * as referenceWords from '../../src/references/nouns.js';

const lexicon = { ...instructionWords, ...fillerWords, ...referenceWords };

const words = (x: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] => [...x.keys()];

describe('the instruction lexicon', () => {
  it('holds lower-case entries only', () => {
    for (const [name, value] of Object.entries(lexicon)) {
      if (!(value instanceof Set || value instanceof Map)) continue;
      for (const w of words(value)) expect(w, `${name}: ${w}`).toBe(w.toLowerCase());
    }
  });

  it('never lets a filler word hide a word with meaning', () => {
    const meaningful = new Set([
      ...words(lexicon.ACTION_VERBS),
      ...words(lexicon.CUE_WORDS),
      ...words(lexicon.REFERENCE_NOUNS),
      ...words(lexicon.UNSUPPORTED_WORDS),
      ...words(lexicon.COPULA_WORDS),
      ...words(lexicon.AND_WORDS),
      ...words(lexicon.ORDINALS),
      ...words(lexicon.LAST_WORDS),
    ]);
    expect(words(lexicon.FILLER_WORDS).filter((w) => meaningful.has(w))).toEqual([]);
  });

  it('knows every shape of the issue', () => {
    for (const verb of [
      'ersetzt',
      'gestrichen',
      'entfällt',
      'eingefügt',
      'ergänzt',
      'angefügt',
      'erhält',
      'gefasst',
      'geändert',
      'streiche',
      'ersetze',
      'füge',
    ]) {
      expect(lexicon.ACTION_VERBS.has(verb), verb).toBe(true);
    }
    for (const noun of ['wort', 'wörter', 'worte', 'angabe', 'passage'])
      expect(lexicon.PASSAGE_NOUNS.has(noun), noun).toBe(true);
  });
});
