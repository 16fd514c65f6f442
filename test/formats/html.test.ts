/**
 * The HTML reader (`motion-redline/html`): redlines as Antragsgrün, OpenSlides
 * and Word write them, the library's own HTML read back, plain motions, the
 * rehype plugin, options and hostile input.
 */
import { test as fcTest } from '@fast-check/vitest';
import type { Element, Root } from 'hast';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Redline, RedlineClause } from '../../src/model.js';
import { fromHast, fromHtml, rehypeRedline, type HtmlReadResult } from '../../src/formats/html/index.js';
import { toHast } from '../../src/render/hast.js';
import { toHtml } from '../../src/render/html.js';
import { redlineArb } from '../render/generators.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');

const redlineOf = (result: HtmlReadResult): Redline => {
  if (result.kind !== 'redline') throw new Error(`expected a redline, got a ${result.kind}`);
  return result.redline;
};

/** A clause as `label [status] text with [-deleted-]{+inserted+}`, children indented. */
function show(clauses: readonly RedlineClause[], depth = 0): string[] {
  return clauses.flatMap((c) => {
    const text = c.segments
      .map((s) => (s.type === 'delete' ? `[-${s.text}-]` : s.type === 'insert' ? `{+${s.text}+}` : s.text))
      .join('');
    const label = c.baseLabel === undefined ? c.label : `${c.baseLabel}→${c.label}`;
    return [`${'  '.repeat(depth)}${label} (${c.status}) ${text}`, ...show(c.children, depth + 1)];
  });
}

