/**
 * The first pass of the HTML reader: a hast tree → blocks. A block is a
 * paragraph, a heading or a list item (with its nested items), holding its
 * text as pieces — plain, deleted or inserted, by the marks around the text —
 * and the mark that covers the whole block, if any. Whitespace is collapsed
 * as a browser shows it; line numbers, scripts, styles and Word's `<o:p>` are
 * left out; Word's list numbers (`mso-list:Ignore`) become the block's label.
 *
 * The tree is walked iteratively (src/tree.ts), so a deeply nested page cannot
 * overflow the call stack.
 *
 * @module
 */
import type { Element, Nodes, Root } from 'hast';
import type { Piece } from '../../redline/read/spacing.js';
import { walk } from '../../tree.js';
import { HastView } from '../../render/hast-view.js';
import {
  PARAGRAPH_TAGS,
  isMoveNote,
  isSkipped,
  hasStatedStatus,
  numberAttribute,
  sourceOf,
  isUnnumbered,
  isLabelElement,
  isLeadElement,
  isHeadingLineElement,
  markOf,
  wordListLevel,
  type Mark,
  type MarkReading,
} from './marks.js';

/** How one `<ol>`/`<ul>` numbers its items (shared by its items). */
export interface ListInfo {
  ordered: boolean;
  /** False for a list drawn without numbers or bullets (`list-style: none`, the library's own `redline-clauses`). */
  numbered: boolean;
  /** The `type` attribute: `1`, `a`, `A`, `i`, `I`. */
  type: string;
  /** The first number (`start`, or the item count of a reversed list). */
  start: number;
  /** +1, or −1 for `reversed`. */
  step: number;
}

/** A paragraph, heading or list item. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'item';
  /** The heading level (1–6), 0 for other blocks. */
  level: number;
  /** The text, one list of pieces per paragraph (at least one). */
  paragraphs: Piece[][];
  /** The mark over the whole block (its own element's or an ancestor's). */
  mark: Mark | undefined;
  /** A list item's list. */
  list?: ListInfo;
  /** A list item's `value` attribute. */
  value?: number;
  /** A label written outside the text (Word's list number, the library's label span): base and amended. */
  writtenLabel?: { base: string; amended: string };
  /** Marked as the lead (`<p class="redline-lead">`). */
  lead?: boolean;
  /** The clause id the markup gives (`data-clause-id` of the library's own HTML). */
  clauseId?: string;
  /** The markup states the clause's status (changed or unchanged): do not infer it from the text. */
  statedStatus?: boolean;
  /** Word's list level (1 = top). */
  wordLevel?: number;
  /** The first paragraph is a statute unit's heading line (`<p class="redline-heading">`), not its text. */
  headingLine?: boolean;
  /** Nested list items. */
  children: Block[];
}

/** What the first pass found. */
export interface Collected {
  blocks: Block[];
  /** The `<title>`, if any. */
  title: string | undefined;
  /** True when any text or block carries a change mark. */
  marked: boolean;
}

/** Tags that start a block of their own (other paragraph tags only end the paragraph before them). */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'pre']);

/** The text content of a subtree (for `<title>`). */
function textContent(view: HastView): string {
  let text = '';
  walk([view], ({ node }) => {
    if (node.node.type === 'text') text += node.node.value;
  });
  return text;
}

/** A label element's text in the base and the amended version (`<del>3.</del> <ins>4.</ins>` → `3.`, `4.`). */
function labelContent(
  view: HastView,
  reading: MarkReading,
  inherited: Mark | undefined,
): { base: string; amended: string } {
  let base = '';
  let amended = '';
  const marks: Array<Mark | undefined> = [];
  walk([view], ({ node, depth }) => {
    marks.length = depth;
    const parentMark = depth === 0 ? inherited : marks[depth - 1];
    const mark = node.node.type === 'element' ? (markOf(node.node, reading) ?? parentMark) : parentMark;
    marks.push(mark);
    if (node.node.type !== 'text') return undefined;
    if (mark !== 'insert') base += node.node.value;
    if (mark !== 'delete') amended += node.node.value;
    return undefined;
  });
  // Word pads its list numbers with no-break spaces: trim() removes them too.
  return { base: base.trim(), amended: amended.trim() };
}

