/**
 * Title changes (`part: 'title'`, `clause: ''`): the four text operations on
 * the document's title, what they cannot do, and the redline they make.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../../src/amend/apply.js';
import { applyAmendments } from '../../src/amend/apply-many.js';
import { checkAmendment } from '../../src/amend/check.js';
import type { Change } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';

const base = parseResolution(`Satzung über die Benutzung des Heimatmuseums Kornbach

Der Gemeinderat hat folgende Satzung beschlossen:

§ 1 Zweck

Das Museum sammelt Zeugnisse der Ortsgeschichte.

§ 2 Eintritt

Der Eintritt ist frei.`);

const titleOf = (changes: Change[]): string | undefined => acceptAll(applyAmendment(base, changes)).title;

describe('the title of a parsed statute', () => {
  it('is kept apart from the lead and the units', () => {
    expect(base.title).toBe('Satzung über die Benutzung des Heimatmuseums Kornbach');
    expect(base.lead).toBe('Der Gemeinderat hat folgende Satzung beschlossen:');
    expect(base.clauses.map((c) => c.label)).toEqual(['§ 1', '§ 2']);
  });

  it('is absent where the base has no title line', () => {
    expect(parseResolution('§ 1 Zweck\n\nDas Museum sammelt.\n\n§ 2 Eintritt\n\nFrei.').title).toBeUndefined();
    expect(parseResolution('1. Die Stadt baut.\n2. Der Rat prüft.').title).toBeUndefined();
  });
});

describe('changes of the title (part: "title")', () => {
  it('replaces, strikes, inserts and newly words the title, never the text', () => {
    expect(titleOf([{ op: 'replace', clause: '', old: 'Benutzung', new: 'Nutzung', part: 'title' }])).toBe(
      'Satzung über die Nutzung des Heimatmuseums Kornbach',
    );
    expect(titleOf([{ op: 'delete', clause: '', old: 'die Benutzung des', part: 'title' }])).toBe(
      'Satzung über Heimatmuseums Kornbach',
    );
    expect(titleOf([{ op: 'insert', clause: '', new: '(Museumssatzung)', part: 'title' }])).toBe(
      'Satzung über die Benutzung des Heimatmuseums Kornbach (Museumssatzung)',
    );
    expect(titleOf([{ op: 'rewrite', clause: '', new: 'Museumssatzung', part: 'title' }])).toBe('Museumssatzung');
    // "Eintritt" stands in § 2's heading and text, not in the title: nothing there to replace.
    expect(() =>
      applyAmendment(base, [{ op: 'replace', clause: '', old: 'Eintritt', new: 'Zutritt', part: 'title' }]),
    ).toThrow(/„Eintritt“ was not found in the title/u);
  });

  it('makes a redline whose title segments give both titles; rejectAll gives the base back', () => {
    const r = applyAmendment(base, [{ op: 'replace', clause: '', old: 'Benutzung', new: 'Nutzung', part: 'title' }]);
    expect(r.title).toBe('Satzung über die Nutzung des Heimatmuseums Kornbach');
    expect(r.titleSegments).toEqual([
      { type: 'equal', text: 'Satzung über die ' },
      { type: 'delete', text: 'Benutzung' },
      { type: 'insert', text: 'Nutzung' },
      { type: 'equal', text: ' des Heimatmuseums Kornbach' },
    ]);
    expect(rejectAll(r)).toEqual(base);
    // A redline that leaves the title alone carries it without segments.
    const kept = applyAmendment(base, [{ op: 'replace', clause: '§ 2', old: 'frei', new: 'ermäßigt' }]);
    expect(kept.title).toBe(base.title);
    expect(kept.titleSegments).toBeUndefined();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('strikes the title as a whole: the amended document has none', () => {
    const r = applyAmendment(base, [{ op: 'rewrite', clause: '', new: '', part: 'title' }]);
    expect(r.title).toBeUndefined();
    expect(r.titleSegments).toEqual([{ type: 'delete', text: base.title }]);
    expect(acceptAll(r).title).toBeUndefined();
    expect(rejectAll(r).title).toBe(base.title);
  });

  it('reports a base without a title, a title change of a clause, and a new title that is the old one', () => {
    const bare = parseResolution('§ 1 Zweck\n\nDas Museum sammelt.\n\n§ 2 Eintritt\n\nFrei.');
    const none = checkAmendment(bare, [{ op: 'rewrite', clause: '', new: 'Museumssatzung', part: 'title' }]);
    expect(none).toMatchObject([{ code: 'clause-not-found', severity: 'error', message: /the base has no title/iu }]);
    const clause = checkAmendment(base, [{ op: 'rewrite', clause: '§ 1', new: 'Neu', part: 'title' }]);
    expect(clause).toMatchObject([{ code: 'invalid-change', message: /"clause" must be ""/u }]);
    const same = checkAmendment(base, [{ op: 'rewrite', clause: '', new: base.title!, part: 'title' }]);
    expect(same).toMatchObject([{ code: 'no-op', severity: 'warning' }]);
  });

  it('finds two changes of the same title words overlapping, and two amendments in conflict there', () => {
    const both = checkAmendment(base, [
      { op: 'replace', clause: '', old: 'Benutzung', new: 'Nutzung', part: 'title' },
      { op: 'delete', clause: '', old: 'die Benutzung', part: 'title' },
    ]);
    expect(both.some((d) => d.code === 'overlap' && d.message.includes('the title'))).toBe(true);
    // The later amendment that touches the same title words is left out (a conflict), the earlier one applied.
    const clash = applyAmendments(base, [
      { id: 'A', changes: [{ op: 'replace', clause: '', old: 'Benutzung', new: 'Nutzung', part: 'title' }] },
      { id: 'B', changes: [{ op: 'replace', clause: '', old: 'Benutzung', new: 'Verwaltung', part: 'title' }] },
    ]);
    expect(clash.redline.title).toBe('Satzung über die Nutzung des Heimatmuseums Kornbach');
    expect(clash.diagnostics).toMatchObject([{ code: 'conflict', amendment: 'B' }]);
    const apart = applyAmendments(base, [
      { id: 'A', changes: [{ op: 'replace', clause: '', old: 'Benutzung', new: 'Nutzung', part: 'title' }] },
      { id: 'B', changes: [{ op: 'replace', clause: '', old: 'Kornbach', new: 'Kornbach-Süd', part: 'title' }] },
    ]);
    expect(apart.redline.title).toBe('Satzung über die Nutzung des Heimatmuseums Kornbach-Süd');
    expect(apart.redline.titleSegments?.filter((s) => s.type === 'insert').map((s) => s.source)).toEqual(['A', 'B']);
  });
});

describe('random title changes (property)', () => {
  it('rejectAll gives the base, acceptAll the title with the change made, the clauses untouched', () => {
    const words = base.title!.split(' ');
    fc.assert(
      fc.property(
        fc.nat({ max: words.length - 1 }),
        fc.constantFrom('replace', 'delete', 'insert', 'rewrite'),
        fc.constantFrom('Heimathauses', 'neue', 'Ortsmuseum', 'und Archivs'),
        (at, op, word) => {
          const old = words[at]!;
          const change: Change =
            op === 'replace'
              ? { op, clause: '', old, new: word, occurrence: 1, part: 'title' }
              : op === 'delete'
                ? { op, clause: '', old, occurrence: 1, part: 'title' }
                : op === 'insert'
                  ? { op, clause: '', after: old, new: word, occurrence: 1, part: 'title' }
                  : { op, clause: '', new: word, part: 'title' };
          const redline = applyAmendment(base, [change]);
          expect(rejectAll(redline)).toEqual(base);
          const expected =
            op === 'replace'
              ? words.map((w, i) => (i === at ? word : w))
              : op === 'delete'
                ? words.filter((_, i) => i !== at)
                : op === 'insert'
                  ? words.flatMap((w, i) => (i === at ? [w, word] : [w]))
                  : [word];
          const amended = acceptAll(redline);
          expect(amended.title).toBe(expected.join(' '));
          expect(amended.clauses).toEqual(base.clauses);
        },
      ),
      { numRuns: 200 },
    );
  });
});
