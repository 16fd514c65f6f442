/**
 * A new wording of a whole clause that repeats the clause's own label
 * ("Ersetze § 6 Abs. 2 durch: (2) …") keeps the label out of the text.
 */
import { describe, expect, it } from 'vitest';
import { acceptAll, applyAmendment, parseResolution, redline } from '../../src/index.js';

const statute = [
  '§ 6 Wortmeldungen',
  '',
  '(1) Wortmeldungen sind schriftlich einzureichen.',
  '',
  '(2) Die Redezeit beträgt drei Minuten.',
].join('\n');

describe('a new wording that repeats the clause’s label', () => {
  it('takes the label off the text of a whole-clause rewrite', () => {
    const base = parseResolution(statute);
    const r = applyAmendment(base, {
      changes: [{ op: 'rewrite', clause: '§6.2', new: '(2) Die Redezeit beträgt vier Minuten.' }],
    });
    const absatz = acceptAll(r).clauses[0]!.children[1]!;
    expect([absatz.label, absatz.text]).toEqual(['(2)', 'Die Redezeit beträgt vier Minuten.']);
  });

  it('keeps a text that only starts like the label', () => {
    const base = parseResolution(statute);
    const r = applyAmendment(base, {
      changes: [{ op: 'rewrite', clause: '§6.2', new: '(2)-Regel: Die Redezeit beträgt vier Minuten.' }],
    });
    expect(acceptAll(r).clauses[0]!.children[1]!.text).toBe('(2)-Regel: Die Redezeit beträgt vier Minuten.');
  });

  it('reads "Ersetze … durch:" with the new Absatz on the next line', () => {
    const amendment = 'Ersetze § 6 Abs. 2 durch:\n(2) Die Redezeit beträgt vier Minuten.';
    const absatz = acceptAll(redline(statute, amendment)).clauses[0]!.children[1]!;
    expect(absatz.text).toBe('Die Redezeit beträgt vier Minuten.');
  });
});

describe('"wie folgt geändert:" before instructions the reader cannot read', () => {
  it('refuses, naming the sentence, instead of taking them as the new wording', () => {
    const amendment =
      '§ 6 Absatz 2 wird wie folgt geändert:\n• die Wörter „drei Minuten“ werden nach Maßgabe der Antragskommission ersetzt';
    expect(() => redline(statute, amendment)).toThrow(/wie folgt geändert/u);
  });

  it('still takes plain text after it as the new wording', () => {
    const amendment = '§ 6 Absatz 2 wird wie folgt geändert:\n„Die Redezeit beträgt vier Minuten.“';
    expect(acceptAll(redline(statute, amendment)).clauses[0]!.children[1]!.text).toBe(
      'Die Redezeit beträgt vier Minuten.',
    );
  });
});

describe('a new clause whose text starts like a label', () => {
  const base = parseResolution('- Die Verwaltung prüft.\n- Der Rat beschließt.');

  it('keeps „U. …“ as the text of the new bullet, not a list of one item', () => {
    const r = applyAmendment(base, {
      changes: [{ op: 'addClause', new: 'U. Die Stadt baut.', before: 'Spiegelstrich 1', label: '-' }],
    });
    const added = acceptAll(r).clauses[0]!;
    expect([added.label, added.text, added.children]).toEqual(['-', 'U. Die Stadt baut.', []]);
  });

  it('still reads „a) …“ as the first item of a new clause without text of its own', () => {
    const r = applyAmendment(base, {
      changes: [{ op: 'addClause', new: 'a) Dächer,\nb) Fassaden.', before: 'Spiegelstrich 1', label: '-' }],
    });
    const added = acceptAll(r).clauses[0]!;
    expect([added.text, added.children.map((c) => c.label)]).toEqual(['', ['a)', 'b)']]);
  });
});

describe('a new paragraph among unlabelled paragraphs', () => {
  it('keeps „A. …“ and „U. …“ as its text', () => {
    const base = parseResolution('Die Verwaltung prüft.\n\nDer Rat beschließt.');
    for (const text of ['A. Die Stadt baut.', 'U. a. die Stadt baut.']) {
      const r = applyAmendment(base, { changes: [{ op: 'addClause', new: text, after: 'Absatz 1' }] });
      const added = acceptAll(r).clauses[1]!;
      expect([added.label, added.text, added.children], text).toEqual(['', text, []]);
    }
  });
});

describe('a new clause of two paragraphs', () => {
  it('keeps a second paragraph starting „Z. B.“ as its text, not a sub-clause „Z.“', () => {
    const base = parseResolution('- Die Verwaltung prüft.\n- Der Rat beschließt.');
    const text = 'Die Stadt baut.\n\nZ. B. baut sie Radwege.';
    const r = applyAmendment(base, {
      changes: [{ op: 'addClause', new: text, before: 'Spiegelstrich 1', label: '-' }],
    });
    const added = acceptAll(r).clauses[0]!;
    expect([added.text, added.children]).toEqual([text, []]);
  });
});

describe('a new sub-clause whose quotation carries a bullet', () => {
  it('is a bullet, not the "a)" a first sub-clause falls back to', () => {
    const base = parseResolution('- Die Verwaltung prüft.\n- Der Rat beschließt.');
    const r = applyAmendment(base, {
      changes: [{ op: 'addClause', new: '- Die Kosten.', parent: 'Spiegelstrich 1' }],
    });
    const added = acceptAll(r).clauses[0]!.children[0]!;
    expect([added.label, added.text]).toEqual(['-', 'Die Kosten.']);
  });

  it('takes the label the change gives over the quotation’s bullet', () => {
    const base = parseResolution('- Die Verwaltung prüft.\n- Der Rat beschließt.');
    const r = applyAmendment(base, {
      changes: [{ op: 'addClause', new: '- Die Kosten.', parent: 'Spiegelstrich 1', label: 'a' }],
    });
    expect(acceptAll(r).clauses[0]!.children[0]!.label).toBe('a)');
  });
});
