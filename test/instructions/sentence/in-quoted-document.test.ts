/**
 * "Ergänzen in „<title>“:" / "Ersetzen in „<title>“:" blocks (sentence/in-quoted-document.ts),
 * the quoted title compared word for word with the base's header, and what they must refuse.
 */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/instructions/read.js';
import { acceptAll, redline } from '../../../src/index.js';
import { RedlineError } from '../../../src/errors.js';

const changes = (text: string): unknown => parseAmendment(text).changes;

const base = [
  'Mehr Grün für die Innenstadt!',
  '',
  'Beschluss der Kreismitgliederversammlung vom Mai 2022 in Talbrück',
  '',
  'Die Kreismitgliederversammlung möge beschließen:',
  '',
  'Block 1',
  '',
  'Wir wollen Bäume an jeder Straße, auch wenn das Parkplätze kostet. Die Stadt soll dafür planen.',
  '',
  'Block 2',
  '',
  'Wir fordern Dachgärten auf allen Schulen. Das ist teuer. Es lohnt sich trotzdem.',
].join('\n');

const title = '„Mehr Grün für die Innenstadt! Beschluss der Kreismitgliederversammlung vom Mai 2022 in Talbrück“';

const insertion = `Ergänzen in ${title}:\n\nBlock 1\n\n[… auch wenn das Parkplätze kostet.] Neue Bäume brauchen Wasser.`;

const replacement = `Ersetzen in ${title}:\n\nAb: Block 2 Letzter Satz\n\n„Das ist teuer. Es lohnt sich trotzdem.“\n\nDurch:\n\n„Die Kosten trägt das Land.“`;

describe('changes in a resolution named by its quoted title', () => {
  it('reads "Ergänzen in „…“:" + the unit + "[… tail.] new text" as an insertion after the tail', () => {
    expect(changes(insertion)).toEqual([
      {
        op: 'insert',
        clause: 'Block 1',
        after: 'auch wenn das Parkplätze kostet.',
        new: 'Neue Bäume brauchen Wasser.',
      },
    ]);
    expect(acceptAll(redline(base, insertion)).clauses[0]!.text).toBe(
      'Wir wollen Bäume an jeder Straße, auch wenn das Parkplätze kostet. Neue Bäume brauchen Wasser. Die Stadt soll dafür planen.',
    );
  });

  it('reads "Ersetzen in „…“:" + "Ab: <unit> <sentence>" „old“ "Durch:" „new“ as a replacement in the unit', () => {
    expect(changes(replacement)).toEqual([
      {
        op: 'replace',
        clause: 'Block 2',
        old: 'Das ist teuer. Es lohnt sich trotzdem.',
        new: 'Die Kosten trägt das Land.',
      },
    ]);
    // "Letzter Satz" is one sentence; the quotation is two: the quotation is what is replaced.
    expect(acceptAll(redline(base, replacement)).clauses[1]!.text).toBe(
      'Wir fordern Dachgärten auf allen Schulen. Die Kosten trägt das Land.',
    );
  });

  it('accepts the title line alone, and refuses another title or another date', () => {
    const titleOnly = insertion.replace(title, '„Mehr Grün für die Innenstadt!“');
    expect(() => redline(base, titleOnly)).not.toThrow();
    for (const other of [
      '„Mehr Grün für das Umland! Beschluss der Kreismitgliederversammlung vom Mai 2022 in Talbrück“',
      '„Mehr Grün für die Innenstadt! Beschluss der Kreismitgliederversammlung vom Mai 2019 in Talbrück“',
      '„Beschluss der Kreismitgliederversammlung vom Mai 2022 in Talbrück“',
    ])
      expect(() => redline(base, insertion.replace(title, other))).toThrow(/names the document/u);
  });

  it('refuses a block of another shape, a tail found twice, and an old text outside the unit', () => {
    expect(() => changes(`Ergänzen in ${title}:\n\nBlock 1\n\nNeue Bäume brauchen Wasser.`)).toThrow(
      /place it follows/u,
    );
    expect(() => changes(`Ergänzen in ${title}:\n\n[… kostet.] Neue Bäume.`)).toThrow(/after the colon/u);
    expect(() => changes(`Ersetzen in ${title}:\n\nBlock 2\n\n„teuer“\n\nDurch:\n\n„billig“`)).toThrow(/Ab: Block 3/u);
    expect(() => changes(`Ersetzen in ${title}:\n\nAb: Block 2\n\n„teuer“ „billig“`)).toThrow(/Durch:/u);
    const twice = base.replace('Die Stadt soll dafür planen.', 'Sie pflanzt, auch wenn das Parkplätze kostet.');
    expect(() => redline(twice, insertion)).toThrow(RedlineError);
    expect(() => redline(base, replacement.replace('Ab: Block 2', 'Ab: Block 1'))).toThrow(RedlineError);
  });

  it('leaves "Streichen in „…“:" and other verbs to the reader as before (refused)', () => {
    expect(() => changes(`Streichen in ${title}:\n\nBlock 1`)).toThrow(/quotation cannot be the place/u);
  });
});
