/**
 * The Synopse laid out as tables of cells, once for every output format: the
 * main table (base | one column per amendment | statement) and the merged
 * table (merged resolution | one column per withheld amendment). The HTML and
 * Markdown writers only serialise these plans.
 *
 * @module
 */
import type { Redline, RedlineClause } from '../model.js';
import type { Piece } from '../redline/read/spacing.js';
import { changesLead } from '../redline/lead.js';
import { changesTitle } from '../redline/title.js';
import { firstParagraphWithLabel, layoutClause, layoutLead, layoutTitle, type PieceMode } from '../render/layout.js';
import { noteText, typographyOf, type TypographyMode } from '../render/typography.js';
import { flattenClauses } from '../render/input.js';
import { movePieces, type MovePlace } from '../render/moves.js';
import { alignToBase } from './align.js';
import type { Synopsis, SynopsisAddedClause, SynopsisRow, SynopsisVersion } from './model.js';
import { WORDS, amendmentHeading, clauseWord, collisionNote } from './wording.js';
import { preorder } from '../tree.js';

/** How clause texts are cut into pieces (see `layoutClause`) and how changes of typography only are shown. */
export interface PlanMode {
  pieces: PieceMode;
  typography: TypographyMode;
}

/** A paragraph of a cell: marked-up text, or a note in the renderer's own voice. */
export type Block =
  | {
      kind: 'text';
      pieces: Piece[];
      /** The clause the paragraph belongs to, as the move notes name it (see {@link markColumnMoves}). */
      place?: string;
      /** A whole clause's label joined into its first piece: not part of a moved passage. */
      label?: string;
    }
  | { kind: 'note'; text: string; tone: 'muted' | 'collision' | 'heading' };

/** One cell. */
export interface PlannedCell {
  blocks: Block[];
  /** Indentation level (the clause's depth). */
  depth: number;
  /** How the cell is set off: a collision, an unchanged clause. */
  tone?: 'collision' | 'unchanged';
}

/** One row: the lead, a clause, or the statement sections that belong to no clause. */
export interface PlannedRow {
  kind: 'lead' | 'clause' | 'unplaced';
  /** The clause id (base id in the main table, merged id in the merged table). */
  clause?: string;
  cells: PlannedCell[];
}

/** A planned table. */
export interface PlannedTable {
  head: Array<{ title: string; sub?: string }>;
  rows: PlannedRow[];
}

const cell = (blocks: Block[], depth = 0, tone?: PlannedCell['tone']): PlannedCell =>
  tone === undefined ? { blocks, depth } : { blocks, depth, tone };

/** The main table: base text, each amendment's version, the statement. */
export function planSynopsisTable(s: Synopsis, mode: PlanMode): PlannedTable {
  const withStatement = s.statement !== undefined;
  const head: PlannedTable['head'] = [{ title: WORDS.base }, ...s.amendments.map(amendmentHeading)];
  if (withStatement) head.push({ title: WORDS.statement });
  const rows: PlannedRow[] = [];
  const empty = (): PlannedCell[] => [...s.amendments.map(() => cell([])), ...(withStatement ? [cell([])] : [])];
  if (s.base.title !== undefined || s.amendments.some((a) => changesTitle(a.redline))) {
    const cells = [
      cell(s.base.title === undefined ? [] : paragraphs(s.base.title)),
      ...s.amendments.map((a) => titleCell(a.redline, mode.pieces)),
    ];
    rows.push({ kind: 'lead', cells: withStatement ? [...cells, cell([])] : cells });
  }
  if (s.base.lead !== '' || s.amendments.some((a) => changesLead(a.redline))) {
    const cells = [
      cell(s.base.lead === '' ? [] : paragraphs(s.base.lead)),
      ...s.amendments.map((a) => leadCell(s, a.id, a.redline, mode.pieces)),
    ];
    rows.push({ kind: 'lead', cells: withStatement ? [...cells, cell([])] : cells });
  }
  const byId = new Map(s.rows.map((row) => [row.clause, row]));
  // The base clauses' headings (statute units and sections), shown on their heading line like in every renderer.
  const headings = new Map(preorder(s.base.clauses).map((clause) => [clause.id, clause.heading]));
  for (const row of s.rows) {
    const base: RedlineClause = {
      id: row.clause,
      label: row.label,
      status: 'unchanged',
      segments: [{ type: 'equal', text: row.text }],
      children: [],
    };
    const heading = headings.get(row.clause);
    if (typeof heading === 'string') base.heading = heading;
    const cells = [cell(clauseBlocks(base, mode), row.depth)];
    s.amendments.forEach((amendment, k) => {
      const notes = notesAt(s, row, amendment.id);
      const version = row.versions[k]!;
      const tone = notes.length > 0 ? 'collision' : version.status === 'unchanged' ? 'unchanged' : undefined;
      cells.push(cell(versionBlocks(version, notes, mode), row.depth, tone));
    });
    if (withStatement) cells.push(cell(statementBlocks(s, row, byId)));
    rows.push({ kind: 'clause', clause: row.clause, cells });
  }
  s.amendments.forEach((_, k) => markColumnMoves(rows, k + 1, `synopsis-move-${k + 1}`));
  const unplaced = s.statement?.unplaced ?? [];
  if (unplaced.length > 0) {
    const blocks = unplaced.flatMap((n) => sectionBlocks(s, n));
    const cells = [cell([{ kind: 'note', text: WORDS.unplaced, tone: 'heading' }]), ...empty()];
    cells[cells.length - 1] = cell(blocks);
    rows.push({ kind: 'unplaced', cells });
  }
  return { head, rows };
}

