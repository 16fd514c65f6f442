/**
 * Item lines (parse/unit-line.ts, statute.ts): "Punkt 7: Vertagung" or "Block 3" on a
 * line of its own, the item's text on the following lines, read as a unit with its heading;
 * the same words in a paragraph or in a list of one-line items stay text.
 */
import { describe, expect, it } from 'vitest';
import { parseMotion, parseResolution } from '../../src/index.js';
import { labelKey } from '../../src/parse/labels.js';
import { scanUnitLine } from '../../src/parse/unit-line.js';

const outline = (source: string): [string, string, string | undefined, string][] =>
  parseResolution(source).clauses.map((c) => [c.id, c.label, c.heading, c.text]);

describe('item lines', () => {
  it('reads "Punkt 3: Heading" lines with their text below as units with headings', () => {
    const source = [
      'Kassenordnung des Kreisverbands',
      '',
      'Punkt 2: Kassenprüfung',
      'Zwei Mitglieder prüfen die Kasse einmal im Jahr.',
      '',
      'Punkt 3: Spenden',
      'Spenden über 500 Euro meldet der Vorstand.',
      'Anonyme Spenden werden zurückgegeben.',
    ].join('\n');
    expect(outline(source)).toEqual([
      ['1', '', undefined, 'Kassenordnung des Kreisverbands'],
      ['2', 'Punkt 2:', 'Kassenprüfung', 'Zwei Mitglieder prüfen die Kasse einmal im Jahr.'],
      ['3', 'Punkt 3:', 'Spenden', 'Spenden über 500 Euro meldet der Vorstand. Anonyme Spenden werden zurückgegeben.'],
    ]);
  });

  it('reads bare "Block 2" lines as units, the paragraphs after them their text', () => {
    const source = 'Block 1\n\nWir fordern A.\n\nBlock 2\n\nWir fordern B.\n\nUnd C.';
    expect(outline(source)).toEqual([
      ['1', 'Block 1', '', 'Wir fordern A.'],
      ['2', 'Block 2', '', 'Wir fordern B.\n\nUnd C.'],
    ]);
    expect(labelKey('Block 2')).toBe('2');
    expect(labelKey('Punkt 7:')).toBe('7');
  });

  it('reads what stands before the first item as motion text: the lead and its paragraphs are kept', () => {
    const r = parseResolution(
      'Der Rat möge beschließen:\n\nWir wollen mehr Grün.\n\nBlock 1\n\nBäume.\n\nBlock 2\n\nHecken.',
    );
    expect(r.lead).toBe('Der Rat möge beschließen:');
    expect(r.clauses.map((c) => [c.label, c.text])).toEqual([
      ['', 'Wir wollen mehr Grün.'],
      ['Block 1', 'Bäume.'],
      ['Block 2', 'Hecken.'],
    ]);
  });

  it('keeps a title line before the items as a clause only, never as the title too', () => {
    const base =
      'Geschäftsordnung des Kreisverbands\n\nPunkt 6: Redezeit\nDie Redezeit beträgt fünf Minuten.\n\nPunkt 7: Vertagung\nAnträge werden vertagt.';
    for (const resolution of [parseResolution(base), parseMotion(base).resolution]) {
      expect(resolution.title).toBeUndefined();
      expect(resolution.clauses[0]!.text).toBe('Geschäftsordnung des Kreisverbands');
    }
  });

  it('keeps a list of one-line items as text: no item has text of its own below it', () => {
    const source = 'Punkt 1: Radwege ausbauen\nPunkt 2: Bäume pflanzen\nPunkt 3: Dächer begrünen';
    expect(parseResolution(source).clauses.every((c) => c.heading === undefined)).toBe(true);
    const spaced = 'Punkt 1: Radwege ausbauen\n\nPunkt 2: Bäume pflanzen\n\nPunkt 3: Dächer begrünen';
    expect(parseResolution(spaced).clauses.every((c) => c.heading === undefined)).toBe(true);
  });

  it('keeps "Punkt 3: Wir fordern …" in running text as text', () => {
    const wrapped =
      'Punkt 1: Wir fordern, dass\ndie Stadt Radwege baut.\n\nPunkt 2: Wir fordern, dass\ndie Stadt Bäume pflanzt.';
    expect(parseResolution(wrapped).clauses.every((c) => c.heading === undefined)).toBe(true);
    const sentences =
      'Punkt 1: Die Stadt baut Radwege.\nMehr dazu unten.\n\nPunkt 2: Die Stadt pflanzt Bäume.\nAuch dazu.';
    expect(parseResolution(sentences).clauses.every((c) => c.heading === undefined)).toBe(true);
  });

  it('reads no item line inside a statute of §§', () => {
    const source = '§ 1 Tagesordnung\n\nPunkt 1: Eröffnung\nDer Vorsitz eröffnet.\n\n§ 2 Schluss\n\nEnde.';
    expect(parseResolution(source).clauses.map((c) => c.label)).toEqual(['§ 1', '§ 2']);
  });

  it.each([
    ['Punkt 7: Vertagung von Anträgen', 'Punkt 7:', 'Vertagung von Anträgen'],
    ['Block 3', 'Block 3', ''],
    ['Punkt 4:', 'Punkt 4:', ''],
  ])('scans %j as an item line', (line, label, heading) => {
    expect(scanUnitLine(line)).toMatchObject({ kind: 'unit', label, heading, item: true });
  });

  it.each([
    'Punkt 3: Wir fordern die Stadt auf, bis zum Jahresende einen Plan für alle Radwege vorzulegen',
    'Punkt 3: Wir fordern mehr Bäume!',
    'Punkt 3: Die Stadt baut Radwege.',
    'Punkt 3 Wir fordern mehr Bäume',
    'punkt 3: Radwege',
    'Punkt drei: Radwege',
  ])('does not scan %j as an item line', (line) => {
    expect(scanUnitLine(line)).toBeUndefined();
  });
});
