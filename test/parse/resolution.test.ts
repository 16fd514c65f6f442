import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';

/** Compact view: "id label|text" lines with two spaces per level. */
function outline(clauses: Clause[], depth = 0): string[] {
  return clauses.flatMap((c) => [
    `${'  '.repeat(depth)}${c.id} ${c.label}|${c.text}`,
    ...outline(c.children, depth + 1),
  ]);
}
const parse = (s: string, dehyphenate = false) => outline(parseResolution(s, { dehyphenate }).clauses);

describe('parseResolution: labels and nesting', () => {
  it('nests by indentation where there is any', () => {
    expect(parse('1. A\n   - b\n     - c\n   - d\n2. E')).toEqual([
      '1 1.|A',
      '  1.1 -|b',
      '    1.1.1 -|c',
      '  1.2 -|d',
      '2 2.|E',
    ]);
  });
  it('nests by the label hierarchy without indentation', () => {
    expect(parse('II. Die Verwaltung wird beauftragt,\n1. eins,\n2. zwei,\n3. drei.\nIII. Ende.')).toEqual([
      'II II.|Die Verwaltung wird beauftragt,',
      '  II.1 1.|eins,',
      '  II.2 2.|zwei,',
      '  II.3 3.|drei.',
      'III III.|Ende.',
    ]);
  });
  it('lets a clause ending in a colon take a list of lower or equal rank', () => {
    expect(parse('a) Der Rat beschließt:\n1. Eins.\n2. Zwei.\nb) Weiter.')).toEqual([
      'a a)|Der Rat beschließt:',
      '  a.1 1.|Eins.',
      '  a.2 2.|Zwei.',
      'b b)|Weiter.',
    ]);
  });
  it('treats one-space indentation noise as the same level', () => {
    expect(parse('1. Eins.\n 2. Zwei.\n3. Drei.')).toEqual(['1 1.|Eins.', '2 2.|Zwei.', '3 3.|Drei.']);
  });
  it('reads a bullet before a label as the label', () => {
    expect(parse('- a) Eins:\n - x\n- b) Zwei.')).toEqual(['a a)|Eins:', '  a.1 -|x', 'b b)|Zwei.']);
  });
  it('disambiguates repeated labels', () => {
    expect(parse('1. Eins.\n2. Zwei.\n1. Nochmal.')).toEqual(['1 1.|Eins.', '2 2.|Zwei.', '1-2 1.|Nochmal.']);
  });
});

describe('parseResolution: what is not a label', () => {
  it.each([
    '31.12.2024. endet die Frist',
    '04.10.2021 war die Sitzung',
    '2018 wurde beschlossen',
    '1.13.01 ist die Kostenstelle',
    'z. B. Köln',
    'u. a. Bonn',
    'Nr. 3 der Liste',
    '§ 13 der Geschäftsordnung',
    'TOP 6.1 der Sitzung',
    '4. Oktober 2021 im Ausschuss',
    '3. Quartal 2024',
    '-Strich ohne Abstand',
  ])('continues a wrapped line starting with %j', (start) => {
    expect(parse(`1. Die Verwaltung berichtet, und\n${start}.`)).toEqual([
      `1 1.|Die Verwaltung berichtet, und ${start}.`,
    ]);
  });
  it('does not take a lower-case dash in mid-sentence for a bullet', () => {
    expect(parse('Die Planung von IT-Prozessen\n- es gehört dazu.')).toEqual([
      '1 |Die Planung von IT-Prozessen - es gehört dazu.',
    ]);
  });
  it('does take lower-case list items that continue a list', () => {
    expect(parse('1. bis Mai und\n2. die Kosten und\n3. mehr.')).toEqual([
      '1 1.|bis Mai und',
      '2 2.|die Kosten und',
      '3 3.|mehr.',
    ]);
  });
});

