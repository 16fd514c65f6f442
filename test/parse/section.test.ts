import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/source-lines.js';
import { findEnd, findResolutionStart, isClosing, matchHeading, sectionEndAt } from '../../src/parse/section.js';
import { RATIONALE_HEADINGS, RESOLUTION_HEADINGS } from '../../src/parse/markers.js';
import { parseMotion } from '../../src/index.js';

const headings = RESOLUTION_HEADINGS.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length);
const rationale = RATIONALE_HEADINGS.map((h) => h.toLowerCase());

describe('resolution markers', () => {
  it.each([
    'Beschluss:',
    'Beschluss',
    '## Beschlussvorschlag',
    '**Beschlussvorschlag:**',
    '__Beschluss__',
    'Beschlussvorschlag der Verwaltung:',
  ])('reads %j as a heading marker', (line) => {
    const start = findResolutionStart(splitLines(`Kopf\n\n${line}\n\n1. Text`));
    expect(start).toMatchObject({ kind: 'heading', bodyFrom: 3, rest: '' });
  });

  it('takes text after the heading marker on the same line', () => {
    expect(findResolutionStart(splitLines('**Beschluss:** Der Rat beschließt die Satzung.'))).toMatchObject({
      kind: 'heading',
      rest: 'Der Rat beschließt die Satzung.',
    });
  });

  it.each([
    ['Der Rat möge beschließen:', 'Der Rat möge beschließen:'],
    ['Der Ausschuss möge beschließen:', 'Der Ausschuss möge beschließen:'],
    ['Die Stadtverordnetenversammlung möge beschließen:', 'Die Stadtverordnetenversammlung möge beschließen:'],
    ['Der Rat der Stadt beschließt:', 'Der Rat der Stadt beschließt:'],
    ['**Der Rat möge beschließen:**', '**Der Rat möge beschließen:'],
    [
      'Der Ausschuss empfiehlt dem Rat,\nfolgenden Beschluss zu fassen:',
      'Der Ausschuss empfiehlt dem Rat, folgenden Beschluss zu fassen:',
    ],
  ])('reads %j as a sentence marker (lead %j)', (text, lead) => {
    const start = findResolutionStart(splitLines(`Sehr geehrte Damen und Herren,\n\n${text}\n\n1. Text`));
    expect(start).toMatchObject({ kind: 'sentence', lead });
  });

  it('splits a marker sentence followed by the first clause on the same line', () => {
    expect(findResolutionStart(splitLines('Der Rat möge beschließen: Die Satzung wird erlassen.'))).toMatchObject({
      kind: 'sentence',
      lead: 'Der Rat möge beschließen:',
      rest: 'Die Satzung wird erlassen.',
    });
  });

  it('starts the lead after a subject line run into it ("Betr.: …: Der Kreistag möge beschließen:")', () => {
    expect(
      findResolutionStart(splitLines('Kopf\nBetr.: Radwegekonzept: Der Kreistag möge beschließen:\nText')),
    ).toMatchObject({ kind: 'sentence', lead: 'Der Kreistag möge beschließen:' });
  });

  it.each([
    'Der Rat der Stadt Dortmund beschließt, dass die Strategie erarbeitet werden soll:',
    'Die Beschlussfassung erfolgt später.',
    'Protokollauszüge zur Beschlussfassung des Masterplans',
    'Der Beschluss wird wie folgt geändert',
  ])('does not take %j for a marker', (text) => {
    expect(findResolutionStart(splitLines(text))).toBeUndefined();
  });
});

describe('end of the resolution', () => {
  it.each([
    ['Begründung:', 'rationale'],
    ['## Begründung', 'rationale'],
    ['**Begründung:**', 'rationale'],
    ['Begründung: Erfolgt mündlich.', 'rationale'],
    ['Mit freundlichen Grüßen', 'closing'],
    ['gez. Erika Beispiel', 'closing'],
    ['Gez.', 'closing'],
    ['Finanzielle Auswirkungen:', 'heading'],
  ])('%j ends it (%s)', (line, by) => {
    const lines = splitLines(`1. Text\n\n${line}\n\nmehr`);
    expect(findEnd(lines, 0)).toMatchObject({ end: 2, by });
  });

  it('does not end at a clause that mentions a Begründung', () => {
    const lines = splitLines('1. Die Begründung folgt.\n2. Begründung und Ziel sind klar.');
    expect(findEnd(lines, 0)).toMatchObject({ by: 'eof' });
  });

  it('reads headings and closings', () => {
    expect(matchHeading('Begründung:', rationale)).toEqual({ rest: '' });
    expect(matchHeading('Begründungen folgen', rationale)).toBeUndefined();
    expect(matchHeading('Beschlussvorschlag', headings)).toEqual({ rest: '' });
    expect(isClosing('Mit freundlichen Grüßen')).toBe(true);
    expect(isClosing('Mit den Stimmen der Fraktion')).toBe(false);
  });
});

describe('sectionEndAt: the one test of the end markers', () => {
  it.each([
    ['Begründung:', { by: 'rationale', rest: '' }],
    ['**Begründung:** Erfolgt mündlich.', { by: 'rationale', rest: 'Erfolgt mündlich.' }],
    ['Anlage', { by: 'heading', rest: '' }],
    ['Mit freundlichem Gruß', { by: 'closing', rest: '' }],
    ['Der Rat beschließt.', undefined],
  ])('%j → %j', (line, end) => {
    expect(sectionEndAt(line)).toEqual(end);
    expect(sectionEndAt(line, true)).toEqual(end);
  });

  it('reads a rationale heading followed by words only when loose (after amendment instructions)', () => {
    expect(sectionEndAt('Begründung erfolgt mündlich.')).toBeUndefined();
    expect(sectionEndAt('Begründung erfolgt mündlich.', true)).toEqual({ by: 'rationale', rest: 'erfolgt mündlich.' });
    expect(sectionEndAt('Begründungen.', true)).toEqual({ by: 'rationale', rest: '.' });
    // A word that only starts like a heading is no heading.
    expect(sectionEndAt('Sachverhaltsaufklärung wird beauftragt.', true)).toBeUndefined();
  });
});

describe('a vote result under the resolution', () => {
  it('ends the resolution, also with the result on its line', () => {
    for (const line of ['Abstimmungsergebnis: einstimmig angenommen', 'Ergebnis der Abstimmung: 12 Ja, 3 Nein'])
      expect(parseMotion(`Beschluss:\n\nDer Spielplatz wird saniert.\n\n${line}`).resolution.clauses, line).toEqual([
        { id: '1', label: '', text: 'Der Spielplatz wird saniert.', children: [] },
      ]);
  });
});
