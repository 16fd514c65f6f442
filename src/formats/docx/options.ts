/**
 * The options of `toDocx`, described once as a table for `resolveOptions`
 * (defaults live only there) plus the two options the table's kinds cannot
 * hold: `date` (a `Date` or an ISO 8601 string) and `authors` (a map).
 *
 * @module
 */
import { RedlineError } from '../../errors.js';
import { describeValue, resolveOptions, type OptionTable } from '../../validate/options.js';
import { TYPOGRAPHY_OPTIONS, type TypographyMode, type TypographyOptions } from '../../render/typography.js';

/**
 * Options of `toDocx`. `typography` (see `TypographyOptions`): with `'hide'`
 * (the default) a change of typography only is written as the amended text,
 * so Word's "reject all" keeps the amended typography; `'mark'` adds a Word
 * comment to the clause naming the change; `'show'` writes it as a tracked
 * change.
 */
export interface DocxOptions extends TypographyOptions {
  /**
   * Real tracked changes (`w:del`/`w:ins` revisions a clerk can accept or
   * reject in Word or LibreOffice). With `false`, the redline is drawn with
   * formatting instead, as council documents print it (seed 000): deleted text
   * struck through, inserted text bold.
   * @default true
   */
  tracked?: boolean;
  /**
   * The reviewer's name on every revision without a `Segment.source`.
   * @default 'motion-redline'
   */
  author?: string;
  /**
   * Names of the reviewers per amendment: `Segment.source` (the amendment id
   * `applyAmendments` sets) → the name Word shows. A source not in the map is
   * shown under its own id, so every merged amendment is its own reviewer.
   * @default {}
   */
  authors?: Readonly<Record<string, string>>;
  /**
   * Date and time of the revisions (`Date` or ISO 8601 string). Give it for
   * reproducible output; without it, the time of the call.
   * @default the current time
   */
  date?: Date | string;
  /**
   * A heading above the resolution.
   * @default none
   */
  title?: string;
  /**
   * Word's own line numbering of the resolution (`w:lnNumType`, every line,
   * continuous). The numbers follow the lines as Word or LibreOffice lays
   * them out, not `numberLines` (see docs/formats.md).
   * @default false
   */
  lineNumbers?: boolean;
  /**
   * Font of the document.
   * @default 'Arial'
   */
  font?: string;
}

/** The table of the {@link DocxOptions} that `resolveOptions` checks (`date` and `authors` are checked beside it). */
export const DOCX_OPTIONS = {
  tracked: { kind: 'boolean', default: true },
  author: { kind: 'string', default: 'motion-redline' },
  title: { kind: 'string', default: undefined },
  lineNumbers: { kind: 'boolean', default: false },
  font: { kind: 'string', default: 'Arial' },
  ...TYPOGRAPHY_OPTIONS,
} as const satisfies OptionTable;

/** Options with every default filled in. */
export interface ResolvedDocxOptions {
  tracked: boolean;
  author: string;
  authors: Readonly<Record<string, string>>;
  /** ISO 8601 without milliseconds, as Word writes it. */
  date: string;
  title: string | undefined;
  lineNumbers: boolean;
  font: string;
  typography: TypographyMode;
}

/**
 * Checks the options of `toDocx` and fills in the defaults.
 * @throws {RedlineError} `invalid-option` naming the option and quoting the value
 */
export function resolveDocxOptions(options: unknown, now: () => Date = () => new Date()): ResolvedDocxOptions {
  const table = resolveOptions('DOCX', DOCX_OPTIONS, options);
  const given = (options ?? {}) as { date?: unknown; authors?: unknown };
  return { ...table, date: resolveDate(given.date, now), authors: resolveAuthors(given.authors) };
}

function resolveDate(value: unknown, now: () => Date): string {
  const date =
    value === undefined
      ? now()
      : value instanceof Date
        ? value
        : typeof value === 'string'
          ? new Date(value)
          : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new RedlineError(
      'invalid-option',
      `The DOCX option "date" must be a Date or an ISO 8601 date string, got ${describeValue(value)}.`,
    );
  }
  return `${date.toISOString().slice(0, 19)}Z`;
}

function resolveAuthors(value: unknown): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  const fail = (): never => {
    throw new RedlineError(
      'invalid-option',
      `The DOCX option "authors" must be an object mapping amendment ids to names (strings), got ${describeValue(value)}.`,
    );
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail();
  const out: Record<string, string> = {};
  for (const [source, name] of Object.entries(value)) {
    if (typeof name !== 'string') return fail();
    out[source] = name;
  }
  return out;
}
