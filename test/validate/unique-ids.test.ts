import { describe, expect, it } from 'vitest';
import { checkAmendment, diffResolutions, findClause, parseResolution } from '../../src/index.js';
import type { Clause, Resolution } from '../../src/model.js';

const c = (id: string, label: string, text: string, children: Clause[] = []): Clause => ({ id, label, text, children });

describe('duplicate clause ids (issue 17.4)', () => {
  const base: Resolution = {
    lead: '',
    clauses: [c('1', '1.', 'Die Stadt baut.'), c('2', '2.', 'Der Rat prüft.', [c('1', 'a)', 'Ein Unterpunkt.')])],
  };

  it.each([
    ['findClause', () => findClause(base, '1')],
    ['checkAmendment', () => checkAmendment(base, { changes: [{ op: 'removeClause', clause: '1' }] })],
    ['diffResolutions', () => diffResolutions(base, parseResolution('1. Die Stadt baut.'))],
  ])('%s refuses a base with a repeated id, naming both clauses', (_, call) => {
    expect(call).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        message: expect.stringMatching(/id "1".*"1\." \(„Die Stadt baut\.“\) and "a\)" \(„Ein Unterpunkt\.“\)/),
      }),
    );
  });

  it('accepts what parseResolution gives, and trees without ids', () => {
    expect(findClause(parseResolution('1. Eins.\n1. Noch eins.'), '1-2')?.text).toBe('Noch eins.');
    expect(findClause({ clauses: [c('', '1.', 'Eins.'), c('', '2.', 'Zwei.')] }, 'Ziffer 2')?.text).toBe('Zwei.');
  });
});
