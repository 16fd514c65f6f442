import { describe, expect, it } from 'vitest';
import {
  foldSpaces,
  joinLines,
  lastSignificant,
  splitLines,
  startsLowerCase,
  stripLineMarkup,
} from '../../src/parse/source-lines.js';

describe('splitLines', () => {
  it('handles \\n, \\r\\n, \\r and form feeds', () => {
    const lines = splitLines('a\r\nb\rc\fd\n');
    expect(lines.map((l) => l.text)).toEqual(['a', 'b', 'c', '', 'd', '']);
    expect(lines[3]!.pageBreak).toBe(true);
  });
  it('measures indentation (tabs to the next multiple of 4) and trims edge spaces', () => {
    const [a, b, c] = splitLines('   x  \n\t- y\n\u00a0\u00a0z\u00a0');
    expect(a).toMatchObject({ text: 'x', indent: 3 });
    expect(b).toMatchObject({ text: '- y', indent: 4 });
    expect(c).toMatchObject({ text: 'z', indent: 2 });
  });
  it('recognises ATX and setext headings and thematic breaks', () => {
    const lines = splitLines('## Beschluss ##\nBegründung\n----------\n***\ntext');
    expect(lines[0]).toMatchObject({ text: 'Beschluss', heading: true });
    expect(lines[1]).toMatchObject({ text: 'Begründung', heading: true });
    expect(lines[2]!.blank).toBe(true);
    expect(lines[3]!.blank).toBe(true);
    expect(lines[4]).toMatchObject({ text: 'text', heading: false, blank: false });
  });
  it('treats page-number lines as page breaks', () => {
    const lines = splitLines('- 2 -\nSeite 3 von 4\n- 2 Punkte');
    expect(lines[0]).toMatchObject({ blank: true, pageBreak: true });
    expect(lines[1]).toMatchObject({ blank: true, pageBreak: true });
    expect(lines[2]).toMatchObject({ blank: false, text: '- 2 Punkte' });
  });
  it('does not take "#hashtag" for a heading', () => {
    expect(splitLines('#wolfsburgdigital')[0]).toMatchObject({ heading: false, text: '#wolfsburgdigital' });
  });
});

describe('joinLines', () => {
  it('joins wrapped lines with one space and folds runs of spaces and tabs', () => {
    expect(joinLines(['Die  Verwaltung\twird', 'beauftragt.'], false)).toBe('Die Verwaltung wird beauftragt.');
  });
  it('keeps line-end hyphens without dehyphenation', () => {
    expect(joinLines(['Digitalisierungsprogram-', 'me'], false)).toBe('Digitalisierungsprogram- me');
  });
  it.each([
    [['Digitalisierungsprogram-', 'me und'], 'Digitalisierungsprogramme und'],
    [['Rechts-', 'und Ordnungsdezernat'], 'Rechts- und Ordnungsdezernat'],
    [['Landes-', 'sowie Bundesebene'], 'Landes- sowie Bundesebene'],
    [['die IT-', 'Strategie'], 'die IT-Strategie'],
    [['2018-', '2022'], '2018-2022'],
    [['Planung -', 'es gehört'], 'Planung - es gehört'],
    [['Kosten: 500,-', 'Euro'], 'Kosten: 500,- Euro'],
  ])('dehyphenates %j → %j', (lines, joined) => {
    expect(joinLines(lines, true)).toBe(joined);
  });
  it('folds spaces linearly', () => {
    expect(foldSpaces('a' + ' '.repeat(100_000) + 'b')).toBe('a b');
  });
});

describe('edge helpers', () => {
  it('looks through markup and quotes', () => {
    expect(lastSignificant('soll:*')).toBe(':');
    expect(lastSignificant('„Digitales Köln“')).toBe('n');
    expect(startsLowerCase('*im Masterplan*')).toBe(true);
    expect(startsLowerCase('„Der“')).toBe(false);
    expect(startsLowerCase('über')).toBe(true);
    expect(stripLineMarkup('**Beschluss:**')).toBe('Beschluss:');
  });
});
