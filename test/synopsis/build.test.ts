/**
 * `synopsis()` itself: the base in every shape, the amendment inputs and
 * their ids/movers, the collision hint, the merged alternatives, and what it
 * throws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AmendmentError, RedlineError } from '../../src/errors.js';
import { parseMotion } from '../../src/parse/motion.js';
import { synopsis } from '../../src/synopsis/build.js';
import { findMovers } from '../../src/synopsis/movers.js';

const base = `Der Rat möge beschließen:

1. Die Verwaltung legt vierteljährlich einen Bericht vor.
2. Der Digitalrat wird bei der Oberbürgermeisterin angesiedelt.
3. Die Kölner*innen werden beteiligt.`;

const replace = (clause: string, old: string, neu: string): string =>
  `In Ziffer ${clause} wird das Wort „${old}“ durch das Wort „${neu}“ ersetzt.`;

describe('synopsis', () => {
  it('reads the base as text, Motion or Resolution alike', () => {
    const motion = parseMotion(base);
    const amendments = [replace('1', 'vierteljährlich', 'halbjährlich')];
    const fromText = synopsis(base, amendments);
    expect(synopsis(motion, amendments).rows).toEqual(fromText.rows);
    expect(synopsis(motion.resolution, amendments).rows).toEqual(fromText.rows);
    expect(fromText.rows.map((r) => [r.clause, r.label, r.depth])).toEqual([
      ['1', '1.', 0],
      ['2', '2.', 0],
      ['3', '3.', 0],
    ]);
  });

  it('names amendments: given id, Amendment id, file number, else Ä + position; duplicates counted on', () => {
    const seed = readFileSync(new URL('../../fixtures/redlines/seed-000-restored.txt', import.meta.url), 'utf8');
    const seedBase = readFileSync(new URL('../../fixtures/motions/seed-000-base.md', import.meta.url), 'utf8');
    const s = synopsis(seedBase, [
      seed,
      { id: 'X', changes: [{ op: 'replace', clause: '4', old: 'AWB', new: 'KVB' }] },
      { source: '[{"op":"replace","clause":"6","old":"zeitnah","new":"sofort"}]', movers: 'Volt' },
      { source: { changes: [{ op: 'replace', clause: '4', old: 'Messe', new: 'Koelnmesse' }] }, id: 'X' },
    ]);
    expect(s.amendments.map((a) => [a.id, a.movers, a.form])).toEqual([
      ['AN/2108/2021', 'SPD-Fraktion', 'redline'],
      ['X', undefined, 'object'],
      ['Ä3', 'Volt', 'json'],
      ['X (2)', undefined, 'object'],
    ]);
    expect(s.title).toBe('Köln braucht einen digitalen Masterplan und eine(n) Chief Digital Officer');
  });

  it('writes changes for redline- and rewrite-form amendments that reproduce their column', () => {
    const rewrite = base.replace('vierteljährlich', 'jährlich').replace('\n3. Die Kölner*innen werden beteiligt.', '');
    const s = synopsis(base, [rewrite]);
    expect(s.amendments[0]!.form).toBe('rewrite');
    expect(s.amendments[0]!.amendment.changes).toEqual([
      { op: 'replace', clause: 'Ziffer 1', old: 'vierteljährlich', new: 'jährlich' },
      { op: 'removeClause', clause: 'Ziffer 3' },
    ]);
    expect(s.rows.map((r) => r.versions[0]!.status)).toEqual(['changed', 'unchanged', 'deleted']);
  });

  it('counts a new heading as a change of its unit (the clause status speaks of its text only)', () => {
    const statute = '§ 9 Sitzungen\n\nDer Rat tagt monatlich.\n\n§ 10 Gebühren, Auslagen\n\nGebühren werden erhoben.';
    const s = synopsis(statute, [
      'In der Überschrift des § 10 wird das Wort „Auslagen“ durch das Wort „Kosten“ ersetzt.',
    ]);
    expect(s.rows.map((r) => r.versions[0]!.status)).toEqual(['unchanged', 'changed']);
  });

  it('places added clauses after the base clause they follow, and before the first', () => {
    const s = synopsis(base, [
      {
        changes: [
          { op: 'addClause', new: 'Neu nach 2.', after: '2', label: '2a.' },
          { op: 'addClause', new: 'Ganz vorn.', before: '1', label: '0.' },
        ],
      },
    ]);
    const [first, second, third] = s.rows;
    expect(first!.versions[0]!.inserted.map((a) => [a.clause.label, a.after])).toEqual([['0.', undefined]]);
    expect(second!.versions[0]!.inserted.map((a) => a.clause.label)).toEqual(['2a.']);
    expect(third!.versions[0]!.inserted).toEqual([]);
    expect(s.amendments[0]!.added.map((a) => [a.clause.label, a.after ?? null])).toEqual([
      ['0.', null],
      ['2a.', '2'],
    ]);
  });

  it('finds collisions with their places, kinds and the far-reaching hint', () => {
    const s = synopsis(base, [
      { id: 'A', source: replace('2', 'Oberbürgermeisterin', 'Verwaltungsspitze') },
      { id: 'B', source: 'Ziffer 2 wird gestrichen.' },
      { id: 'C', source: replace('1', 'vierteljährlich', 'jährlich') },
      {
        id: 'D',
        source:
          'In Ziffer 1 werden die Wörter „legt vierteljährlich“ durch die Wörter „berichtet halbjährlich“ ersetzt.',
      },
      { id: 'E', source: replace('3', 'beteiligt', 'gehört') },
    ]);
    expect(s.collisions.map((c) => [c.amendments.join('/'), c.clauses.join(','), c.kind, c.first ?? '-'])).toEqual([
      ['A/B', '2', 'clause', 'B'],
      ['C/D', '1', 'words', 'D'],
    ]);
    expect(s.collisions[0]!.message).toContain('"B"');
    expect(s.rows.map((r) => r.collisions)).toEqual([[1], [0], []]);
    expect(s.merged.applied).toEqual(['E']);
    expect(s.merged.withheld).toEqual(['A', 'B', 'C', 'D']);
    expect(Object.keys(s.merged.alternatives)).toEqual(['1', '2']);
    expect(s.merged.alternatives['2']!.map((a) => [a.amendment, a.version.status])).toEqual([
      ['A', 'changed'],
      ['B', 'deleted'],
    ]);
  });

  it('counts insertions at the same place as a collision, not ones in different places', () => {
    const insert = (after: string, word: string): string =>
      `In Ziffer 1 wird nach dem Wort „${after}“ das Wort „${word}“ eingefügt.`;
    const same = synopsis(base, [insert('legt', 'zügig'), insert('legt', 'unverzüglich')]);
    expect(same.collisions.map((c) => [c.amendments, c.clauses, c.kind])).toEqual([[['Ä1', 'Ä2'], ['1'], 'words']]);
    expect(same.collisions[0]!.message).toContain('same place');
    const apart = synopsis(base, [insert('legt', 'zügig'), insert('Bericht', 'schriftlich')]);
    expect(apart.collisions).toEqual([]);
    expect(apart.merged.applied).toEqual(['Ä1', 'Ä2']);
  });

  it('names the amendment that does not apply', () => {
    const stale = replace('1', 'monatlich', 'halbjährlich');
    const error = (() => {
      try {
        synopsis(base, [replace('1', 'vierteljährlich', 'jährlich'), { id: 'CDU', source: stale }]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AmendmentError);
    expect((error as AmendmentError).message).toContain('Amendment 2 ("CDU")');
    expect((error as AmendmentError).diagnostics.every((d) => d.amendment === 'CDU')).toBe(true);
  });

  it('rejects malformed input and options as RedlineErrors', () => {
    expect(() => synopsis(base, 'x' as never)).toThrow(RedlineError);
    expect(() => synopsis(42 as never, [])).toThrow(RedlineError);
    expect(() => synopsis({ lead: '', clauses: [{}] } as never, [])).toThrow(RedlineError);
    expect(() => synopsis(base, [null as never])).toThrow(RedlineError);
    expect(() => synopsis(base, [{ source: 'x', id: 5 } as never])).toThrow(RedlineError);
    expect(() => synopsis(base, [], { motion: 1 as never })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => synopsis(base, [], { statement: 7 as never })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => synopsis('Kein Antrag.\n\nNur Text.', [''])).toThrow(RedlineError);
    expect(() => synopsis(base, [], { statement: 'Zu 1.', dehyphenate: 'ja' as never })).toThrow(RedlineError);
  });

  it('links the statement and places each section once', () => {
    const s = synopsis(base, [], {
      statement: 'Zu den Punkten 1 und 3\nEins und drei.\n\nZu 2.\nZwei.\n\nZu Ziffer 9\nNeun.',
    });
    expect(s.rows.map((r) => [r.statement, r.statementElsewhere])).toEqual([
      [[0], []],
      [[1], []],
      [[], [{ section: 0, clause: '1' }]],
    ]);
    expect(s.statement!.unplaced).toEqual([2]);
    expect(s.statement!.link.diagnostics.map((d) => d.code)).toEqual(['clause-not-found']);
  });
});

describe('findMovers', () => {
  it.each([
    ['**SPD-Fraktion\nim Rat der Stadt Köln**', 'SPD-Fraktion'],
    ['Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN im Rat', 'Fraktion BÜNDNIS 90/DIE GRÜNEN'],
    ['Gruppe Volt\nRathaus', 'Gruppe Volt'],
    ['Der Rat möge beschließen: Die Verwaltung …', undefined],
  ])('%j → %j', (text, movers) => {
    expect(findMovers(text)).toBe(movers);
  });
});
