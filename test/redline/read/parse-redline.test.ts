import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, RedlineError } from '../../../src/errors.js';
import type { Redline, RedlineClause } from '../../../src/model.js';
import { parseRedline } from '../../../src/redline/read/parse-redline.js';
import { diffResolutions } from '../../../src/diff/resolutions.js';
import { parseResolution } from '../../../src/parse/resolution.js';
import { toMarkdown } from '../../../src/render/markdown.js';

const seed = readFileSync(new URL('../../../fixtures/seeds/000_ee1fc5370c1f5e57.txt', import.meta.url), 'utf8');
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/render/seed-000.redline.json', import.meta.url), 'utf8'),
) as Redline;

const clause = (redline: Redline, id: string): RedlineClause => {
  const found = redline.clauses.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no clause ${id}`);
  return found;
};

describe('parseRedline on seed 000 (SPD amendment AN/2108/2021)', () => {
  const { base, amended, redline } = parseRedline(seed);

  it('finds the resolution after "Beschluss:" with its lead and clauses 1–6', () => {
    expect(redline.lead).toBe('Der Beschluss wird wie folgt geändert');
    expect(redline.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(redline.clauses.map((c) => c.status)).toEqual([
      'changed',
      'unchanged',
      'changed',
      'unchanged',
      'changed',
      'unchanged',
    ]);
  });

  it('reads clause 1: a replacement and the insertion of "Stabstelle"', () => {
    const changes = clause(redline, '1').segments.filter((s) => s.type !== 'equal');
    expect(changes).toEqual([
      { type: 'delete', text: 'im Büro der Oberbürgermeisterin („Digitalisierung ist Chefsache“)' },
      { type: 'insert', text: 'im Dezernat IX „Stadtentwicklung, Wirtschaft, Digitalisierung und Regionales“' },
      { type: 'insert', text: ' Stabstelle' },
    ]);
    // The space before the comma goes with the insertion: neither version gets "einzurichtende ,".
    expect(base.clauses[0]!.text).toContain('für die einzurichtende, Tätigkeitsbeschreibungen');
    expect(amended.clauses[0]!.text).toContain('für die einzurichtende Stabstelle, Tätigkeitsbeschreibungen');
  });

  it('reads clause 3: ~~vierteljährlich~~ **halbjährlich**', () => {
    const segments = clause(redline, '3').segments;
    expect(segments.filter((s) => s.type !== 'equal')).toEqual([
      { type: 'delete', text: 'vierteljährlich' },
      { type: 'insert', text: 'halbjährlich' },
    ]);
    expect(base.clauses[2]!.text).toContain('Zwischenberichte und vierteljährlich ein jeweils');
    expect(amended.clauses[2]!.text).toContain('Zwischenberichte und halbjährlich ein jeweils');
  });

  it('reads clause 5: the insertion "des CDO" with one space in the base', () => {
    expect(clause(redline, '5').segments.filter((s) => s.type !== 'equal')).toEqual([
      { type: 'insert', text: 'des CDO ' },
    ]);
    expect(base.clauses[4]!.text).toContain('betreut die Stabsstelle dessen Umsetzung');
    expect(amended.clauses[4]!.text).toContain('betreut die Stabsstelle des CDO dessen Umsetzung');
  });

  it('keeps gender stars and the lost strike-through of clause 2 as plain text', () => {
    const c2 = clause(redline, '2');
    expect(c2.segments).toHaveLength(1);
    const text = c2.segments[0]!.text;
    expect(text).toContain('der Kölner*innen, der Kölner Wirtschaft');
    expect(text).toContain('geeignete Expert*innen bzw. Büros');
    expect(text).toContain('Hierzu Bei der Erstellung des Masterplans');
    expect(text.split('\n\n')).toHaveLength(3);
  });

  it('ignores the bold letterhead outside the resolution and the Begründung', () => {
    const all = JSON.stringify(redline);
    expect(all).not.toContain('SPD-Fraktion');
    expect(all).not.toContain('Erfolgt mündlich');
  });

  it('matches the reviewed fixture clause for clause', () => {
    expect(redline).toEqual(fixture);
  });
});

describe('parseRedline on hand-written redlines', () => {
  it('reads a wholly bold labelled paragraph as an inserted clause and a struck one as deleted', () => {
    const { redline, base, amended } = parseRedline(
      '1. Erster Punkt.\n\n**2. Neuer Punkt mit Kölner*innen.**\n\n~~3. Alter Punkt.~~\n\n4. Letzter Punkt.\n',
    );
    expect(redline.clauses.map((c) => [c.label, c.status])).toEqual([
      ['1.', 'unchanged'],
      ['2.', 'inserted'],
      ['3.', 'deleted'],
      ['4.', 'unchanged'],
    ]);
    expect(redline.clauses[1]!.segments).toEqual([{ type: 'insert', text: 'Neuer Punkt mit Kölner*innen.' }]);
    expect(base.clauses.map((c) => c.text)).toEqual(['Erster Punkt.', 'Alter Punkt.', 'Letzter Punkt.']);
    expect(amended.clauses.map((c) => c.text)).toEqual([
      'Erster Punkt.',
      'Neuer Punkt mit Kölner*innen.',
      'Letzter Punkt.',
    ]);
  });

  it('reads ~~3.~~ **4.** as a renumbered clause', () => {
    const { redline, base, amended } = parseRedline('**1. Neu.**\n\n~~1.~~ **2.** Bleibt ~~so~~ **anders**.\n');
    const second = redline.clauses[1]!;
    expect(second).toMatchObject({ label: '2.', baseLabel: '1.', status: 'changed' });
    expect(base.clauses.map((c) => c.label)).toEqual(['1.']);
    expect(amended.clauses.map((c) => c.label)).toEqual(['1.', '2.']);
    expect(amended.clauses[1]!.text).toBe('Bleibt anders.');
  });

  it('gives the sub-clauses of an inserted clause the same status', () => {
    const { redline } = parseRedline('1. Alt.\n\n**2. Neu:**\n\n   a) Unterpunkt ohne Markierung.\n');
    expect(redline.clauses[1]!.children[0]).toMatchObject({ label: 'a)', status: 'inserted' });
    expect(redline.clauses[1]!.children[0]!.segments).toEqual([
      { type: 'insert', text: 'Unterpunkt ohne Markierung.' },
    ]);
  });

  it('decodes escapes and keeps every other Markdown construct as written', () => {
    const { redline } = parseRedline(
      '1. Ein \\*Stern, ein `\\*Code*`, _kursiv_, [Link](http://x.y) und <b> sowie **Kölner*innen** und ~~A &amp; B~~.\n',
    );
    expect(redline.clauses[0]!.segments).toEqual([
      { type: 'equal', text: 'Ein *Stern, ein `\\*Code*`, _kursiv_, [Link](http://x.y) und <b> sowie ' },
      { type: 'insert', text: 'Kölner*innen ' },
      { type: 'equal', text: 'und' },
      { type: 'delete', text: ' A & B' },
      { type: 'equal', text: '.' },
    ]);
  });

  it('reads a bare resolution with a lead sentence', () => {
    const { redline } = parseRedline('Der Rat möge beschließen:\n\n1. Die Verwaltung ~~prüft~~ **handelt**.\n');
    expect(redline.lead).toBe('Der Rat möge beschließen:');
    expect(redline.clauses[0]!.segments).toEqual([
      { type: 'equal', text: 'Die Verwaltung ' },
      { type: 'delete', text: 'prüft' },
      { type: 'insert', text: 'handelt' },
      { type: 'equal', text: '.' },
    ]);
  });

  it('reads bold as formatting outside the resolution of a whole document', () => {
    const doc =
      '**Antrag der Fraktion**\n\nBetreff: Test\n\nDer Rat möge beschließen:\n\n1. Text **neu**.\n\n**Begründung:**\n\nDas ist **wichtig**.\n';
    const { redline } = parseRedline(doc);
    expect(redline.clauses).toHaveLength(1);
    expect(redline.clauses[0]!.segments).toEqual([
      { type: 'equal', text: 'Text' },
      { type: 'insert', text: ' neu' },
      { type: 'equal', text: '.' },
    ]);
  });
});

describe('parseRedline errors', () => {
  it('rejects non-strings with a ParseError', () => {
    expect(() => parseRedline(42 as unknown as string)).toThrow(ParseError);
    try {
      parseRedline(null as unknown as string);
    } catch (error) {
      expect(error).toBeInstanceOf(RedlineError);
      expect((error as RedlineError).code).toBe('invalid-input');
    }
  });

  it('rejects the reserved noncharacters', () => {
    expect(() => parseRedline('1. a\uFDD0b')).toThrow(/U\+FDD0/);
  });

  it('says that a document without a resolution has none', () => {
    expect(() => parseRedline('Sehr geehrte Damen und Herren,\n\nvielen Dank.\n')).toThrow(
      expect.objectContaining({ code: 'no-resolution' }) as Error,
    );
  });
});

describe('parseRedline on unlabelled clauses', () => {
  it('reads a wholly bold (struck) unlabelled paragraph as an inserted (deleted) clause', () => {
    const { redline, base, amended } = parseRedline(
      'Erster Absatz.\n\n**Neuer Absatz.**\n\n~~Alter Absatz.~~\n\nDritter ~~alt~~ **neu**\n',
    );
    expect(redline.clauses.map((c) => c.status)).toEqual(['unchanged', 'inserted', 'deleted', 'changed']);
    expect(base.clauses.map((c) => c.text)).toEqual(['Erster Absatz.', 'Alter Absatz.', 'Dritter alt']);
    expect(amended.clauses.map((c) => c.text)).toEqual(['Erster Absatz.', 'Neuer Absatz.', 'Dritter neu']);
  });
});

describe('parseRedline with Windows line ends', () => {
  it('reads the same redline from CRLF text', () => {
    const source = '1. Erster ~~alter~~ **neuer** Punkt.\n\n**2. Neu.**\n\n~~2.~~ **3.** Rest.\n';
    expect(parseRedline(source.replace(/\n/g, '\r\n')).redline).toEqual(parseRedline(source).redline);
  });
});

describe('parseRedline: text of the other kind after a wholly struck or inserted clause', () => {
  it('reads an inserted unlabelled paragraph after a struck clause as an inserted clause, not as lost text', () => {
    const { redline, amended } = parseRedline(
      'Der Rat beschließt:\n\n1. Die Stadt baut Radwege.\n\n~~2. Die Stadt pflanzt Bäume.~~\n\n**Die Stadt baut Parkhäuser.**',
    );
    expect(redline.clauses.map((c) => [c.label, c.status])).toEqual([
      ['1.', 'unchanged'],
      ['2.', 'deleted'],
      ['', 'inserted'],
    ]);
    expect(amended.clauses.map((c) => c.text)).toEqual(['Die Stadt baut Radwege.', 'Die Stadt baut Parkhäuser.']);
  });

  it('round-trips a redline that deletes every clause and inserts an unlabelled one', () => {
    const r = diffResolutions(parseResolution('1. A a.\n2. B b.'), parseResolution('Neu x.'));
    const back = parseRedline(toMarkdown(r)).redline;
    expect(back.clauses.map((c) => [c.label, c.status, c.segments])).toEqual(
      r.clauses.map((c) => [c.label, c.status, c.segments]),
    );
  });

  it('refuses other-kind text inside a wholly struck clause rather than dropping it', () => {
    expect(() => parseRedline('1. Eins.\n\n~~2. Zwei~~ **neu** ~~drei.~~')).toThrow(RedlineError);
  });
});
