import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/source-lines.js';
import { kindOf, readMetadata, referenceOf } from '../../src/parse/metadata.js';

describe('kind', () => {
  it.each([
    ['Antrag der Fraktion', 'Antrag'],
    ['Änderungsantrag zu TOP 6.1', 'Änderungsantrag'],
    ['Änderungs- bzw. Zusatzantrag gem. § 13', 'Änderungs- bzw. Zusatzantrag'],
    ['RATSANTRAG', 'Ratsantrag'],
    ['Dringlichkeitsantrag:', 'Dringlichkeitsantrag'],
    ['**Zusatzantrag**', 'Zusatzantrag'],
    ['Antragsteller: Fraktion X', undefined],
    ['Die SPD stellt einen Antrag', undefined],
    // A tool's table row labelled "Antrag:" names the motion, not this document's kind.
    ['Antrag: | Kapitel 2: Gut wohnen |', undefined],
  ])('%j → %j', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });
});

describe('reference', () => {
  it.each([
    ['AN/2108/2021', 'AN/2108/2021'],
    ['Drucksache Nr.: 07035-17', '07035-17'],
    ['(Drucksache Nr.: 07035-17-E1)', '07035-17-E1'],
    ['Drucksachen-Nr. 4711/2020-2025', '4711/2020-2025'],
    ['Vorlage-Nr. 0815/2023', '0815/2023'],
    ['0687/2012', '0687/2012'],
    ['Eingang: 04.10.2021', undefined],
    ['fon 0221. 221 259 50', undefined],
    ['Drucksache folgt', undefined],
  ])('%j → %j', (line, ref) => {
    expect(referenceOf(line)).toBe(ref);
  });
});

describe('readMetadata', () => {
  it('prefers "Betreff:" over headings and quoted subject lines', () => {
    const lines = splitLines('# Kopf\n\nBetreff: Mehr Bäume\n\nAntrag zu "Stadtgrün"');
    expect(readMetadata(lines, lines.length)).toEqual({ title: 'Mehr Bäume', kind: 'Antrag' });
  });
  it('takes the subject from the next line when "Betreff:" stands alone', () => {
    const lines = splitLines('Betreff:\nMehr Bäume\n');
    expect(readMetadata(lines, lines.length).title).toBe('Mehr Bäume');
  });
  it('skips kind-only headings for the title', () => {
    const lines = splitLines('## RATSANTRAG\n\n# Ein Titel');
    expect(readMetadata(lines, lines.length)).toEqual({ title: 'Ein Titel', kind: 'Ratsantrag' });
  });
  it('takes the kind of the subject line', () => {
    const lines = splitLines(
      'Änderungs- bzw. Zusatzantrag gem. § 13\n\nÄnderungsantrag zu 6.1 "Köln braucht einen Masterplan"',
    );
    expect(readMetadata(lines, lines.length)).toEqual({
      title: 'Änderungsantrag zu 6.1 "Köln braucht einen Masterplan"',
      kind: 'Änderungsantrag',
      amends: '6.1',
    });
  });
});

describe('readMetadata: header conventions (amendments)', () => {
  const lines = splitLines('Änderungsantrag der Fraktion Beispiel (AN/0815/2024)\n\nSehr geehrte Damen und Herren,');
  it('reads neither a heading line nor a file number inside a line by default (motions)', () => {
    expect(readMetadata(lines, lines.length)).toEqual({ kind: 'Änderungsantrag', movers: 'Fraktion Beispiel' });
  });
  it('takes both with the conventions of an amendment', () => {
    const meta = readMetadata(lines, lines.length, {
      namesDocument: (line) => line.toLowerCase().startsWith('änderungsantrag'),
      inlineReference: true,
    });
    expect(meta).toEqual({
      title: 'Änderungsantrag der Fraktion Beispiel (AN/0815/2024)',
      reference: 'AN/0815/2024',
      kind: 'Änderungsantrag',
      movers: 'Fraktion Beispiel',
    });
  });
  it('lets the shared rules win over the conventions', () => {
    const header = splitLines('Änderungsantrag X 07035-17\n\nBetreff: Mehr Bäume\n\nAN/1/2021');
    expect(readMetadata(header, header.length, { namesDocument: () => true, inlineReference: true })).toEqual({
      title: 'Mehr Bäume',
      reference: 'AN/1/2021',
      kind: 'Änderungsantrag',
    });
  });
});
