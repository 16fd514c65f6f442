/**
 * The option resolver every entry point uses: each options object is
 * described once, as a table of its options (kind, default, range), and
 * resolved here — defaults filled in, every value checked, one message style
 * naming the option ("The diff option "absorbWords" must be a whole number
 * from 0 to 1000, got -1."). Defaults are defined only in these tables, so a
 * test can hold each `@default` of the JSDoc to the table.
 *
 * Keys that a table does not name are ignored: option interfaces extend each
 * other (`RedlineOptions` takes the parse, diff and apply options), and each
 * resolver reads only its own.
 *
 * @module
 */
import { RedlineError } from '../errors.js';

/** A boolean option. */
export interface BooleanSpec {
  kind: 'boolean';
  default: boolean;
}

/** A number option within `[min, max]`; `integer` asks for a whole number. */
export interface NumberSpec {
  kind: 'number';
  default: number | undefined;
  min: number;
  max: number;
  integer?: boolean;
}

/** One of a list of strings. */
export interface EnumSpec<V extends string = string> {
  kind: 'enum';
  default: V;
  values: readonly V[];
}

/** Any string (a title, an author's name). */
export interface StringSpec {
  kind: 'string';
  default: string | undefined;
}

/** How one option is checked and what it defaults to. */
export type OptionSpec = BooleanSpec | NumberSpec | EnumSpec | StringSpec;

/** The options of one options object, by name. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The value type a spec resolves to. */
export type ResolvedValue<S extends OptionSpec> = S extends BooleanSpec
  ? boolean
  : S extends NumberSpec
    ? S['default'] extends number
      ? number
      : number | undefined
    : S extends EnumSpec<infer V>
      ? V
      : S extends StringSpec
        ? S['default'] extends string
          ? string
          : string | undefined
        : never;

/** An options object with every default filled in. */
export type ResolvedOptions<T extends OptionTable> = { -readonly [K in keyof T]: ResolvedValue<T[K]> };

/**
 * Describes a value for an error message without ever throwing (a BigInt, a
 * symbol or an object without a prototype cannot break the message).
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'bigint') return `${value.toString()}n`;
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'function') return 'a function';
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    if (typeof value === 'object') return 'an object';
    return String(value);
  } catch {
    return 'a value that cannot be shown';
  }
}

function checkValue(what: string, name: string, spec: OptionSpec, value: unknown): unknown {
  const fail = (expected: string): never => {
    throw new RedlineError(
      'invalid-option',
      `The ${what} option "${name}" must be ${expected}, got ${describeValue(value)}.`,
    );
  };
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : fail('true or false');
    case 'string':
      return typeof value === 'string' ? value : fail('a string');
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? value
        : fail(`one of ${spec.values.map((v) => `"${v}"`).join(', ')}`);
    case 'number': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.min &&
        value <= spec.max &&
        (spec.integer !== true || Number.isInteger(value));
      if (ok) return value;
      const range = spec.max === Number.MAX_SAFE_INTEGER ? `at least ${spec.min}` : `from ${spec.min} to ${spec.max}`;
      return fail(`${spec.integer === true ? 'a whole number' : 'a number'} ${range}`);
    }
  }
}

/**
 * Fills in defaults and checks every option the table names.
 *
 * @param what - how the message names the options ("diff", "HTML", "apply")
 * @param table - the options, by name
 * @param options - what the caller passed (`undefined` for none)
 * @throws {RedlineError} `invalid-option` naming the option and quoting the value
 */
export function resolveOptions<T extends OptionTable>(what: string, table: T, options: unknown): ResolvedOptions<T> {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new RedlineError('invalid-option', `The ${what} options must be an object, got ${describeValue(options)}.`);
  }
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    const value = options === undefined ? undefined : (options as Record<string, unknown>)[name];
    out[name] = value === undefined ? spec.default : checkValue(what, name, spec, value);
  }
  return out as ResolvedOptions<T>;
}

/** The defaults of a table, as the JSDoc `@default` tags should state them. */
export function defaultsOf(table: OptionTable): Record<string, unknown> {
  return Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, spec.default]));
}
