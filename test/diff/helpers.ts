/**
 * Shared checks of the diff tests: the invariants every redline must satisfy.
 */
import { expect } from 'vitest';
import type { Clause, Redline, Resolution, Segment } from '../../src/model.js';
import { assignIds } from '../../src/parse/ids.js';
import { amendedText, baseText } from '../../src/redline/model.js';
import { tokenize } from '../../src/text/tokenize.js';

/**
 * Offsets where a hunk may start or end: token boundaries, and any point
 * inside a run of whitespace (whitespace shared by a deletion and an
 * insertion is moved out of the change, which may split a run of spaces).
 */
function boundaries(text: string): Set<number> {
  const set = new Set<number>([0, text.length]);
  for (const t of tokenize(text)) {
    set.add(t.start);
    if (t.kind === 'space') for (let i = t.start; i < t.end; i += 1) set.add(i);
  }
  return set;
}

/**
 * The segment invariants: the two texts reproduced exactly, no empty segment,
 * no two neighbours of one type, deletions before insertions (or the reverse),
 * and no hunk boundary inside a word, number or punctuation token of either version.
 */
export function checkSegments(base: string, amended: string, segments: readonly Segment[], insertFirst = false): void {
  expect(baseText(segments)).toBe(base);
  expect(amendedText(segments)).toBe(amended);
  const inBase = boundaries(base);
  const inAmended = boundaries(amended);
  let a = 0;
  let b = 0;
  segments.forEach((s, i) => {
    expect(s.text).not.toBe('');
    const next = segments[i + 1];
    if (next !== undefined) {
      expect(next.type).not.toBe(s.type);
      if (s.type !== 'equal' && next.type !== 'equal') expect(s.type).toBe(insertFirst ? 'insert' : 'delete');
    }
    expect(inBase.has(a), `boundary at ${a} inside a word of ${JSON.stringify(base)}`).toBe(true);
    expect(inAmended.has(b), `boundary at ${b} inside a word of ${JSON.stringify(amended)}`).toBe(true);
    if (s.type !== 'insert') a += s.text.length;
    if (s.type !== 'delete') b += s.text.length;
  });
}

/** Every clause of a (redline or resolution) clause tree in document order (iterative). */
export function allClauses<T extends { children: T[] }>(clauses: readonly T[]): T[] {
  const out: T[] = [];
  const stack = [...clauses].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    out.push(c);
    for (let i = c.children.length - 1; i >= 0; i -= 1) stack.push(c.children[i]!);
  }
  return out;
}

/** A deep copy of a resolution with ids (re)assigned from labels, as the parser would. */
export function withIds(resolution: Resolution): Resolution {
  const copy = (c: Clause): Clause => ({ id: '', label: c.label, text: c.text, children: c.children.map(copy) });
  const clauses = resolution.clauses.map(copy);
  assignIds(clauses);
  return resolution.title === undefined
    ? { lead: resolution.lead, clauses }
    : { title: resolution.title, lead: resolution.lead, clauses };
}

/** The structural invariants of a redline: statuses, whole subtrees, unique ids, canonical segments. */
export function checkRedline(redline: Redline, insertFirst = false): void {
  const ids = new Set<string>();
  for (const clause of allClauses(redline.clauses)) {
    expect(ids.has(clause.id), `duplicate id ${clause.id}`).toBe(false);
    ids.add(clause.id);
    checkSegments(baseText(clause.segments), amendedText(clause.segments), clause.segments, insertFirst);
    if (clause.status === 'deleted' || clause.status === 'inserted') {
      const type = clause.status === 'deleted' ? 'delete' : 'insert';
      for (const c of allClauses([clause])) {
        expect(c.status).toBe(clause.status);
        for (const s of c.segments) expect(s.type).toBe(type);
      }
    }
  }
}
