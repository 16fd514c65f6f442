import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/parse/resolution.js';
import { listEnd } from '../../src/references/after-list.js';
import { resolveAddress } from '../../src/references/resolve.js';

/** A statute whose § 3 Absatz 2 introduces a list with the `items` lines (and whatever follows them). */
function statute(items: string): ReturnType<typeof parseResolution> {
  return parseResolution(`§ 3 Beiträge\n\n(1) Beiträge werden jährlich erhoben.\n\n(2) Der Beitrag beträgt:\n${items}`);
}

function sentencesAfter(items: string): string[] | undefined {
  const absatz = statute(items).clauses[0]!.children[1]!;
  const end = listEnd(absatz);
  return end?.after.map((s) => end.item.text.slice(s.start, s.end));
}

function where(items: string, ref: string): string {
  const a = resolveAddress(statute(items), ref);
  if (a.kind !== 'clause') return a.kind === 'missing' ? `missing: ${a.reason}` : 'whole';
  return `${a.clause.id} ${a.clause.text.slice(a.scope.start, a.scope.end)}`;
}

const RUN_ON = '1. für Kinder 10 Euro,\n2. für Erwachsene 20 Euro, und\n3. für Familien 30 Euro.';

describe('listEnd: the sentences after a run-on list', () => {
  it('finds them where the items go on with "," or "und" and the last one ends with a full stop', () => {
    expect(sentencesAfter(`${RUN_ON}\nErmäßigungen gewährt der Vorstand.`)).toEqual([
      'Ermäßigungen gewährt der Vorstand.',
    ]);
    expect(sentencesAfter(RUN_ON)).toEqual([]);
    // Two sentences after the item's own: the first may still be the item's — which is the Absatz's is not said.
    expect(sentencesAfter(`${RUN_ON}\nErmäßigungen gewährt der Vorstand. Er entscheidet jährlich.`)).toBe(undefined);
  });

  it('does not take a hard-wrapped abbreviation or date at a line end for the end of the list', () => {
    expect(
      sentencesAfter('1. für Kinder 10 Euro je Std.\nBetreuung,\n2. für Erwachsene 20 Euro je Std.\nBetreuung.'),
    ).toEqual([]);
    expect(sentencesAfter('1. für Kinder 10 Euro,\n2. für Erwachsene ab dem 1.\nJanuar 20 Euro.')).toEqual([]);
  });

  it('does not read an end where the punctuation does not show one', () => {
    // Items that are sentences of their own: the last one may have a second sentence.
    expect(sentencesAfter('1. Kinder zahlen 10 Euro.\n2. Erwachsene zahlen 20 Euro.\nDer Vorstand entscheidet.')).toBe(
      undefined,
    );
    // No mark after the items.
    expect(sentencesAfter('1. für Kinder 10 Euro\n2. für Erwachsene 20 Euro.\nDer Vorstand entscheidet.')).toBe(
      undefined,
    );
    // One item only.
    expect(sentencesAfter('1. für Kinder 10 Euro.\nDer Vorstand entscheidet.')).toBe(undefined);
    // What follows the full stop starts in lower case: it stays in the list's sentence, nothing is after it.
    expect(sentencesAfter('1. für Kinder 10 Euro,\n2. für Erwachsene 20 Euro. ggf. mehr.')).toEqual([]);
    // The last item has sub-items.
    expect(
      sentencesAfter('1. für Kinder 10 Euro,\n2. für Erwachsene\na) 20 Euro,\nb) 30 Euro.\nDer Vorstand entscheidet.'),
    ).toBe(undefined);
  });
});

describe('resolveAddress counts a sentence after the list', () => {
  const items = `${RUN_ON}\nErmäßigungen gewährt der Vorstand.`;

  it('as Satz 2 and the last sentence of the Absatz, in the last item', () => {
    expect(where(items, '§ 3 Absatz 2 Satz 1')).toBe('§3.2 Der Beitrag beträgt:');
    expect(where(items, '§ 3 Absatz 2 Satz 2')).toBe('§3.2.3 Ermäßigungen gewährt der Vorstand.');
    expect(where(items, '§ 3 Absatz 2 letzter Satz')).toBe('§3.2.3 Ermäßigungen gewährt der Vorstand.');
    expect(where(items, '§ 3 Abs. 2 Satz 3')).toBe('missing: clause "§ 3 Absatz 2" has 2 sentences, not 3');
  });

  it('not where the list does not show its end', () => {
    expect(
      where(
        '1. Kinder zahlen 10 Euro.\n2. Erwachsene zahlen 20 Euro.\nDer Vorstand entscheidet.',
        '§ 3 Absatz 2 Satz 2',
      ),
    ).toBe('missing: clause "§ 3 Absatz 2" has 1 sentence, not 2');
  });
});