function newBlock(kind: Block['kind'], mark: Mark | undefined, level = 0): Block {
  return { kind, level, paragraphs: [[]], mark, children: [] };
}

function listInfo(element: Element): ListInfo {
  const ordered = element.tagName === 'ol';
  const reversed = element.properties['reversed'] !== undefined && element.properties['reversed'] !== false;
  const type = typeof element.properties['type'] === 'string' ? element.properties['type'] : '1';
  const items = element.children.filter((c) => c.type === 'element' && c.tagName === 'li').length;
  const start = numberAttribute(element, 'start') ?? (reversed ? items : 1);
  return { ordered, numbered: !isUnnumbered(element), type, start, step: reversed ? -1 : 1 };
}

/** The state of the walk. */
class Collector {
  readonly blocks: Block[] = [];
  title: string | undefined;
  marked = false;
  /** Where new blocks go: the top level, or the children of the open list item. */
  readonly containers: Array<{ blocks: Block[]; item: Block | undefined }> = [{ blocks: this.blocks, item: undefined }];
  /** The open lists, innermost last. */
  readonly lists: ListInfo[] = [];
  /** The paragraph text goes into. */
  current: { block: Block; paragraph: Piece[] } | undefined;

  constructor(readonly reading: MarkReading) {}

  get container(): { blocks: Block[]; item: Block | undefined } {
    return this.containers[this.containers.length - 1]!;
  }

  /** Starts a block (or, inside a list item, a further paragraph of the item). */
  open(kind: Block['kind'], mark: Mark | undefined, level = 0): Block {
    const { blocks, item } = this.container;
    if (item !== undefined && kind !== 'item') {
      if (item.paragraphs[item.paragraphs.length - 1]!.length > 0) item.paragraphs.push([]);
      this.current = { block: item, paragraph: item.paragraphs[item.paragraphs.length - 1]! };
      return item;
    }
    const block = newBlock(kind, mark, level);
    if (mark !== undefined) this.marked = true;
    blocks.push(block);
    this.current = { block, paragraph: block.paragraphs[0]! };
    return block;
  }

  /** Adds text with the mark (and the source of the change) around it, collapsing whitespace as a browser does. */
  text(raw: string, mark: Mark | undefined, source?: string): void {
    let text = raw.replace(/[ \t\n\r\f]+/gu, ' ');
    if (this.current === undefined) {
      if (text.trim() === '') return;
      this.open('paragraph', mark);
    }
    const paragraph = this.current!.paragraph;
    const last = paragraph[paragraph.length - 1];
    if ((last === undefined || last.text.endsWith(' ')) && text.startsWith(' ')) text = text.slice(1);
    if (text === '') return;
    const type = mark ?? 'equal';
    if (type !== 'equal') this.marked = true;
    const change = type !== 'equal' && source !== undefined ? source : undefined;
    if (last !== undefined && last.type === type && last.source === change) last.text += text;
    else paragraph.push(change === undefined ? { type, text } : { type, text, source: change });
  }

  /** Takes back the space the renderers put before a note they add (the "verschoben" link of moved text). */
  dropSpaceBeforeNote(): void {
    const paragraph = this.current?.paragraph;
    const last = paragraph?.[paragraph.length - 1];
    if (paragraph === undefined || last === undefined || !last.text.endsWith(' ')) return;
    last.text = last.text.slice(0, -1);
    if (last.text === '') paragraph.pop();
  }
}

