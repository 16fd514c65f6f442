import { describe, it, expect } from 'vitest';
import type { Clause, Redline, Resolution } from '../../src/model.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { RedlineError } from '../../src/errors.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { checkRedline, withIds } from './helpers.js';
import { expectLinearGrowth } from '../timing.js';

const c = (label: string, text: string, children: Clause[] = []): Clause => ({ id: '', label, text, children });
const res = (...clauses: Clause[]): Resolution => ({ lead: 'Der Rat möge beschließen:', clauses });

/** One line per clause: id, status, (base label), label and the Markdown-like text. */
function outline(redline: Redline): string[] {
  const lines: string[] = [];
  const walk = (clauses: Redline['clauses'], depth: number): void => {
    for (const clause of clauses) {
      const text = clause.segments
        .map((s) => (s.type === 'equal' ? s.text : s.type === 'delete' ? `~~${s.text}~~` : `**${s.text}**`))
        .join('');
      const was = clause.baseLabel === undefined ? '' : ` (was ${clause.baseLabel})`;
      lines.push(`${'  '.repeat(depth)}${clause.id} ${clause.status}${was}: ${clause.label} ${text}`);
      walk(clause.children, depth + 1);
    }
  };
  walk(redline.clauses, 0);
  return lines;
}

function roundTrip(base: Resolution, amended: Resolution): Redline {
  const redline = diffResolutions(base, amended);
  expect(rejectAll(redline)).toEqual(withIds(base));
  expect(acceptAll(redline)).toEqual(withIds(amended));
  checkRedline(redline);
  return redline;
}

const one = 'Die Verwaltung wird beauftragt, ein Konzept zu erarbeiten.';
const two = 'Der Masterplan wird vierteljährlich fortgeschrieben.';
const three = 'Die Stabsstelle berichtet dem Ausschuss über den Stand.';
const four = 'Ein Digitalrat wird bei der Oberbürgermeisterin eingerichtet.';

