/**
 * The header facts of one line: the paper amended, the movers, the date —
 * each reader answers only for the shapes it knows (src/parse/header-facts.ts).
 */
import { describe, expect, it } from 'vitest';
import { amendsOf, dateOf, moversOf } from '../../src/parse/header-facts.js';

describe('amendsOf', () => {
  it.each([
    ['Änderungsantrag zu AN/1311/2021', { amends: 'AN/1311/2021' }],
    ['Ä3 zu A12', { amends: 'A12', code: 'Ä3' }],
    ['ÄA23 zum L-1: Gute Arbeit', { amends: 'L-1', code: 'ÄA23' }],
    ['Änderungsantrag zu TOP Ö 8.2.3', { amends: 'TOP Ö 8.2.3' }],
    ['Ergänzungsantrag zur Beschlussvorlage 212/03', { amends: 'Beschlussvorlage 212/03' }],
    [
      'zur Orientierungsvorlage VO/2025/388 stellen wir folgenden Antrag:',
      { amends: 'Orientierungsvorlage VO/2025/388' },
    ],
    ['die Gruppe bittet, folgenden Änderungsantrag zu AN/0733/2024 aufzunehmen', { amends: 'AN/0733/2024' }],
    ['Interfraktioneller Änderungsantrag zu TOP07 „Hafen“', { amends: 'TOP07' }],
  ])('%j', (line, facts) => {
    expect(amendsOf(line)).toEqual(facts);
  });

  it.each([
    'Änderungsantrag zu: Mehr Bäume in der Altstadt',
    'Zu 1.: Die Verwaltung stimmt zu.',
    'Die Versammlung stimmt dem geänderten Antrag einstimmig zu (Drucksache 21-2204.1).',
    'Antrag zum Kreisausschuss am 30.06.2025',
    'Änderungsantrag zu § 6 der Satzung',
  ])('nothing in %j', (line) => {
    expect(amendsOf(line)).toEqual({});
  });
});

describe('moversOf', () => {
  it.each([
    ['Antragsteller*innen: Kreis 09 (Auental)', 'Kreis 09 (Auental)', 0],
    ['Antragsteller*in: | Mia Beispiel (KV Nordheim) |', 'Mia Beispiel (KV Nordheim)', 0],
    ['Antragsteller : Tom Muster', 'Tom Muster', 0],
    ['Antrag der SPD-Fraktion', 'SPD-Fraktion', 1],
    ['Änderungsantrag der Fraktion Beispiel (AN/0815/2024)', 'Fraktion Beispiel', 1],
    ['Änderungsantrag der Koalition von A, B und C zur Sitzung am 1. Mai 2020', 'Koalition von A, B und C', 1],
    ['Änderungsantrag der Gruppe Blau vom 02.05.2024', 'Gruppe Blau', 1],
    ['SPD-Fraktion im Rat der Stadt Neustadt', 'SPD-Fraktion', 2],
    ['Fraktion Bündnis 90/Die Grünen', 'Fraktion Bündnis 90/Die Grünen', 2],
    ['Beschluss des Kreisvorstands vom 3. März 2025', 'Kreisvorstands', 1],
    ['die SPD-Fraktion im Gemeinderat stellt folgenden Antrag:', 'SPD-Fraktion', 2],
    ['die Gruppe Volt bittet Sie, folgenden Änderungsantrag aufzunehmen:', 'Gruppe Volt', 2],
    ['Fraktion DIE LINKE. im Rat der Stadt', 'Fraktion DIE LINKE.', 2],
  ])('%j', (line, movers, rank) => {
    expect(moversOf(line)).toEqual({ movers, rank });
  });

  it('takes the next line when the label stands alone', () => {
    expect(moversOf('AntragstellerInnen:', () => '07/12')).toEqual({ movers: '07/12', rank: 0 });
  });

  it.each(['Die SPD-Fraktion übernimmt den Vorschlag der Fraktion X, die Ziffer 1 zu ergänzen:', 'Fraktion', 'Antrag'])(
    'nothing in %j',
    (line) => {
      expect(moversOf(line)).toBeUndefined();
    },
  );
});

describe('dateOf', () => {
  it.each([
    ['Datum: 04.10.2021', '04.10.2021'],
    ['Stand: 21.09.2024', '21.09.2024'],
    ['Eingereicht: | 12.03.2024, 18:22 |', '12.03.2024'],
    ['Eingang beim Büro des Rates: 04.10.2021', '04.10.2021'],
    ['Änderungsantrag der SPD-Fraktion vom 06.09.2010', '06.09.2010'],
    ['vom 9. November 2021', '9. November 2021'],
    ['Vom 14. Juni 2023', '14. Juni 2023'],
    ['Altheim, den 04.03.2024', '04.03.2024'],
    ['Münster, 17. August 2022', '17. August 2022'],
    ['11.12.2023 Änderungsantrag zu: Feuerwerk', '11.12.2023'],
    ['2024-03-12', '2024-03-12'],
    ['Beschluss des Kreisvorstands vom 3. März 2025', '3. März 2025'],
    ['Antrag Nr. 118/2024 v. 21.04.2024 (Grüne)', '21.04.2024'],
  ])('%j', (line, date) => {
    expect(dateOf(line)).toBe(date);
  });

  it.each([
    'Antrag zum Kreistag am 30.06.2025',
    'Sitzung: Stadtrat, 24.05.2023',
    'Die Frist endet am 04.10.2021.',
    '04.10.2021 wurde der Antrag beraten.',
  ])('nothing in %j', (line) => {
    expect(dateOf(line)).toBeUndefined();
  });
});