/** The merged table: the merged resolution, and beside it what each withheld amendment would do there. */
export function planMergedTable(s: Synopsis, mode: PlanMode): PlannedTable {
  const withheld = s.merged.withheld;
  const head: PlannedTable['head'] = [
    {
      title: WORDS.merged,
      sub: s.merged.applied.length === 0 ? '' : `${WORDS.applied}: ${s.merged.applied.join(', ')}`,
    },
    ...withheld.map((id) => ({ title: id, sub: `${WORDS.withheld}: ${collidingWith(s, id).join(', ')}` })),
  ];
  const byId = new Map(s.rows.map((row) => [row.clause, row]));
  const rows: PlannedRow[] = [];
  const redline = s.merged.redline;
  if (redline.title !== undefined || changesTitle(redline)) {
    const alternatives = withheld.map((id) => titleCell(s.amendments.find((a) => a.id === id)!.redline, mode.pieces));
    const blocks = layoutTitle(redline, 'segments').map((pieces): Block => ({ kind: 'text', pieces }));
    rows.push({ kind: 'lead', cells: [cell(blocks), ...alternatives] });
  }
  if (redline.lead !== '' || changesLead(redline)) {
    const alternatives = withheld.map((id) => {
      const amendment = s.amendments.find((a) => a.id === id)!;
      return leadCell(s, id, amendment.redline, mode.pieces);
    });
    rows.push({ kind: 'lead', cells: [cell(leadBlocks(redline, 'segments')), ...alternatives] });
  }
  const baseIds = new Map<RedlineClause, string>();
  const baseClauses = preorder(s.base.clauses);
  alignToBase(baseClauses, redline, 'the merged view').paired.forEach((clause, i) =>
    baseIds.set(clause, baseClauses[i]!.id),
  );
  for (const { clause, depth } of flattenClauses(redline.clauses)) {
    const cells = [cell(clauseBlocks(clause, { ...mode, pieces: 'segments' }), depth)];
    const baseId = baseIds.get(clause);
    const here = baseId === undefined ? [] : (s.merged.alternatives[baseId] ?? []);
    for (const id of withheld) {
      const alternative = here.find((a) => a.amendment === id);
      if (alternative === undefined) {
        cells.push(cell([]));
        continue;
      }
      const notes = notesAt(s, byId.get(baseId!), id);
      cells.push(
        cell(versionBlocks(alternative.version, notes, mode), depth, notes.length > 0 ? 'collision' : undefined),
      );
    }
    rows.push({ kind: 'clause', clause: clause.id, cells });
  }
  for (let k = 0; k <= withheld.length; k++) markColumnMoves(rows, k, `synopsis-merged-move-${k}`);
  return { head, rows };
}

/** The collision notes of amendment `id` at a row. */
function notesAt(s: Synopsis, row: SynopsisRow | undefined, id: string): string[] {
  if (row === undefined) return [];
  return row.collisions
    .map((c) => s.collisions[c]!)
    .filter((c) => c.amendments.includes(id))
    .map((c) => collisionNote(c, id));
}

/** The amendments `id` collides with. */
function collidingWith(s: Synopsis, id: string): string[] {
  return s.collisions
    .filter((c) => c.amendments.includes(id))
    .map((c) => (c.amendments[0] === id ? c.amendments[1] : c.amendments[0]));
}

/**
 * Marks moved text in one column (see src/render/moves.ts): a passage an
 * amendment strikes in one clause and inserts in another is linked both ways.
 */
function markColumnMoves(rows: readonly PlannedRow[], column: number, prefix: string): void {
  const places: MovePlace[] = [];
  rows.forEach((row, order) => {
    for (const block of row.cells[column]?.blocks ?? []) {
      if (block.kind !== 'text' || block.place === undefined) continue;
      const place: MovePlace = { pieces: block.pieces, place: block.place, order };
      if (block.label !== undefined) place.label = block.label;
      places.push(place);
    }
  });
  movePieces(places, prefix);
}

/** A clause as paragraphs, its label joined into the first; a `typography: 'mark'` note after them. */
function clauseBlocks(clause: RedlineClause, mode: PlanMode): Block[] {
  const shown = typographyOf(clause.segments, mode.typography);
  const layout = layoutClause({ ...clause, segments: shown.segments }, mode.pieces);
  const place = clauseWord(clause.label, clause.id);
  const blocks: Block[] = [firstParagraphWithLabel(layout), ...layout.paragraphs.slice(1)].map((pieces, i) => {
    const block: Block = { kind: 'text', pieces, place };
    if (i === 0 && layout.whole !== undefined && clause.label !== '') block.label = `${clause.label} `;
    return block;
  });
  if (shown.notes.length > 0) blocks.push({ kind: 'note', text: noteText(shown.notes), tone: 'muted' });
  return blocks;
}

