/**
 * Shared checks of the robustness suite: shape validators for every kind of
 * result the public API returns, an "either a valid result or a RedlineError"
 * harness (which times the call, see test/timing.ts), and iterative tree
 * comparison (the suite builds trees thousands of levels deep, deeper than a
 * recursive `toEqual` can walk).
 */
import { expect } from 'vitest';
import { stopwatch } from '../timing.js';
import { RedlineError } from '../../src/index.js';
import type { Clause, Diagnostic, Redline, RedlineClause, Resolution } from '../../src/index.js';

const STATUSES = new Set(['unchanged', 'changed', 'inserted', 'deleted']);
const SEGMENT_TYPES = new Set(['equal', 'delete', 'insert']);
const DIAGNOSTIC_CODES = new Set([
  'clause-not-found',
  'text-not-found',
  'text-ambiguous',
  'overlap',
  'conflict',
  'no-op',
  'invalid-change',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Throws (with a path) unless `value` is a well-formed Resolution with unique ids. Iterative. */
export function assertResolution(value: unknown, where = 'resolution'): asserts value is Resolution {
  if (!isRecord(value) || typeof value.lead !== 'string' || !Array.isArray(value.clauses)) {
    throw new Error(`${where}: not a Resolution`);
  }
  const ids = new Set<string>();
  const stack: unknown[] = [...value.clauses];
  while (stack.length > 0) {
    const clause = stack.pop();
    if (
      !isRecord(clause) ||
      typeof clause.id !== 'string' ||
      typeof clause.label !== 'string' ||
      typeof clause.text !== 'string' ||
      !Array.isArray(clause.children)
    ) {
      throw new Error(`${where}: malformed clause ${String(isRecord(clause) ? clause.id : clause)}`);
    }
    if (ids.has(clause.id)) throw new Error(`${where}: duplicate clause id ${clause.id}`);
    ids.add(clause.id);
    stack.push(...(clause.children as unknown[]));
  }
}

/** Throws unless `value` is a well-formed Redline. Iterative. */
export function assertRedline(value: unknown, where = 'redline'): asserts value is Redline {
  if (!isRecord(value) || typeof value.lead !== 'string' || !Array.isArray(value.clauses)) {
    throw new Error(`${where}: not a Redline`);
  }
  const stack: unknown[] = [...value.clauses];
  while (stack.length > 0) {
    const clause = stack.pop();
    if (
      !isRecord(clause) ||
      typeof clause.id !== 'string' ||
      typeof clause.label !== 'string' ||
      typeof clause.status !== 'string' ||
      !STATUSES.has(clause.status) ||
      !Array.isArray(clause.segments) ||
      !Array.isArray(clause.children)
    ) {
      throw new Error(`${where}: malformed redline clause ${String(isRecord(clause) ? clause.id : clause)}`);
    }
    for (const segment of clause.segments as unknown[]) {
      if (
        !isRecord(segment) ||
        typeof segment.text !== 'string' ||
        typeof segment.type !== 'string' ||
        !SEGMENT_TYPES.has(segment.type)
      ) {
        throw new Error(`${where}: malformed segment in clause ${clause.id}`);
      }
    }
    stack.push(...(clause.children as unknown[]));
  }
}

/** Throws unless `value` is an array of well-formed diagnostics. */
export function assertDiagnostics(value: unknown, where = 'diagnostics'): asserts value is Diagnostic[] {
  if (!Array.isArray(value)) throw new Error(`${where}: not an array`);
  for (const d of value as unknown[]) {
    if (
      !isRecord(d) ||
      typeof d.code !== 'string' ||
      !DIAGNOSTIC_CODES.has(d.code) ||
      (d.severity !== 'error' && d.severity !== 'warning') ||
      typeof d.change !== 'number' ||
      typeof d.message !== 'string'
    ) {
      throw new Error(`${where}: malformed diagnostic ${JSON.stringify(d)}`);
    }
  }
}

/** What one guarded call did. */
export type Outcome<T> = { ok: true; value: T; ms: number } | { ok: false; error: RedlineError; ms: number };

/**
 * Calls `fn`; a thrown RedlineError with a string code is an acceptable
 * outcome, any other throw (TypeError, RangeError, stack overflow, plain
 * Error) fails the test with the function's name and the error. A returned
 * value is passed to `validate`.
 */
export function guarded<T>(name: string, fn: () => T, validate?: (value: T) => void): Outcome<T> {
  const stop = stopwatch();
  let value: T;
  try {
    value = fn();
  } catch (error) {
    const ms = stop();
    if (error instanceof RedlineError && typeof error.code === 'string' && (error.code as string) !== '') {
      return { ok: false, error, ms };
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error);
    expect.fail(`${name} threw a non-RedlineError — ${detail}`);
  }
  const ms = stop();
  if (validate) {
    try {
      validate(value);
    } catch (error) {
      expect.fail(`${name} returned an invalid result — ${(error as Error).message}`);
    }
  }
  return { ok: true, value, ms };
}

type Tree = { label: string; text: string; children: Tree[] };

/**
 * The first difference between two clause trees (labels, texts, shape and,
 * with `ids`, ids), or undefined. Iterative, so deep trees are fine.
 */
export function treeDifference(
  actual: readonly (Clause | Tree)[],
  expected: readonly (Clause | Tree)[],
  options: { ids?: boolean } = {},
): string | undefined {
  const stack: Array<[readonly (Clause | Tree)[], readonly (Clause | Tree)[], string]> = [[actual, expected, '']];
  while (stack.length > 0) {
    const [a, b, path] = stack.pop()!;
    if (a.length !== b.length) return `${path || 'top level'}: ${a.length} clauses instead of ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      const here = `${path}/${i + 1}`;
      if (x.label !== y.label) return `${here}: label ${JSON.stringify(x.label)} instead of ${JSON.stringify(y.label)}`;
      if (x.text !== y.text)
        return `${here} (${y.label}): text ${JSON.stringify(x.text.slice(0, 200))} instead of ${JSON.stringify(y.text.slice(0, 200))}`;
      if (options.ids && 'id' in x && 'id' in y && x.id !== y.id) return `${here}: id ${x.id} instead of ${y.id}`;
      stack.push([x.children, y.children, here]);
    }
  }
  return undefined;
}

/** All clauses of a tree in document order (iterative). */
export function flatten<T extends { children: T[] }>(clauses: readonly T[]): T[] {
  const out: T[] = [];
  const stack = [...clauses].reverse();
  while (stack.length > 0) {
    const clause = stack.pop()!;
    out.push(clause);
    for (let i = clause.children.length - 1; i >= 0; i--) stack.push(clause.children[i]!);
  }
  return out;
}

/** The non-whitespace characters of a string, sorted: a multiset fingerprint of its text. */
export function charBag(text: string): string {
  return [...text.replace(/\s+/gu, '')].sort().join('');
}

/** A redline's clause tree (deleted clauses included) as text, for loss checks. */
export function redlineText(clauses: readonly RedlineClause[]): string {
  return flatten(clauses)
    .map((c) => c.segments.map((s) => s.text).join(''))
    .join('\n');
}
