import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import { checkRedlineShape, checkResolution, checkSegments } from '../../src/validate/shapes.js';

const clause = (id: string, children: unknown[] = []): Record<string, unknown> => ({
  id,
  label: `${id}.`,
  text: `Text ${id}.`,
  children,
});
const redlineClause = (id: string, children: unknown[] = []): Record<string, unknown> => ({
  id,
  label: `${id}.`,
  status: 'changed',
  segments: [
    { type: 'equal', text: 'Die ' },
    { type: 'delete', text: 'alte' },
    { type: 'insert', text: 'neue' },
  ],
  children,
});

/** The message of the RedlineError `f` throws (fails on any other outcome). */
function message(f: () => void): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(RedlineError);
    expect((error as RedlineError).code).toBe('invalid-input');
    return (error as RedlineError).message;
  }
  throw new Error('nothing was thrown');
}

describe('checkResolution', () => {
  it('accepts a resolution', () => {
    expect(() => checkResolution({ lead: '', clauses: [clause('1', [clause('1.1')])] }, 'base')).not.toThrow();
  });

  it.each([
    [null, 'got null'],
    [5, 'got 5'],
    [{ clauses: [] }, 'its "lead" is not a string'],
    [{ lead: '', clauses: 'x' }, 'it has no "clauses" array'],
    [{ lead: '', clauses: [null] }, 'a clause is null, not an object'],
    [{ lead: '', clauses: [{ ...clause('1'), text: 3 }] }, 'clause "1" has no string "text"'],
    [
      { lead: '', clauses: [{ ...clause('1'), id: 1 }] },
      'a clause without a string id lacks a string id or a string label',
    ],
    [{ lead: '', clauses: [{ ...clause('1'), children: null }] }, 'clause "1" has no "children" array'],
  ])('refuses %j: %s', (value, detail) => {
    expect(message(() => checkResolution(value, 'base'))).toBe(`The base resolution is not a resolution: ${detail}.`);
  });

  it('refuses cyclic and shared trees', () => {
    const cyclic = clause('1');
    (cyclic.children as unknown[]).push(cyclic);
    expect(message(() => checkResolution({ lead: '', clauses: [cyclic] }, 'base'))).toContain('occurs twice');
    const shared = clause('2');
    expect(message(() => checkResolution({ lead: '', clauses: [clause('1', [shared]), shared] }, 'base'))).toContain(
      'occurs twice',
    );
  });

  it('leaves out the lead and the names when asked', () => {
    const loose = { clauses: [{ text: 'x', children: [] }] };
    expect(() => checkResolution(loose, 'given', { lead: false, names: false })).not.toThrow();
    expect(() => checkResolution(loose, 'given', { lead: false })).toThrow(RedlineError);
  });

  it('walks a tree 20,000 levels deep without overflowing the stack', () => {
    let deep = clause('x');
    for (let i = 0; i < 20_000; i += 1) deep = clause(`x${i}`, [deep]);
    expect(() => checkResolution({ lead: '', clauses: [deep] }, 'base')).not.toThrow();
  });
});

describe('checkRedlineShape', () => {
  it('accepts a redline', () => {
    expect(() =>
      checkRedlineShape({ lead: '', clauses: [redlineClause('1', [redlineClause('1.1')])] }, 'given'),
    ).not.toThrow();
  });

  it.each([
    [{ ...redlineClause('1'), segments: undefined }, 'clause "1" has no "segments" array'],
    [
      { ...redlineClause('1'), segments: [{ type: 'x', text: 'a' }] },
      "clause \"1\" has a segment that is not { type: 'equal' | 'delete' | 'insert', text: string }",
    ],
    [
      { ...redlineClause('1'), segments: [{ type: 'equal', text: 1 }] },
      "clause \"1\" has a segment that is not { type: 'equal' | 'delete' | 'insert', text: string }",
    ],
    [
      { ...redlineClause('1'), segments: [null] },
      "clause \"1\" has a segment that is not { type: 'equal' | 'delete' | 'insert', text: string }",
    ],
    [{ ...redlineClause('1'), status: 5n }, 'clause "1" has an unknown status 5n'],
    [{ ...redlineClause('1'), baseLabel: null }, 'clause "1" has a "baseLabel" that is null, not a string'],
    [{ ...redlineClause('1'), baseLabel: 5 }, 'clause "1" has a "baseLabel" that is 5, not a string'],
  ])('refuses a clause (case %#)', (bad, detail) => {
    expect(message(() => checkRedlineShape({ lead: '', clauses: [bad] }, 'given'))).toBe(
      `The given redline is not a redline: ${detail}.`,
    );
  });

  it('refuses a cyclic tree', () => {
    const cyclic = redlineClause('1');
    (cyclic.children as unknown[]).push(cyclic);
    expect(message(() => checkRedlineShape({ lead: '', clauses: [cyclic] }, 'given'))).toContain('occurs twice');
  });
});

describe('checkSegments', () => {
  it('accepts segments and refuses anything else with a message that can be built', () => {
    expect(() => checkSegments([{ type: 'equal', text: 'a' }], 'planMarkup')).not.toThrow();
    for (const bad of [null, 5n, Object.create(null), [null], [{ type: 'equal' }], [Object.create(null)]]) {
      expect(message(() => checkSegments(bad, 'planMarkup'))).toMatch(/^planMarkup needs an array of segments/);
    }
  });

  it('leaves baseLabel unchecked where names are relaxed (renderers)', () => {
    const lenient = { ...redlineClause('1'), baseLabel: null };
    expect(() => checkRedlineShape({ lead: '', clauses: [lenient] }, 'given', { names: false })).not.toThrow();
  });
});

describe('shape checks on JSON-like input (property)', () => {
  it('either accept or throw a RedlineError, never anything else', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, 0, 1.5, '', 'x', true, 'equal', 'changed'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom('id', 'label', 'text', 'lead', 'clauses', 'children', 'segments', 'type', 'status'),
          tie('node'),
          { maxKeys: 6 },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        for (const check of [
          () => checkResolution(v, 'base'),
          () => checkResolution(v, 'given', { lead: false, names: false }),
          () => checkRedlineShape(v, 'given'),
        ]) {
          try {
            check();
          } catch (error) {
            expect(error).toBeInstanceOf(RedlineError);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
