/**
 * Heading changes (`part: 'heading'`): the four text operations on a statute
 * unit's heading, what they cannot do, and the redline they make.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../../src/amend/apply.js';
import { applyAmendments } from '../../src/amend/apply-many.js';
import { checkAmendment } from '../../src/amend/check.js';
import type { Change } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';

const base = parseResolution(`§ 1 Name, Sitz und Zweck des Vereins

Der Verein heißt Lesefreunde Altmühl.

§ 2 Beiträge

Die Mitglieder zahlen Beiträge.`);

const headingOf = (changes: Change[], at = 0): string | undefined =>
  acceptAll(applyAmendment(base, changes)).clauses[at]!.heading;

describe('changes of a heading (part: "heading")', () => {
  it('replaces, strikes and inserts words of the heading, never of the text', () => {
    expect(headingOf([{ op: 'delete', clause: '§ 1', old: 'und Zweck', part: 'heading' }])).toBe(
      'Name, Sitz des Vereins',
    );
    expect(headingOf([{ op: 'replace', clause: '§ 1', old: 'Vereins', new: 'Clubs', part: 'heading' }])).toBe(
      'Name, Sitz und Zweck des Clubs',
    );
    expect(headingOf([{ op: 'insert', clause: '§ 2', new: 'und Umlagen', part: 'heading' }], 1)).toBe(
      'Beiträge und Umlagen',
    );
    expect(headingOf([{ op: 'insert', clause: '§ 1', before: 'Sitz', new: 'Ort,', part: 'heading' }])).toBe(
      'Name, Ort, Sitz und Zweck des Vereins',
    );
    const r = applyAmendment(base, [{ op: 'delete', clause: '§ 1', old: 'Zweck', part: 'heading' }]);
    // "Verein" in the text stands: only the heading changed.
    expect(acceptAll(r).clauses[0]!.text).toBe('Der Verein heißt Lesefreunde Altmühl.');
  });

  it('gives a new heading, or strikes it whole, and keeps the base heading for rejectAll', () => {
    const r = applyAmendment(base, [{ op: 'rewrite', clause: '§ 2', new: 'Beiträge und Gebühren', part: 'heading' }]);
    expect(r.clauses[1]).toMatchObject({
      heading: 'Beiträge und Gebühren',
      baseHeading: 'Beiträge',
      status: 'unchanged',
    });
    expect(rejectAll(r).clauses[1]!.heading).toBe('Beiträge');
    expect(headingOf([{ op: 'rewrite', clause: '§ 2', new: '', part: 'heading' }], 1)).toBe('');
  });

  it('leaves out the unit’s own label when the new heading repeats it („§ 2 Gebühren“)', () => {
    expect(headingOf([{ op: 'rewrite', clause: '§ 2', new: '§ 2 Gebühren', part: 'heading' }], 1)).toBe('Gebühren');
    expect(headingOf([{ op: 'rewrite', clause: '§ 2', new: '§ 20 Gebühren', part: 'heading' }], 1)).toBe(
      '§ 20 Gebühren',
    );
  });

  it('reports a passage that is not in the heading, twice in it, or two changes of the same words', () => {
    const missing = checkAmendment(base, [{ op: 'delete', clause: '§ 1', old: 'Lesefreunde', part: 'heading' }]);
    expect(missing).toMatchObject([{ code: 'text-not-found', severity: 'error' }]);
    expect(missing[0]!.message).toContain('heading of clause "§ 1"');
    const twice = parseResolution(
      '§ 1 Rat, Ausschüsse und Rat der Jugend\n\nDer Rat tagt.\n\n§ 2 Sitzungen\n\nEr tagt.',
    );
    expect(checkAmendment(twice, [{ op: 'delete', clause: '§ 1', old: 'Rat', part: 'heading' }])).toMatchObject([
      { code: 'text-ambiguous' },
    ]);
    expect(
      checkAmendment(base, [
        { op: 'delete', clause: '§ 1', old: 'Sitz und Zweck', part: 'heading' },
        { op: 'replace', clause: '§ 1', old: 'Zweck', new: 'Ziel', part: 'heading' },
      ]),
    ).toMatchObject([{ code: 'overlap', change: 1 }]);
  });

  it('refuses a heading change of a clause that has no heading, or of a sentence', () => {
    const motion = parseResolution('1. Der Rat beschließt.\n2. Die Verwaltung prüft.');
    expect(checkAmendment(motion, [{ op: 'rewrite', clause: '1', new: 'Ziel', part: 'heading' }])).toMatchObject([
      { code: 'invalid-change' },
    ]);
    expect(checkAmendment(base, [{ op: 'rewrite', clause: '§ 1 Satz 1', new: 'Ziel', part: 'heading' }])).toMatchObject(
      [{ code: 'invalid-change' }],
    );
  });

  it('refuses a heading change of a struck unit', () => {
    expect(
      checkAmendment(base, [
        { op: 'removeClause', clause: '§ 2' },
        { op: 'rewrite', clause: '§ 2', new: 'Neu', part: 'heading' },
      ]),
    ).toMatchObject([{ code: 'overlap', change: 1 }]);
  });
});

describe('heading changes (property)', () => {
  it('strike any run of distinct words from a heading: acceptAll lacks them, rejectAll has the base, the text stands', () => {
    const words = fc.uniqueArray(
      fc.constantFrom('Rat', 'Beirat', 'Wahl', 'Amt', 'Ordnung', 'Kasse', 'Vorstand', 'Ziele'),
      {
        minLength: 2,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (list, a, b) => {
        const from = a % list.length;
        const to = from + 1 + (b % (list.length - from));
        const heading = list.join(' ');
        const unit = parseResolution(
          `§ 1 ${heading}\n\nDer Rat tagt öffentlich.\n\n§ 2 Sitzungen\n\nEr tagt monatlich.`,
        );
        expect(unit.clauses[0]?.heading).toBe(heading);
        const old = list.slice(from, to).join(' ');
        const r = applyAmendment(unit, [{ op: 'delete', clause: '§ 1', old, part: 'heading' }]);
        const want = [...list.slice(0, from), ...list.slice(to)].join(' ');
        expect(acceptAll(r).clauses[0]!.heading).toBe(want);
        expect(rejectAll(r).clauses[0]!.heading).toBe(heading);
        expect(acceptAll(r).clauses[0]!.text).toBe('Der Rat tagt öffentlich.');
      }),
    );
  });
});

describe('heading changes of several amendments', () => {
  it('applies changes of different words together and reports a conflict on the same words', () => {
    const a = { id: 'A', changes: [{ op: 'delete', clause: '§ 1', old: 'und Zweck', part: 'heading' }] as Change[] };
    const b = {
      id: 'B',
      changes: [{ op: 'replace', clause: '§ 1', old: 'Vereins', new: 'Chors', part: 'heading' }] as Change[],
    };
    const both = applyAmendments(base, [a, b]);
    expect(both.diagnostics).toEqual([]);
    expect(acceptAll(both.redline).clauses[0]!.heading).toBe('Name, Sitz des Chors');
    const c = { id: 'C', changes: [{ op: 'rewrite', clause: '§ 1', new: 'Name', part: 'heading' }] as Change[] };
    expect(applyAmendments(base, [a, c]).diagnostics).toMatchObject([{ code: 'conflict' }]);
  });
});

describe('the heading of a section', () => {
  it('changes like a unit\'s, addressed as "Abschnitt 2"', () => {
    const statute = parseResolution(
      'Erster Abschnitt\nAllgemeines\n\n§ 1 Zweck\n\nText eins.\n\n§ 2 Begriffe\n\nText zwei.\n\nZweiter Abschnitt\nVerkehr mit Spielzeug\n\n§ 3 Verbote\n\nText drei.',
    );
    const r = applyAmendment(statute, [
      { op: 'replace', clause: 'Abschnitt 2', old: 'Spielzeug', new: 'Spielwaren', part: 'heading' },
    ]);
    expect(acceptAll(r).clauses.map((c) => c.heading)).toEqual(['Allgemeines', 'Verkehr mit Spielwaren']);
  });
});
