import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Segment } from '../../src/model.js';
import { diffText } from '../../src/diff/text.js';
import { RedlineError } from '../../src/errors.js';
import { amendedText, baseText } from '../../src/redline/model.js';
import { checkSegments } from './helpers.js';
import { expectLinearGrowth } from '../timing.js';

/** Markdown-like rendering for readable expectations. */
const md = (segments: Segment[]): string =>
  segments.map((s) => (s.type === 'equal' ? s.text : s.type === 'delete' ? `~~${s.text}~~` : `**${s.text}**`)).join('');
const hunks = (segments: Segment[]): number =>
  segments.filter((s, i) => s.type !== 'equal' && (i === 0 || segments[i - 1]!.type === 'equal')).length;

describe('diffText: readable hunks', () => {
  it('marks a replaced word as deletion then insertion', () => {
    expect(
      md(diffText('Zwischenberichte und vierteljährlich ein Konzept', 'Zwischenberichte und halbjährlich ein Konzept')),
    ).toBe('Zwischenberichte und ~~vierteljährlich~~**halbjährlich** ein Konzept');
  });

  it('never cuts a word: Stelle → Stabsstelle is a whole-word replacement', () => {
    expect(md(diffText('die einzurichtende Stelle, Tätigkeiten', 'die einzurichtende Stabsstelle, Tätigkeiten'))).toBe(
      'die einzurichtende ~~Stelle~~**Stabsstelle**, Tätigkeiten',
    );
  });

  it('keeps gender forms, dates, amounts, abbreviations and compounds whole', () => {
    expect(md(diffText('der Kölner*innen', 'der Bürger*innen'))).toBe('der ~~Kölner*innen~~**Bürger*innen**');
    expect(md(diffText('bis 31.12.2024 und', 'bis 31.12.2025 und'))).toBe('bis ~~31.12.2024~~**31.12.2025** und');
    expect(md(diffText('mit 1.000,50 €', 'mit 1.500,50 €'))).toBe('mit ~~1.000,50~~**1.500,50** €');
    expect(md(diffText('gem. § 13 GO', 'gem. § 14 GO'))).toBe('gem. ~~§ 13~~**§ 14** GO');
    expect(md(diffText('die IT-Strategie', 'die Daten-Strategie'))).toBe('die ~~IT-Strategie~~**Daten-Strategie**');
    expect(md(diffText('Städte (z. B. Wien)', 'Städte (u. a. Wien)'))).toBe('Städte (~~z. B.~~**u. a.** Wien)');
  });

  it('slides an insertion to start at a word', () => {
    expect(
      diffText('betreut die Stabsstelle dessen Umsetzung', 'betreut die Stabsstelle des CDO dessen Umsetzung'),
    ).toEqual([
      { type: 'equal', text: 'betreut die Stabsstelle ' },
      { type: 'insert', text: 'des CDO ' },
      { type: 'equal', text: 'dessen Umsetzung' },
    ]);
  });

  it('absorbs short common words and punctuation between changes into one phrase-level hunk', () => {
    expect(
      md(
        diffText(
          'Officer(s) im Büro der Oberbürgermeisterin („Digitalisierung ist Chefsache“) mit Ressourcen',
          'Officer(s) im Dezernat IX „Stadtentwicklung, Wirtschaft, Digitalisierung und Regionales“ mit Ressourcen',
        ),
      ),
    ).toBe(
      'Officer(s) im ~~Büro der Oberbürgermeisterin („Digitalisierung ist Chefsache“)~~**Dezernat IX „Stadtentwicklung, Wirtschaft, Digitalisierung und Regionales“** mit Ressourcen',
    );
    expect(md(diffText('Die Stadt und die Region prüfen', 'Der Kreis und der Bund prüfen'))).toBe(
      '~~Die Stadt und die Region~~**Der Kreis und der Bund** prüfen',
    );
  });

  it('keeps meaningful words between changes as unchanged text', () => {
    expect(
      md(
        diffText(
          'Der Rat beschließt die Einführung eines Konzepts',
          'Der Ausschuss beschließt die Abschaffung eines Konzepts',
        ),
      ),
    ).toBe('Der ~~Rat~~**Ausschuss** beschließt die ~~Einführung~~**Abschaffung** eines Konzepts');
  });

  it('does not absorb across sentence ends or paragraph breaks', () => {
    expect(hunks(diffText('Erstens A. Zweitens B', 'Erstens X. Zweitens Y'))).toBe(2);
    expect(hunks(diffText('alt A\n\nund B', 'alt X\n\nund Y'))).toBe(2);
  });

  it('absorbWords: 0 keeps common words between changes', () => {
    expect(
      md(diffText('Die Stadt und die Region', 'Der Kreis und der Bund', { absorbWords: 0, rewriteThreshold: 1 })),
    ).toBe('~~Die Stadt~~**Der Kreis** und ~~die Region~~**der Bund**');
  });

  it('puts the insertion first on request', () => {
    expect(diffText('ein alter Text', 'ein neuer Text', { insertFirst: true })).toEqual([
      { type: 'equal', text: 'ein ' },
      { type: 'insert', text: 'neuer' },
      { type: 'delete', text: 'alter' },
      { type: 'equal', text: ' Text' },
    ]);
  });

  it('shows a mostly rewritten clause as one deletion and one insertion', () => {
    const base = 'Die Verwaltung legt dem Ausschuss jährlich einen Bericht über die Digitalisierung vor.';
    const amended = 'Die Verwaltung richtet bis Ende 2022 einen Beirat für die Digitalisierung ein.';
    // 8 of 12 words changed (67 %, "einen" was absorbed): above the default threshold of 50 %.
    expect(md(diffText(base, amended))).toBe(
      'Die Verwaltung ~~legt dem Ausschuss jährlich einen Bericht über die Digitalisierung vor~~**richtet bis Ende 2022 einen Beirat für die Digitalisierung ein**.',
    );
    expect(md(diffText(base, amended, { rewriteThreshold: 0.7 }))).toBe(
      'Die Verwaltung ~~legt dem Ausschuss jährlich einen Bericht über~~**richtet bis Ende 2022 einen Beirat für** die Digitalisierung ~~vor~~**ein**.',
    );
  });

  it('ignores typographic noise but keeps each version’s characters', () => {
    const base = 'Der „Masterplan“ der Ko\u0308lner*innen\u00A0und Digitali\u00ADsierung';
    const amended = 'Der "Masterplan" der Kölner*innen und Digitalisierung';
    const segments = diffText(base, amended);
    expect(baseText(segments)).toBe(base);
    expect(amendedText(segments)).toBe(amended);
    // Every change pair is typographic: deletion and insertion of one token each.
    for (let i = 0; i < segments.length; i += 1) {
      if (segments[i]!.type === 'delete') {
        expect(segments[i + 1]!.type).toBe('insert');
        expect(
          segments[i]!.text.normalize('NFC').replace(/[„“\u00A0\u00AD]/gu, (c) =>
            c === '\u00A0' ? ' ' : c === '\u00AD' ? '' : '"',
          ),
        ).toBe(segments[i + 1]!.text);
      }
    }
    // A quote next to a real change joins its hunk; the other stays a typographic pair.
    expect(md(diffText('„Digitales Köln“ heute', '"Digitales Bonn" heute'))).toBe(
      '~~„~~**"**Digitales ~~Köln“~~**Bonn"** heute',
    );
  });

  it('with ignoreTypography: false, quotes count as changes that can join a hunk', () => {
    const segments = diffText('Der „Plan“', 'Der "Plan"', { ignoreTypography: false });
    expect(baseText(segments)).toBe('Der „Plan“');
    expect(segments.filter((s) => s.type !== 'equal').length).toBeGreaterThan(0);
  });

  it('handles empty and identical texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('a b', 'a b')).toEqual([{ type: 'equal', text: 'a b' }]);
    expect(diffText('', 'neu')).toEqual([{ type: 'insert', text: 'neu' }]);
    expect(diffText('alt', '')).toEqual([{ type: 'delete', text: 'alt' }]);
  });

  it('falls back to one replacement when the edit budget is exceeded', () => {
    const base = Array.from({ length: 200 }, (_, i) => `alt${i}`).join(' ');
    const amended = Array.from({ length: 200 }, (_, i) => `neu${i}`).join(' ');
    const segments = diffText(`Anfang ${base} Ende`, `Anfang ${amended} Ende`, {
      maxEditLength: 10,
      rewriteThreshold: 1,
    });
    expect(segments).toEqual([
      { type: 'equal', text: 'Anfang ' },
      { type: 'delete', text: base },
      { type: 'insert', text: amended },
      { type: 'equal', text: ' Ende' },
    ]);
  });

  it('anchors on unique words when scattered edits exceed the budget, keeping the hunks small', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `Wort${i}`);
    const edited = words.map((w, i) => (i % 10 === 5 ? `Neu${i}` : w));
    const segments = diffText(words.join(' '), edited.join(' '));
    // 100 substitutions = 200 token edits, over the default budget of 128.
    expect(hunks(segments)).toBe(100);
    expect(segments[1]).toEqual({ type: 'delete', text: 'Wort5' });
    expect(segments[2]).toEqual({ type: 'insert', text: 'Neu5' });
    // With anchoring cut short (budget 1, all gaps too wide) it still reproduces both texts.
    const coarse = diffText(words.join(' '), edited.join(' '), { maxEditLength: 1 });
    expect(amendedText(coarse)).toBe(edited.join(' '));
  });

  it('stays fast on two unrelated large texts (bounded edit length)', () => {
    const words = (seed: number): string =>
      Array.from({ length: 8000 }, (_, i) => `w${(i * 7919 + seed) % 1009}`).join(' ');
    const base = words(1);
    const amended = words(500);
    const segments = diffText(base, amended);
    expect(baseText(segments)).toBe(base);
    expect(amendedText(segments)).toBe(amended);
    // 10× the input: the cost is O((N + M) · maxEditLength), so about 10×.
    const tenth = base.length / 10;
    expectLinearGrowth(
      'diffText on unrelated texts',
      () => diffText(base.slice(0, tenth), amended.slice(0, tenth)),
      () => diffText(base, amended),
      10,
    );
  });

  it('rejects non-strings and bad options with a RedlineError', () => {
    expect(() => diffText(1 as unknown as string, 'a')).toThrow(RedlineError);
    expect(() => diffText('a', 'b', { rewriteThreshold: 2 })).toThrow(/rewriteThreshold/);
    expect(() => diffText('a', 'b', { absorbWords: -1 })).toThrow(RedlineError);
    expect(() => diffText('a', 'b', { insertFirst: 'yes' as unknown as boolean })).toThrow(RedlineError);
    try {
      diffText('a', 'b', { maxEditLength: 0 });
    } catch (error) {
      expect((error as RedlineError).code).toBe('invalid-option');
    }
  });
});