describe('parseResolution: continuations and text', () => {
  it('joins an unlabelled paragraph to the numbered clause before it', () => {
    expect(parse('1. Eins.\n\nZweiter Absatz.\n\nDritter Absatz.\n\n2. Zwei.')).toEqual([
      '1 1.|Eins.\n\nZweiter Absatz.\n\nDritter Absatz.',
      '2 2.|Zwei.',
    ]);
  });
  it('continues a paragraph that starts lower-case after a break', () => {
    expect(parse('1. in die Erarbeitung\n\neingebunden werden.')).toEqual([
      '1 1.|in die Erarbeitung eingebunden werden.',
    ]);
  });
  it('keeps a lower-case paragraph after a sentence end apart, unless a page break stands between', () => {
    expect(parse('1. Der Rat beschließt.\n\nbzw. die Verwaltung.')).toEqual([
      '1 1.|Der Rat beschließt.\n\nbzw. die Verwaltung.',
    ]);
    expect(parse('1. Wer zahlt?\n\nund wann?')).toEqual(['1 1.|Wer zahlt?\n\nund wann?']);
    // An abbreviation or a number ends no sentence; a page break joins anyway.
    expect(parse('1. Siehe z. B.\n\ndie Anlage.')).toEqual(['1 1.|Siehe z. B. die Anlage.']);
    expect(parse('1. Ab dem 1.\n\njanuar gilt es.')).toEqual(['1 1.|Ab dem 1. januar gilt es.']);
    expect(parse('1. Der Rat beschließt.\n\f\nbzw. die Verwaltung.')).toEqual([
      '1 1.|Der Rat beschließt. bzw. die Verwaltung.',
    ]);
  });
  it('continues across a form feed in mid-sentence even before a capital', () => {
    expect(parse('1. Beteiligung der\n\f\nSchulen.')).toEqual(['1 1.|Beteiligung der Schulen.']);
  });
  it('keeps a bullet list apart from a following flush paragraph', () => {
    expect(parse('- x\n- y\n\nNeuer Absatz.')).toEqual(['1 -|x', '2 -|y', '3 |Neuer Absatz.']);
  });
  it('keeps inline markdown and gender stars as written', () => {
    const text = 'Die Kölner*innen … Expert*innen, ~~alt~~ **neu**, *x*, _y_, „z“, § 3, a/b ~ c, &amp; \\ d';
    expect(parse(`1. ${text}`)).toEqual([`1 1.|${text}`]);
  });
  it('decodes the escapes of Markdown input, and only of Markdown input', () => {
    // A backslash escape (or a heading) makes the input Markdown: escapes, references and hard breaks are decoded.
    expect(parse('1. Die Kölner\\*innen \\[neu\\] &#x61; &amp; `\\*`\\\nzwei')).toEqual([
      '1 1.|Die Kölner*innen [neu] a & `\\*` zwei',
    ]);
    expect(parse('# Beschluss\n\n1. A&nbsp;B &copy;')).toEqual(['1 1.|A\u00a0B ©']);
    // Without Markdown evidence a backslash and an ampersand are text.
    expect(parse('1. C:\\Daten &amp; mehr\\')).toEqual(['1 1.|C:\\Daten &amp; mehr\\']);
  });
  it('moves emphasis opened before a label behind it', () => {
    expect(parse('**2a. Neuer Punkt**\n~~3. Alter Punkt~~\n**4.** Fett')).toEqual([
      '2a 2a.|**Neuer Punkt**',
      '3 3.|~~Alter Punkt~~',
      '4 4.|Fett',
    ]);
  });
  it('dehyphenates on request', () => {
    expect(parse('1. Digitalisierungsprogram-\nme und Rechts-\nund IT-\nStrategie', true)).toEqual([
      '1 1.|Digitalisierungsprogramme und Rechts- und IT-Strategie',
    ]);
  });
  it('reads a label alone on its line', () => {
    expect(parse('1.\nDie Verwaltung\nberichtet.\n2.\n\nZwei.')).toEqual([
      '1 1.|Die Verwaltung berichtet.',
      '2 2.|Zwei.',
    ]);
  });
});

describe('parseResolution: lead and frame', () => {
  it('reads a lead sentence', () => {
    expect(parseResolution('Der Rat möge beschließen:\n1. Eins.').lead).toBe('Der Rat möge beschließen:');
    expect(parseResolution('Der Beschluss wird wie folgt geändert\n\n1. Eins.').lead).toBe(
      'Der Beschluss wird wie folgt geändert',
    );
  });
  it('keeps a lone paragraph as a clause, not a lead', () => {
    expect(parseResolution('Der Rat beschließt: Die Satzung.')).toEqual({
      lead: '',
      clauses: [{ id: '1', label: '', text: 'Der Rat beschließt: Die Satzung.', children: [] }],
    });
  });
  it('skips a leading marker heading and stops at the rationale', () => {
    expect(parseResolution('Beschluss:\n\n1. Eins.\n\nBegründung:\n\nWeil.')).toEqual({
      lead: '',
      clauses: [{ id: '1', label: '1.', text: 'Eins.', children: [] }],
    });
  });
  it('returns an empty resolution for empty input', () => {
    expect(parseResolution('')).toEqual({ lead: '', clauses: [] });
    expect(parseResolution('\n\n  \n')).toEqual({ lead: '', clauses: [] });
  });
});
