import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decideForm, looksLikeJson, occursTwice, type Decision } from '../../src/pipeline/detect-form.js';
import { readAnyResolution } from '../../src/parse/motion.js';
import { resolveDiffOptions } from '../../src/diff/diff-options.js';
import { InstructionError, RedlineError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const base =
  '1. Die Verwaltung berichtet vierteljährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.';

function decide(amendment: string, on = base): Decision {
  return decideForm(readAnyResolution(on, {}), amendment, {}, resolveDiffOptions({}), true);
}

function thrown(fn: () => unknown): InstructionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InstructionError) return error;
    throw error;
  }
  throw new Error('expected an InstructionError');
}

describe('decideForm: the form by evidence', () => {
  it('reads JSON and struck text without further evidence', () => {
    expect(decide('{"changes":[]}').form).toBe('json');
    expect(decide('[{"op":"removeClause","clause":"2"}]').form).toBe('json');
    expect(decide('1. Die Verwaltung berichtet ~~vierteljährlich~~ halbjährlich.').form).toBe('redline');
    expect(looksLikeJson('[Entwurf] Der Rat möge beschließen:')).toBe(false);
    expect(occursTwice('~~a', '~~')).toBe(false);
  });

  it.each([
    'In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.',
    'Ziffer 3 wird gestrichen.',
    'Ziffer 2 erhält folgende Fassung: „Die Bürgerinnen werden beteiligt.“',
    'Streiche in Ziffer 1: „vierteljährlich“ Ersetze durch: „halbjährlich“',
    // The base reprinted unchanged before the instructions is no second reading.
    `${base}\n\nZiffer 3 wird gestrichen.`,
  ])('reads instructions: %s', (text) => {
    expect(decide(text).form).toBe('instructions');
  });

  it('reads a new wording that keeps most of the base as a rewrite', () => {
    const d = decide(
      '1. Die Verwaltung berichtet halbjährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.',
    );
    expect(d.form).toBe('rewrite');
    if (d.form === 'rewrite') expect(d.evidence).toMatchObject({ kept: 3, modified: 1, total: 3 });
  });

  it('reads an announced new wording of the whole resolution as a rewrite, whatever it keeps', () => {
    const d = decide('Der Beschlusstext erhält folgende Fassung:\n\n1. Der Rat baut ein Hallenbad.');
    expect(d.form).toBe('rewrite');
  });

  it('reads a resolution of its own for the same body as a rewrite, and one for another body not', () => {
    const on = 'Der Kreistag beschließt, die Buslinie 4 weiterzuführen.';
    expect(decide('Der Kreistag beschließt:\n- die Linie 4 zu verlängern\n- die Linie 5 einzustellen', on).form).toBe(
      'rewrite',
    );
    expect(() => decide('Der Stadtrat beschließt:\n- die Linie 4 zu verlängern', on)).toThrow(InstructionError);
    // The lead run into a subject line ("Betr.: …: Der Kreistag …:") is the lead all the same.
    const merged = 'Betr.: Busverkehr: Der Kreistag beschließt:\nDie Linie 4 wird verlängert.';
    expect(decide(merged, on).form).toBe('rewrite');
  });

  it('reads inline bold as a redline of insertions', () => {
    expect(decide('1. Die Verwaltung berichtet **jährlich** vierteljährlich.').form).toBe('redline');
  });
});

