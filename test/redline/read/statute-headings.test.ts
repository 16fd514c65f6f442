/**
 * Statute headings survive the Markdown round trip (DECISIONS "Clause
 * headings"): `parseRedline(toMarkdown(r))` gives back the clause tree, both
 * texts and both headings of a statute redline — over the excerpts of
 * fixtures/statutes (each against its published amended version and against
 * a copy with edited headings and texts) and over random heading/text edits
 * of a small statute.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptAll, diffResolutions, parseRedline, rejectAll, toMarkdown } from '../../../src/index.js';
import type { Clause, Redline, RedlineClause } from '../../../src/model.js';
import { amendedText } from '../../../src/redline/model.js';
import { mapTree } from '../../../src/tree.js';
import { edited, shape, source, statute, unit, version } from './statute-redlines.js';

const dir = new URL('../../../fixtures/statutes/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');

function expectRoundTrip(redline: Redline): void {
  const markdown = toMarkdown(redline);
  const back = parseRedline(markdown);
  expect(shape(back.redline.clauses), markdown).toEqual(shape(redline.clauses));
  expect(version(back.amended.clauses)).toEqual(version(acceptAll(redline).clauses));
  expect(version(back.base.clauses)).toEqual(version(rejectAll(redline).clauses));
}

/** The redline of two statute texts and its Markdown. */
function written(base: string, amended: string): { redline: Redline; markdown: string } {
  const redline = diffResolutions(statute(base), statute(amended));
  return { redline, markdown: toMarkdown(redline) };
}

/** Every unit and section of a tree. */
function headed(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  mapTree(clauses, (c) => {
    if (typeof c.heading === 'string') out.push(c);
    return c;
  });
  return out;
}

/** The excerpts as Markdown and as PDF-extracted text. */
const excerpts = readdirSync(dir).filter((name) => /^\d\d-.*\.(?:md|txt)$/u.test(name));

const cases = readdirSync(new URL('amendments/', dir)).filter((name) => {
  try {
    read(`amendments/${name}/expected.md`);
    return true;
  } catch {
    return false;
  }
});

