import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/parse/resolution.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { toHtml } from '../../src/render/html.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toText } from '../../src/render/text.js';

const base = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung legt vierteljährlich einen Bericht über jedes Vorhaben vor.
2. Der Rat wird beteiligt.`);
const amended = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung legt halbjährlich einen Bericht über jedes Vorhaben vor.
2. Der Rat wird beteiligt.
3. Neu ist <b>das</b>.`);
const r = diffResolutions(base, amended);

describe('lineNumbers in the renderers', () => {
  it('text: numbers of the base lines in a margin, inserted clause unnumbered', () => {
    expect(toText(r, { lineNumbers: true, lineLength: 40 })).toBe(
      [
        '   Der Rat möge beschließen:',
        '',
        '1  1. Die Verwaltung legt [-vierteljährlich-]{+halbjährlich+}',
        '2  einen Bericht über jedes Vorhaben vor.',
        '3  2. Der Rat wird beteiligt.',
        '   {+3.+} {+Neu ist <b>das</b>.+}',
        '',
      ].join('\n'),
    );
  });

  it('Markdown: the number as code, lines joined by hard breaks', () => {
    const md = toMarkdown(r, { lineNumbers: true, lineLength: 40 });
    expect(md).toContain(
      '`1` 1\\. Die Verwaltung legt ~~vierteljährlich~~**halbjährlich**\\\n`2` einen Bericht über jedes Vorhaben vor.',
    );
    expect(md).toContain('**3\\.** **Neu ist \\<b>das\\</b>.**');
  });

  it('HTML: the number is a data attribute drawn by CSS, not text; all text escaped', () => {
    const html = toHtml(r, { lineNumbers: true, lineLength: 40 });
    expect(html).toContain('<div class="redline-line" data-line="2">einen Bericht über jedes Vorhaben vor.</div>');
    expect(html).toContain('user-select: none');
    expect(html).toContain('content: attr(data-line)');
    expect(html).toContain('&lt;b>das&lt;/b>');
    // The text content (tags stripped) contains no line number.
    const line2 = /<div class="redline-line" data-line="2">(.*?)<\/div>/u.exec(html)![1]!;
    expect(line2.replace(/<[^>]*>/gu, '')).not.toMatch(/^\s*2/u);
    const page = toHtml(r, { lineNumbers: true, document: true });
    expect(page).toMatch(/<head>[\s\S]*redline-line\[data-line\]::before[\s\S]*<\/head>/u);
  });

  it('numbers a resolution as its own base and validates lineLength', () => {
    expect(toText(base, { lineNumbers: true, lineLength: 40 }).split('\n')[3]).toBe(
      '2  einen Bericht über jedes Vorhaben vor.',
    );
    expect(() => toText(base, { lineNumbers: true, lineLength: 3 })).toThrow(/lineLength/u);
    // Without lineNumbers the output is unchanged.
    expect(toText(base, { lineLength: 40 })).toBe(toText(base));
  });
});