describe('decideForm: never silently wrong', () => {
  it('refuses prose that no reading explains, quoting it', () => {
    const e = thrown(() => decide('Der Rat möge beschließen: Die Mittel werden gestrichen.'));
    expect(e.message).toContain(
      'No reading explains the amendment „Der Rat möge beschließen: Die Mittel werden gestrichen.“',
    );
    expect(e.message).toContain("{ form: 'rewrite' }");
  });

  it('names the first sentence it cannot read and why', () => {
    const e = thrown(() =>
      decide('Ziffer 3 wird gestrichen.\n\nZiffer 2 wird verschönert.\n\nZiffer 1 wird vergoldet.'),
    );
    expect(e.sentence).toBe('Ziffer 2 wird verschönert.');
    expect(e.message).toContain('"verschönert" is not part of any instruction phrasing');
  });

  it('refuses a descriptive wish without wording instead of guessing', () => {
    const e = thrown(() =>
      decide('Die Fraktion schlägt vor, die Ziffer 2 dahingehend zu ergänzen, dass die Verwaltung prüfen soll.'),
    );
    expect(e.sentence).toContain('dahingehend zu ergänzen');
  });

  it('refuses a new wording that names no place it knows instead of rewriting the whole resolution', () => {
    // A new title of the document is a title change (part: 'title'): refused where the base has no title.
    const titled = 'Die Bezeichnung des Gesetzes wird wie folgt gefasst:\n\nGesetz über die Bäder';
    expect(decide(titled).form).toBe('instructions');
    expect(() => redline(base, titled)).toThrow(/The base has no title/u);
    const unnamed = thrown(() => decide('Die Bezeichnung wird wie folgt gefasst:\n\nGesetz über die Bäder'));
    expect(unnamed.message).toContain('names no clause this reader finds and not the whole resolution');
  });

  it('calls a text that reads both as instructions and as a changed reprint ambiguous, naming both readings', () => {
    const text =
      '1. Die Verwaltung berichtet halbjährlich.\n2. Die Kölnerinnen werden beteiligt.\n3. Der Rat tagt öffentlich.\n\nZiffer 3 wird gestrichen.';
    const e = thrown(() => decide(text));
    expect(e.message).toContain('reads two ways: as instructions („Ziffer 3 wird gestrichen.“) and as a new wording');
    expect(e.message).toContain("pass { form: 'instructions' } or { form: 'rewrite' }");
    // The caller's form decides.
    expect(acceptAll(redline(base, text, { form: 'instructions' })).clauses).toHaveLength(2);
    expect(acceptAll(redline(base, text, { form: 'rewrite' })).clauses[0]!.text).toBe(
      'Die Verwaltung berichtet halbjährlich.',
    );
  });
});

describe('redline: readings found silently wrong in the session 5 review, now refused', () => {
  const motion =
    '# Antrag der SPD-Fraktion: Radwege\n\nDer Rat möge beschließen:\n\n1. Die Stadt baut einen Radweg.\n2. Der Rat tagt. Der Rat berichtet.\n';
  it.each([
    // A statute's kind against a motion: another document, never the motion's Ziffer 2.
    ['Ziffer 2 der Geschäftsordnung wird gestrichen.'],
    // "der letzte Satz" without a clause, with several clauses: no clause named.
    ['Der letzte Satz wird gestrichen.'],
    // "jeweils" in one of two instructions of a sentence: which one is not read.
    [
      'In Ziffer 2 wird das Wort „tagt“ durch das Wort „berät“ ersetzt und jeweils das Wort „Rat“ durch das Wort „Kreistag“ ersetzt.',
    ],
  ])('%s', (amendment) => {
    expect(() => redline(motion, amendment)).toThrow(RedlineError);
  });
});

describe('decideForm: instructions before a new wording of the whole', () => {
  const base =
    'Der Rat möge beschließen:\n\n1. Die Stadt baut einen Radweg.\n2. Die Verwaltung berichtet jährlich.\n3. Der Rat tagt.\n';

  it('takes the new wording when it is what the instructions give (an echo of the result)', () => {
    const amended = acceptAll(
      redline(
        base,
        'In Ziffer 1 wird das Wort „Radweg“ durch „Fußweg“ ersetzt.\n\nDer Beschlusstext erhält folgende Fassung:\n\n1. Die Stadt baut einen Fußweg.\n2. Die Verwaltung berichtet jährlich.\n3. Der Rat tagt.',
      ),
    );
    expect(amended.clauses.map((c) => c.text)).toEqual([
      'Die Stadt baut einen Fußweg.',
      'Die Verwaltung berichtet jährlich.',
      'Der Rat tagt.',
    ]);
  });

  it('refuses when the new wording is not what the instructions give, naming both (was: the instructions ignored)', () => {
    const amendment =
      'In Ziffer 1 wird das Wort „Radweg“ durch „Fußweg“ ersetzt.\n\nDer Beschlussvorschlag wird wie folgt ersetzt:\n\n1. Die Stadt baut einen breiten Radweg.\n2. Die Verwaltung berichtet jährlich.';
    expect(() => redline(base, amendment)).toThrow(InstructionError);
    expect(() => redline(base, amendment)).toThrow(
      /gives instructions \(„In Ziffer 1 wird das Wort „Radweg“ durch „Fußweg“ ersetzt\.“\) and a new wording of the whole resolution \(„Der Beschlussvorschlag wird wie folgt ersetzt:“\)/u,
    );
  });
});

