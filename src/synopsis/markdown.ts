/**
 * `synopsisToMarkdown`: a Synopse as GFM Markdown — the amendments listed,
 * the main table (a column per amendment, the statement last), the
 * collisions, and the merged view as a table with the withheld amendments
 * beside it, each merged change followed by its amendment's marker
 * (`<sup>Ä1</sup>`) and a legend. Built as mdast and written by
 * remark-stringify, which escapes the text (`Kölner\*innen`, `|` in cells).
 *
 * @module
 */
import type { List, ListItem, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Piece } from '../redline/read/spacing.js';
import { piecesToPhrasing, stringifyMdast } from '../render/markdown-inline.js';
import { resolveOptions } from '../validate/options.js';
import { checkSynopsis } from './check.js';
import type { Synopsis } from './model.js';
import { planMergedTable, planSynopsisTable, type Block, type PlannedTable, sourceRuns } from './plan.js';
import { WORDS, amendmentHeading, clauseWord, collisionSentence, FORM_NAMES } from './wording.js';

/** Options of {@link synopsisToMarkdown}. */
export interface SynopsisMarkdownOptions {
  /**
   * The heading; without it "Synopse" and the base motion's title.
   * @default undefined
   */
  title?: string;
  /**
   * Add the merged view.
   * @default true
   */
  merged?: boolean;
}

const MARKDOWN_OPTIONS = {
  title: { kind: 'string', default: undefined },
  merged: { kind: 'boolean', default: true },
} as const;

/**
 * Renders a Synopse (from {@link synopsis}) as GFM Markdown. Paragraphs inside a
 * cell are separated by `<br><br>`; notes ("unverändert", "gestrichen", the
 * collisions) are set in emphasis, statement headings in bold.
 *
 * @throws {RedlineError} `invalid-input` when `s` is not a Synopse, `invalid-option` for bad options
 */
export function synopsisToMarkdown(s: Synopsis, options?: SynopsisMarkdownOptions): string {
  const resolved = resolveOptions('synopsisToMarkdown', MARKDOWN_OPTIONS, options);
  checkSynopsis(s, 'synopsisToMarkdown');
  const title = resolved.title ?? (s.title === undefined ? WORDS.title : `${WORDS.title}: ${s.title}`);
  const children: RootContent[] = [heading(1, title), heading(2, WORDS.amendments)];
  children.push(
    list(
      s.amendments.map((a) => [
        { type: 'strong', children: [{ type: 'text', value: a.id }] },
        {
          type: 'text',
          value: `${a.movers === undefined ? '' : ` (${a.movers})`}${a.title === undefined ? '' : ` — ${a.title}`} · ${FORM_NAMES[a.form]}`,
        },
      ]),
    ),
  );
  children.push(tableNode(planSynopsisTable(s, 'markdown')), heading(2, WORDS.collisions));
  const labels = new Map(s.rows.map((row) => [row.clause, clauseWord(row.label, row.clause)]));
  if (s.collisions.length === 0) children.push(paragraph([{ type: 'text', value: WORDS.noCollisions }]));
  else {
    children.push(
      list(
        s.collisions.map((c) => [
          {
            type: 'text',
            value: collisionSentence(
              c,
              c.clauses.map((id) => labels.get(id) ?? id),
            ),
          },
        ]),
      ),
    );
    if (s.collisions.some((c) => c.first !== undefined)) children.push(paragraph([emphasis(WORDS.hint)]));
  }
  if (resolved.merged) {
    children.push(heading(2, WORDS.merged), paragraph([{ type: 'text', value: WORDS.mergedNote }]));
    const legend = s.merged.applied.map((id): PhrasingContent[] => {
      const amendment = s.amendments.find((a) => a.id === id);
      return [
        marker(id),
        { type: 'text', value: ` ${amendment === undefined ? '' : amendmentHeading(amendment).sub}` },
      ];
    });
    if (legend.length > 0)
      children.push(
        paragraph([{ type: 'strong', children: [{ type: 'text', value: `${WORDS.legend}:` }] }]),
        list(legend),
      );
    children.push(tableNode(planMergedTable(s, 'markdown')));
  }
  // Unpadded table columns: a Synopse has many wide columns, and padding every
  // cell to the widest one would multiply the file's size.
  return stringifyMdast({ type: 'root', children } satisfies Root, { tablePipeAlign: false });
}

function heading(depth: 1 | 2, value: string): RootContent {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

function paragraph(children: PhrasingContent[]): RootContent {
  return { type: 'paragraph', children };
}

function emphasis(value: string): PhrasingContent {
  return { type: 'emphasis', children: [{ type: 'text', value }] };
}

function list(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  };
}

/** An amendment's marker after its changes (inline HTML: GFM has no superscript). */
function marker(id: string): PhrasingContent {
  return { type: 'html', value: `<sup>${escapeForHtml(id)}</sup>` };
}

function escapeForHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function tableNode(table: PlannedTable): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  const head = table.head.map((h) =>
    cell(
      h.sub === undefined || h.sub === ''
        ? [{ type: 'text', value: h.title }]
        : [{ type: 'text', value: `${h.title} (${h.sub})` }],
    ),
  );
  return {
    type: 'table',
    align: table.head.map(() => 'left' as const),
    children: [
      { type: 'tableRow', children: head },
      ...table.rows.map((row) => ({
        type: 'tableRow' as const,
        children: row.cells.map((c) => cell(blocksPhrasing(c.blocks))),
      })),
    ],
  };
}

function blocksPhrasing(blocks: readonly Block[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  blocks.forEach((block, index) => {
    if (index > 0) out.push({ type: 'html', value: '<br><br>' });
    if (block.kind === 'note') {
      out.push(
        block.tone === 'heading'
          ? { type: 'strong', children: [{ type: 'text', value: block.text }] }
          : emphasis(block.text),
      );
    } else out.push(...attributedPhrasing(block.pieces));
  });
  return out;
}

/** Pieces as phrasing; each run of changes from one amendment followed by its marker. */
function attributedPhrasing(pieces: readonly Piece[]): PhrasingContent[] {
  return sourceRuns(pieces).flatMap(({ pieces: run, source, spaced }): PhrasingContent[] => [
    ...(spaced ? [{ type: 'text' as const, value: ' ' }] : []),
    // A deletion and the insertion after it are read as one replacement when a space stands between them.
    ...piecesToPhrasing(
      run.flatMap((piece, k) =>
        piece.type === 'insert' && run[k - 1]?.type === 'delete'
          ? [{ type: 'equal' as const, text: ' ' }, piece]
          : [piece],
      ),
    ),
    ...(source === undefined ? [] : [marker(source)]),
  ]);
}