/**
 * An amendment's cell in the lead row: its lead change marked (with a note
 * where it collides in the lead), empty when it keeps the lead.
 */
function leadCell(s: Synopsis, id: string, redline: Redline, mode: PieceMode): PlannedCell {
  if (!changesLead(redline)) return cell([]);
  const notes = s.collisions
    .filter((c) => c.lead === true && c.amendments.includes(id))
    .map((c) => collisionNote(c, id));
  const blocks: Block[] = notes.map((text) => ({ kind: 'note', text, tone: 'collision' }));
  return cell([...blocks, ...leadBlocks(redline, mode)], 0, notes.length > 0 ? 'collision' : undefined);
}

/** An amendment's cell in the title row: its title change marked, empty when it keeps the title. */
function titleCell(redline: Redline, mode: PieceMode): PlannedCell {
  if (!changesTitle(redline)) return cell([]);
  return cell(layoutTitle(redline, mode).map((pieces) => ({ kind: 'text', pieces })));
}

/** The lead as paragraphs, a changed lead marked like a clause text. */
function leadBlocks(redline: Redline, mode: PieceMode): Block[] {
  return layoutLead(redline, mode).map((pieces) => ({ kind: 'text', pieces }));
}

function paragraphs(text: string): Block[] {
  return text.split('\n\n').map((p) => ({ kind: 'text', pieces: [{ type: 'equal', text: p }] }));
}

/** What an amendment does to a clause: its notes, then the clause as it marks it, and the clauses it adds. */
function versionBlocks(version: SynopsisVersion, notes: readonly string[], mode: PlanMode): Block[] {
  const blocks: Block[] = notes.map((text) => ({ kind: 'note', text, tone: 'collision' }));
  blocks.push(
    ...addedBlocks(
      version.inserted.filter((a) => a.after === undefined),
      mode,
    ),
  );
  if (version.status === 'unchanged') blocks.push({ kind: 'note', text: WORDS.unchanged, tone: 'muted' });
  else {
    if (version.status === 'deleted') blocks.push({ kind: 'note', text: WORDS.deleted, tone: 'muted' });
    blocks.push(...clauseBlocks(version.clause, mode));
  }
  blocks.push(
    ...addedBlocks(
      version.inserted.filter((a) => a.after !== undefined),
      mode,
    ),
  );
  return blocks;
}

function addedBlocks(added: readonly SynopsisAddedClause[], mode: PlanMode): Block[] {
  return added.flatMap((a) => flattenClauses([a.clause]).flatMap(({ clause }) => clauseBlocks(clause, mode)));
}

/** The sections shown in this row, and pointers to those shown in another row. */
function statementBlocks(s: Synopsis, row: SynopsisRow, byId: ReadonlyMap<string, SynopsisRow>): Block[] {
  const blocks = row.statement.flatMap((n) => sectionBlocks(s, n));
  for (const { section, clause } of row.statementElsewhere) {
    const heading = s.statement?.statement.sections[section]?.heading ?? '';
    const there = byId.get(clause);
    const where = there === undefined ? clause : clauseWord(there.label, there.clause);
    blocks.push({ kind: 'note', text: `${WORDS.see} „${heading}“ bei ${where}`, tone: 'muted' });
  }
  return blocks;
}

function sectionBlocks(s: Synopsis, n: number): Block[] {
  const section = s.statement?.statement.sections[n];
  if (section === undefined) return [];
  return [{ kind: 'note', text: section.heading, tone: 'heading' }, ...paragraphs(section.text)];
}

/** A run of pieces for the writers: one amendment's adjacent changes, or one unattributed piece. */
export interface SourceRun {
  pieces: Piece[];
  /** The amendment of the run's changes, when they carry one. */
  source?: string;
  /** A space is needed before the run (an insertion right after another amendment's deletion). */
  spaced: boolean;
}

/** Cuts pieces into runs by amendment, so each run can be coloured and followed by its marker. */
export function sourceRuns(pieces: readonly Piece[]): SourceRun[] {
  const runs: SourceRun[] = [];
  let i = 0;
  while (i < pieces.length) {
    const source = pieces[i]!.type === 'equal' ? undefined : pieces[i]!.source;
    let j = i + 1;
    while (source !== undefined && j < pieces.length && pieces[j]!.type !== 'equal' && pieces[j]!.source === source) {
      j += 1;
    }
    const spaced = pieces[i]!.type === 'insert' && pieces[i - 1]?.type === 'delete';
    runs.push(
      source === undefined ? { pieces: pieces.slice(i, j), spaced } : { pieces: pieces.slice(i, j), source, spaced },
    );
    i = j;
  }
  return runs;
}
