/**
 * docs/real-world.md reports the corpus figures: this test holds its tables to
 * what the library does today, so the report cannot go stale when a reader
 * change turns a refusal into a correct case (or the reverse). Run with
 * `UPDATE_REAL_WORLD=1` to rewrite the tables (the reason column stays
 * hand-written).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judge, realCases, statuteCases, type Outcome, type RealCase } from './corpus.js';

const path = fileURLToPath(new URL('../../docs/real-world.md', import.meta.url));
const FIGURES_HEADER = '| | cases | correct | refused with a clear error | silently wrong |';
const FAMILY_HEADER = '| family | cases | correct | refused | silently wrong |';
const STATUTE_HEADER = '| statute amendments | cases | correct | refused with a clear error | silently wrong |';
const CASE_HEADER = '| case | source | families | mechanical | outcome | reason |';

interface Tally {
  cases: number;
  correct: number;
  refused: number;
  wrong: number;
}

function tally(outcomes: readonly Outcome[]): Tally {
  const count = (kind: Outcome['kind']): number => outcomes.filter((o) => o.kind === kind).length;
  return { cases: outcomes.length, correct: count('correct'), refused: count('refused'), wrong: count('wrong') };
}

const row = (name: string, t: Tally, bold = false): string => {
  const cell = (v: string | number): string => (bold ? `**${v}**` : String(v));
  return `| ${cell(name)} | ${cell(t.cases)} | ${cell(t.correct)} | ${cell(t.refused)} | ${cell(t.wrong)} |`;
};

function figuresTable(cases: readonly RealCase[], outcomes: ReadonlyMap<string, Outcome>): string[] {
  const of = (pick: (c: RealCase) => boolean): Outcome[] => cases.filter(pick).map((c) => outcomes.get(c.name)!);
  return [
    FIGURES_HEADER,
    '|---|---|---|---|---|',
    row('a clerk can apply them mechanically', tally(of((c) => c.meta.mechanical))),
    row('no clerk can apply them mechanically', tally(of((c) => !c.meta.mechanical))),
    row('all', tally(of(() => true)), true),
  ];
}

function familyTable(cases: readonly RealCase[], outcomes: ReadonlyMap<string, Outcome>): string[] {
  const byFamily = new Map<string, Outcome[]>();
  for (const c of cases) {
    const family = c.meta.families[0] ?? '(none)';
    byFamily.set(family, [...(byFamily.get(family) ?? []), outcomes.get(c.name)!]);
  }
  return [FAMILY_HEADER, '|---|---|---|---|---|', ...[...byFamily].map(([family, list]) => row(family, tally(list)))];
}

function statuteTable(outcomes: readonly Outcome[]): string[] {
  return [STATUTE_HEADER, '|---|---|---|---|---|', row('`fixtures/statutes/amendments`', tally(outcomes))];
}

/** The lines of the table that starts with `header`: [first index, end index). */
function tableAt(lines: readonly string[], header: string): [number, number] {
  const start = lines.indexOf(header);
  if (start < 0) return [-1, -1];
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end += 1;
  return [start, end];
}

const OUTCOME_COLUMN = 5;
const cellsOf = (line: string): string[] => line.split(' | ');

describe('docs/real-world.md', () => {
  const cases = realCases();
  const outcomes = new Map(cases.map((c) => [c.name, judge(c)] as const));
  const statutes = statuteCases().map(judge);
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');

  const wanted: [string, string[]][] = [
    [FIGURES_HEADER, figuresTable(cases, outcomes)],
    [FAMILY_HEADER, familyTable(cases, outcomes)],
    [STATUTE_HEADER, statuteTable(statutes)],
  ];

  if (process.env['UPDATE_REAL_WORLD'] === '1') {
    for (const [header, table] of wanted) {
      const [start, end] = tableAt(lines, header);
      if (start >= 0) lines.splice(start, end - start, ...table);
    }
    const [start, end] = tableAt(lines, CASE_HEADER);
    for (let i = start + 2; i < end; i += 1) {
      const cells = cellsOf(lines[i]!);
      const name = cells[0]!.replace(/^\| `|`$/gu, '');
      const outcome = outcomes.get(name);
      if (outcome === undefined) continue;
      cells[OUTCOME_COLUMN - 1] = outcome.kind === 'wrong' ? 'silently wrong' : outcome.kind;
      lines[i] = cells.join(' | ');
    }
    writeFileSync(path, lines.join('\n'));
  }

  it.each(wanted.map(([header, table]) => [header, table] as const))(
    'has the table %s as measured',
    (header, table) => {
      const [start, end] = tableAt(lines, header);
      expect(start, `docs/real-world.md lacks the table ${header}`).toBeGreaterThanOrEqual(0);
      expect(lines.slice(start, end).join('\n'), 'run with UPDATE_REAL_WORLD=1 to rewrite it').toBe(table.join('\n'));
    },
  );

  it('gives every case its measured outcome', () => {
    const [start, end] = tableAt(lines, CASE_HEADER);
    const seen = new Set<string>();
    for (const line of lines.slice(start + 2, end)) {
      const cells = cellsOf(line);
      const name = cells[0]!.replace(/^\| `|`$/gu, '');
      seen.add(name);
      const outcome = outcomes.get(name);
      expect(outcome, `docs/real-world.md names an unknown case ${name}`).toBeDefined();
      expect(cells[OUTCOME_COLUMN - 1], name).toBe(outcome!.kind);
    }
    expect([...outcomes.keys()].filter((name) => !seen.has(name))).toEqual([]);
  });
});
