/**
 * Issue 17.5: `checkAmendment` indexes every reference form once, so the
 * forms the first label index missed — a sentence of a clause, a path that
 * starts below the top, the base numbering "(alt)", a clause that does not
 * exist — no longer walk the tree once per reference.
 */
import { describe, expect, it } from 'vitest';
import { checkAmendment } from '../../src/index.js';
import type { Change, Clause, Resolution } from '../../src/model.js';
import { assignIds } from '../../src/parse/ids.js';
import { toRoman } from '../../src/parse/labels.js';
import { expectLinearGrowth } from '../timing.js';

/** 40 sections `I.`–`XL.` of numbered items, `n` clauses in all; section I ends in a lettered item. */
function base(n: number): Resolution {
  const per = n / 40 - 1;
  const clauses: Clause[] = [];
  for (let s = 1; s <= 40; s += 1) {
    const items: Clause[] = [];
    for (let k = 1; k <= per; k += 1)
      items.push({
        id: '',
        label: `${k}.`,
        text: `Die Verwaltung prüft Punkt ${s}-${k}. Sie berichtet.`,
        children: [],
      });
    if (s === 1) items[0]!.children.push({ id: '', label: 'a)', text: 'Ein Unterpunkt.', children: [] });
    clauses.push({ id: '', label: `${toRoman(s).toUpperCase()}.`, text: `Abschnitt ${s}`, children: items });
  }
  assignIds(clauses);
  return { lead: '', clauses };
}

/** One change per four clauses in the forms the first index missed. */
function changes(n: number): Change[] {
  const per = n / 40 - 1;
  const out: Change[] = [];
  for (let i = 0; i < n / 4; i += 1) {
    const s = toRoman((i % 40) + 1).toUpperCase();
    const k = ((i * 7) % per) + 1;
    const forms = [`Ziffer ${s} ${k} Satz 1`, `Ziffer ${s} Nr. ${k} (alt)`, `Ziffer ${s} ${k + per + 5}`];
    out.push({ op: 'replace', clause: forms[i % forms.length]!, old: 'prüft', new: 'untersucht' });
  }
  out.push({ op: 'replace', clause: 'Buchstabe a', old: 'Unterpunkt', new: 'Teilpunkt' });
  return out;
}

describe('references at scale', () => {
  it('resolves every form, and reports the clauses that do not exist', () => {
    const diagnostics = checkAmendment(base(800), { changes: changes(800) });
    // Every third change names a clause that does not exist; the last one ("Buchstabe a") resolves.
    expect(diagnostics.length).toBe(changes(800).filter((_, i, all) => i % 3 === 2 && i < all.length - 1).length);
    expect(diagnostics.every((d) => d.code === 'clause-not-found')).toBe(true);
  });

  it('takes linear time in the clauses and references', () => {
    const [small, large] = [2000, 8000].map((n) => ({ base: base(n), amendment: { changes: changes(n) } }));
    expectLinearGrowth(
      'checkAmendment',
      () => checkAmendment(small!.base, small!.amendment),
      () => checkAmendment(large!.base, large!.amendment),
      4,
    );
  });
});
