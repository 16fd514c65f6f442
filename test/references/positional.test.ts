/**
 * A numbered reference never takes an unnumbered paragraph's position for its
 * number when the base numbers an item so — in every API path that resolves
 * references, not only in `redline()` (src/references/positional.ts).
 */
import { describe, expect, it } from 'vitest';
import { AmendmentError } from '../../src/errors.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { checkAmendment } from '../../src/amend/check.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll } from '../../src/redline/model.js';
import { findClause } from '../../src/references/find-clause.js';
import { resolveAddress } from '../../src/references/resolve.js';

/** A letterhead, a title and an intro paragraph before the numbered list (which parsing nests under the intro). */
const LETTERHEAD = parseResolution(`Gemeinde Birkenau
Fraktion im Ortsrat

**Spielplatz am Mühlbach**

Wir beantragen:

1. Der Spielplatz wird erneuert.
2. Die Kosten trägt der Haushalt.`);

/** Unlabelled paragraphs only: "Ziffer 2" is the second paragraph (the documented positional reading). */
const PLAIN = parseResolution(`Der Spielplatz wird erneuert.

Die Kosten trägt der Haushalt.

Der Ortsrat wird beteiligt.`);

describe('a numbered reference and an unnumbered paragraph', () => {
  it('is refused by the resolver, naming the reference and why', () => {
    for (const ref of ['Ziffer 1', 'Nr. 2', 'Punkt 1 Satz 1']) {
      const a = resolveAddress(LETTERHEAD, ref);
      expect(a.kind, ref).toBe('missing');
      expect(a.kind === 'missing' && a.reason, ref).toMatch(/unnumbered paragraph by its position.*not said/u);
    }
    expect(findClause(LETTERHEAD, 'Ziffer 1')).toBeUndefined();
  });

  it('is refused by applyAmendment and checkAmendment with a JSON change', () => {
    const change = { op: 'replace', clause: 'Ziffer 1', old: 'Birkenau', new: 'Birkenhain' } as const;
    expect(() => applyAmendment(LETTERHEAD, [change])).toThrow(AmendmentError);
    expect(() => applyAmendment(LETTERHEAD, [{ op: 'removeClause', clause: 'Ziffer 2' }])).toThrow(
      /"Ziffer 2" would find an unnumbered paragraph/u,
    );
    const [d] = checkAmendment(LETTERHEAD, [change]);
    expect(d).toMatchObject({ code: 'clause-not-found', severity: 'error', clause: 'Ziffer 1' });
  });

  it('keeps the ids and the labelled items', () => {
    expect(findClause(LETTERHEAD, '1')?.text).toMatch(/^Gemeinde Birkenau/u);
    expect(findClause(LETTERHEAD, 'Ziffer 3 Nr. 1')?.text).toBe('Der Spielplatz wird erneuert.');
    const amended = acceptAll(
      applyAmendment(LETTERHEAD, [{ op: 'replace', clause: '1', old: 'Birkenau', new: 'Birkenhain' }]),
    );
    expect(amended.clauses[0]!.text).toMatch(/^Gemeinde Birkenhain/u);
  });

  it('keeps the positional reading where the base numbers nothing so', () => {
    expect(findClause(PLAIN, 'Ziffer 2')?.text).toBe('Die Kosten trägt der Haushalt.');
    // Bullets are positional too: their positions are no numbering that competes (a fast-check round trip).
    const bullets = parseResolution('Der Spielplatz wird erneuert.\n\nDie Kosten:\n\n- Bänke,\n- Rutsche.');
    expect(findClause(bullets, 'Punkt 1')?.text).toBe('Der Spielplatz wird erneuert.');
    const amended = acceptAll(applyAmendment(PLAIN, [{ op: 'removeClause', clause: 'Ziffer 2' }]));
    expect(amended.clauses.map((c) => c.text)).toEqual([
      'Der Spielplatz wird erneuert.',
      'Der Ortsrat wird beteiligt.',
    ]);
  });

  it('never finds a § or an Artikel by position (a base numbering its units as a list still finds them by label)', () => {
    for (const ref of ['§ 3', 'Art. 2', 'Abschnitt 2']) {
      expect(findClause(PLAIN, ref), ref).toBeUndefined();
      expect(resolveAddress(PLAIN, ref), ref).toMatchObject({ kind: 'missing', positional: true });
    }
    expect(() => applyAmendment(PLAIN, [{ op: 'removeClause', clause: '§ 2' }])).toThrow(
      /found by its citation or label only/u,
    );
    expect(findClause(parseResolution('Beschluss:\n\n3. Drei.\n\n4. Vier.'), '§ 4')?.text).toBe('Vier.');
  });

  it('keeps it for an unlabelled paragraph after items where the reference, read by labels, finds nothing else', () => {
    // Absatz 1 numbers an item 3; in Absatz 2 the paragraph after items 1 and 2 is the third, read by position.
    const statute = parseResolution(
      '§ 4 Gebühren\n\n(1) Es gelten:\n\n1. für Kinder 2 Euro,\n2. für Erwachsene 4 Euro,\n3. für Familien 6 Euro.\n\n(2) Die Gebühr beträgt je Kurs\n\n1. bei Lesungen 4 Euro,\n2. bei Kursen 8 Euro,\n\njeweils zuzüglich Material.\n\n(3) Die Gebühr wird sofort fällig.',
    );
    expect(resolveAddress(statute, '§ 4 Absatz 2 Nummer 3')).toMatchObject({
      kind: 'clause',
      clause: { text: 'jeweils zuzüglich Material.' },
    });
  });
});