describe('decideForm: a reprint must keep some of the base', () => {
  it('takes instructions under a heading and a lead for instructions: the heading shares no word with the base clause', () => {
    const one = 'Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung.';
    const text =
      'Ergänzung zur Vorlage\nDer Ausschuss möge beschließen:\n\n1. Das Wort „vierteljährlich“ wird durch das Wort „monatlich“ ersetzt.';
    const decision = decide(text, one);
    expect(decision.form).toBe('instructions');
    expect(acceptAll(redline(one, text)).clauses[0]!.text).toContain('monatlich');
  });

  it('still calls it ambiguous when the rest of the text keeps words of the base clause', () => {
    const one = 'Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung.';
    const text =
      'Die Verwaltung berichtet dem Ausschuss jährlich über den Stand der Planung.\n\nDas Wort „vierteljährlich“ wird durch das Wort „monatlich“ ersetzt.';
    expect(thrown(() => decide(text, one)).message).toContain('reads two ways');
  });

  it('takes quotations that cite the base word for word (a press summary) for no reprint', () => {
    const one =
      'Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung. Dazu legt sie eine Übersicht vor. Der Bericht wird im Umweltausschuss beraten.';
    const text =
      '„Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung“, fordert die Fraktion. „Der Bericht wird im Umweltausschuss beraten.“\n\nÄnderungsantrag: Das Gremium Umweltausschuss durch den Bauausschuss ersetzen.';
    expect(decide(text, one).form).toBe('instructions');
    expect(acceptAll(redline(one, text)).clauses[0]!.text).toContain('im Bauausschuss beraten');
  });

  it('takes no quotation for a citation when another one outside the instructions differs from the base', () => {
    const one =
      'Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung. Dazu legt sie eine Übersicht vor. Der Bericht wird im Umweltausschuss beraten.';
    const text =
      '„Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung.“\n\n„Dazu legt sie eine Übersicht vor. Der Bericht wird im Umweltausschuss jährlich beraten.“\n\nÄnderungsantrag: Das Gremium Umweltausschuss durch den Bauausschuss ersetzen.';
    expect(thrown(() => decide(text, one)).message).toContain('reads two ways');
  });

  it('still calls it ambiguous when a quotation of the base carries a change of its own', () => {
    const one =
      'Die Verwaltung berichtet dem Ausschuss vierteljährlich über den Stand der Planung. Dazu legt sie eine Übersicht vor. Der Bericht wird im Umweltausschuss beraten.';
    const text =
      '„Die Verwaltung berichtet dem Ausschuss jährlich über den Stand der Planung. Dazu legt sie eine Übersicht vor. Der Bericht wird im Umweltausschuss beraten.“\n\nÄnderungsantrag: Das Gremium Umweltausschuss durch den Bauausschuss ersetzen.';
    expect(thrown(() => decide(text, one)).message).toContain('reads two ways');
  });
});

describe('decideForm on large rewrites', () => {
  it('recognises a 2,000-clause rewrite whose clauses say „gestrichen“, „ersetzt“ and quote', () => {
    const clause = (i: number): string =>
      i % 3 === 0
        ? `${i}. Die Mittel für „Projekt ${i}“ werden gestrichen.`
        : i % 3 === 1
          ? `${i}. Die Beleuchtung am Platz ${i} wird durch LED ersetzt.`
          : `${i}. Die Verwaltung berichtet über Ziffer ${i - 1} im Ausschuss.`;
    const lines = Array.from({ length: 2_000 }, (_, i) => clause(i + 1));
    const changed = lines.map((l, i) => (i % 400 === 7 ? l.replace('Verwaltung', 'Stadt') : l));
    const d = decide(changed.join('\n'), lines.join('\n'));
    expect(d.form).toBe('rewrite');
  });

  it('reads the seed motions as before', () => {
    const seed004 = readFileSync(new URL('../../fixtures/seeds/004_24adb92b5baaa8e0.txt', import.meta.url), 'utf8');
    expect(decide(seed004, seed004).form).toBe('rewrite');
  });
});