describe('diffText: invariants over random edits', () => {
  const vocabulary = [
    'Die',
    'Verwaltung',
    'wird',
    'beauftragt',
    'der',
    'und',
    'Kölner*innen',
    'Bürger:innen',
    'z. B.',
    '31.12.2024',
    '250.000',
    '€',
    '§ 13',
    'IT-Strategie',
    'Landes-',
    'sowie',
    '„Digitales',
    'Köln“',
    '"Köln"',
    'Stelle',
    'Stabsstelle',
    'u. a.',
    'Masterplan',
    ',',
    '.',
    '(',
    ')',
    'halbjährlich',
    'vierteljährlich',
    'Ko\u0308ln',
    'Digitali\u00ADsierung',
  ];
  const separator = fc.constantFrom(' ', ' ', ' ', '\u00A0', '', '\n\n', '  ');
  const text = fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), separator), { maxLength: 30 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('substitute', 'delete', 'insert', 'punct'),
    word: fc.constantFrom(...vocabulary),
  });
  const edited = text.chain((base) =>
    fc.array(edit, { maxLength: 5 }).map((edits) => {
      const words = base.split(' ');
      for (const e of edits) {
        const i = words.length === 0 ? 0 : e.at % words.length;
        if (e.kind === 'substitute') words[i] = e.word;
        else if (e.kind === 'delete') words.splice(i, 1);
        else if (e.kind === 'insert') words.splice(i, 0, e.word);
        else words[i] = (words[i] ?? '') + ',';
      }
      return [base, words.join(' ')] as const;
    }),
  );

  it('reproduces both texts, cuts no word, is canonical and deterministic', () => {
    fc.assert(
      fc.property(edited, fc.boolean(), fc.boolean(), ([base, amended], insertFirst, ignoreTypography) => {
        const options = { insertFirst, ignoreTypography };
        const segments = diffText(base, amended, options);
        checkSegments(base, amended, segments, insertFirst);
        expect(diffText(base, amended, options)).toEqual(segments);
      }),
      { numRuns: 500 },
    );
  });
});
