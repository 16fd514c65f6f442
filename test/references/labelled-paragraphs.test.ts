/** "Absatz n" of a clause whose text carries labelled paragraphs: the paragraph labelled "(n)". */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import { labelledParagraph } from '../../src/references/labelled-paragraphs.js';
import { splitParagraphs } from '../../src/text/sentences.js';

const BILL = `Entwurf eines Gesetzes zur Änderung der Landesverfassung

Artikel 1
Änderung der Landesverfassung

Artikel 12 der Landesverfassung wird wie folgt gefasst:

„(1) Die Hafenaufsicht ist Sache des Landes, soweit nicht der Bund zuständig ist. Näheres regelt ein Gesetz.

(2) Die Gemeinden wirken mit.“

Artikel 2
Inkrafttreten

Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.`;

describe('labelled paragraphs', () => {
  it('finds the paragraph by its label, also after an opening quotation mark', () => {
    const text = 'Vorspann:\n\n„(1) Eins.\n\n(2) Zwei.“';
    const p = labelledParagraph(text, splitParagraphs(text), 1)!;
    expect(text.slice(p.start, p.end)).toBe('„(1) Eins.');
    expect(labelledParagraph(text, splitParagraphs(text), 3)).toBeNull();
    expect(labelledParagraph('Eins.\n\nZwei.', splitParagraphs('Eins.\n\nZwei.'), 2)).toBeUndefined();
  });

  it('applies "In Artikel 1 … in Absatz 1 Satz 1" to the quoted new wording the article carries', () => {
    const amended = acceptAll(
      redline(
        BILL,
        'In Artikel 1 werden in Absatz 1 Satz 1 nach dem Wort "Landes" das Komma und die Wörter "soweit nicht der Bund zuständig ist" gestrichen.',
      ),
    );
    expect(amended.clauses[0]!.text).toContain(
      '„(1) Die Hafenaufsicht ist Sache des Landes. Näheres regelt ein Gesetz.',
    );
  });
});
