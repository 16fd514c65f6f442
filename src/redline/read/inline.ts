/**
 * Reads the redline markers inside one clause text: `~~…~~` is a deletion,
 * `**…**` an insertion, everything else is text — kept character for character.
 *
 * The text is parsed by remark's parser (mdast-util-from-markdown, what
 * remark-parse runs) with GFM strikethrough (`singleTilde: false`) — the one
 * GFM construct the redline form uses — but only `delete` and `strong` nodes
 * are taken as markup. Every other construct
 * is put back together from the source slices around its children: a gender
 * star pair that CommonMark reads as emphasis (`Kölner*innen … Expert*innen`)
 * comes back with both stars, an autolink, inline HTML or a link comes back as
 * written. Text nodes contribute their decoded value where the source has an
 * escape or character reference (`Kölner\*innen` → `Kölner*innen`, `&amp;` →
 * `&`), otherwise the source itself.
 *
 * Most paragraphs are read by a linear scanner that gives the same result
 * (read-scan.ts, held to this reader by a differential property test);
 * remark reads what the scanner leaves to it, in pieces of bounded size.
 *
 * @module
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { scanParagraph } from './markers.js';
import { PARAGRAPH_BREAK, type Piece } from './spacing.js';

/**
 * One paragraph as mdast. The parser is set up per call, not at module level:
 * a module-level processor would keep micromark in every bundle that imports
 * any renderer, even one that never reads a redline.
 */
function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfmStrikethrough({ singleTilde: false })],
    mdastExtensions: [gfmStrikethroughFromMarkdown()],
  });
}

/** What a node contributes: changes are recognised (`equal` context) or all is text (inside a change). */
type Context = 'equal' | 'delete' | 'insert';

/**
 * The pieces of a clause text: text outside markers (`equal`), struck
 * (`delete`) and bold (`insert`) text, in order. Concatenating all piece texts
 * gives the text with the markers removed and escapes decoded.
 */
export function readInline(text: string): Piece[] {
  const pieces: Piece[] = [];
  const emit = (type: Context, value: string): void => {
    if (value === '') return;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.type === type) last.text += value;
    else pieces.push({ type, text: value });
  };
  // Paragraph by paragraph (no marker spans a paragraph break), and only where
  // a paragraph can hold a marker (`**`, `__`, `~~`: a lone gender star cannot
  // open one), an escape or a character reference: all other Markdown is put
  // back as written anyway, so such text is read as is. micromark is thorough
  // but slow (~1 ms per paragraph); most paragraphs skip it.
  let from = 0;
  while (from <= text.length) {
    const breakAt = text.indexOf(PARAGRAPH_BREAK, from);
    const to = breakAt < 0 ? text.length : breakAt;
    for (const chunk of chunksOf(text.slice(from, to))) {
      if (!/\*\*|~~|__|[\\&]/.test(chunk)) {
        emit('equal', chunk);
        continue;
      }
      const scanned = scanParagraph(chunk);
      if (scanned === undefined) readParagraph(chunk, emit);
      else for (const piece of scanned) emit(piece.type, piece.text);
    }
    if (breakAt < 0) break;
    emit('equal', PARAGRAPH_BREAK);
    from = breakAt + PARAGRAPH_BREAK.length;
  }
  return pieces;
}

/** Paragraphs up to this length are read whole; longer ones in pieces of about this size. */
const CHUNK = 4_000;

/**
 * A paragraph cut into pieces of about {@link CHUNK} characters, so that
 * micromark — whose emphasis and strikethrough resolution grows faster than
 * linearly with the number of delimiters in one paragraph (64 KB of
 * `Kölner*innen …` take seconds) — only ever sees bounded input. Real clause
 * paragraphs are far shorter and are read whole, exactly as CommonMark reads
 * them. A cut goes after a space and before a letter (so no piece starts a
 * code fence, HTML block or indented code), outside a code span, an angle
 * bracket and an open `~~`/`**` as far as a linear scan can tell; if no such
 * place comes within four pieces' length, after the next space; within eight,
 * anywhere (not inside an escape or a surrogate pair). Cutting loses no
 * character — every piece is put back as written — but a marker pair that a
 * forced cut splits is read as text.
 */
