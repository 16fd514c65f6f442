/**
 * The options of the renderers, in one place (the public API re-exports
 * them), each with its table for `resolveOptions` (src/validate/options.ts),
 * which holds the defaults.
 *
 * @module
 */
import type { RenderView } from './input.js';
import { LINE_OPTIONS, type LineOptions } from '../numbering/line-length.js';
import { RedlineError } from '../errors.js';
import { describeValue, type OptionTable } from '../validate/options.js';
import { TYPOGRAPHY_OPTIONS, type TypographyOptions } from './typography.js';

export type { LineOptions } from '../numbering/line-length.js';

export type { RenderView } from './input.js';

export type { TypographyOptions, TypographyMode } from './typography.js';

/** Options of `toMarkdown`. */
export interface MarkdownOptions extends LineOptions, TypographyOptions {
  /**
   * What to show: the redline with markers, or the clean text of the amended
   * (`'amended'`, what `acceptAll` gives) or base (`'base'`) resolution without any marker.
   * A `Resolution` is always shown as it is.
   * @default 'redline'
   */
  view?: RenderView;
}

/** `view`: which version a renderer shows. */
const VIEW = {
  kind: 'enum',
  default: 'redline',
  values: ['redline', 'amended', 'base'],
} as const satisfies OptionTable[string];

/** {@link MarkdownOptions} for `resolveOptions`. */
export const MARKDOWN_OPTIONS = { view: VIEW, ...LINE_OPTIONS, ...TYPOGRAPHY_OPTIONS } as const satisfies OptionTable;

/** Options of `toHtml`. */
export interface HtmlOptions extends LineOptions, TypographyOptions {
  /**
   * Return a complete page (`<!doctype html>`, `lang="de"`, title, stylesheet for
   * screen and A4 print) instead of a fragment.
   * @default false
   */
  document?: boolean;
  /**
   * Page title (`<title>` and a heading), only used with `document`.
   * @default 'Änderungen am Beschluss' for a redline, 'Beschluss' for a resolution
   */
  title?: string;
  /**
   * What to show: the redline, or the clean text of the amended or base version.
   * @default 'redline'
   */
  view?: RenderView;
}

/** {@link HtmlOptions} for `resolveOptions` (`title` left undefined: its default depends on what is shown). */
export const HTML_OPTIONS = {
  document: { kind: 'boolean', default: false },
  title: { kind: 'string', default: undefined },
  view: VIEW,
  ...LINE_OPTIONS,
  ...TYPOGRAPHY_OPTIONS,
} as const satisfies OptionTable;

/** Options of `toText`. */
export interface TextOptions extends LineOptions, TypographyOptions {
  /**
   * ANSI colours and styles instead of brackets: deletions red and struck
   * through, insertions green and bold (a space separates a deletion from the
   * insertion that replaces it). Callers decide (e.g. only for a TTY, not with `NO_COLOR`).
   * @default false
   */
  color?: boolean;
  /**
   * What to show: the redline, or the clean text of the amended or base version.
   * @default 'redline'
   */
  view?: RenderView;
}

/** {@link TextOptions} for `resolveOptions`. */
export const TEXT_OPTIONS = {
  color: { kind: 'boolean', default: false },
  view: VIEW,
  ...LINE_OPTIONS,
  ...TYPOGRAPHY_OPTIONS,
} as const satisfies OptionTable;

/** Options of `toSynopsis`. */
export interface SynopsisOptions extends TypographyOptions {
  /**
   * Output format: a GFM Markdown table or an HTML table.
   * @default 'markdown'
   */
  format?: 'html' | 'markdown';
  /**
   * Column headings (base, amended).
   * @default ['Ursprüngliche Fassung', 'Geänderte Fassung']
   */
  headings?: readonly [string, string];
  /**
   * Add a third column naming the amendments (`Segment.source`) that changed each clause.
   * @default false
   */
  sources?: boolean;
  /**
   * Heading of the sources column.
   * @default 'Änderungsantrag'
   */
  sourcesHeading?: string;
  /**
   * HTML only: a complete page (as `toHtml` with `document: true`) instead of a table.
   * @default false
   */
  document?: boolean;
  /**
   * HTML page title, only used with `document`.
   * @default 'Synopse'
   */
  title?: string;
}

/** {@link SynopsisOptions} for `resolveOptions`; `headings`, a pair of strings, see {@link resolveHeadings}. */
export const SYNOPSIS_OPTIONS = {
  format: { kind: 'enum', default: 'markdown', values: ['markdown', 'html'] },
  sources: { kind: 'boolean', default: false },
  sourcesHeading: { kind: 'string', default: 'Änderungsantrag' },
  document: { kind: 'boolean', default: false },
  title: { kind: 'string', default: 'Synopse' },
  ...TYPOGRAPHY_OPTIONS,
} as const satisfies OptionTable;

/** The column headings of a synopsis when `headings` is not given. */
export const DEFAULT_HEADINGS: readonly [string, string] = ['Ursprüngliche Fassung', 'Geänderte Fassung'];

/**
 * The `headings` option of `toSynopsis`: two strings, {@link DEFAULT_HEADINGS}
 * when not given. (The option tables know no pairs; the message is theirs.)
 * @throws {RedlineError} `invalid-option`
 */
export function resolveHeadings(options: SynopsisOptions | undefined): readonly [string, string] {
  const value: unknown = options?.headings;
  if (value === undefined) return DEFAULT_HEADINGS;
  if (Array.isArray(value) && value.length === 2 && value.every((h) => typeof h === 'string')) {
    return value as unknown as readonly [string, string];
  }
  throw new RedlineError(
    'invalid-option',
    `The toSynopsis option "headings" must be two strings, got ${describeValue(value)}.`,
  );
}

/** Options of `toMdast`. */
export interface MdastOptions extends TypographyOptions {
  /**
   * What to show: the redline, or the clean text of the amended or base version.
   * @default 'redline'
   */
  view?: RenderView;
}

/** {@link MdastOptions} for `resolveOptions`. */
export const MDAST_OPTIONS = { view: VIEW, ...TYPOGRAPHY_OPTIONS } as const satisfies OptionTable;