describe('statute headings in the Markdown round trip', () => {
  it('a marked § or section line the parser takes for no unit keeps its text (motions read as before)', () => {
    const inText = parseRedline('1. Die Verwaltung prüft.\n\n§ 3 ~~Alt~~ **Neu**\n\n2. Weiter.\n').redline;
    expect(inText.clauses[0]!.segments).toEqual([
      { type: 'equal', text: 'Die Verwaltung prüft.\n\n§ 3 ' },
      { type: 'delete', text: 'Alt' },
      { type: 'insert', text: 'Neu' },
    ]);
    const roman = parseRedline('1. Text.\n\nIV. ~~Alt~~ **Neu**\n\n§ 5 Zweck\n\nV. Text.\n').redline;
    expect(roman.clauses[1]).toMatchObject({ label: 'IV.', status: 'changed' });
    expect(roman.clauses[1]!.segments.slice(0, 2)).toEqual([
      { type: 'delete', text: 'Alt' },
      { type: 'insert', text: 'Neu' },
    ]);
  });

  it('a kept heading that cannot stand on the label line goes on the line after it', () => {
    const { redline, markdown } = written(
      '§ 7 Zweck\n\n(1) Text.\n\n§ 8\n„Offene“ Regeln\n\n(1) Text.\n\n§ 9\n2024 Regeln\n\nEigener Text.',
      '§ 7 Zweck\n\n(1) Text.\n\n§ 8\n„Offene“ Regeln\n\n(1) Neuer Text.\n\n§ 9\n2024 Regeln\n\nEigener Text.',
    );
    expect(markdown).toContain('§ 8\n„Offene“ Regeln\n\n');
    expect(markdown).toContain('§ 9\n2024 Regeln\n\n   Eigener Text.\n');
    expectRoundTrip(redline);
  });

  it('a changed heading that the parser would not take on the label line is read back', () => {
    const unit = (label: string, heading: string, baseHeading?: string): RedlineClause => {
      const clause: RedlineClause = {
        id: label.replace(' ', ''),
        label,
        heading,
        status: 'unchanged',
        segments: [{ type: 'equal', text: 'Der Verein fördert den Sport.' }],
        children: [],
      };
      if (baseHeading !== undefined) clause.baseHeading = baseHeading;
      return clause;
    };
    // Lower case, a digit, a quote, end punctuation; either way round; added to a bare unit.
    for (const [heading, baseHeading] of [
      ['neue Regeln', 'Zweck'],
      ['2024 Regeln', 'Zweck'],
      ['„Offene“ Regeln', 'Zweck'],
      ['Zweck.', 'Zweck'],
      ['Zweck', 'neue Regeln'],
      ['neue Regeln', ''],
    ] as const) {
      const redline: Redline = {
        lead: '',
        clauses: [unit('§ 1', 'Name'), unit('§ 2', heading, baseHeading), unit('§ 3', 'Beiträge')],
      };
      expect(toMarkdown(redline)).toContain(
        baseHeading === ''
          ? `§ 2 **${heading}**
`
          : `§ 2 ~~${baseHeading}~~ **${heading}**
`,
      );
      expectRoundTrip(redline);
    }
  });

  it('a wholly inserted or struck unit whose heading would not stand on the label line is read back', () => {
    for (const status of ['inserted', 'deleted'] as const) {
      for (const heading of ['neue Regeln', '2024 Regeln', '„Offene“ Regeln', 'Zweck.']) {
        const type = status === 'inserted' ? 'insert' : 'delete';
        const whole: RedlineClause = {
          id: '§2a',
          label: '§ 2a',
          heading,
          status,
          segments: [{ type, text: 'Der Verein fördert den Sport.' }],
          children: [],
        };
        const kept = (label: string): RedlineClause => ({
          id: label.replace(' ', ''),
          label,
          heading: 'Name',
          status: 'unchanged',
          segments: [{ type: 'equal', text: 'Der Verein fördert die Jugend.' }],
          children: [],
        });
        const redline: Redline = { lead: '', clauses: [kept('§ 1'), whole, kept('§ 3')] };
        const marker = type === 'insert' ? '**' : '~~';
        expect(toMarkdown(redline)).toContain(`${marker}§ 2a${marker} ${marker}${heading}${marker}\n`);
        expectRoundTrip(redline);
      }
    }
  });

  it('running text that starts with a citation stays text', () => {
    const { redline } = parseRedline('§ 1 Name\n\n§ 13 ~~Abs. 2~~ **Abs. 3** gilt.\n\n§ 2 Zweck\n\nText.\n');
    expect(redline.clauses.map((c) => [c.label, c.heading])).toEqual([
      ['§ 1', 'Name'],
      ['§ 2', 'Zweck'],
    ]);
    expect(amendedText(redline.clauses[0]!.segments)).toBe('§ 13 Abs. 3 gilt.');
  });

  it('a struck or inserted Präambel is read back, with or without text', () => {
    const preamble = (status: 'inserted' | 'deleted', text: string): RedlineClause => ({
      id: 'Präambel',
      label: 'Präambel',
      heading: '',
      status,
      segments: text === '' ? [] : [{ type: status === 'inserted' ? 'insert' : 'delete', text }],
      children: [],
    });
    const unit = (label: string): RedlineClause => ({
      id: label.replace(' ', ''),
      label,
      heading: 'Name',
      status: 'unchanged',
      segments: [{ type: 'equal', text: 'Der Verein fördert den Sport.' }],
      children: [],
    });
    for (const status of ['inserted', 'deleted'] as const) {
      for (const text of ['Der Rat gibt sich diese Satzung.', '']) {
        const redline: Redline = { lead: '', clauses: [preamble(status, text), unit('§ 1'), unit('§ 2')] };
        expect(toMarkdown(redline)).toContain(status === 'inserted' ? '**Präambel**' : '~~Präambel~~');
        expectRoundTrip(redline);
      }
    }
  });

  it('a roman section with a changed heading holds its units', () => {
    const { redline } = parseRedline('I. ~~Alt~~ **Neu**\n\n§ 5 Zweck\n\n(1) Text.\n\n§ 6 Mehr\n\n(1) Text.\n');
    expect(redline.clauses.map((c) => [c.label, c.heading, c.baseHeading, c.children.length])).toEqual([
      ['I.', 'Neu', 'Alt', 2],
    ]);
  });

  it.each(excerpts)('%s: every unit and section is read back with its heading', (name) => {
    const base = statute(read(name));
    expect(headed(base.clauses).length).toBeGreaterThan(1);
    expectRoundTrip(diffResolutions(base, base));
  });

  it.each(excerpts)('%s against a copy with edited headings and texts', (name) => {
    const base = statute(read(name));
    const redline = diffResolutions(base, edited(base));
    const changed = headed(redline.clauses as unknown as Clause[]).length;
    expect(changed).toBeGreaterThan(1);
    expect(JSON.stringify(redline)).toContain('baseHeading');
    expectRoundTrip(redline);
  });

  it.each(cases)('amendment %s: its base against its expected amended statute', (name) => {
    const info = JSON.parse(read(`amendments/${name}/case.json`)) as { base: string };
    const redline = diffResolutions(statute(read(`${info.base}.md`)), statute(read(`amendments/${name}/expected.md`)));
    expectRoundTrip(redline);
  });

  it('§ 2 after an Absatz stays a unit of its own (the defect: its text was merged into § 1 (2))', () => {
    const { markdown } = written(
      '§ 1 Name\n\n(1) Der Verein heißt A.\n\n(2) Er hat Sitz in B.\n\n§ 2 Zweck\n\nDer Verein fördert C.',
      '§ 1 Name und Sitz\n\n(1) Der Verein heißt A.\n\n(2) Er hat Sitz in D.\n\n§ 2 Zweck\n\nDer Verein fördert C.',
    );
    expect(markdown).toContain('§ 1 ~~Name~~ **Name und Sitz**\n');
    expect(markdown).toContain('§ 2 Zweck\n\n   Der Verein fördert C.\n');
    const back = parseRedline(markdown);
    expect(back.redline.clauses.map((c) => [c.label, c.heading, c.baseHeading])).toEqual([
      ['§ 1', 'Name und Sitz', 'Name'],
      ['§ 2', 'Zweck', undefined],
    ]);
    expect(back.base.clauses.map((c) => c.heading)).toEqual(['Name', 'Zweck']);
    expect(back.amended.clauses[1]!.text).toBe('Der Verein fördert C.');
  });

  it('renumbered, inserted and struck units, and a heading added to a bare unit', () => {
    const { redline, markdown } = written(
      '§ 1 Name\n\n(1) A.\n\n§ 2 Alt\n\n(1) Weg.\n\n§ 3\n\nOhne Überschrift.\n\n§ 4 Zweck\n\n(1) X.',
      '§ 1 Name\n\n(1) A.\n\n§ 1a Neu\n\n(1) Ganz neu.\n\n§ 3 Jetzt mit\n\nOhne Überschrift.\n\n§ 5 Zweck\n\n(1) X.',
    );
    expect(markdown).toContain('~~§ 2 Alt~~\n');
    expect(markdown).toContain('**§ 1a Neu**\n');
    expect(markdown).toContain('§ 3 **Jetzt mit**\n');
    expect(markdown).toContain('~~§ 4~~ **§ 5** Zweck\n');
    expectRoundTrip(redline);
  });
});

describe('statute headings: property', () => {
  it('random heading and text edits of a small statute read back exactly', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 2, maxLength: 5 }),
        fc.array(unit, { minLength: 2, maxLength: 5 }),
        (a, b) => {
          // The second version keeps the first's shape where it can and edits headings and texts.
          const amended = b.map((u, i) => (i < a.length && i % 2 === 0 ? { ...a[i]!, heading: u.heading } : u));
          const base = statute(source(a));
          const redline = diffResolutions(base, statute(source(amended)));
          expect(headed(base.clauses).length).toBe(a.length);
          expectRoundTrip(redline);
        },
      ),
      { numRuns: 150 },
    );
  });
});
