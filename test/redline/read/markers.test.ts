/**
 * The linear scanner must read every paragraph it accepts exactly as
 * remark-parse + remark-gfm do (read-inline's reference reader).
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWithRemark } from '../../../src/redline/read/inline.js';
import { scanParagraph } from '../../../src/redline/read/markers.js';
import { expectLinearGrowth } from '../../timing.js';

/** Pieces of Markdown that exercise delimiter runs, flanking, escapes, code spans and references. */
const atoms = [
  '*',
  '**',
  '***',
  '_',
  '__',
  '~',
  '~~',
  '~~~',
  '\\*',
  '\\~',
  '\\_',
  '\\\\',
  '`',
  '``',
  'a',
  'b',
  'Kölner',
  'innen',
  ' ',
  '  ',
  '.',
  ',',
  '(',
  ')',
  '„',
  '“',
  '-',
  '#',
  '# ',
  '- ',
  '1. ',
  '&#42;',
  '&#x7E;',
  '&#0;',
  '&',
  'ä',
  '😀',
  '\t',
  '!',
  '|',
];
const paragraph = fc.array(fc.constantFrom(...atoms), { minLength: 1, maxLength: 24 }).map((a) => a.join(''));

describe('scanParagraph', () => {
  fcTest.prop([paragraph], { numRuns: 3000 })('reads like remark wherever it reads at all', (text) => {
    const scanned = scanParagraph(text);
    if (scanned !== undefined) expect(scanned).toEqual(readWithRemark(text));
  });

  it('agrees with remark on hand-picked cases', () => {
    for (const text of [
      'a ~~b~~ **c** d',
      '**Kölner*innen**',
      'Kölner*innen ~~und~~ **sowie** Expert*innen',
      '***a***',
      '**a ~~b** c~~',
      '~~a **b~~ c**',
      '*a **b** c*',
      '**a*b*c**',
      '`**x**` **y**',
      '\\*\\*x\\*\\* &#42;&#42;y&#42;&#42;',
      'a**~~b~~**c',
      '__a__ _b_ a_b_c',
    ]) {
      expect(scanParagraph(text), text).toEqual(readWithRemark(text));
    }
  });

  it('leaves links, HTML, named references and autolinks to remark', () => {
    for (const text of [
      '[a](b)',
      '<b>x</b>',
      '&amp;',
      'www.x.de',
      'a@b.de',
      'http://x',
      '    code',
      '> zitat',
      'a\nb',
    ]) {
      expect(scanParagraph(text), text).toBeUndefined();
    }
    expect(scanParagraph('\\[a](b) \\<b> \\&amp; www\\.x')).toBeDefined();
  });

  it('is linear on delimiter-heavy input', () => {
    const text = (n: number): string => 'a** Kölner*innen ~~b _c '.repeat(n);
    const [small, large] = [text(10_000), text(40_000)];
    expectLinearGrowth(
      'scanParagraph',
      () => scanParagraph(small),
      () => scanParagraph(large),
      4,
    );
  });
});