describe('diffResolutions: clause alignment', () => {
  it('diffs words within matched clauses', () => {
    const redline = roundTrip(
      res(c('1.', one), c('2.', two)),
      res(c('1.', one), c('2.', two.replace('vierteljährlich', 'halbjährlich'))),
    );
    expect(outline(redline)).toEqual([
      `1 unchanged: 1. ${one}`,
      '2 changed: 2. Der Masterplan wird ~~vierteljährlich~~**halbjährlich** fortgeschrieben.',
    ]);
    expect(redline.lead).toBe('Der Rat möge beschließen:');
  });

  it('recognises an inserted clause and the renumbering after it', () => {
    const redline = roundTrip(
      res(c('1.', one), c('2.', two), c('3.', three)),
      res(c('1.', one), c('2.', 'Eine Datenstrategie wird vorgelegt.'), c('3.', two), c('4.', three)),
    );
    expect(outline(redline)).toEqual([
      `1 unchanged: 1. ${one}`,
      '2 inserted: 2. **Eine Datenstrategie wird vorgelegt.**',
      `3 unchanged (was 2.): 3. ${two}`,
      `4 unchanged (was 3.): 4. ${three}`,
    ]);
  });

  it('recognises a deleted clause, giving way to the renumbered one for its id', () => {
    const redline = roundTrip(
      res(c('1.', one), c('2.', two), c('3.', three.replace('Stand', 'Fortschritt'))),
      res(c('1.', one), c('2.', three)),
    );
    expect(outline(redline)).toEqual([
      `1 unchanged: 1. ${one}`,
      `2-alt deleted: 2. ~~${two}~~`,
      '2 changed (was 3.): 2. Die Stabsstelle berichtet dem Ausschuss über den ~~Fortschritt~~**Stand**.',
    ]);
  });

  it('shows a moved clause as deleted at the old and inserted at the new place', () => {
    const redline = roundTrip(
      res(c('1.', one), c('2.', two), c('3.', three), c('4.', four)),
      res(c('1.', four), c('2.', one), c('3.', two), c('4.', three)),
    );
    expect(outline(redline)).toEqual([
      `1 inserted: 1. **${four}**`,
      `2 unchanged (was 1.): 2. ${one}`,
      `3 unchanged (was 2.): 3. ${two}`,
      `4 unchanged (was 3.): 4. ${three}`,
      `4-alt deleted: 4. ~~${four}~~`,
    ]);
  });

  it('pairs a reworded clause that keeps its label, but not dissimilar clauses under other labels', () => {
    const redline = roundTrip(
      res(c('1.', one), c('2.', two), c('3.', three)),
      res(c('1.', one), c('2.', 'Völlig neuer Wortlaut ohne Gemeinsamkeiten.'), c('3.', three)),
    );
    expect(outline(redline)[1]).toBe(
      `2 changed: 2. ~~${two.slice(0, -1)}~~**Völlig neuer Wortlaut ohne Gemeinsamkeiten**.`,
    );
  });

  it('prefers a similar clause over a same-label one when clauses shift', () => {
    const changedTwo = two.replace('vierteljährlich', 'halbjährlich');
    const redline = roundTrip(
      res(c('1.', one), c('2.', two), c('3.', three)),
      res(c('1.', one), c('2.', 'Neu: Eine Datenstrategie wird vorgelegt.'), c('3.', changedTwo), c('4.', three)),
    );
    expect(outline(redline).slice(1, 3)).toEqual([
      '2 inserted: 2. **Neu: Eine Datenstrategie wird vorgelegt.**',
      '3 changed (was 2.): 3. Der Masterplan wird ~~vierteljährlich~~**halbjährlich** fortgeschrieben.',
    ]);
  });

  it('aligns children within matched parents, level by level', () => {
    const redline = roundTrip(
      res(c('1.', one, [c('a)', 'erstens'), c('b)', 'zweitens mit Kölner*innen')]), c('2.', two)),
      res(c('1.', one, [c('a)', 'zweitens mit Bürger*innen'), c('b)', 'drittens')]), c('2.', two)),
    );
    expect(outline(redline)).toEqual([
      `1 unchanged: 1. ${one}`,
      '  1.a-alt deleted: a) ~~erstens~~',
      '  1.a changed (was b)): a) zweitens mit ~~Kölner*innen~~**Bürger*innen**',
      '  1.b inserted: b) **drittens**',
      `2 unchanged: 2. ${two}`,
    ]);
  });

  it('deletes and inserts whole subtrees', () => {
    const redline = roundTrip(
      res(c('1.', one), c('2.', two, [c('a)', 'erstens', [c('-', 'Punkt')])])),
      res(c('1.', one), c('3.', four, [c('-', 'neu')])),
    );
    const statuses = outline(redline).map((line) => line.trim().split(':')[0]);
    expect(statuses).toEqual([
      '1 unchanged',
      '2 deleted',
      '2.a deleted',
      '2.a.1 deleted',
      '3 inserted',
      '3.1 inserted',
    ]);
  });

  it('treats a typographic-only difference as unchanged but keeps both versions exactly', () => {
    const base = res(c('1.', 'Der Masterplan „Digitales Köln 2025“ wird erstellt.'));
    const amended = res(c('1.', 'Der Masterplan "Digitales Ko\u0308ln 2025" wird\u00A0erstellt.'));
    const redline = roundTrip(base, amended);
    expect(redline.clauses[0]!.status).toBe('unchanged');
    expect(diffResolutions(base, amended, { ignoreTypography: false }).clauses[0]!.status).toBe('changed');
  });

  it('keeps duplicate texts apart by position', () => {
    roundTrip(
      res(c('-', 'gleich'), c('-', 'gleich'), c('-', 'anders')),
      res(c('-', 'gleich'), c('-', 'anders'), c('-', 'gleich')),
    );
    roundTrip(res(c('', ''), c('', '')), res(c('', ''), c('', ''), c('', '')));
  });

  it('keeps the amended lead in lead and both leads in leadSegments', () => {
    const redline = diffResolutions({ lead: 'alt:', clauses: [] }, { lead: 'neu:', clauses: [] });
    expect(redline).toEqual({
      lead: 'neu:',
      leadSegments: [
        { type: 'delete', text: 'alt' },
        { type: 'insert', text: 'neu' },
        { type: 'equal', text: ':' },
      ],
      clauses: [],
    });
    expect(rejectAll(redline).lead).toBe('alt:');
    expect(acceptAll(redline).lead).toBe('neu:');
  });

  it('diffs a changed lead word by word and leaves an unchanged lead without leadSegments', () => {
    const base = { lead: 'Der Rat möge beschließen:', clauses: [] };
    const changed = diffResolutions(base, { lead: 'Der Rat beschließt:', clauses: [] });
    expect(changed.leadSegments).toEqual([
      { type: 'equal', text: 'Der Rat ' },
      { type: 'delete', text: 'möge beschließen' },
      { type: 'insert', text: 'beschließt' },
      { type: 'equal', text: ':' },
    ]);
    expect(diffResolutions(base, base)).not.toHaveProperty('leadSegments');
  });

  it('keeps a typographic-only lead change in leadSegments, so rejectAll gives the base lead exactly', () => {
    const redline = diffResolutions(
      { lead: 'Zum Antrag „Radwege“:', clauses: [] },
      { lead: 'Zum Antrag "Radwege":', clauses: [] },
    );
    expect(rejectAll(redline).lead).toBe('Zum Antrag „Radwege“:');
    expect(acceptAll(redline).lead).toBe('Zum Antrag "Radwege":');
  });

  it('aligns a large gap (every clause changed, one inserted at the top) without quadratic work', () => {
    const base = res(
      ...Array.from({ length: 300 }, (_, i) => c(`${i + 1}.`, `Maßnahme ${i} betrifft Schule ${i} und Kita ${i * 7}.`)),
    );
    const amended = res(
      c('1.', 'Eine ganz neue Maßnahme.'),
      ...base.clauses.map((clause, i) => c(`${i + 2}.`, clause.text.replace('betrifft', 'umfasst'))),
    );
    const redline = roundTrip(base, amended);
    expect(redline.clauses[0]!.status).toBe('inserted');
    expect(
      redline.clauses.slice(1).every((clause) => clause.status === 'changed' && clause.baseLabel !== undefined),
    ).toBe(true);
  });

  it('grows linearly when every clause is rewritten (hostile input)', () => {
    // Words from one small vocabulary, in an order that depends on the version (`seed`): no
    // clause keeps its text, and every clause looks a little like every other. (The order
    // must not repeat between the versions, or some clauses would stay and the two sizes
    // would be different cases.)
    const text = (seed: number, i: number): string =>
      Array.from({ length: 60 }, (_, k) => `w${(k * (7919 + seed) + i * 31) % 503}`).join(' ');
    const make = (n: number, seed: number): Resolution =>
      res(...Array.from({ length: n }, (_, i) => c(`${i + 1}.`, text(seed, i))));
    const [base, amended] = [make(800, 1), make(800, 250)];
    expect(acceptAll(diffResolutions(base, amended))).toEqual(withIds(amended));
    const [baseQuarter, amendedQuarter] = [make(200, 1), make(200, 250)];
    expectLinearGrowth(
      'diffResolutions, every clause rewritten',
      () => diffResolutions(baseQuarter, amendedQuarter),
      () => diffResolutions(base, amended),
      4,
    );
  });

  it('handles a very deep tree without overflowing the stack', () => {
    const deep = (text: string): Resolution => {
      const root = c('1.', text);
      let node = root;
      for (let i = 0; i < 3000; i += 1) {
        const child = c('a)', `Ebene ${i}`);
        node.children.push(child);
        node = child;
      }
      node.text = text;
      return res(root);
    };
    const redline = diffResolutions(deep('alt'), deep('neu'));
    expect(acceptAll(redline).clauses[0]!.text).toBe('neu');
  });

  it('rejects what is not a resolution with a RedlineError', () => {
    const bad: unknown[] = [
      null,
      'text',
      { lead: '', clauses: 'x' },
      { lead: '', clauses: [{ label: '1.', text: 3, children: [] }] },
    ];
    for (const value of bad) {
      expect(() => diffResolutions(value as Resolution, res())).toThrow(RedlineError);
      expect(() => diffResolutions(res(), value as Resolution)).toThrow(RedlineError);
    }
    const cyclic = c('1.', 'x');
    cyclic.children.push(cyclic);
    expect(() => diffResolutions(res(cyclic), res())).toThrow(/occurs twice/);
    expect(() => diffResolutions(res(), res(), { matchThreshold: 5 })).toThrow(RedlineError);
  });
});
