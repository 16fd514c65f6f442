/** A typing error in a long whole-resolution noun, read as the noun only where it cannot misread. */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';
import { oneEditInside } from '../../../src/instructions/sentence/noun-typo.js';

describe('a typing error in a whole-resolution noun', () => {
  it('is one substitution, insertion or deletion inside the word', () => {
    expect(oneEditInside('beschlussverschlag', 'beschlussvorschlag')).toBe(true);
    expect(oneEditInside('beschlussvorshlag', 'beschlussvorschlag')).toBe(true);
    expect(oneEditInside('beschlusssvorschlag', 'beschlussvorschlag')).toBe(true);
    expect(oneEditInside('beschlussvorschlag', 'beschlussvorschlag')).toBe(false);
    expect(oneEditInside('beschlussvorscglah', 'beschlussvorschlag')).toBe(false);
  });

  it('is never an inflection or another word of the language', () => {
    for (const [word, noun] of [
      ['beschlussvorlagen', 'beschlussvorlage'],
      ['antragstexte', 'antragstext'],
      ['beschlussentwürfe', 'beschlussentwurf'],
      ['verwaltungsvorlagen', 'verwaltungsvorlage'],
      ['ursprungsantrog', 'ursprungsantrag'],
      ['xeschlusstext', 'beschlusstext'],
    ] as const)
      expect(oneEditInside(word, noun), word).toBe(false);
  });

  it('reads the instruction with the noun it stands for', () => {
    expect(parseAmendment('Im Ursprungsentrag wird das Wort „grün“ durch das Wort „blau“ ersetzt.').changes).toEqual(
      parseAmendment('Im Ursprungsantrag wird das Wort „grün“ durch das Wort „blau“ ersetzt.').changes,
    );
  });

  it('leaves a word two edits away unread', () => {
    expect(() => parseAmendment('Im Ursprungsentrog wird das Wort „grün“ durch das Wort „blau“ ersetzt.')).toThrow(
      InstructionError,
    );
  });
});
