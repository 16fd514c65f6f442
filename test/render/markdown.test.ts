import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { Redline, RedlineClause, Resolution, Segment } from '../../src/model.js';
import { parseRedline } from '../../src/redline/read/parse-redline.js';
import { toMarkdown } from '../../src/render/markdown.js';

const clause = (label: string, segments: Segment[], extra: Partial<RedlineClause> = {}): RedlineClause => ({
  id: label.replace(/\W/g, ''),
  label,
  status: segments.some((s) => s.type !== 'equal') ? 'changed' : 'unchanged',
  segments,
  children: [],
  ...extra,
});
const eq = (text: string): Segment => ({ type: 'equal', text });
const del = (text: string): Segment => ({ type: 'delete', text });
const ins = (text: string): Segment => ({ type: 'insert', text });

describe('toMarkdown', () => {
  it('writes changes as the seeds do: ~~deleted~~ **inserted**, a space between', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        clause('3.', [eq('Zwischenberichte und '), del('vierteljährlich'), ins('halbjährlich'), eq(' ein Konzept.')]),
      ],
    };
    expect(toMarkdown(redline)).toBe('3. Zwischenberichte und ~~vierteljährlich~~ **halbjährlich** ein Konzept.\n');
  });

  it('puts edge whitespace outside the markers (never &#x20;)', () => {
    const redline: Redline = {
      lead: '',
      clauses: [clause('5.', [eq('die Stabsstelle '), ins('des CDO '), eq('dessen Umsetzung.')])],
    };
    const markdown = toMarkdown(redline);
    expect(markdown).toBe('5. die Stabsstelle **des CDO** dessen Umsetzung.\n');
    expect(markdown).not.toContain('&#x20;');
  });

  it('escapes what Markdown would read as markup', () => {
    const redline: Redline = {
      lead: '',
      clauses: [clause('1.', [eq('Kölner*innen, a_b, ~~x~~, <b>, [y], 1. z')]), clause('2.', [eq('- kein Punkt')])],
    };
    expect(toMarkdown(redline)).toBe('1. Kölner*innen, a_b, \\~\\~x\\~\\~, \\<b>, \\[y], 1. z\n\n2. \\- kein Punkt\n');
  });

  it('marks whole inserted and deleted clauses with their label, and renumbering', () => {
    const redline: Redline = {
      lead: 'Der Rat möge beschließen:',
      clauses: [
        clause('4.', [eq('Bleibt.')], { baseLabel: '3.' }),
        clause('5.', [ins('Neuer Text.')], { status: 'inserted' }),
        clause('6.', [del('Alter Text.')], { status: 'deleted' }),
      ],
    };
    expect(toMarkdown(redline)).toBe(
      'Der Rat möge beschließen:\n\n~~3.~~ **4.** Bleibt.\n\n**5. Neuer Text.**\n\n~~6. Alter Text.~~\n',
    );
  });

  it('nests children by indentation and keeps labels as written (by rank where indenting would make code)', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        clause('1.', [eq('Oben:')], {
          children: [
            clause('a)', [eq('Mitte:')], { children: [clause('-', [eq('unten')]), clause('-', [eq('auch')])] }),
          ],
        }),
        clause('(2)', [eq('Zwei:')], {
          children: [clause('aa)', [eq('tief:')], { children: [clause('(i)', [eq('tiefer')])] })],
        }),
      ],
    };
    expect(toMarkdown(redline)).toBe(
      ['1. Oben:', '   a) Mitte:', '      - unten', '      - auch', '(2) Zwei:', '   aa) tief:', '   (i) tiefer'].join(
        '\n\n',
      ) + '\n',
    );
  });

  it('writes further paragraphs indented under the clause text', () => {
    const redline: Redline = {
      lead: '',
      clauses: [clause('2.', [eq('Erster.\n\nZweiter '), del('alt'), ins('neu'), eq('.\n\neingebunden.')])],
    };
    expect(toMarkdown(redline)).toBe('2. Erster.\n\n   Zweiter ~~alt~~ **neu**.\n\n   eingebunden.\n');
  });

  it('escapes a lower-case further paragraph only where the parser would join it to the one before', () => {
    const texts = [
      // After a sentence end: a paragraph of its own, written as it is.
      ['Erster Satz.\n\nzweiter Absatz.', '1. Erster Satz.\n\n   zweiter Absatz.\n'],
      ['Was nun?\n\nzweiter Absatz.', '1. Was nun?\n\n   zweiter Absatz.\n'],
      // Mid-sentence, after an abbreviation or a number: the parser would take it for a sentence going on.
      ['in die Erarbeitung\n\neingebunden werden.', '1. in die Erarbeitung\n\n   &#x65;ingebunden werden.\n'],
      ['Siehe z. B.\n\ndie Anlage.', '1. Siehe z. B.\n\n   &#x64;ie Anlage.\n'],
      ['Ab dem 1.\n\njanuar.', '1. Ab dem 1.\n\n   &#x6A;anuar.\n'],
    ] as const;
    for (const [text, markdown] of texts) {
      const redline: Redline = { lead: '', clauses: [clause('1.', [eq(text)])] };
      expect(toMarkdown(redline)).toBe(markdown);
      expect(parseRedline(markdown).amended.clauses[0]!.text).toBe(text);
    }
  });

  it('shows a change of whitespace only on whole words', () => {
    const redline: Redline = { lead: '', clauses: [clause('1.', [eq('Kita'), ins(' '), eq('Ausbau jetzt')])] };
    const markdown = toMarkdown(redline);
    expect(markdown).toBe('1. ~~KitaAusbau~~ **Kita Ausbau** jetzt\n');
    const back = parseRedline(markdown).redline.clauses[0]!;
    expect(
      back.segments
        .filter((s) => s.type !== 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe('KitaAusbau jetzt');
  });

  it('renders the clean amended or base text with view', () => {
    const redline: Redline = {
      lead: '',
      clauses: [
        clause('1.', [eq('a '), del('b'), ins('c'), eq(' d')]),
        clause('2.', [ins('Neu.')], { status: 'inserted' }),
        clause('2.', [del('Weg.')], { status: 'deleted' }),
        clause('3.', [eq('Rest.')], { baseLabel: '2.' }),
      ],
    };
    expect(toMarkdown(redline, { view: 'amended' })).toBe('1. a c d\n\n2. Neu.\n\n3. Rest.\n');
    expect(toMarkdown(redline, { view: 'base' })).toBe('1. a b d\n\n2. Weg.\n\n2. Rest.\n');
  });

  it('escapes a gender star or underscore only where emphasis could form', () => {
    const one = { lead: '', clauses: [clause('1.', [eq('Die Kölner*innen und Schüler_innen.')])] };
    expect(toMarkdown(one)).toBe('1. Die Kölner*innen und Schüler_innen.\n');
    // Two intraword stars would pair into emphasis: both stay escaped.
    const two = { lead: '', clauses: [clause('1.', [eq('Kölner*innen und Expert*innen.')])] };
    expect(toMarkdown(two)).toBe('1. Kölner\\*innen und Expert\\*innen.\n');
    expect(parseRedline(toMarkdown(two)).redline.clauses[0]!.segments).toEqual([eq('Kölner*innen und Expert*innen.')]);
  });

  it('renders a resolution as it is', () => {
    const resolution: Resolution = {
      lead: 'Der Rat möge beschließen:',
      clauses: [
        {
          id: '1',
          label: '1.',
          text: 'Kölner*innen.',
          children: [{ id: '1.a', label: 'a)', text: 'Unten.', children: [] }],
        },
      ],
    };
    expect(toMarkdown(resolution)).toBe('Der Rat möge beschließen:\n\n1. Kölner*innen.\n\n   a) Unten.\n');
  });

  it('handles 5,000 nested clauses without overflowing the stack', () => {
    let deepest: RedlineClause = clause('-', [eq('x')]);
    for (let i = 0; i < 5_000; i++) deepest = clause('-', [eq('x')], { children: [deepest] });
    const markdown = toMarkdown({ lead: '', clauses: [deepest] });
    expect(markdown.split('\n\n')).toHaveLength(5_001);
  });

  it('throws a RedlineError for input that is no redline or resolution', () => {
    expect(() => toMarkdown(null as unknown as Redline)).toThrow(RedlineError);
    expect(() =>
      toMarkdown({
        lead: '',
        clauses: [{ id: '1', label: '1.', status: 'changed', segments: [{ type: 'x', text: 1 }], children: [] }],
      } as unknown as Redline),
    ).toThrow(RedlineError);
    expect(() =>
      toMarkdown({ lead: '', clauses: [{ id: '1', label: '1.', text: 'a' }] } as unknown as Resolution),
    ).toThrow(RedlineError);
  });
});
