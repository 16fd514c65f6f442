/**
 * Diagnostics of every code, each with a message that names the clause and
 * quotes the text.
 */
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { Change, Resolution } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { checkAmendment } from '../../src/amend/check.js';
import { applyAmendments } from '../../src/amend/apply-many.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { acceptAll } from '../../src/redline/model.js';

const base: Resolution = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung informiert die Öffentlichkeit über die Presse der Stadt und die sozialen Medien.
2. Die Verwaltung legt vierteljährlich einen Bericht vor. Der Bericht wird veröffentlicht. Er enthält Zahlen.
3. Die Stadt prüft halbjährlich die Umsetzung.
   a) erstens,
   b) zweitens.
4. Der Rat wird beteiligt.`);

const check = (...changes: Change[]) => checkAmendment(base, changes);

describe('clause-not-found', () => {
  it('names the missing clause and the clauses that exist', () => {
    const [d] = check({ op: 'removeClause', clause: 'Ziffer 9' });
    expect(d).toMatchObject({ code: 'clause-not-found', severity: 'error', change: 0, clause: 'Ziffer 9' });
    expect(d!.message).toBe(
      'Clause "Ziffer 9" does not exist in the base resolution (its top-level clauses: 1., 2., 3., 4.).',
    );
  });

  it('reports a sentence or paragraph that is not there', () => {
    const [d] = check({ op: 'delete', clause: 'Ziffer 2 Satz 7', old: 'Zahlen' });
    expect(d!.code).toBe('clause-not-found');
    expect(d!.message).toBe('Clause "Ziffer 2" has 3 sentences, not 7.');
    const [p] = check({ op: 'rewrite', clause: 'Ziffer 4 Absatz 2', new: 'x' });
    expect(p!.message).toBe('Clause "Ziffer 4" has 1 paragraph, not 2.');
  });

  it('covers every place a change names a clause', () => {
    const codes = check(
      { op: 'replace', clause: '7', old: 'a', new: 'b' },
      { op: 'insert', clause: 'Punkt 3 c)', new: 'x' },
      { op: 'addClause', after: 'Ziffer 8', new: 'Neu.' },
      { op: 'addClause', parent: 'Ziffer 8', new: 'Neu.' },
    ).map((d) => [d.code, d.change]);
    expect(codes).toEqual([
      ['clause-not-found', 0],
      ['clause-not-found', 1],
      ['clause-not-found', 2],
      ['clause-not-found', 3],
    ]);
  });
});

describe('text-not-found', () => {
  it('quotes the text and suggests the closest passage of the clause', () => {
    const [d] = check({ op: 'replace', clause: 'Ziffer 2', old: 'vierteljärlich', new: 'halbjährlich' });
    expect(d).toMatchObject({
      code: 'text-not-found',
      severity: 'error',
      clause: 'Ziffer 2',
      suggestion: 'vierteljährlich',
    });
    expect(d!.message).toBe(
      'The old text „vierteljärlich“ was not found in clause "Ziffer 2"; the closest passage there is „vierteljährlich“.',
    );
  });

  it('finds the passage when the base changed since the amendment was written', () => {
    const [d] = check({ op: 'delete', clause: 'Ziffer 1', old: 'und die digitalen Medien' });
    expect(d!.suggestion).toBe('und die sozialen Medien');
  });

  it('matches whole words only and says where else the text occurs', () => {
    const [d] = check({ op: 'delete', clause: 'Ziffer 2', old: 'halbjährlich' });
    expect(d!.code).toBe('text-not-found');
    expect(d!.message).toContain('(it occurs in clause 3.)');
    const [w] = check({ op: 'delete', clause: 'Ziffer 3', old: 'jährlich' });
    expect(w!.code).toBe('text-not-found');
  });

  it('reports an occurrence beyond the hits', () => {
    const [d] = check({ op: 'delete', clause: 'Ziffer 2', old: 'Bericht', occurrence: 3 });
    expect(d!.code).toBe('text-not-found');
    expect(d!.message).toBe('The old text „Bericht“ occurs twice in clause "Ziffer 2", so there is no occurrence 3.');
  });

  it('reports a missing anchor of an insertion, and can skip the suggestion', () => {
    const [d] = checkAmendment(base, [{ op: 'insert', clause: 'Ziffer 4', after: 'Bürgerschaft', new: 'x' }], {
      suggest: false,
    });
    expect(d!.code).toBe('text-not-found');
    expect(d!.message).toContain('„Bürgerschaft“');
    expect(d!.suggestion).toBeUndefined();
  });
});

describe('text-ambiguous', () => {
  it('lists where the hits are', () => {
    const [d] = check({ op: 'replace', clause: 'Ziffer 2', old: 'Bericht', new: 'Report' });
    expect(d).toMatchObject({ code: 'text-ambiguous', severity: 'error', clause: 'Ziffer 2' });
    expect(d!.message).toBe(
      'The old text „Bericht“ occurs twice in clause "Ziffer 2" (1: …legt vierteljährlich einen [Bericht] vor. Der Bericht…; 2: …Bericht vor. Der [Bericht] wird veröffentlicht. Er…); give "occurrence" to choose one.',
    );
  });

  it('names the clauses when the whole resolution is searched', () => {
    const [d] = check({ op: 'delete', clause: '', old: 'Die Verwaltung' });
    expect(d!.code).toBe('text-ambiguous');
    expect(d!.message).toContain('in the resolution (1: clause 1. [Die Verwaltung] informiert');
    expect(d!.message).toContain('2: clause 2. [Die Verwaltung] legt');
  });

  it('is resolved when every other hit lies inside the passage another change replaces', () => {
    // "Bericht" twice in Ziffer 2; the second inside „Der Bericht wird“, which the other change replaces.
    const both: Change[] = [
      { op: 'replace', clause: 'Ziffer 2', old: 'Bericht', new: 'Report' },
      { op: 'replace', clause: 'Ziffer 2', old: 'Der Bericht wird', new: 'Die Zahlen werden' },
    ];
    expect(check(...both)).toEqual([]);
    expect(acceptAll(applyAmendment(base, both)).clauses[1]!.text).toBe(
      'Die Verwaltung legt vierteljährlich einen Report vor. Die Zahlen werden veröffentlicht. Er enthält Zahlen.',
    );
    // Nothing claims the hits of an ambiguous other change: still ambiguous.
    const [d] = check(
      { op: 'replace', clause: 'Ziffer 2', old: 'Bericht', new: 'Report' },
      { op: 'delete', clause: 'Ziffer 2', old: 'Bericht' },
    );
    expect(d!.code).toBe('text-ambiguous');
  });

  it('is resolved by occurrence or a sentence address', () => {
    expect(check({ op: 'replace', clause: 'Ziffer 2', old: 'Bericht', new: 'Report', occurrence: 2 })).toEqual([]);
    expect(check({ op: 'replace', clause: 'Ziffer 2 Satz 2', old: 'Bericht', new: 'Report' })).toEqual([]);
  });
});

describe('overlap', () => {
  it('reports changes of one amendment that touch the same words, naming both', () => {
    const diagnostics = check(
      { op: 'replace', clause: 'Ziffer 2', old: 'vierteljährlich einen', new: 'einen' },
      { op: 'delete', clause: '2', old: 'vierteljährlich' },
    );
    expect(diagnostics).toEqual([
      {
        code: 'overlap',
        severity: 'error',
        change: 1,
        clause: '2',
        message:
          'Change 2 („vierteljährlich“) touches the same part of clause "2" as change 1 („vierteljährlich einen“).',
      },
    ]);
  });

  it('covers anchors, removed clauses and their children', () => {
    const codes = (...changes: Change[]) => check(...changes).map((d) => `${d.code}@${d.change}`);
    expect(
      codes(
        { op: 'delete', clause: 'Ziffer 4', old: 'Rat' },
        { op: 'insert', clause: 'Ziffer 4', after: 'Rat', new: 'x' },
      ),
    ).toEqual(['overlap@1']);
    expect(
      codes(
        { op: 'removeClause', clause: 'Ziffer 3' },
        { op: 'delete', clause: 'Ziffer 3 Buchstabe a', old: 'erstens' },
      ),
    ).toEqual(['overlap@1']);
    expect(
      codes({ op: 'rewrite', clause: 'Ziffer 4', new: 'Neu.' }, { op: 'delete', clause: 'Ziffer 4', old: 'Rat' }),
    ).toEqual(['overlap@1']);
    expect(
      codes({ op: 'removeClause', clause: 'Ziffer 3' }, { op: 'addClause', parent: 'Ziffer 3', new: 'c) neu' }),
    ).toEqual(['overlap@1']);
    expect(codes({ op: 'removeClause', clause: '3' }, { op: 'removeClause', clause: 'Ziffer 3' })).toEqual([
      'overlap@1',
    ]);
    // Neighbours do not overlap.
    expect(
      codes(
        { op: 'delete', clause: 'Ziffer 4', old: 'Der' },
        { op: 'insert', clause: 'Ziffer 4', after: 'Rat', new: 'x' },
        { op: 'addClause', after: 'Ziffer 3', new: 'Neu.' },
      ),
    ).toEqual([]);
  });
});

describe('conflict', () => {
  it('names both amendments and leaves the later one out', () => {
    const a = {
      id: 'SPD',
      changes: [{ op: 'replace', clause: 'Ziffer 2', old: 'vierteljährlich', new: 'halbjährlich' }] as Change[],
    };
    const b = {
      id: 'FDP',
      changes: [{ op: 'delete', clause: 'Ziffer 2', old: 'vierteljährlich einen Bericht' }] as Change[],
    };
    const { diagnostics } = applyAmendments(base, [a, b]);
    expect(diagnostics).toEqual([
      {
        code: 'conflict',
        severity: 'error',
        change: 0,
        amendment: 'FDP',
        clause: 'Ziffer 2',
        message:
          'Amendment "FDP" (change 1: „vierteljährlich einen Bericht“ in clause "Ziffer 2") touches what amendment "SPD" already changes („vierteljährlich“), so it was not applied.',
      },
    ]);
  });
});

describe('no-op', () => {
  it('warns about a replacement by the same text, and the amendment still applies', () => {
    const changes: Change[] = [{ op: 'replace', clause: 'Ziffer 4', old: 'Rat', new: 'Rat' }];
    const [d] = checkAmendment(base, changes);
    expect(d).toEqual({
      code: 'no-op',
      severity: 'warning',
      change: 0,
      clause: 'Ziffer 4',
      message: 'Replacing „Rat“ by „Rat“ in clause "Ziffer 4" changes nothing.',
    });
    expect(applyAmendment(base, changes).clauses[3]!.status).toBe('unchanged');
  });

  it('warns about a typographic-only replacement, an identical rewrite and an empty insertion', () => {
    const diagnostics = check(
      { op: 'replace', clause: 'Ziffer 1', old: 'die Presse', new: 'die  Presse' },
      { op: 'rewrite', clause: 'Ziffer 4', new: 'Der Rat wird beteiligt.' },
      { op: 'insert', clause: 'Ziffer 4', new: ' ' },
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.change])).toEqual([
      ['no-op', 'warning', 0],
      ['no-op', 'warning', 1],
      ['no-op', 'warning', 2],
    ]);
    expect(diagnostics[1]!.message).toBe(
      'The new wording of clause "Ziffer 4" is the same as its text „Der Rat wird beteiligt.“.',
    );
  });
});

describe('invalid-change', () => {
  it.each([
    [{ op: 'move', clause: '1' }, '"op" must be one of'],
    [{ op: 'replace', clause: '1', old: 'Die' }, '"replace" needs a string "new"'],
    [{ op: 'delete', clause: 1, old: 'Die' }, '"delete" needs a string "clause"'],
    [{ op: 'delete', clause: '1', old: 'Die', occurrence: 0 }, '"occurrence" must be a whole number from 1'],
    [{ op: 'delete', clause: '1', old: '   ' }, 'the old text is empty'],
    [{ op: 'insert', clause: '1', new: 'x', after: 'Die', before: 'Verwaltung' }, 'not both'],
    [{ op: 'insert', clause: '', new: 'x' }, 'needs a clause to append to'],
    [{ op: 'rewrite', clause: '', new: 'x' }, 'a rewrite needs one clause'],
    [{ op: 'addClause', new: '  ' }, 'the new clause has no text'],
    [{ op: 'addClause', new: 'x', after: 'Ziffer 2 Satz 1' }, 'must name a clause'],
    [{ op: 'addClause', new: 'x', after: '3.a', parent: 'Ziffer 2' }, 'is not a child of'],
    [null, 'it is not an object'],
  ])('%j', (change, reason) => {
    const [d] = checkAmendment(base, [change as unknown as Change]);
    expect(d).toMatchObject({ code: 'invalid-change', severity: 'error', change: 0 });
    expect(d!.message).toContain('Change 1 is invalid: ');
    expect(d!.message).toContain(reason);
  });

  it('checks renumbering entries, counted after the changes', () => {
    const diagnostics = checkAmendment(base, {
      changes: [{ op: 'removeClause', clause: '1' }],
      renumber: [{ clause: '2' } as unknown as { clause: string; label: string }],
    });
    expect(diagnostics).toMatchObject([{ code: 'invalid-change', change: 1 }]);
  });
});

describe('checkAmendment inputs', () => {
  it('returns diagnostics in change order and [] for a clean amendment', () => {
    const diagnostics = check(
      { op: 'removeClause', clause: '9' },
      { op: 'delete', clause: '1', old: 'Die Verwaltung' },
      { op: 'delete', clause: '1', old: 'nirgends' },
    );
    expect(diagnostics.map((d) => d.change)).toEqual([0, 2]);
    expect(check({ op: 'delete', clause: '1', old: 'Die Verwaltung' })).toEqual([]);
  });

  it('throws RedlineError for a base or amendment of the wrong shape', () => {
    expect(() => checkAmendment(null as unknown as Resolution, [])).toThrow(RedlineError);
    expect(() => checkAmendment({ lead: '', clauses: [{ id: 1 }] } as unknown as Resolution, [])).toThrow(/clause/);
    expect(() => checkAmendment(base, 5 as unknown as Change[])).toThrow(/changes/);
    expect(() => checkAmendment(base, [], { suggest: 'yes' as unknown as boolean })).toThrow(/suggest/);
  });
});
