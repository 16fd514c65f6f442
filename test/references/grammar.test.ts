/**
 * The one clause-reference grammar (issue 11, part 2): the statute forms
 * resolve, every noun the reader accepts resolves, every reference the writer
 * produces reads back to its clause, and hostile references stay linear
 * (issue 13.9).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkAmendment, findClause, parseResolution } from '../../src/index.js';
import type { Clause } from '../../src/model.js';
import { REFERENCE_NOUNS } from '../../src/references/nouns.js';
import { readRefText } from '../../src/references/read.js';
import { indexClauses, resolveAddress } from '../../src/references/resolve.js';
import { referenceTo, type PathStep } from '../../src/references/write.js';
import { walk } from '../../src/tree.js';
import { expectLinearGrowth } from '../timing.js';

const statute = parseResolution(
  [
    '# Satzung des Fördervereins',
    '',
    'I. Allgemeines',
    '',
    '§ 1 Name und Sitz',
    '',
    '(1) Der Verein heißt Förderverein Lindenhof. Er hat seinen Sitz in Talbrück; er ist eingetragen.',
    '',
    '(1a) Das Geschäftsjahr ist das Kalenderjahr.',
    '',
    '(2) Mitglied kann werden:',
    '1. wer das 16. Lebensjahr vollendet hat,',
    '2. eine juristische Person,',
    '   a) mit Sitz im Land,',
    '   b) mit Sitz im Ausland.',
    '',
    '§ 2 Zweck',
    '',
    'Der Verein fördert die Schule.',
    '',
    'II. Organe',
    '',
    '§ 3 Vorstand',
    '',
    '(1) Der Vorstand besteht aus drei Personen.',
    '',
    '(2) Er wird für zwei Jahre gewählt.',
  ].join('\n'),
);

const text = (ref: string): string | undefined => findClause(statute, ref)?.text;

describe('statute references', () => {
  it('parses the statute the references address', () => {
    expect(statute.clauses.map((c) => c.id)).toEqual(['I', 'II']);
    expect(statute.clauses[0]!.children.map((c) => c.id)).toEqual(['§1', '§2']);
  });

  it.each([
    ['§ 1 Abs. 1', 'Der Verein heißt'],
    ['§ 1 Absatz 1a', 'Das Geschäftsjahr'],
    ['§ 1 (2)', 'Mitglied kann werden:'],
    ['§ 1 Abs. 2 Nr. 2', 'eine juristische Person,'],
    ['§ 1 Absatz 2 Nummer 2 Buchstabe b', 'mit Sitz im Ausland.'],
    ['§1.2.2.b', 'mit Sitz im Ausland.'],
    ['Paragraph 3 Absatz 2', 'Er wird'],
    ['§ 3 Abs. 2 GO', 'Er wird'],
    ['§ 3 Abs. 2 der Satzung', 'Er wird'],
    ['in § 2', 'Der Verein fördert'],
    ['Abschnitt II', ''],
    ['§ 9', undefined],
    ['§ 1 Abs. 7', undefined],
  ])('findClause %j', (ref, start) => {
    const found = text(ref);
    if (start === undefined) expect(found).toBeUndefined();
    else expect(found?.startsWith(start)).toBe(true);
  });

  it('narrows to a sentence and a half-sentence', () => {
    const index = indexClauses(statute.clauses);
    for (const [ref, want] of [
      ['§ 1 Abs. 1 Satz 2', 'Er hat seinen Sitz in Talbrück; er ist eingetragen.'],
      ['§ 1 Abs. 1 Satz 2 Halbsatz 1', 'Er hat seinen Sitz in Talbrück;'],
      ['§ 1 Abs. 1 Satz 2 Halbsatz 2', 'er ist eingetragen.'],
      ['§ 1 Abs. 1 letzter Satz', 'Er hat seinen Sitz in Talbrück; er ist eingetragen.'],
      ['§ 1 Abs. 1 S. 1', 'Der Verein heißt Förderverein Lindenhof.'],
    ] as const) {
      for (const idx of [index, undefined]) {
        const a = resolveAddress(statute, ref, idx);
        expect(a.kind, ref).toBe('clause');
        if (a.kind === 'clause') expect(a.clause.text.slice(a.scope.start, a.scope.end), ref).toBe(want);
      }
    }
    expect(resolveAddress(statute, '§ 2 Satz 1 Halbsatz 2').kind).toBe('missing');
  });

  it('keeps the document a reference names', () => {
    expect(readRefText('§ 10 Abs. 1 GO')?.[0]?.document).toBe('GO');
    expect(readRefText('§ 7 der Bundessatzung')?.[0]?.document).toBe('der Bundessatzung');
    expect(readRefText('§ 16 (6)')).toEqual([
      {
        parts: [
          { noun: '§', label: '16' },
          { noun: 'Absatz', label: '6' },
        ],
      },
    ]);
    expect(readRefText('§§ 3 und 4')?.map((r) => r.parts[0]!.label)).toEqual(['3', '4']);
    expect(readRefText('§ 5 Abs. 2 bis 4')?.map((r) => r.parts[1]!.label)).toEqual(['2', '3', '4']);
  });
});

describe('one vocabulary', () => {
  const list = parseResolution('1. Eins.\n2. Zwei.\n3. Drei.');

  it('resolves every clause noun the reader accepts', () => {
    for (const [word, noun] of REFERENCE_NOUNS) {
      if (noun.kind === 'sentence' || noun.kind === 'halfSentence' || noun.kind === 'line') continue;
      const spelled = noun.abbreviation === true ? `${word}.` : word;
      const ref = `${spelled[0]!.toUpperCase()}${spelled.slice(1)} 2`;
      expect(findClause(list, ref)?.text, ref).toBe('Zwei.');
    }
  });

  it('reads back every reference the writer produces, for every clause of the statute fixtures', () => {
    const dir = fileURLToPath(new URL('../../fixtures/statutes', import.meta.url));
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && /^\d/.test(f))) {
      const base = parseResolution(readFileSync(`${dir}/${file}`, 'utf8'));
      const index = indexClauses(base.clauses);
      const paths = new Map<Clause, PathStep[]>();
      walk(base.clauses, ({ node, index: i, up }) => {
        const above = up === undefined ? [] : paths.get(up.node)!;
        paths.set(node, [...above, { label: node.label, index: i }]);
      });
      for (const [clause, path] of paths) {
        // A clause below a § or Art. is cited through it; sections and unlabelled texts are not cited.
        if (!path.some((step) => /^(?:§|Art\.)/.test(step.label))) continue;
        const ref = referenceTo(path);
        const found = resolveAddress(base, ref, index);
        expect(found.kind === 'clause' && found.clause === clause, `${file}: ${ref}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('long references (issue 13.9)', () => {
  const small = parseResolution('1. Eins.\n2. Zwei.\n   a) Zwei a.');
  it.each([
    ['junk words', (n: number) => 'a '.repeat(n)],
    ['a noun and a long list', (n: number) => `Ziffer ${'1 und '.repeat(n / 2)}2`],
    ['a run of §', (n: number) => '§ '.repeat(n)],
    ['bare keys', (n: number) => '2 '.repeat(n)],
  ])('findClause and checkAmendment stay linear on %s', (_, make) => {
    const [short, long] = [make(6250), make(25000)];
    expect(findClause(small, long)).toBeUndefined();
    expectLinearGrowth(
      'findClause',
      () => findClause(small, short),
      () => findClause(small, long),
      4,
    );
    const change = (clause: string) => ({ changes: [{ op: 'removeClause' as const, clause }] });
    expectLinearGrowth(
      'checkAmendment',
      () => checkAmendment(small, change(short)),
      () => checkAmendment(small, change(long)),
      4,
    );
  });
});
