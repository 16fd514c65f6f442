/**
 * `parseStatement`: the Köln statement of seed 001 ("Zu 1." … "Zu 6.", two
 * motions answered at once), every heading form the issue names, unreadable
 * headings kept with a diagnostic, and text kept as `parseMotion` keeps it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { parseStatement } from '../../src/statement/parse.js';
import { expectLinearGrowth } from '../timing.js';

const seed = readFileSync(new URL('../../fixtures/seeds/001_e24226c482febd17.txt', import.meta.url), 'utf8');

describe('parseStatement on seed 001', () => {
  const statement = parseStatement(seed);

  it('finds the six sections "Zu 1." … "Zu 6." and nothing else', () => {
    expect(statement.sections.map((s) => s.heading)).toEqual(['Zu 1.', 'Zu 2.', 'Zu 3.', 'Zu 4.', 'Zu 5.', 'Zu 6.']);
    expect(statement.sections.map((s) => s.references)).toEqual([['1.'], ['2.'], ['3.'], ['4.'], ['5.'], ['6.']]);
    expect(statement.diagnostics).toEqual([]);
  });

  it('names the two motions it answers ("zu den Anträgen der SPD-Fraktion sowie der FDP-Fraktion")', () => {
    expect(statement.motions).toEqual(['SPD-Fraktion', 'FDP-Fraktion']);
    expect(statement.intro).toContain('Die Verwaltung teilt zu den Antragspunkten nachfolgende Sachstände mit:');
    expect(statement.sections.every((s) => s.motions === undefined)).toBe(true);
  });

  it('keeps each section text: wrapped lines joined, paragraphs by a blank line, the signature left out', () => {
    const [first, , third, fourth, , sixth] = statement.sections;
    expect(first!.text.split('\n\n')).toHaveLength(2);
    expect(first!.text.startsWith('Die Stabsstelle Digitalisierung, die mit der Dezernatsneuordnung')).toBe(true);
    expect(third!.text).toBe(
      'Aus Sicht der Verwaltung können die derzeitigen Zwischenberichte zum Digitalisierungsprogramm in einem halbjährlichen Turnus weitergeführt werden, bis ein sogenannter Masterplan erstellt wäre.',
    );
    expect(fourth!.text).toBe(
      'Ein Masterplan würde natürlich im Zusammenhang mit den Netzwerk-partner*innen erstellt.',
    );
    expect(sixth!.text.endsWith('der Wirtschaft und Digitalisierung umfassen.')).toBe(true);
    expect(sixth!.text).not.toContain('Blome');
    expect(first!.line).toBe(9);
  });

  it('joins line-end hyphens only with dehyphenate, as parseMotion does', () => {
    expect(statement.sections[0]!.text).toContain('Digitalisierungsprogram- me');
    const joined = parseStatement(seed, { dehyphenate: true });
    expect(joined.sections[0]!.text).toContain('konkrete Digitalisierungsprogramme und');
    expect(joined.sections[0]!.text).toContain('Dezernatsleitung');
  });
});

describe('parseStatement headings', () => {
  const refs = (text: string): string[][] => parseStatement(text).sections.map((s) => s.references);

  it.each([
    ['Zu 1.\nText.', [['1.']]],
    ['Zu Ziffer 2\nText.', [['Ziffer 2']]],
    ['Zu Ziffer 2: Die Verwaltung begrüßt das.', [['Ziffer 2']]],
    ['Zu 3 a)\nText.', [['3 a)']]],
    ['Zu den Punkten 4 und 5\nText.', [['Punkt 4', 'Punkt 5']]],
    ['Zu den Ziffern 4 bis 6:\nText.', [['Ziffer 4', 'Ziffer 5', 'Ziffer 6']]],
    ['Zu I. 2.\nText.', [['I. 2.']]],
    ['Zu 2. und 3.\nText.', [['2.', '3.']]],
    ['**Zu 1.**\n\nText.', [['1.']]],
    ['Zum Punkt 3 des Antrags\nText.', [['Punkt 3']]],
    ['Zu Ziffer 2 Buchstabe b\nText.', [['Ziffer 2 Buchstabe b']]],
  ])('%j', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it('reads a heading written into the first sentence ("Zu 1. Die Verwaltung …")', () => {
    const [section] = parseStatement('Zu 1. Die Verwaltung sagt zu.\nSie prüft es.').sections;
    expect(section).toMatchObject({
      heading: 'Zu 1.',
      references: ['1.'],
      text: 'Die Verwaltung sagt zu. Sie prüft es.',
    });
  });

  it('does not take sentences that start with "Zu" for headings', () => {
    const text =
      'Zu 1.\nZu Beginn des Jahres 2022 wurde ein Konzept erstellt.\n\nZu diesem Zweck werden 3 Stellen geschaffen, die der Rat beschlossen hat.';
    const statement = parseStatement(text);
    expect(statement.sections).toHaveLength(1);
    expect(statement.sections[0]!.text).toContain('Zu Beginn des Jahres 2022');
    expect(statement.sections[0]!.text).toContain('Zu diesem Zweck');
  });

  it('keeps a section whose reference cannot be read, with a diagnostic', () => {
    const statement = parseStatement('Vorbemerkung.\n\nZu Frage 9\n\nDie Frage ist beantwortet.\n\nZu 2.\nJa.');
    expect(statement.sections.map((s) => [s.heading, s.references, s.text])).toEqual([
      ['Zu Frage 9', [], 'Die Frage ist beantwortet.'],
      ['Zu 2.', ['2.'], 'Ja.'],
    ]);
    expect(statement.diagnostics).toMatchObject([{ code: 'unknown-reference', severity: 'warning', section: 0 }]);
    expect(statement.diagnostics[0]!.message).toContain('„Zu Frage 9“');
  });

  it('reports a statement without sections', () => {
    const statement = parseStatement('Die Verwaltung begrüßt den Antrag.');
    expect(statement.sections).toEqual([]);
    expect(statement.intro).toBe('Die Verwaltung begrüßt den Antrag.');
    expect(statement.diagnostics.map((d) => d.code)).toEqual(['no-sections']);
  });

  it('scopes sections to the motion under a "Zum Antrag der …" heading, and keeps remarks on the motion', () => {
    const statement = parseStatement(
      'I. Zum Antrag der SPD-Fraktion\n\nZu 1.\nJa.\n\nII. Zum Antrag der FDP-Fraktion\nVorweg: insgesamt nein.\n\nZu 1.\nNein.',
    );
    expect(statement.motions).toEqual(['SPD-Fraktion', 'FDP-Fraktion']);
    expect(statement.sections.map((s) => [s.heading, s.motions, s.text])).toEqual([
      ['Zu 1.', ['SPD-Fraktion'], 'Ja.'],
      ['Zum Antrag der FDP-Fraktion', ['FDP-Fraktion'], 'Vorweg: insgesamt nein.'],
      ['Zu 1.', ['FDP-Fraktion'], 'Nein.'],
    ]);
  });

  it('ends a motion name at its title or file number', () => {
    const statement = parseStatement(
      'Stellungnahme zum Antrag der Fraktion DIE LINKE „Mehr Bänke“ (AN/1/2024)\n\nZu 1.\nJa.',
    );
    expect(statement.motions).toEqual(['Fraktion DIE LINKE']);
  });

  it('throws ParseError for a non-string source or bad options', () => {
    expect(() => parseStatement(42 as unknown as string)).toThrow(ParseError);
    expect(() => parseStatement('Zu 1.', { dehyphenate: 'ja' as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });

  it('stays linear on many headings and on one long heading-like line', () => {
    const sections = (n: number): string =>
      Array.from({ length: n }, (_, i) => `Zu ${i + 1}.\nText ${i}.\n`).join('\n');
    const long = (n: number): string => `Zu ${Array.from({ length: n }, (_, i) => `${i}.`).join(' und ')}`;
    for (const [name, make] of [
      ['sections', sections],
      ['long heading', long],
    ] as const) {
      const small = make(2000);
      const large = make(8000);
      expectLinearGrowth(
        name,
        () => parseStatement(small),
        () => parseStatement(large),
        4,
      );
    }
  });
});
