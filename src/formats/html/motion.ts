/**
 * A page without change marks is a motion: its blocks are written out as the
 * text `parseMotion` reads — headings as Markdown headings, list items with
 * the labels their list gives them (`start`, `type`, `value`), nested items
 * indented — so the motion's clause tree, lead, title, file number and
 * Begründung are found by the same parser as for any other document.
 *
 * @module
 */
import type { Motion } from '../../model.js';
import { ParseError } from '../../errors.js';
import { walk } from '../../tree.js';
import { parseMotion } from '../../parse/motion.js';
import { parseResolution } from '../../parse/resolution.js';
import type { Block } from './collect.js';
import { listLabel } from './marks.js';
import { piecesOfParagraphs, trimParagraphs } from './segments.js';
import { amendedText } from '../../redline/segments.js';
import { fitsLabelLine } from '../../redline/read/headings.js';

const INDENT = '   ';

/** The amended text of each paragraph (deleted text left out). */
function paragraphTexts(paragraphs: Block['paragraphs']): string[] {
  return trimParagraphs(paragraphs)
    .map((paragraph) => amendedText(piecesOfParagraphs([paragraph])).trim())
    .filter((text) => text !== '');
}

/**
 * A statute unit's heading line (`<p class="redline-heading">`) as the
 * parser reads one: `§ 7 Sitzungen`, or the label alone with the heading on
 * the next line where it cannot stand on the label's line (as `toMarkdown` writes it).
 */
function headingLines(label: string, paragraph: Block['paragraphs'][number]): string[] {
  const heading = amendedText(piecesOfParagraphs([paragraph])).trim();
  if (fitsLabelLine(label, heading)) return [`${label} ${heading}`.trimEnd()];
  return [label, heading];
}

/** The blocks as the text of a document (see the module comment). */
export function motionText(blocks: readonly Block[]): string {
  const out: string[] = [];
  const counters = new Map<object, number>();
  walk(blocks, ({ node, depth }) => {
    if (node.mark === 'delete') return 'skip';
    const headed = node.headingLine === true;
    const texts = paragraphTexts(headed ? node.paragraphs.slice(1) : node.paragraphs);
    if (node.kind === 'heading') {
      if (texts.length > 0) out.push(`${'#'.repeat(node.level)} ${texts.join(' ')}`);
      return undefined;
    }
    let label = node.writtenLabel?.amended ?? '';
    const indent = INDENT.repeat(node.kind === 'item' ? depth : Math.max(0, (node.wordLevel ?? 1) - 1));
    if (node.kind === 'item' && node.list !== undefined && node.writtenLabel === undefined) {
      const n = node.value ?? counters.get(node.list) ?? node.list.start;
      counters.set(node.list, n + node.list.step);
      label = node.list.numbered ? listLabel(node.list.ordered, node.list.type, n) : '';
    }
    if (headed) {
      // A statute unit: its heading line, then its text in paragraphs of their own.
      out.push(...headingLines(label, node.paragraphs[0]!).map((line) => indent + line));
      for (const text of texts) out.push(`${indent}${text}`);
      return undefined;
    }
    const [first = '', ...rest] = texts;
    out.push(`${indent}${label === '' ? '' : `${label} `}${first}`.trimEnd());
    for (const text of rest) out.push(`${indent}${INDENT}${text}`);
    return undefined;
  });
  return out.filter((line) => line.trim() !== '').join('\n\n');
}

/**
 * The motion of a page: `parseMotion` on its text; a page without a resolution
 * marker (a fragment with only the clauses) is read as a bare resolution.
 */
export function readMotion(
  blocks: readonly Block[],
  title: string | undefined,
  dehyphenate: boolean,
): { motion: Motion; text: string } {
  const text = motionText(blocks);
  let motion: Motion;
  try {
    motion = parseMotion(text, { dehyphenate });
  } catch (error) {
    if (!(error instanceof ParseError) || error.code !== 'no-resolution') throw error;
    motion = { resolution: parseResolution(text, { dehyphenate }) };
  }
  if (motion.title === undefined && title !== undefined) motion.title = title;
  return { motion, text };
}