export function chunksOf(paragraph: string): string[] {
  if (paragraph.length <= CHUNK) return [paragraph];
  const out: string[] = [];
  let start = 0;
  let code = 0; // length of the backtick run that opened a code span, 0 outside
  let tilde = false;
  let star = false;
  let angle = false;
  const runAt = (i: number, ch: string): number => {
    let j = i;
    while (j < paragraph.length && paragraph[j] === ch) j++;
    return j - i;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    const length = i - start;
    if (length >= CHUNK) {
      const afterSpace = paragraph[i - 1] === ' ' || paragraph[i - 1] === '\t';
      const clean = code === 0 && !tilde && !star && !angle;
      const cut =
        (afterSpace && clean && /\p{L}/u.test(c)) ||
        (length >= 4 * CHUNK && afterSpace && c !== ' ' && c !== '\t') ||
        (length >= 8 * CHUNK && !(c >= '\uDC00' && c <= '\uDFFF'));
      if (cut) {
        out.push(paragraph.slice(start, i));
        start = i;
        code = 0;
        tilde = star = angle = false;
      }
    }
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      const run = runAt(i, '`');
      code = code === 0 ? run : code === run ? 0 : code;
      i += run - 1;
    } else if (code > 0) {
      continue;
    } else if (c === '~' || c === '*') {
      const run = runAt(i, c);
      if (run >= 2 && c === '~') tilde = !tilde;
      if (run >= 2 && c === '*') star = !star;
      i += run - 1;
    } else if (c === '<') {
      angle = true;
    } else if (c === '>') {
      angle = false;
    }
  }
  out.push(paragraph.slice(start));
  return out;
}

/**
 * One paragraph read with remark only (no scanner, no cutting): the reference
 * the linear scanner (read-scan.ts) is tested against.
 */
export function readWithRemark(text: string): Piece[] {
  const pieces: Piece[] = [];
  readParagraph(text, (type, value) => {
    if (value === '') return;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.type === type) last.text += value;
    else pieces.push({ type, text: value });
  });
  return pieces;
}

/** Reads one paragraph with remark (see the module comment). */
function readParagraph(text: string, emit: (type: Context, value: string) => void): void {
  const tree = parseMarkdown(text);

  // Iterative walk (deeply nested blockquotes or lists must not overflow the stack).
  // Each task either emits a source range, or visits a node in a context.
  type Task =
    { kind: 'source'; from: number; to: number; context: Context } | { kind: 'node'; node: Nodes; context: Context };
  const tasks: Task[] = [];
  const pushContainer = (node: Nodes, context: Context, from: number, to: number): void => {
    // Pushed in reverse so that they are processed in document order.
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    const out: Task[] = [];
    if (
      children.some((child) => child.position?.start.offset === undefined || child.position.end.offset === undefined)
    ) {
      // The GFM autolink transform splits text that had escapes without positions;
      // such a text and its literal links are contiguous, so their values in order are the text.
      for (const child of children) out.push({ kind: 'node', node: child, context });
    } else {
      let cursor = from;
      for (const child of children) {
        const start = child.position!.start.offset!;
        if (start > cursor) out.push({ kind: 'source', from: cursor, to: start, context });
        out.push({ kind: 'node', node: child, context });
        cursor = child.position!.end.offset!;
      }
      if (to > cursor) out.push({ kind: 'source', from: cursor, to, context });
    }
    for (let i = out.length - 1; i >= 0; i--) tasks.push(out[i]!);
  };

  pushContainer(tree, 'equal', 0, text.length);
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if (task.kind === 'source') {
      emit(task.context, text.slice(task.from, task.to));
      continue;
    }
    const { node, context } = task;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      if ('children' in node) pushContainer(node, context, 0, 0);
      else if ('value' in node) emit(context, node.value);
      continue;
    }
    if (node.type === 'text') {
      const source = text.slice(start, end);
      emit(context, source.includes('\\') || source.includes('&') ? node.value : source);
      continue;
    }
    if (context === 'equal' && (node.type === 'delete' || node.type === 'strong')) {
      const inner = node.children;
      const first = inner[0]?.position?.start.offset ?? start + 2;
      const last = inner[inner.length - 1]?.position?.end.offset ?? end - 2;
      pushContainer(node, node.type === 'delete' ? 'delete' : 'insert', first, last);
      continue;
    }
    if ('children' in node && node.children.length > 0) pushContainer(node, context, start, end);
    else emit(context, text.slice(start, end));
  }
}