/** Reads a hast tree into blocks (see the module comment). */
export function collectBlocks(tree: Root | Nodes, reading: MarkReading): Collected {
  const c = new Collector(reading);
  // Per depth of the walk: the mark (and its source) in force and what to do when the element closes.
  const frames: Array<{ mark: Mark | undefined; source: string | undefined; close: (() => void) | undefined }> = [];
  walk([new HastView(tree)], ({ node: view, depth }) => {
    while (frames.length > depth) frames.pop()!.close?.();
    const outer = frames[frames.length - 1];
    const node = view.node;
    if (node.type === 'text') c.text(node.value, outer?.mark, outer?.source);
    if (node.type !== 'element') {
      frames.push({ mark: outer?.mark, source: outer?.source, close: undefined });
      return node.type === 'comment' ? 'skip' : undefined;
    }
    const own = markOf(node, reading);
    const mark = own ?? outer?.mark;
    const source = own === undefined ? outer?.source : (sourceOf(node) ?? outer?.source);
    const close = visitElement(c, node, view, mark);
    frames.push({ mark, source, close: close === 'skip' ? undefined : close });
    return close === 'skip' ? 'skip' : undefined;
  });
  while (frames.length > 0) frames.pop()!.close?.();
  return { blocks: c.blocks, title: c.title, marked: c.marked };
}

/** Handles one element on entry; returns what to do when it closes, or `'skip'` to leave out its content. */
function visitElement(
  c: Collector,
  node: Element,
  view: HastView,
  mark: Mark | undefined,
): (() => void) | 'skip' | undefined {
  const tag = node.tagName;
  if (tag === 'title' && c.title === undefined) c.title = textContent(view).trim() || undefined;
  if (isSkipped(node)) {
    // "<ins>…</ins> <a class="redline-move">…</a>." (src/render/moves.ts): the space belongs to the link.
    if (isMoveNote(node)) c.dropSpaceBeforeNote();
    return 'skip';
  }
  if (isLabelElement(node)) {
    if (c.current === undefined) c.open('paragraph', mark);
    c.current!.block.writtenLabel = labelContent(view, c.reading, mark);
    return 'skip';
  }
  if (tag === 'br') {
    c.text(' ', mark);
    return undefined;
  }
  if (tag === 'ol' || tag === 'ul') {
    c.lists.push(listInfo(node));
    c.current = undefined;
    return () => {
      c.lists.pop();
      c.current = undefined;
    };
  }
  if (tag === 'li') {
    const item = c.open('item', mark);
    const list = c.lists[c.lists.length - 1];
    if (list !== undefined) item.list = list;
    const value = numberAttribute(node, 'value');
    if (value !== undefined) item.value = value;
    const id = node.properties['dataClauseId'];
    if (typeof id === 'string') item.clauseId = id;
    if (hasStatedStatus(node)) item.statedStatus = true;
    c.containers.push({ blocks: item.children, item });
    return () => {
      c.containers.pop();
      c.current = undefined;
    };
  }
  if (BLOCK_TAGS.has(tag)) {
    const heading = /^h[1-6]$/u.test(tag);
    const block = c.open(heading ? 'heading' : 'paragraph', mark, heading ? Number(tag.slice(1)) : 0);
    const level = wordListLevel(node);
    if (level !== undefined && block.kind === 'paragraph') block.wordLevel = level;
    if (isLeadElement(node)) block.lead = true;
    if (isHeadingLineElement(node) && block.kind === 'item' && block.paragraphs.length === 1) {
      block.headingLine = true;
      // An empty heading (`§ 3` alone) still has its paragraph: the text starts in the next one.
      return () => {
        if (block.paragraphs[0]!.length === 0) block.paragraphs.push([]);
        c.current = undefined;
      };
    }
    return () => {
      c.current = undefined;
    };
  }
  if (PARAGRAPH_TAGS.has(tag)) {
    c.current = undefined;
    return () => {
      c.current = undefined;
    };
  }
  return undefined;
}
