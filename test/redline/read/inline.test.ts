import { describe, expect, it } from 'vitest';
import { chunksOf, readInline } from '../../../src/redline/read/inline.js';
import { expectLinearGrowth } from '../../timing.js';

const text = (source: string): string =>
  readInline(source)
    .map((p) => p.text)
    .join('');

describe('readInline', () => {
  it('reads ~~…~~ as deleted and **…** as inserted', () => {
    expect(readInline('a ~~b~~ **c** d')).toEqual([
      { type: 'equal', text: 'a ' },
      { type: 'delete', text: 'b' },
      { type: 'equal', text: ' ' },
      { type: 'insert', text: 'c' },
      { type: 'equal', text: ' d' },
    ]);
  });

  it('keeps gender stars that CommonMark would read as emphasis', () => {
    expect(text('der Kölner*innen, der Kölner Wirtschaft und der Expert*innen')).toBe(
      'der Kölner*innen, der Kölner Wirtschaft und der Expert*innen',
    );
    expect(readInline('**Kölner*innen**')).toEqual([{ type: 'insert', text: 'Kölner*innen' }]);
  });

  it('finds markers inside a gender-star "emphasis"', () => {
    expect(readInline('Kölner*innen ~~und~~ **sowie** Expert*innen')).toEqual([
      { type: 'equal', text: 'Kölner*innen ' },
      { type: 'delete', text: 'und' },
      { type: 'equal', text: ' ' },
      { type: 'insert', text: 'sowie' },
      { type: 'equal', text: ' Expert*innen' },
    ]);
  });

  it('decodes escapes and character references in text, keeps code, links and HTML as written', () => {
    expect(text('\\*a\\_ &amp; &#x20;b `c \\* d` [e](f\\*g) <i>h</i> www.x.de i@j.de')).toBe(
      '*a_ &  b `c \\* d` [e](f\\*g) <i>h</i> www.x.de i@j.de',
    );
    expect(text('C:\\Users und \\\\x')).toBe('C:\\Users und \\x');
  });

  it('reads text without markers, escapes or references as it is', () => {
    const source = 'Kein *Stern* hier_ und <b> und [x] und `y`';
    expect(readInline(source)).toEqual([{ type: 'equal', text: source }]);
  });

  it('keeps paragraph breaks and block syntax', () => {
    expect(text('# Titel\n\n- a **b**\n\n> c')).toBe('# Titel\n\n- a b\n\n> c');
  });

  it('takes nothing inside a change for markup but the escapes', () => {
    expect(readInline('~~a **b** \\*c~~')).toEqual([{ type: 'delete', text: 'a **b** *c' }]);
  });

  it('reads a lone or unbalanced marker as text', () => {
    expect(text('a ~~ b ** c')).toBe('a ~~ b ** c');
    expect(text('~~nicht geschlossen')).toBe('~~nicht geschlossen');
  });
});

describe('long paragraphs', () => {
  it('are read in bounded pieces that join back to the paragraph', () => {
    const paragraph = 'Die Verwaltung ~~prüft~~ **beschließt** für Kölner*innen `a b` <b>x</b> und. '.repeat(2_000);
    const chunks = chunksOf(paragraph);
    expect(chunks.join('')).toBe(paragraph);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(8_100);
    // Every marker pair is still found.
    const pieces = readInline(paragraph);
    expect(pieces.filter((p) => p.type === 'delete')).toHaveLength(2_000);
    expect(pieces.filter((p) => p.type === 'insert')).toHaveLength(2_000);
    expect(pieces.map((p) => p.text).join('')).toBe(paragraph.replace(/~~|\*\*/g, ''));
  });

  it('cut even without spaces, never inside an escape', () => {
    const paragraph = '\\*'.repeat(40_000);
    const chunks = chunksOf(paragraph);
    expect(chunks.join('')).toBe(paragraph);
    for (const chunk of chunks) expect(chunk.startsWith('\\*')).toBe(true);
  });

  it('take about linear time on delimiter-heavy input', () => {
    const text = (n: number): string => 'Kölner*innen a** ~~b '.repeat(n);
    const [small, large] = [text(2_000), text(8_000)];
    expectLinearGrowth(
      'readInline',
      () => readInline(small),
      () => readInline(large),
      4,
    );
  });
});
