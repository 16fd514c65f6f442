/**
 * `synopsisToHtml`: a Synopse as an HTML page (or fragment) — the amendments
 * listed, the main table with a column per amendment and the statement last,
 * the collisions, and the merged view with a colour and marker per amendment
 * and a legend. Printable on A4 landscape; the header row repeats on every page.
 *
 * @module
 */
import type { Piece } from '../redline/read/spacing.js';
import { escapeHtml } from '../render/html-escape.js';
import { htmlPage, inlineHtml } from '../render/html.js';
import { resolveOptions } from '../validate/options.js';
import { TYPOGRAPHY_OPTIONS, type TypographyMode, type TypographyOptions } from '../render/typography.js';
import { sourceClass, SYNOPSIS_CSS } from './css.js';
import type { Synopsis } from './model.js';
import { checkSynopsis } from './check.js';
import {
  planMergedTable,
  planSynopsisTable,
  type Block,
  type PlannedCell,
  type PlannedTable,
  sourceRuns,
} from './plan.js';
import { WORDS, amendmentHeading, clauseWord, collisionSentence, FORM_NAMES } from './wording.js';

/** Options of {@link synopsisToHtml}. */
export interface SynopsisHtmlOptions extends TypographyOptions {
  /**
   * A complete page with the print stylesheet (A4 landscape) instead of a fragment.
   * @default false
   */
  document?: boolean;
  /**
   * The page title; without it "Synopse" and the base motion's title.
   * @default undefined
   */
  title?: string;
  /**
   * Add the merged view (on a new page when printed).
   * @default true
   */
  merged?: boolean;
}

/** The table of {@link SynopsisHtmlOptions}. */
export const SYNOPSIS_HTML_OPTIONS = {
  document: { kind: 'boolean', default: false },
  title: { kind: 'string', default: undefined },
  merged: { kind: 'boolean', default: true },
  ...TYPOGRAPHY_OPTIONS,
} as const;

/**
 * Renders a Synopse (from {@link synopsis}) as HTML. All text is escaped;
 * changes are `<del class="redline-del">`/`<ins class="redline-ins">` as in
 * `toHtml`; in the merged view each change is wrapped in a
 * `<span class="synopsis-source-N">` (N: the amendment's position, cycling
 * through 8 colours) and followed by `<sup class="synopsis-marker">` with the
 * amendment's id.
 *
 * @throws {RedlineError} `invalid-input` when `s` is not a Synopse, `invalid-option` for bad options
 */
export function synopsisToHtml(s: Synopsis, options?: SynopsisHtmlOptions): string {
  const resolved = resolveOptions('synopsisToHtml', SYNOPSIS_HTML_OPTIONS, options);
  checkSynopsis(s, 'synopsisToHtml');
  const sources = new Map(s.amendments.map((a, i) => [a.id, i]));
  const out: string[] = ['<div class="synopsis">\n'];
  out.push(`<h2>${WORDS.amendments}</h2>\n<ul class="synopsis-list">\n`);
  for (const amendment of s.amendments) {
    const title = amendment.title === undefined ? '' : ` — ${escapeHtml(amendment.title)}`;
    const movers = amendment.movers === undefined ? '' : ` (${escapeHtml(amendment.movers)})`;
    out.push(
      `<li><strong>${escapeHtml(amendment.id)}</strong>${movers}${title} · ${FORM_NAMES[amendment.form]}</li>\n`,
    );
  }
  out.push(
    '</ul>\n',
    tableHtml(planSynopsisTable(s, { pieces: 'segments', typography: resolved.typography }), sources),
  );
  out.push(`<h2>${WORDS.collisions}</h2>\n`, collisionsHtml(s));
  if (resolved.merged) out.push(mergedHtml(s, sources, resolved.typography));
  out.push('</div>\n');
  const body = out.join('');
  if (!resolved.document) return body;
  const title = resolved.title ?? (s.title === undefined ? WORDS.title : `${WORDS.title}: ${s.title}`);
  return htmlPage(title, body, SYNOPSIS_CSS);
}

