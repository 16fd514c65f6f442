import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import { defaultsOf, describeValue, resolveOptions } from '../../src/validate/options.js';

const TABLE = {
  flag: { kind: 'boolean', default: true },
  count: { kind: 'number', default: 3, min: 0, max: 10, integer: true },
  share: { kind: 'number', default: undefined, min: 0, max: 1 },
  mode: { kind: 'enum', default: 'hide', values: ['hide', 'mark', 'show'] },
  title: { kind: 'string', default: undefined },
} as const;

describe('resolveOptions', () => {
  it('fills in every default', () => {
    expect(resolveOptions('test', TABLE, undefined)).toEqual(defaultsOf(TABLE));
    expect(resolveOptions('test', TABLE, {})).toEqual({
      flag: true,
      count: 3,
      share: undefined,
      mode: 'hide',
      title: undefined,
    });
  });

  it('keeps valid values and ignores keys it does not know', () => {
    const got = resolveOptions('test', TABLE, {
      flag: false,
      count: 10,
      share: 0.5,
      mode: 'show',
      title: 'T',
      other: 1,
    });
    expect(got).toEqual({ flag: false, count: 10, share: 0.5, mode: 'show', title: 'T' });
  });

  it.each([
    [{ flag: 'yes' }, 'The test option "flag" must be true or false, got "yes".'],
    [{ count: 1.5 }, 'The test option "count" must be a whole number from 0 to 10, got 1.5.'],
    [{ count: 11 }, 'The test option "count" must be a whole number from 0 to 10, got 11.'],
    [{ share: Number.NaN }, 'The test option "share" must be a number from 0 to 1, got NaN.'],
    [{ mode: 'bold' }, 'The test option "mode" must be one of "hide", "mark", "show", got "bold".'],
    [{ title: 5n }, 'The test option "title" must be a string, got 5n.'],
    [null, 'The test options must be an object, got null.'],
    [[], 'The test options must be an object, got an array.'],
  ])('refuses %o with a message naming the option', (options, message) => {
    expect(() => resolveOptions('test', TABLE, options)).toThrow(RedlineError);
    expect(() => resolveOptions('test', TABLE, options)).toThrow(message);
  });

  it('reads options of an object without a prototype', () => {
    const options = Object.assign(Object.create(null) as object, { count: 4 });
    expect(resolveOptions('test', TABLE, options).count).toBe(4);
  });
});

describe('describeValue', () => {
  it('never throws', () => {
    for (const v of [Symbol('s'), 1n, Object.create(null), () => 1, 'x'.repeat(100), undefined]) {
      expect(typeof describeValue(v)).toBe('string');
    }
  });
});
