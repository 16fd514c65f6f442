/**
 * `toHtml`: a redline (or resolution) as HTML — `<del>`/`<ins>` with classes,
 * the clause tree as nested lists that keep the written labels, every text
 * escaped; optionally a complete page with a print stylesheet.
 *
 * @module
 */
import type { Redline, Resolution } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { escapeHtml } from './html-escape.js';
import { toRenderRedline } from './input.js';
import { HTML_OPTIONS, type HtmlOptions } from './render-options.js';
import { resolveOptions } from '../validate/options.js';
import { layoutClause, type ClauseLayout } from './layout.js';
import { splitEdgeSpace } from './pieces.js';
import { REDLINE_CSS } from './stylesheet.js';
import { LINE_NUMBER_CSS, numberedHtml } from './line-numbers.js';
import { walk } from '../tree.js';

/**
 * Renders a redline (or a resolution) as HTML. The fragment is one
 * `<div class="redline">` holding the lead (`<p class="redline-lead">`) and an
 * `<ol class="redline-clauses">` of `<li class="redline-clause redline-{status}"
 * data-clause-id="…">`; the label is a `<span class="redline-label">`; changes
 * are `<del class="redline-del">` and `<ins class="redline-ins">`, with
 * `data-source` and `title` when a segment names its amendment. All text is escaped.
 */
export function toHtml(x: Redline | Resolution, given?: HtmlOptions): string {
  const options = resolveOptions('toHtml', HTML_OPTIONS, given);
  const redline = toRenderRedline(x, options.view);
  const numbered = options.lineNumbers;
  const body = numbered
    ? numberedHtml(redline, options.lineLength, inlineHtml, !options.document)
    : redlineFragment(redline);
  if (!options.document) return body;
  const changed = options.view === 'redline' ? 'Änderungen am Beschluss' : 'Beschluss';
  return htmlPage(options.title ?? changed, body, numbered ? LINE_NUMBER_CSS : '');
}

/** A complete HTML page around `body`, with {@link REDLINE_CSS} (and `extraCss`). */
export function htmlPage(title: string, body: string, extraCss = ''): string {
  const t = escapeHtml(title);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t}</title>
<style>
${REDLINE_CSS}${extraCss}</style>
</head>
<body>
<h1>${t}</h1>
${body}
</body>
</html>
`;
}

function redlineFragment(redline: Redline): string {
  const out: string[] = ['<div class="redline">\n'];
  if (redline.lead !== '') {
    for (const paragraph of redline.lead.split('\n\n'))
      out.push(`<p class="redline-lead">${escapeHtml(paragraph)}</p>\n`);
  }
  // In document order, the depth says which items and lists end before the next clause.
  let open = 0; // open lists, each with an open item
  const closeDeeperThan = (depth: number): void => {
    for (; open > depth + 1; open -= 1) out.push('</li>\n</ol>\n');
  };
  walk(redline.clauses, ({ node: clause, depth, index }) => {
    if (index === 0) {
      out.push('<ol class="redline-clauses">\n');
      open += 1;
    } else {
      closeDeeperThan(depth);
      out.push('</li>\n'); // the previous sibling
    }
    const layout = layoutClause(clause, 'segments');
    out.push(`<li class="redline-clause redline-${clause.status}" data-clause-id="${escapeHtml(clause.id)}">`);
    out.push(`<p>${labelHtml(layout)}${firstParagraphHtml(layout)}</p>`);
    for (const paragraph of layout.paragraphs.slice(1)) out.push(`\n<p>${inlineHtml(paragraph)}</p>`);
    out.push('\n');
  });
  closeDeeperThan(-1);
  out.push('</div>\n');
  return out.join('');
}

function labelHtml(layout: ClauseLayout): string {
  if (layout.label.length === 0) return '';
  const inner = layout.label.map((piece) => pieceHtml(piece)).join(' ');
  return `<span class="redline-label">${inner}</span> `;
}

function firstParagraphHtml(layout: ClauseLayout): string {
  return inlineHtml(layout.paragraphs[0] ?? []);
}

/** One paragraph of pieces as HTML; a deletion directly followed by an insertion gets a space between. */
export function inlineHtml(pieces: readonly Piece[]): string {
  let html = '';
  pieces.forEach((piece, index) => {
    const previous = pieces[index - 1];
    if (piece.type === 'insert' && previous?.type === 'delete') html += ' ';
    html += pieceHtml(piece);
  });
  return html;
}

/**
 * One piece: escaped text, wrapped in `<del>`/`<ins>` when it is a change; the
 * change's edge whitespace stays outside the element (so no struck or
 * underlined space), the text content is unchanged.
 */
export function pieceHtml(piece: Piece): string {
  if (piece.type === 'equal') return escapeHtml(piece.text);
  const { before, core, after } = splitEdgeSpace(piece.text);
  const tag = piece.type === 'delete' ? 'del' : 'ins';
  const source =
    piece.source === undefined ? '' : ` data-source="${escapeHtml(piece.source)}" title="${escapeHtml(piece.source)}"`;
  const element = core === '' ? '' : `<${tag} class="redline-${tag}"${source}>${escapeHtml(core)}</${tag}>`;
  return escapeHtml(before) + element + escapeHtml(after);
}
