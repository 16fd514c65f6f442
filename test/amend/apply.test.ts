import { describe, expect, it } from 'vitest';
import { AmendmentError, RedlineError } from '../../src/errors.js';
import type { Change, Clause, Redline, RedlineClause, Resolution } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { expectLinearGrowth } from '../timing.js';

const base: Resolution = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung informiert die Öffentlichkeit über die Presse der Stadt und die sozialen Medien.
2. Die Verwaltung legt einen Bericht über jedes Vorhaben und die Kosten vor. Der Bericht wird veröffentlicht. Er enthält z. B. Zahlen.
3. Folgende Maßnahmen werden geprüft:
   a) ein Solarkataster,
   b) ein Tempolimit.
4. Der Rat wird beteiligt.`);

const apply = (...changes: Change[]): Redline => applyAmendment(base, changes);
const clause = (r: Redline, id: string): RedlineClause => {
  const stack = [...r.clauses];
  while (stack.length > 0) {
    const c = stack.shift()!;
    if (c.id === id) return c;
    stack.push(...c.children);
  }
  throw new Error(`no clause ${id}`);
};
const amendedText = (r: Redline, id: string): string =>
  clause(r, id)
    .segments.filter((s) => s.type !== 'delete')
    .map((s) => s.text)
    .join('');
const summary = (clauses: readonly RedlineClause[]): string[] =>
  clauses.flatMap((c) => [
    `${c.id} ${c.label}${c.baseLabel !== undefined ? ` (was ${c.baseLabel})` : ''} ${c.status}`,
    ...summary(c.children).map((s) => `  ${s}`),
  ]);

describe('spacing and punctuation', () => {
  it('deleting words before a full stop leaves no space before it', () => {
    const r = apply({ op: 'delete', clause: '1', old: 'und die sozialen Medien' });
    expect(clause(r, '1').segments).toEqual([
      { type: 'equal', text: 'Die Verwaltung informiert die Öffentlichkeit über die Presse der Stadt' },
      { type: 'delete', text: ' und die sozialen Medien' },
      { type: 'equal', text: '.' },
    ]);
    expect(amendedText(r, '1')).toBe('Die Verwaltung informiert die Öffentlichkeit über die Presse der Stadt.');
  });

  it('inserting ", die Bearbeitungsdauer" after "Vorhaben" attaches the comma', () => {
    const r = apply({ op: 'insert', clause: '2', after: 'Vorhaben', new: ', die Bearbeitungsdauer' });
    expect(amendedText(r, '2')).toContain('jedes Vorhaben, die Bearbeitungsdauer und die Kosten');
    expect(clause(r, '2').segments[1]).toEqual({ type: 'insert', text: ', die Bearbeitungsdauer' });
  });

  it('separates inserted words from their neighbours by one space', () => {
    expect(amendedText(apply({ op: 'insert', clause: '4', before: 'Rat', new: 'gesamte' }), '4')).toBe(
      'Der gesamte Rat wird beteiligt.',
    );
    expect(amendedText(apply({ op: 'insert', clause: '4', after: 'beteiligt', new: 'frühzeitig' }), '4')).toBe(
      'Der Rat wird beteiligt frühzeitig.',
    );
    expect(amendedText(apply({ op: 'insert', clause: '4', new: 'Er erhält alle Unterlagen.' }), '4')).toBe(
      'Der Rat wird beteiligt. Er erhält alle Unterlagen.',
    );
    expect(amendedText(apply({ op: 'insert', clause: '4', before: 'Der', new: '  Auch  ' }), '4')).toBe(
      'Auch Der Rat wird beteiligt.',
    );
  });

  it('deletes the first word with the space after it and a middle word with one space', () => {
    expect(amendedText(apply({ op: 'delete', clause: '4', old: 'Der' }), '4')).toBe('Rat wird beteiligt.');
    expect(amendedText(apply({ op: 'delete', clause: '4', old: 'wird' }), '4')).toBe('Der Rat beteiligt.');
    expect(amendedText(apply({ op: 'delete', clause: '4', old: 'Rat wird beteiligt.' }), '4')).toBe('Der');
  });

  it('a replacement starting with punctuation takes the space before it', () => {
    expect(amendedText(apply({ op: 'replace', clause: '4', old: 'wird', new: ', sofern möglich, wird' }), '4')).toBe(
      'Der Rat, sofern möglich, wird beteiligt.',
    );
  });

  it('a replacement by nothing is a deletion', () => {
    expect(amendedText(apply({ op: 'replace', clause: '4', old: 'wird', new: '' }), '4')).toBe('Der Rat beteiligt.');
  });

  it('adjacent changes of one amendment read right', () => {
    const r = apply(
      { op: 'delete', clause: '4', old: 'Der' },
      { op: 'delete', clause: '4', old: 'Rat' },
      { op: 'insert', clause: '4', before: 'wird', new: 'Alle' },
    );
    expect(amendedText(r, '4')).toBe('Alle wird beteiligt.');
    expect(rejectAll(r).clauses[3]!.text).toBe('Der Rat wird beteiligt.');
  });
});

describe('segments', () => {
  it('a replacement strikes first, then inserts (or the reverse with insertFirst)', () => {
    const change: Change = { op: 'replace', clause: '4', old: 'Rat', new: 'Stadtrat' };
    expect(apply(change).clauses[3]!.segments).toEqual([
      { type: 'equal', text: 'Der ' },
      { type: 'delete', text: 'Rat' },
      { type: 'insert', text: 'Stadtrat' },
      { type: 'equal', text: ' wird beteiligt.' },
    ]);
    expect(applyAmendment(base, [change], { insertFirst: true }).clauses[3]!.segments.slice(1, 3)).toEqual([
      { type: 'insert', text: 'Stadtrat' },
      { type: 'delete', text: 'Rat' },
    ]);
  });

  it('a rewrite shows word-level changes', () => {
    const r = apply({ op: 'rewrite', clause: '4', new: 'Der Rat wird frühzeitig beteiligt.' });
    expect(clause(r, '4').segments).toEqual([
      { type: 'equal', text: 'Der Rat wird ' },
      { type: 'insert', text: 'frühzeitig ' },
      { type: 'equal', text: 'beteiligt.' },
    ]);
    expect(clause(r, '4').status).toBe('changed');
  });

  it('keeps the base characters where the amendment quotes them differently', () => {
    const text = parseResolution('1. Das Programm „Grüne Dächer“ startet.');
    const r = applyAmendment(text, [{ op: 'replace', clause: '1', old: '"Grüne Dächer"', new: '„Grüne Fassaden“' }]);
    expect(r.clauses[0]!.segments).toEqual([
      { type: 'equal', text: 'Das Programm ' },
      { type: 'delete', text: '„Grüne Dächer“' },
      { type: 'insert', text: '„Grüne Fassaden“' },
      { type: 'equal', text: ' startet.' },
    ]);
  });

  it('sets no source when one amendment is applied', () => {
    const r = applyAmendment(base, { id: 'A1', changes: [{ op: 'delete', clause: '4', old: 'Der' }] });
    for (const s of r.clauses[3]!.segments) expect(s.source).toBeUndefined();
  });
});

describe('sentences and paragraphs', () => {
  it('rewrites, removes and extends single sentences', () => {
    expect(amendedText(apply({ op: 'rewrite', clause: 'Ziffer 2 Satz 2', new: 'Er bleibt intern.' }), '2')).toBe(
      'Die Verwaltung legt einen Bericht über jedes Vorhaben und die Kosten vor. Er bleibt intern. Er enthält z. B. Zahlen.',
    );
    expect(amendedText(apply({ op: 'removeClause', clause: 'Ziffer 2 letzter Satz' }), '2')).toBe(
      'Die Verwaltung legt einen Bericht über jedes Vorhaben und die Kosten vor. Der Bericht wird veröffentlicht.',
    );
    expect(amendedText(apply({ op: 'removeClause', clause: 'Ziffer 2 Satz 1' }), '2')).toBe(
      'Der Bericht wird veröffentlicht. Er enthält z. B. Zahlen.',
    );
    expect(amendedText(apply({ op: 'insert', clause: 'Ziffer 2 Satz 1', new: 'Er ist kurz.' }), '2')).toBe(
      'Die Verwaltung legt einen Bericht über jedes Vorhaben und die Kosten vor. Er ist kurz. Der Bericht wird veröffentlicht. Er enthält z. B. Zahlen.',
    );
  });

  it('searches only the addressed sentence', () => {
    expect(
      amendedText(apply({ op: 'replace', clause: 'Ziffer 2, Satz 2', old: 'Bericht', new: 'Report' }), '2'),
    ).toContain('Der Report wird veröffentlicht.');
  });

  it('addresses paragraphs, and "Absatz" as a child clause where the base has one', () => {
    const paragraphs = parseResolution('1. Erster Absatz.\n\n   Zweiter Absatz mit Text.');
    const r = applyAmendment(paragraphs, [{ op: 'removeClause', clause: 'Ziffer 1 Absatz 2' }]);
    expect(acceptAll(r).clauses[0]!.text).toBe('Erster Absatz.');
    const added = applyAmendment(paragraphs, [{ op: 'insert', clause: '1', new: '\n\nDritter Absatz.' }]);
    expect(acceptAll(added).clauses[0]!.text).toBe('Erster Absatz.\n\nZweiter Absatz mit Text.\n\nDritter Absatz.');
    const statute = parseResolution(
      '4. Gebühren:\n   (5) Die Gebühr beträgt 10 Euro.\n   (6) Sie ist monatlich fällig. Sie wird erlassen.',
    );
    const s = applyAmendment(
      statute,
      parseAmendment('In § 4 Abs. 6 Satz 2 wird das Wort „erlassen“ durch das Wort „gestundet“ ersetzt.'),
    );
    expect(acceptAll(s).clauses[0]!.children[1]!.text).toBe('Sie ist monatlich fällig. Sie wird gestundet.');
  });

  it('searches the whole resolution when no clause is named', () => {
    const r = apply({ op: 'replace', clause: '', old: 'Tempolimit', new: 'Tempo 30' });
    expect(amendedText(r, '3.b')).toBe('ein Tempo 30.');
    const r2 = apply({ op: 'replace', clause: 'Beschluss', old: 'Verwaltung', new: 'Stadt', occurrence: 2 });
    expect(amendedText(r2, '2')).toMatch(/^Die Stadt legt/);
  });
});

describe('clauses', () => {
  it('strikes a clause with its children', () => {
    const r = apply({ op: 'removeClause', clause: 'Ziffer 3' });
    expect(summary(r.clauses)).toEqual([
      '1 1. unchanged',
      '2 2. unchanged',
      '3 3. deleted',
      '  3.a a) deleted',
      '  3.b b) deleted',
      '4 4. unchanged',
    ]);
    expect(clause(r, '3.a').segments).toEqual([{ type: 'delete', text: 'ein Solarkataster,' }]);
  });

  it('adds clauses with the next label, a given label in the siblings style, or as children', () => {
    expect(summary(apply({ op: 'addClause', new: 'Neu.' }).clauses).at(-1)).toBe('5 5. inserted');
    expect(summary(apply({ op: 'addClause', after: 'Ziffer 2', label: '2a', new: 'Neu.' }).clauses)).toContain(
      '2a 2a. inserted',
    );
    expect(summary(apply({ op: 'addClause', parent: 'Ziffer 3', new: 'ein Radweg.' }).clauses)).toContain(
      '  3.c c) inserted',
    );
    expect(summary(apply({ op: 'addClause', parent: 'Ziffer 4', new: 'erstens' }).clauses)).toContain(
      '  4.a a) inserted',
    );
    expect(
      summary(apply({ op: 'addClause', before: 'Ziffer 3 Buchstabe a', new: 'eine Umfrage,' }).clauses).slice(3, 7),
    ).toEqual(['  3.a a) inserted', '  3.b b) (was a)) unchanged', '  3.c c) (was b)) unchanged', '4 4. unchanged']);
  });

  it('renumbers the following clauses when a new clause takes a label', () => {
    const r = apply({ op: 'addClause', after: 'Ziffer 1', new: 'Neu zwei.' });
    expect(summary(r.clauses)).toEqual([
      '1 1. unchanged',
      '2 2. inserted',
      '3 3. (was 2.) unchanged',
      '4 4. (was 3.) unchanged',
      '  4.a a) unchanged',
      '  4.b b) unchanged',
      '5 5. (was 4.) unchanged',
    ]);
    expect(rejectAll(r).clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(acceptAll(r).clauses.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('applies explicit renumbering and follow-on renumbering', () => {
    const explicit = applyAmendment(base, {
      changes: [{ op: 'removeClause', clause: '2' }],
      renumber: [
        { clause: 'Ziffer 3', label: '2' },
        { clause: 'Ziffer 4', label: '3' },
      ],
    });
    expect(summary(explicit.clauses)).toEqual([
      '1 1. unchanged',
      '2-alt 2. deleted',
      '2 2. (was 3.) unchanged',
      '  2.a a) unchanged',
      '  2.b b) unchanged',
      '3 3. (was 4.) unchanged',
    ]);
    const following = applyAmendment(
      base,
      parseAmendment('Ziffer 2 wird gestrichen. Die nachfolgenden Ziffern werden entsprechend neu nummeriert.'),
    );
    expect(summary(following.clauses)).toEqual(summary(explicit.clauses));
  });

  it('keeps labels when a clause is removed without renumbering', () => {
    expect(summary(apply({ op: 'removeClause', clause: '2' }).clauses).filter((s) => !s.startsWith(' '))).toEqual([
      '1 1. unchanged',
      '2 2. deleted',
      '3 3. unchanged',
      '4 4. unchanged',
    ]);
  });

  it('reads the renumbering written as German instructions', () => {
    const r = applyAmendment(base, parseAmendment('Ziffer 2 (neu): „Neu.“ Ziffer 2 (alt) wird Ziffer 3.'));
    expect(summary(r.clauses).filter((s) => !s.startsWith(' '))).toEqual([
      '1 1. unchanged',
      '2 2. inserted',
      '3 3. (was 2.) unchanged',
      '4 4. (was 3.) unchanged',
      '5 5. (was 4.) unchanged',
    ]);
  });
});

describe('errors and inputs', () => {
  it('throws AmendmentError with all diagnostics and applies nothing', () => {
    const changes: Change[] = [
      { op: 'delete', clause: '4', old: 'Der' },
      { op: 'delete', clause: '9', old: 'x' },
      { op: 'replace', clause: '1', old: 'Stadt', new: 'Stadt' },
    ];
    try {
      applyAmendment(base, changes);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(AmendmentError);
      const e = error as AmendmentError;
      expect(e.code).toBe('amendment-does-not-apply');
      expect(e.diagnostics.map((d) => `${d.code}@${d.change}`)).toEqual(['clause-not-found@1', 'no-op@2']);
      expect(e.message).toContain('"9"');
    }
  });

  it('rejects bad options and inputs with RedlineError', () => {
    expect(() => applyAmendment(base, [], { rewriteThreshold: 2 })).toThrow(RedlineError);
    expect(() => applyAmendment(base, [], null as unknown as undefined)).toThrow(/options must be an object/);
    expect(() => applyAmendment(undefined as unknown as Resolution, [])).toThrow(RedlineError);
    expect(() => applyAmendment(base, { changes: 'x' } as unknown as Change[])).toThrow(/changes/);
  });

  it('an empty amendment gives an unchanged redline', () => {
    const r = applyAmendment(base, []);
    expect(acceptAll(r)).toEqual(base);
    expect(rejectAll(r)).toEqual(base);
  });

  it('handles a deeply nested base without overflowing the stack', () => {
    const depth = 5000;
    const root: Clause = { id: '1', label: '1.', text: 'Ebene 0 Text.', children: [] };
    let node = root;
    const ids = ['1'];
    for (let i = 1; i < depth; i += 1) {
      const child: Clause = { id: `${node.id}.1`, label: '1.', text: `Ebene ${i} Text.`, children: [] };
      node.children.push(child);
      node = child;
      ids.push(child.id);
    }
    const deep: Resolution = { lead: '', clauses: [root] };
    const r = applyAmendment(deep, [{ op: 'replace', clause: node.id, old: 'Text', new: 'Wort' }]);
    let c = r.clauses[0]!;
    while (c.children.length > 0) c = c.children[0]!;
    expect(c.segments.some((s) => s.type === 'insert' && s.text === 'Wort')).toBe(true);
  });
});

describe('many changes', () => {
  function resolution(n: number): Resolution {
    const clauses: Clause[] = [];
    for (let i = 1; i <= n; i += 1) {
      clauses.push({
        id: String(i),
        label: `${i}.`,
        text: `Die Verwaltung ${i} prüft Vorhaben${i} und berichtet im Ausschuss über die Kosten${i}.`,
        children: [],
      });
    }
    return { lead: '', clauses };
  }
  function changes(r: Resolution, missing: boolean): Change[] {
    return r.clauses.map((c, i): Change => {
      if (missing) return { op: 'delete', clause: `Ziffer ${i + 1}`, old: `Kosten${i + 2}` };
      if (i % 3 === 0) return { op: 'removeClause', clause: c.id };
      if (i % 3 === 1) return { op: 'replace', clause: `Ziffer ${i + 1}`, old: `Vorhaben${i + 1}`, new: 'Projekte' };
      return { op: 'insert', clause: c.id, after: 'prüft', new: 'jährlich' };
    });
  }
  it('stays near-linear in the number of clauses and changes', () => {
    for (const missing of [false, true]) {
      const run = (n: number) => {
        const r = resolution(n);
        const all = changes(r, missing);
        return () => {
          try {
            applyAmendment(r, all);
          } catch (error) {
            if (!(error instanceof AmendmentError)) throw error;
          }
        };
      };
      expectLinearGrowth(`applyAmendment (missing: ${missing})`, run(100), run(800), 8);
    }
  });
});
