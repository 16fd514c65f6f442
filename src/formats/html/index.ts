/**
 * `motion-redline/html`: reading redlines (and motions) as council portals and
 * motion tools publish them in HTML — `<del>`/`<ins>`, `<s>`/`<strike>`,
 * `text-decoration: line-through`, Antragsgrün's and OpenSlides' diff markup,
 * Word's clipboard HTML, `<ol>` numbering — into the library's model.
 *
 * - `fromHtml(html)` parses the HTML with hast-util-from-html (parse5, an
 *   optional peer dependency loaded when called) and reads the tree;
 * - `fromHast(tree)` reads a hast tree you already have (no parser needed);
 * - `rehypeRedline()` is the same as a rehype plugin: it stores the result in
 *   `file.data.motionRedline`.
 *
 * @module
 */
import type { Nodes, Root } from 'hast';
import type { Motion, Redline, Resolution } from '../../model.js';
import { RedlineError } from '../../errors.js';
import { acceptAll, rejectAll } from '../../redline/model.js';
import { withLead } from '../../redline/lead.js';
import { resolveOptions, type ResolvedOptions } from '../../validate/options.js';
import { importPeer } from '../peer.js';
import { collectBlocks } from './collect.js';
import { buildRedline } from './build.js';
import { readMotion } from './motion.js';
import { FROM_HTML_OPTIONS, type FromHtmlOptions } from './options.js';

export type { FromHtmlOptions, HtmlReading } from './options.js';
export { FROM_HTML_OPTIONS } from './options.js';

/** A page read as a redline. */
export interface HtmlRedlineResult {
  kind: 'redline';
  /** The redline (ids, statuses and segments as `parseRedline` gives them). */
  redline: Redline;
  /** The resolution before the amendment (`rejectAll(redline)`). */
  base: Resolution;
  /** The resolution after the amendment (`acceptAll(redline)`). */
  amended: Resolution;
  /** The page's `<title>` or first heading. */
  title?: string;
  /** The text after a "Begründung" heading. */
  rationale?: string;
}

/** A page read as a motion. */
export interface HtmlMotionResult {
  kind: 'motion';
  /** The motion, as `parseMotion` reads the page's text (labels from the lists kept). */
  motion: Motion;
  /** That text: the page as plain text (headings as Markdown headings, list items with their labels). */
  text: string;
}

/** What `fromHtml`/`fromHast` return. */
export type HtmlReadResult = HtmlRedlineResult | HtmlMotionResult;

type Resolved = ResolvedOptions<typeof FROM_HTML_OPTIONS>;

function read(tree: Root | Nodes, options: Resolved): HtmlReadResult {
  const collected = collectBlocks(tree, options);
  const asRedline = options.as === 'redline' || (options.as === 'auto' && collected.marked);
  if (!asRedline) return { kind: 'motion', ...readMotion(collected.blocks, collected.title, options.dehyphenate) };
  const built = buildRedline(collected.blocks, collected.title);
  const redline = withLead({ lead: '', clauses: built.clauses }, built);
  const result: HtmlRedlineResult = { kind: 'redline', redline, base: rejectAll(redline), amended: acceptAll(redline) };
  if (built.title !== undefined) result.title = built.title;
  if (built.rationale !== undefined) result.rationale = built.rationale;
  return result;
}

function checkTree(tree: unknown): Root | Nodes {
  const type = (tree as { type?: unknown } | null)?.type;
  if (tree === null || typeof tree !== 'object' || (type !== 'root' && type !== 'element')) {
    throw new RedlineError('invalid-input', 'fromHast expects a hast tree: a node of type "root" or "element".');
  }
  return tree as Root | Nodes;
}

/**
 * Reads an HTML page or fragment: into a {@link HtmlRedlineResult} when it
 * carries change marks (or `as: 'redline'`), else into a {@link HtmlMotionResult}.
 * See docs/formats.md for the markup it understands. Needs the optional
 * package `hast-util-from-html`.
 *
 * A plain page without a resolution marker is read as a bare resolution.
 *
 * @throws RedlineError `missing-dependency` when hast-util-from-html is not
 *   installed, `invalid-input` when `html` is not a string, `invalid-option`
 *   for a bad option
 */
export async function fromHtml(html: string, options?: FromHtmlOptions): Promise<HtmlReadResult> {
  if (typeof html !== 'string') {
    throw new RedlineError(
      'invalid-input',
      `fromHtml expects a string of HTML, got ${html === null ? 'null' : typeof html}.`,
    );
  }
  const resolved = resolveOptions('fromHtml', FROM_HTML_OPTIONS, options);
  const parser = await importPeer('hast-util-from-html', 'fromHtml', () => import('hast-util-from-html'));
  return read(parser.fromHtml(html), resolved);
}

/** Reads a hast tree (from rehype-parse, hast-util-from-html, …) as {@link fromHtml} reads HTML. */
export function fromHast(tree: Root | Nodes, options?: FromHtmlOptions): HtmlReadResult {
  return read(checkTree(tree), resolveOptions('fromHast', FROM_HTML_OPTIONS, options));
}

/**
 * A rehype (unified) plugin: reads the tree as {@link fromHast} does and
 * stores the result in `file.data.motionRedline`; the tree is not changed.
 *
 * @example
 * const file = await unified().use(rehypeParse).use(rehypeRedline).use(rehypeStringify).process(html);
 * const result = file.data.motionRedline as HtmlReadResult;
 */
export function rehypeRedline(options?: FromHtmlOptions): (tree: Root, file: { data: object }) => void {
  const resolved = resolveOptions('rehypeRedline', FROM_HTML_OPTIONS, options);
  return (tree, file) => {
    (file.data as Record<string, unknown>)['motionRedline'] = read(checkTree(tree), resolved);
  };
}
