/**
 * `toHtml`: a redline (or resolution) as HTML — the hast tree of `toHast`
 * serialised (hast-util-to-html), so the two always agree; plus the string
 * helpers the HTML Synopse uses (a page around markup, a paragraph of pieces).
 *
 * @module
 */
import type { Redline, Resolution } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import type { HtmlOptions } from './render-options.js';
import { pageHast, redlineHast } from './hast.js';
import { piecesToHast } from './hast-inline.js';
import { rawNode, serializeHast } from './hast-serialize.js';

/**
 * Renders a redline (or a resolution) as HTML. The fragment is one
 * `<div class="redline">` holding the lead (`<p class="redline-lead">`) and an
 * `<ol class="redline-clauses">` of `<li class="redline-clause redline-{status}"
 * data-clause-id="…">`; the label is a `<span class="redline-label">`; changes
 * are `<del class="redline-del">` and `<ins class="redline-ins">`, with
 * `data-source` and `title` when a segment names its amendment. All text is
 * escaped (`<` and `&` in text, `"` and `&` in attributes); controls that HTML
 * forbids become U+FFFD.
 */
export function toHtml(x: Redline | Resolution, given?: HtmlOptions): string {
  return serializeHast(redlineHast(x, given, 'toHtml'));
}

/** A complete HTML page around `body` (markup the library made), with the redline stylesheet (and `extraCss`). */
export function htmlPage(title: string, body: string, extraCss = ''): string {
  return serializeHast(pageHast(title, [rawNode(body)], extraCss), true);
}

/** One paragraph of pieces as HTML; a deletion directly followed by an insertion gets a space between. */
export function inlineHtml(pieces: readonly Piece[]): string {
  return serializeHast({ type: 'root', children: piecesToHast(pieces) });
}
