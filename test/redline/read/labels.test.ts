import { describe, expect, it } from 'vitest';
import { markLabels, protectLine, protectSpaces, takeMark } from '../../../src/redline/read/labels.js';
import { parseResolution } from '../../../src/parse/resolution.js';
import { readInline } from '../../../src/redline/read/inline.js';
import { expectLinearGrowth } from '../../timing.js';

describe('markLabels / takeMark', () => {
  it('moves markers that wrap a label out of the way and remembers what they said', () => {
    const marked = markLabels(
      '**5. Neuer Text.**\n\n   ~~a) Alter Text.~~\n\n~~3.~~ **4.** Text\n\n**6.**\n\n**1.** Fett ist Formatierung',
    );
    const lines = marked.source.split('\n\n');
    expect(lines[0]!.startsWith('5. ')).toBe(true);
    expect(lines[0]!.endsWith('**Neuer Text.**')).toBe(true);
    expect(lines[1]!.startsWith('   a) ')).toBe(true);
    expect(lines[2]!.startsWith('4. ')).toBe(true);
    expect(lines[3]!.startsWith('6. ')).toBe(true);
    expect(lines[4]).toBe('**1.** Fett ist Formatierung');
    const marks = lines.slice(0, 4).map((line) => takeMark(line.replace(/^\s*\S+ /, ''), marked));
    expect(marks.map((m) => m.mark)).toEqual([
      { kind: 'inserted' },
      { kind: 'deleted' },
      { kind: 'renumbered', baseLabel: '3.' },
      { kind: 'inserted' },
    ]);
    expect(marks.map((m) => m.text)).toEqual(['**Neuer Text.**', '~~Alter Text.~~', 'Text', '']);
  });

  it('leaves text that is no marked label alone', () => {
    const source = '**SPD-Fraktion\nim Rat der Stadt Köln**\n\n~~vierteljährlich~~ **halbjährlich**\n\n**04.10.2021**';
    expect(markLabels(source)).toEqual({ source, marks: [] });
  });

  it('puts back a rewritten line the clause parser did not take for a clause', () => {
    const marked = markLabels('**5. Neu**');
    const inText = `Satz ${marked.source}`;
    expect(takeMark(inText, marked)).toEqual({ mark: undefined, text: 'Satz **5. Neu**' });
  });

  it('grows linearly on hostile input (many marker lines, one huge marker line)', () => {
    const source = (n: number): string => `${'**1. a\n~~b)~~ **c)**\n'.repeat(n)}${'**'.repeat(n * 10)}`;
    const [small, large] = [source(5_000), source(50_000)];
    expectLinearGrowth(
      'markLabels',
      () => markLabels(small),
      () => markLabels(large),
      10,
    );
  });
});

describe('protectLine', () => {
  it('escapes a start the clause parser would take for a label', () => {
    expect(protectLine('a) Text')).toBe('a\\) Text');
    expect(protectLine('(2) Text')).toBe('\\(2) Text');
    expect(protectLine('II. Text')).toBe('II\\. Text');
    expect(protectLine('• Text')).toBe('&bull; Text');
    expect(protectLine('– Text')).toBe('&ndash; Text');
    expect(protectLine('o Text')).toBe('&#x6F; Text');
    expect(protectLine('**5. Text**')).toBe('**5\\. Text**');
    expect(protectLine('~~3.~~ **4.** Text')).toBe('~~3\\.~~ **4.** Text');
  });

  it('escapes headings, page furniture and section boundaries', () => {
    expect(protectLine('Seite 3 von 5')).toBe('&#x53;eite 3 von 5');
    expect(protectLine('Begründung: Erfolgt mündlich.')).toBe('&#x42;egründung: Erfolgt mündlich.');
    expect(protectLine('**Mit freundlichen Grüßen**')).toBe('**&#x4D;it freundlichen Grüßen**');
    expect(protectLine('gez. Name')).toBe('&#x67;ez. Name');
  });

  it('escapes a lower-case start only for a further paragraph', () => {
    expect(protectLine('eingebunden werden.')).toBe('eingebunden werden.');
    expect(protectLine('eingebunden werden.', { continuation: true })).toBe('&#x65;ingebunden werden.');
    expect(protectLine('„zitiert“', { continuation: true })).toBe('„&#x7A;itiert“');
  });

  it('leaves ordinary text alone', () => {
    for (const line of ['Die Verwaltung', '2018 wurde', '04.10.2021 war', 'z\\. B. so', '1\\. Zeile'])
      expect(protectLine(line)).toBe(line);
  });

  it('gives text that the parser and the reader read back unchanged', () => {
    for (const text of ['a) Text', '• Text', 'Seite 3', 'Begründung:', 'gez. X', 'eingebunden']) {
      const line = protectLine(text, { continuation: true });
      const parsed = parseResolution(`1. Erster Absatz.\n\n   ${line}\n`);
      expect(parsed.clauses).toHaveLength(1);
      const second = parsed.clauses[0]!.text.split('\n\n')[1]!;
      expect(
        readInline(second)
          .map((p) => p.text)
          .join(''),
      ).toBe(text);
    }
  });
});

describe('protectSpaces', () => {
  it('keeps runs of spaces and tabs as character references', () => {
    expect(protectSpaces('a  b\tc')).toBe('a &#x20;b&#x9;c');
    expect(protectSpaces('a b')).toBe('a b');
  });

  it('does not let a literal backslash escape the reference', () => {
    expect(protectSpaces('a\\  b')).toBe('a\\ &#x20;b');
    expect(protectSpaces('a\\\tb')).toBe('a\\\\&#x9;b');
  });
});
