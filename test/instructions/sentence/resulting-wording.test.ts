/** "… und erhält damit folgende Fassung:": the wording the change before results in, in its place. */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';
import { readAmendmentText } from '../../../src/instructions/read.js';

const addition = 'In § 3 wird Absatz 2 um folgenden Satz ergänzt: „Hunde sind anzuleinen.“';

describe('the wording a change results in', () => {
  it('takes the place of the change before it, for its clause', () => {
    for (const said of ['und erhält damit folgende Fassung:', 'Er erhält somit folgende Fassung:', 'und lautet damit:'])
      expect(
        readAmendmentText(`${addition}\n\n${said}\n\n(2) Der Park ist offen. Hunde sind anzuleinen.`).amendment.changes,
      ).toEqual([{ op: 'rewrite', clause: '§ 3 Absatz 2', new: '(2) Der Park ist offen. Hunde sind anzuleinen.' }]);
  });

  it('is left to redline() by parseAmendment, which has no base to check the echo against', () => {
    const text = `${addition}\n\nund erhält damit folgende Fassung:\n\n(2) Der Park ist offen. Kinder spielen.`;
    expect(() => parseAmendment(text)).toThrow(/resulting wording .* is checked against the base.*redline\(\)/u);
  });

  it('is refused without an instruction before it, and without "damit" it is no echo', () => {
    expect(() => parseAmendment('und erhält damit folgende Fassung:\n\nDer Park ist offen.')).toThrow(InstructionError);
    expect(() => parseAmendment(`${addition}\n\nund erhält folgende Fassung:\n\nDer Park ist offen.`)).toThrow(
      InstructionError,
    );
  });
});