function collisionsHtml(s: Synopsis): string {
  if (s.collisions.length === 0) return `<p>${WORDS.noCollisions}</p>\n`;
  const labels = new Map(s.rows.map((row) => [row.clause, clauseWord(row.label, row.clause)]));
  const items = s.collisions.map((c) => {
    const places = c.clauses.map((id) => labels.get(id) ?? id);
    return `<li>${escapeHtml(collisionSentence(c, places))}</li>\n`;
  });
  const hint = s.collisions.some((c) => c.first !== undefined) ? `<p class="synopsis-note">${WORDS.hint}</p>\n` : '';
  return `<ul class="synopsis-list">\n${items.join('')}</ul>\n${hint}`;
}

function mergedHtml(s: Synopsis, sources: ReadonlyMap<string, number>, typography: TypographyMode): string {
  const legend = s.merged.applied.map((id) => {
    const amendment = s.amendments[sources.get(id) ?? 0]!;
    const { sub } = amendmentHeading(amendment);
    const k = sources.get(id) ?? 0;
    return `<li><span class="synopsis-swatch ${sourceClass(k)}"></span><sup class="synopsis-marker ${sourceClass(k)}">${escapeHtml(id)}</sup> ${escapeHtml(sub)}</li>\n`;
  });
  return (
    `<section class="synopsis-merged">\n<h2>${WORDS.merged}</h2>\n<p>${WORDS.mergedNote}</p>\n` +
    `<p><strong>${WORDS.legend}:</strong></p>\n<ul class="synopsis-list">\n${legend.join('')}</ul>\n` +
    tableHtml(planMergedTable(s, { pieces: 'segments', typography }), sources) +
    '</section>\n'
  );
}

function tableHtml(table: PlannedTable, sources: ReadonlyMap<string, number>): string {
  const head = table.head
    .map(
      (h) =>
        `<th scope="col">${escapeHtml(h.title)}${h.sub === undefined || h.sub === '' ? '' : `<span class="synopsis-sub">${escapeHtml(h.sub)}</span>`}</th>`,
    )
    .join('');
  const body = table.rows.map((row) => {
    const id = row.clause === undefined ? '' : ` data-clause-id="${escapeHtml(row.clause)}"`;
    return `<tr class="synopsis-${row.kind}"${id}>${row.cells.map((c) => cellHtml(c, sources)).join('')}</tr>\n`;
  });
  return `<table class="synopsis-table">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('')}</tbody>\n</table>\n`;
}

function cellHtml(cell: PlannedCell, sources: ReadonlyMap<string, number>): string {
  const tone = cell.tone === undefined ? '' : ` class="synopsis-${cell.tone}"`;
  const style = cell.depth > 0 ? ` style="padding-left: ${(0.45 + 1.2 * cell.depth).toFixed(2)}em"` : '';
  return `<td${tone}${style}>${cell.blocks.map((b) => blockHtml(b, sources)).join('')}</td>`;
}

function blockHtml(block: Block, sources: ReadonlyMap<string, number>): string {
  if (block.kind === 'note')
    return `<p class="synopsis-note synopsis-note-${block.tone}">${escapeHtml(block.text)}</p>`;
  return `<p>${attributedHtml(block.pieces, sources)}</p>`;
}

/** Pieces as HTML; each run of changes from one amendment coloured and followed by its marker. */
function attributedHtml(pieces: readonly Piece[], sources: ReadonlyMap<string, number>): string {
  return sourceRuns(pieces)
    .map(({ pieces: run, source, spaced }) => {
      const k = source === undefined ? undefined : sources.get(source);
      const html = inlineHtml(run);
      const marked =
        k === undefined
          ? html
          : `<span class="${sourceClass(k)}">${html}</span><sup class="synopsis-marker ${sourceClass(k)}">${escapeHtml(source!)}</sup>`;
      return (spaced ? ' ' : '') + marked;
    })
    .join('');
}
