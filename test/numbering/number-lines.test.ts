import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { numberLines } from '../../src/numbering/number-lines.js';
import { changedLines, numberRedlineLines } from '../../src/numbering/redline-lines.js';
import { lineRows } from '../../src/numbering/rows.js';
import { parseMotion } from '../../src/parse/motion.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { rejectAll } from '../../src/redline/model.js';
import { baseText } from '../../src/redline/segments.js';
import { assignIds } from '../../src/parse/ids.js';
import type { RedlineClause } from '../../src/model.js';
import { editedPair } from '../diff/generators.js';

const base = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung informiert die Öffentlichkeit zunächst über die Presse der Stadt und die sozialen Medien.
2. Die Verwaltung legt vierteljährlich einen Bericht vor.
   a) Der Bericht wird veröffentlicht.
3. Der Rat wird beteiligt.`);

describe('numberLines', () => {
  it('numbers continuously, each clause on a new line, labels counted, lead not numbered', () => {
    const n = numberLines(base, { lineLength: 40 });
    expect(n.lines.map((l) => `${l.number} ${l.text}`)).toEqual([
      '1 1. Die Verwaltung informiert die',
      '2 Öffentlichkeit zunächst über die Presse',
      '3 der Stadt und die sozialen Medien.',
      '4 2. Die Verwaltung legt vierteljährlich',
      '5 einen Bericht vor.',
      '6 a) Der Bericht wird veröffentlicht.',
      '7 3. Der Rat wird beteiligt.',
    ]);
    expect(n.clause('2')).toMatchObject({ first: 4, last: 5, lastWithChildren: 6 });
    expect(n.clauseAt([1, 0])).toMatchObject({ id: '2.a', first: 6, last: 6 });
    expect(n.lines[0]).toMatchObject({ label: true, start: 0 });
    expect(n.lines[1]!.label).toBe(false);
  });

  it('maps clause offsets to lines and back', () => {
    const n = numberLines(base, { lineLength: 40 });
    const text = base.clauses[0]!.text;
    const at = text.indexOf('Presse');
    expect(n.lineAt('1', at)).toBe(2);
    expect(n.linesOf('1', at, text.indexOf('Medien') + 6)).toEqual({ first: 2, last: 3 });
    const line2 = n.line(2)!;
    expect(text.slice(line2.start, line2.end)).toBe('Öffentlichkeit zunächst über die Presse');
    // The space at the break belongs to the line before; the next word to its own line.
    expect(n.lineAt('1', line2.end)).toBe(2);
    expect(n.lineAt('1', line2.end + 1)).toBe(3);
    expect(() => n.lineAt('9', 0)).toThrow(/not part/u);
    expect(() => n.lineAt('1', 10_000)).toThrow(/not a position/u);
  });

  it('defaults to 80 characters and validates the option', () => {
    const m = parseMotion(readFileSync('fixtures/motions/seed-000-base.md', 'utf8'));
    const n = numberLines(m.resolution);
    expect(n.lineLength).toBe(80);
    expect(n.lines).toHaveLength(43);
    expect(n.lines.every((l) => [...l.text].length <= 80)).toBe(true);
    expect(() => numberLines(base, { lineLength: 0 })).toThrow(/lineLength/u);
    expect(() => numberLines(base, { lineLength: 2.5 })).toThrow(/lineLength/u);
  });

  it('a clause without label and text still takes a line; a deep tree does not overflow', () => {
    expect(numberLines({ lead: '', clauses: [{ id: '1', label: '', text: '', children: [] }] }).lines).toHaveLength(1);
    let clause = { id: 'x', label: '-', text: 'tief', children: [] as never[] } as {
      id: string;
      label: string;
      text: string;
      children: unknown[];
    };
    for (let i = 0; i < 2000; i += 1) clause = { id: `x${i}`, label: '-', text: 'tief', children: [clause] };
    expect(numberLines({ lead: '', clauses: [clause as never] }).lines).toHaveLength(2001);
  });
});

function walk(clauses: readonly RedlineClause[], f: (c: RedlineClause) => void): void {
  for (const c of clauses) {
    f(c);
    walk(c.children, f);
  }
}

describe('redline lines', () => {
  it('the numbering of a redline is the numbering of its base', () => {
    fc.assert(
      fc.property(editedPair, fc.constantFrom(20, 40, 80), ([b, a], lineLength) => {
        const copy = structuredClone(b);
        assignIds(copy.clauses);
        const r = diffResolutions(copy, a);
        const fromRedline = numberRedlineLines(r, { lineLength }).lines.map((l) => [l.number, l.text, l.start, l.end]);
        const fromBase = numberLines(rejectAll(r), { lineLength }).lines.map((l) => [l.number, l.text, l.start, l.end]);
        expect(fromRedline).toEqual(fromBase);
      }),
      { numRuns: 60 },
    );
  });

  it('every changed segment gets the base lines it touches; rows keep every base character', () => {
    fc.assert(
      fc.property(editedPair, fc.constantFrom(20, 40, 80), ([b, a], lineLength) => {
        const copy = structuredClone(b);
        assignIds(copy.clauses);
        const r = diffResolutions(copy, a);
        const n = numberRedlineLines(r, { lineLength });
        let changes = 0;
        walk(r.clauses, (c) => {
          changes += c.segments.filter((s) => s.type !== 'equal').length;
        });
        const lines = changedLines(r, { lineLength });
        expect(lines).toHaveLength(changes);
        for (const l of lines) {
          expect(l.first).toBeLessThanOrEqual(l.last);
          expect(l.first).toBeGreaterThanOrEqual(0);
          expect(l.last).toBeLessThanOrEqual(n.lines.length);
        }
        // Rows: the non-space characters of each base clause, in order; inserted text carries no number of its own.
        const rows = lineRows(r, lineLength);
        walk(r.clauses, (c) => {
          if (c.status === 'inserted') return;
          const own = rows.filter((row) => row.clause === c);
          const printed = own
            .flatMap((row) => row.segments.filter((s) => s.type !== 'insert').map((s) => s.text))
            .join('');
          expect(printed.replace(/\s/gu, '')).toBe(baseText(c.segments).replace(/\s/gu, ''));
          expect(own.every((row) => row.number !== undefined)).toBe(true);
        });
        expect(rows.filter((row) => row.number !== undefined)).toHaveLength(n.lines.length);
      }),
      { numRuns: 60 },
    );
  });

  it('places a struck passage on its lines and an inserted clause after the last base line before it', () => {
    const amended = parseResolution(`Der Rat möge beschließen:

1. Die Verwaltung informiert die Öffentlichkeit über die Presse der Stadt.
2. Die Verwaltung legt vierteljährlich einen Bericht vor.
   a) Der Bericht wird veröffentlicht.
3. Der Rat wird beteiligt.
4. Neu.`);
    const r = diffResolutions(base, amended);
    const lines = changedLines(r, { lineLength: 40 });
    expect(lines).toEqual([
      { clause: '1', segment: 1, type: 'delete', first: 2, last: 2 },
      { clause: '1', segment: 3, type: 'delete', first: 3, last: 3 },
      { clause: '4', segment: 0, type: 'insert', first: 7, last: 7 },
    ]);
  });
});