describe('fromHtml', () => {
  it('reads Antragsgrün’s amendment diff', async () => {
    const result = await fromHtml(fixture('antragsgruen.html'));
    const redline = redlineOf(result);
    expect(redline.lead).toBe('Die Mitgliederversammlung möge beschließen:');
    expect(show(redline.clauses)).toEqual([
      '1. (changed) Der Vorstand legt [-jährlich-]{+halbjährlich+} einen Bericht zum Radwegenetz vor.',
      '2. (changed) Die Abstellanlagen am Bahnhof werden [-geprüft-]{+bis Ende 2026 verdoppelt+} und überdacht.',
      '- (inserted) {+Lastenräder werden in die Förderung aufgenommen.+}',
      ' (deleted) [-Eine Arbeitsgruppe begleitet die Umsetzung.-]',
      '3. (changed) Die Kosten trägt der [-Ortsverband-]{+Kreisverband+}.',
    ]);
    expect(result.kind === 'redline' && result.title).toBe('Änderungsantrag Ä2 zu A7: Radverkehr in der Südstadt');
  });

  it('reads an OpenSlides change recommendation (line numbers left out, exact spaces)', async () => {
    const result = await fromHtml(fixture('openslides.html'));
    const redline = redlineOf(result);
    expect(redline.lead).toBe('Der Stadtrat möge beschließen:');
    expect(show(redline.clauses)).toEqual([
      '1. (changed) Die Bibliothek öffnet {+auch +}sonntags von 11 bis [-16-]{+18+} Uhr. Der Eintritt bleibt frei.',
      '2. (deleted) [-Die Ausleihe wird auf zwei Wochen begrenzt.-]',
      '2. (inserted) {+Für Schulklassen gibt es Führungen.+}',
      '3. (unchanged) Die Verwaltung berichtet im Kulturausschuss.',
      ' (inserted) {+Die Maßnahmen werden nach einem Jahr ausgewertet.+}',
    ]);
    expect(result.kind === 'redline' && result.amended.clauses[0]!.text).toBe(
      'Die Bibliothek öffnet auch sonntags von 11 bis 18 Uhr. Der Eintritt bleibt frei.',
    );
    // The renumbering: the inserted item takes number 2, the item after it was 3 before and is 3 after.
    expect(redline.clauses[3]!.baseLabel).toBeUndefined();
  });

  it('reads Word’s clipboard HTML: list numbers and levels from mso-list, <s> struck, bold inserted on request', async () => {
    const redline = redlineOf(await fromHtml(fixture('word.html'), { boldInsertions: true }));
    expect(redline.lead).toBe('Der Rat möge beschließen:');
    expect(show(redline.clauses)).toEqual([
      '1. (changed) Die Stadt legt ein Programm für [-Dachbegrünung-]{+Dach- und Fassadenbegrünung+} auf.',
      '  a) (changed) Gefördert werden Gebäude [-im Stadtzentrum-]{+im ganzen Stadtgebiet+}.',
      '2. (unchanged) Die Mittel stehen ab 2026 bereit.',
    ]);
  });

  it('leaves bold alone unless boldInsertions is set', async () => {
    const redline = redlineOf(await fromHtml(fixture('word.html')));
    expect(show(redline.clauses)[0]).toBe(
      '1. (changed) Die Stadt legt ein Programm für [-Dachbegrünung -]Dach- und Fassadenbegrünung auf.',
    );
  });

  it('reads a plain motion into a Motion, labels from the lists', async () => {
    const result = await fromHtml(fixture('motion.html'));
    if (result.kind !== 'motion') throw new Error('expected a motion');
    const { motion } = result;
    expect(motion.title).toBe('Trinkbrunnen in der Innenstadt');
    expect(motion.resolution.lead).toBe('Der Rat möge beschließen:');
    expect(motion.resolution.clauses.map((c) => [c.label, c.children.map((k) => k.label)])).toEqual([
      ['1.', ['a)', 'b)']],
      ['2.', []],
    ]);
    expect(motion.resolution.clauses[0]!.children[1]!.text).toBe(
      'Die Standorte werden mit den Bezirksvertretungen abgestimmt.',
    );
    expect(motion.rationale).toContain('Hitzetage werden häufiger');
  });

  it('numbers lists from start, type and value, not from the text', async () => {
    const html =
      '<p>Der Rat beschließt:</p><ol type="I" start="3"><li>Drei</li><li value="7">Sieben</li><li>Acht</li></ol>';
    const result = await fromHtml(html);
    if (result.kind !== 'motion') throw new Error('expected a motion');
    expect(result.motion.resolution.clauses.map((c) => c.label)).toEqual(['III.', 'VII.', 'VIII.']);
  });

  it('reads text-decoration: line-through, labels written in paragraphs and renumbering', async () => {
    const html =
      '<p>Der Rat beschließt:</p><p>1. Wir <span style="text-decoration: line-through">prüfen</span> <ins>handeln</ins>.</p>' +
      '<p>a) Sofort.</p><p><del>2.</del> <ins>3.</ins> Danach.</p><p>Zweiter Absatz von 3.</p>';
    expect(show(redlineOf(await fromHtml(html)).clauses)).toEqual([
      '1. (changed) Wir [-prüfen-]{+handeln+}.',
      '  a) (unchanged) Sofort.',
      '2.→3. (unchanged) Danach.\n\nZweiter Absatz von 3.',
    ]);
  });

  it('gives back the library’s own HTML: fromHtml(toHtml(r)) is r', async () => {
    for (const name of ['seed-000', 'structure']) {
      const redline = JSON.parse(
        readFileSync(new URL(`../../fixtures/render/${name}.redline.json`, import.meta.url), 'utf8'),
      ) as Redline;
      expect(redlineOf(await fromHtml(toHtml(redline), { as: 'redline' }))).toEqual(redline);
      expect(redlineOf(await fromHtml(toHtml(redline, { document: true }), { as: 'redline' }))).toEqual(redline);
    }
  });

  it('rejects what is not HTML, and bad options', async () => {
    await expect(fromHtml(42 as unknown as string)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(fromHtml('<p>x</p>', { as: 'pdf' as 'auto' })).rejects.toThrow(/"as"/);
    expect(() => fromHast({ type: 'text', value: 'x' } as unknown as Root)).toThrow(/hast tree/);
  });

  it('treats markup inside text as text and survives a deeply nested page', async () => {
    const redline = redlineOf(
      await fromHtml('<ol><li>a &lt;script&gt;x&lt;/script&gt; <ins>&lt;b&gt;</ins></li></ol>'),
    );
    expect(show(redline.clauses)).toEqual(['1. (changed) a <script>x</script>{+ <b>+}']);
    let inner: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'tief' }] };
    for (let i = 0; i < 20_000; i++) inner = { type: 'element', tagName: 'span', properties: {}, children: [inner] };
    const deep = fromHast({
      type: 'root',
      children: [{ type: 'element', tagName: 'ins', properties: {}, children: [inner] }],
    });
    expect(show(redlineOf(deep).clauses)).toEqual([' (inserted) {+tief+}']);
  });
});

describe('rehypeRedline', () => {
  it('stores the reading in file.data.motionRedline and leaves the tree alone', () => {
    const tree = toHast({
      lead: '',
      clauses: [
        {
          id: '1',
          label: '1.',
          status: 'changed',
          segments: [
            { type: 'equal', text: 'Wir ' },
            { type: 'delete', text: 'prüfen' },
            { type: 'insert', text: 'handeln' },
          ],
          children: [],
        },
      ],
    });
    const before = JSON.stringify(tree);
    const file = { data: {} as Record<string, unknown> };
    rehypeRedline()(tree, file);
    expect(JSON.stringify(tree)).toBe(before);
    expect(show(redlineOf(file.data['motionRedline'] as HtmlReadResult).clauses)).toEqual([
      '1. (changed) Wir [-prüfen-]{+handeln+}',
    ]);
  });
});

describe('fromHast(toHast(r)) gives back r', () => {
  fcTest.prop([redlineArb], { numRuns: 150 })('on random redlines with hostile text', (redline) => {
    expect(redlineOf(fromHast(toHast(redline), { as: 'redline' }))).toEqual(redline);
  });
});
