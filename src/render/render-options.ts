/**
 * The options of the renderers, in one place (the public API re-exports them).
 *
 * @module
 */
import type { RenderView } from './input.js';
import type { LineOptions } from '../numbering/line-length.js';
import { resolveLineLength } from '../numbering/line-length.js';
import { RedlineError } from '../errors.js';

export type { LineOptions } from '../numbering/line-length.js';

export type { RenderView } from './input.js';

/** Options of `toMarkdown`. */
export interface MarkdownOptions extends LineOptions {
  /**
   * What to show: the redline with markers, or the clean text of the amended
   * (`'amended'`, what `acceptAll` gives) or base (`'base'`) resolution without any marker.
   * A `Resolution` is always shown as it is.
   * @default 'redline'
   */
  view?: RenderView;
}

/** Options of `toHtml`. */
export interface HtmlOptions extends LineOptions {
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

/** Options of `toText`. */
export interface TextOptions extends LineOptions {
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

/** Options of `toSynopsis`. */
export interface SynopsisOptions {
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

/** Options of `toMdast`. */
export interface MdastOptions {
  /**
   * What to show: the redline, or the clean text of the amended or base version.
   * @default 'redline'
   */
  view?: RenderView;
}

/** How {@link checkRenderOptions} checks one option field. */
type FieldKind = 'boolean' | 'string' | 'view' | 'lineLength' | 'format' | 'headings';

const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  view: 'view',
  lineNumbers: 'boolean',
  lineLength: 'lineLength',
  document: 'boolean',
  title: 'string',
  color: 'boolean',
  format: 'format',
  headings: 'headings',
  sources: 'boolean',
  sourcesHeading: 'string',
};

const VIEWS: ReadonlySet<unknown> = new Set(['redline', 'amended', 'base']);

/**
 * Validates the options object of a renderer, so a wrong value is a
 * `RedlineError` (`invalid-option`) naming the option, never a `TypeError` or
 * a silently ignored setting. Unknown keys are left alone (forward compatible).
 *
 * @param fn - the renderer's name, for the message
 * @returns the options, or `{}` for `undefined`
 */
export function checkRenderOptions<T extends object>(fn: string, options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new RedlineError(
      'invalid-option',
      `The options of ${fn} must be an object, got ${options === null ? 'null' : typeof options}.`,
    );
  }
  for (const [key, value] of Object.entries(options)) {
    const kind = FIELD_KINDS[key];
    if (kind === undefined || value === undefined) continue;
    const fail = (expected: string): never => {
      throw new RedlineError(
        'invalid-option',
        `The option "${key}" of ${fn} must be ${expected}, got ${JSON.stringify(value) ?? typeof value}.`,
      );
    };
    switch (kind) {
      case 'boolean':
        if (typeof value !== 'boolean') fail('true or false');
        break;
      case 'string':
        if (typeof value !== 'string') fail('a string');
        break;
      case 'view':
        if (!VIEWS.has(value)) fail("'redline', 'amended' or 'base'");
        break;
      case 'lineLength':
        resolveLineLength(value);
        break;
      case 'format':
        if (value !== 'html' && value !== 'markdown') fail("'html' or 'markdown'");
        break;
      case 'headings':
        if (!Array.isArray(value) || value.length !== 2 || value.some((h) => typeof h !== 'string'))
          fail('two strings');
        break;
    }
  }
  return options;
}
