/**
 * `linkStatement`: seed 001's sections land on clauses 1–6 of seed 000's base;
 * a redline is linked in its base numbering; references to no clause and
 * sections for other motions are reported, never dropped silently.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { linkStatement } from '../../src/statement/link.js';
import { parseStatement } from '../../src/statement/parse.js';

const read = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const base = parseMotion(read('motions/seed-000-base.md')).resolution;

describe('linkStatement', () => {
  it('links each section of seed 001 to its clause of the seed 000 base', () => {
    const link = linkStatement(parseStatement(read('seeds/001_e24226c482febd17.txt')), base);
    expect(link.clauses).toEqual({ 1: [0], 2: [1], 3: [2], 4: [3], 5: [4], 6: [5] });
    expect(link.sections).toEqual([['1'], ['2'], ['3'], ['4'], ['5'], ['6']]);
    expect(link.unmatched).toEqual([]);
    expect(link.diagnostics).toEqual([]);
  });

  it('links one section to several clauses, nested clauses and roman sections', () => {
    const resolution = parseResolution('I. Ziele\n1. Eins.\n2. Zwei.\nII. Wege\n1. Drei.\n   a) Vier.\n   b) Fünf.');
    const statement = parseStatement(
      'Zu den Punkten I. 1. und I. 2.\nA.\n\nZu II. 1. a)\nB.\n\nZu Abschnitt II Ziffer 1 Buchstabe b\nC.',
    );
    const link = linkStatement(statement, resolution);
    expect(link.sections).toEqual([['I.1', 'I.2'], ['II.1.a'], ['II.1.b']]);
    expect(link.clauses).toEqual({ 'I.1': [0], 'I.2': [0], 'II.1.a': [1], 'II.1.b': [2] });
  });

  it('reports a reference to no clause and keeps the section unmatched', () => {
    const statement = parseStatement('Zu 1.\nJa.\n\nZu Ziffer 9\nNein.\n\nZu Frage 2\n\nVielleicht.');
    const link = linkStatement(statement, base);
    expect(link.unmatched).toEqual([1, 2]);
    expect(link.diagnostics).toHaveLength(1);
    expect(link.diagnostics[0]).toMatchObject({ code: 'clause-not-found', section: 1 });
    expect(link.diagnostics[0]!.message).toContain('„Ziffer 9“');
  });

  it('links a redline in its base numbering: inserted clauses never, renumbered ones by their old label', () => {
    const resolution = parseResolution('1. Eins.\n2. Zwei.\n3. Drei.');
    const redline = applyAmendment(resolution, {
      changes: [{ op: 'addClause', new: 'Neu.', after: '1', label: '2.' }],
      renumber: [{ from: '2' }],
    });
    expect(redline.clauses.map((c) => `${c.baseLabel ?? ''}>${c.label}`)).toEqual(['>1.', '>2.', '2.>3.', '3.>4.']);
    const link = linkStatement(parseStatement('Zu 2.\nZwei.\n\nZu 3.\nDrei.'), redline);
    const idOf = (label: string): string => redline.clauses.find((c) => c.label === label)!.id;
    expect(link.sections).toEqual([[idOf('3.')], [idOf('4.')]]);
  });

  it('leaves out sections a statement assigns to another motion', () => {
    const statement = parseStatement(
      'Zum Antrag der SPD-Fraktion\n\nZu 1.\nJa.\n\nZum Antrag der FDP-Fraktion\n\nZu 1.\nNein.',
    );
    const link = linkStatement(statement, base, { motion: 'spd' });
    expect(link.sections).toEqual([['1'], []]);
    expect(link.otherMotion).toEqual([1]);
    expect(link.unmatched).toEqual([]);
    expect(linkStatement(statement, base).sections).toEqual([['1'], ['1']]);
  });

  it('rejects what is not a statement, a base or options', () => {
    const statement = parseStatement('Zu 1.\nJa.');
    expect(() => linkStatement({} as never, base)).toThrow(RedlineError);
    expect(() => linkStatement(statement, null as never)).toThrow(RedlineError);
    const cyclic = { id: '1', label: '1.', text: '', children: [] as unknown[] };
    cyclic.children.push(cyclic);
    expect(() => linkStatement(statement, { lead: '', clauses: [cyclic] } as never)).toThrow(RedlineError);
    expect(() => linkStatement(statement, base, { motion: 3 as unknown as string })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});
