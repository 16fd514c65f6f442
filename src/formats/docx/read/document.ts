/**
 * The paragraphs of a Word document's body (`word/document.xml`) in the
 * readers' paragraph model.
 *
 * Text comes from `w:t` (and `w:delText`), tabs and breaks from `w:tab`,
 * `w:br`/`w:cr`; runs split at arbitrary places simply join. Inside `w:ins`
 * and `w:moveTo` text is inserted, inside `w:del` and `w:moveFrom` deleted
 * (a move is a deletion at one place and an insertion at another). Struck
 * (`w:strike`, `w:dstrike`) and bold (`w:b`) runs are remembered for
 * documents without tracked changes. Formatting-only revisions (`w:rPrChange`,
 * `w:pPrChange`) change no text and are reported as info. Field codes
 * (`w:instrText`) are not text.
 *
 * @module
 */
import type { Segment } from '../../../model.js';
import type { Piece } from '../../../redline/read/spacing.js';
import type { ReadParagraph } from '../../paragraphs.js';
import { stripReserved } from '../../structure.js';
import { child, ownText, type XmlElement } from '../../xml.js';
import { NumberingCounter } from './numbering.js';

/** A note about something the reader did not take over. */
export interface DocxDiagnostic {
  /** Stable code. */
  code: 'formatting-change-ignored' | 'numbering-missing';
  /** `info`: nothing lost that the redline can hold; `warning`: a label may be missing. */
  severity: 'info' | 'warning';
  /** One sentence saying what and where. */
  message: string;
}

/** A run of text as found, before it is known whether the document tracks changes. */
interface FoundRun {
  text: string;
  change: Segment['type'];
  bold: boolean;
  strike: boolean;
  label: boolean;
}

/** Style ids and names the reader recognises. */
export interface StyleNames {
  /** Character styles of labels. */
  label: ReadonlySet<string>;
  /** Paragraph styles of the lead. */
  lead: ReadonlySet<string>;
  /** Paragraph styles of titles and headings. */
  title: ReadonlySet<string>;
  /** Paragraph styles of clauses written by `toDocx`. */
  clause: ReadonlySet<string>;
}

/** One paragraph as found: its runs and properties. */
export interface FoundParagraph {
  runs: FoundRun[];
  style: string;
  mark: Segment['type'];
  indent: number;
  numbering: { numId: string; level: number } | undefined;
}

/** What the document has: its paragraphs, whether anything is tracked, and notes. */
export interface FoundDocument {
  paragraphs: FoundParagraph[];
  tracked: boolean;
  diagnostics: DocxDiagnostic[];
}

const CHANGE_OF: Readonly<Record<string, Segment['type']>> = {
  'w:ins': 'insert',
  'w:moveTo': 'insert',
  'w:del': 'delete',
  'w:moveFrom': 'delete',
};

/** True when an on/off property (`<w:b/>`, `<w:b w:val="0"/>`) is on. */
function isOn(element: XmlElement | undefined): boolean {
  if (element === undefined) return false;
  const val = element.attrs['val'];
  return val === undefined || !['0', 'false', 'off', 'none'].includes(val);
}

/** Reads the body of `document.xml`. */
export function findParagraphs(root: XmlElement, labelStyles: ReadonlySet<string>): FoundDocument {
  const found: FoundDocument = { paragraphs: [], tracked: false, diagnostics: [] };
  const counts = { formatting: 0 };
  // Iterative walk; a paragraph is read when its element is met (tables' cells included).
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.name === 'w:p') {
      found.paragraphs.push(readParagraph(element, labelStyles, found, counts));
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const c = element.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  if (counts.formatting > 0) {
    found.diagnostics.push({
      code: 'formatting-change-ignored',
      severity: 'info',
      message: `${counts.formatting} tracked formatting change${counts.formatting === 1 ? '' : 's'} (w:rPrChange/w:pPrChange) changed no text and ${counts.formatting === 1 ? 'was' : 'were'} ignored.`,
    });
  }
  return found;
}

function readParagraph(
  p: XmlElement,
  labelStyles: ReadonlySet<string>,
  found: FoundDocument,
  counts: { formatting: number },
): FoundParagraph {
  const pPr = child(p, 'w:pPr');
  const markChange = child(child(pPr, 'w:rPr'), 'w:ins') ?? child(child(pPr, 'w:rPr'), 'w:del');
  if (child(pPr, 'w:pPrChange') !== undefined) counts.formatting += 1;
  const ind = child(pPr, 'w:ind');
  const numPr = child(pPr, 'w:numPr');
  const numId = child(numPr, 'w:numId')?.attrs['val'];
  const paragraph: FoundParagraph = {
    runs: [],
    style: child(pPr, 'w:pStyle')?.attrs['val'] ?? '',
    mark: markChange === undefined ? 'equal' : markChange.name === 'w:ins' ? 'insert' : 'delete',
    indent: Number(ind?.attrs['left'] ?? ind?.attrs['start'] ?? 0) || 0,
    numbering:
      numId !== undefined && numId !== '0'
        ? { numId, level: Number(child(numPr, 'w:ilvl')?.attrs['val'] ?? 0) || 0 }
        : undefined,
  };
  if (paragraph.mark !== 'equal') found.tracked = true;
  // The paragraph's content in order, with the change of the revision element around it.
  const stack: Array<{ element: XmlElement; change: Segment['type'] }> = [];
  const pushChildren = (element: XmlElement, change: Segment['type']): void => {
    for (let i = element.children.length - 1; i >= 0; i--) {
      const c = element.children[i]!;
      if (typeof c !== 'string' && c.name !== 'w:pPr') stack.push({ element: c, change });
    }
  };
  pushChildren(p, 'equal');
  while (stack.length > 0) {
    const { element, change } = stack.pop()!;
    const revision = CHANGE_OF[element.name];
    if (revision !== undefined) {
      found.tracked = true;
      pushChildren(element, revision);
    } else if (element.name === 'w:r') {
      const run = readRun(element, change, labelStyles, counts);
      if (run.text !== '') paragraph.runs.push(run);
    } else if (element.name !== 'w:p') {
      pushChildren(element, change); // hyperlinks, smart tags, content controls, fields
    }
  }
  return paragraph;
}

function readRun(
  r: XmlElement,
  change: Segment['type'],
  labelStyles: ReadonlySet<string>,
  counts: { formatting: number },
): FoundRun {
  const rPr = child(r, 'w:rPr');
  if (child(rPr, 'w:rPrChange') !== undefined) counts.formatting += 1;
  let text = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t' || c.name === 'w:delText') text += ownText(c);
    else if (c.name === 'w:tab' || c.name === 'w:ptab') text += '\t';
    else if ((c.name === 'w:br' && c.attrs['type'] !== 'page' && c.attrs['type'] !== 'column') || c.name === 'w:cr')
      text += '\n';
    else if (c.name === 'w:noBreakHyphen') text += '\u2011';
  }
  return {
    text: stripReserved(text),
    change,
    bold: isOn(child(rPr, 'w:b')),
    strike: isOn(child(rPr, 'w:strike')) || isOn(child(rPr, 'w:dstrike')),
    label: labelStyles.has(child(rPr, 'w:rStyle')?.attrs['val'] ?? ''),
  };
}

/** The found paragraphs in the readers' model: changes from revisions (tracked) or from formatting. */
export function toReadParagraphs(
  document: FoundDocument,
  styles: StyleNames,
  counter: NumberingCounter,
): ReadParagraph[] {
  const tracked = document.tracked;
  return document.paragraphs.map((p) => {
    const typeOf = (run: FoundRun): Segment['type'] =>
      tracked ? run.change : run.strike ? 'delete' : run.bold ? 'insert' : 'equal';
    const labelRuns = p.runs.filter((run) => run.label);
    const textRuns = p.runs.filter((run) => !run.label);
    const pieces: Piece[] = [];
    for (const run of textRuns) {
      const type = typeOf(run);
      const last = pieces[pieces.length - 1];
      if (last !== undefined && last.type === type) last.text += run.text;
      else pieces.push({ type, text: run.text });
    }
    let label: ReadParagraph['label'];
    if (labelRuns.length > 0) {
      const version = (skip: Segment['type']): string =>
        labelRuns
          .filter((run) => typeOf(run) !== skip)
          .map((run) => run.text)
          .join('')
          .trim();
      label = { base: version('insert'), amended: version('delete') };
    } else if (p.numbering !== undefined) {
      label = numberedLabel(p, counter, document);
    }
    if (pieces[0] !== undefined && label !== undefined) pieces[0].text = pieces[0].text.replace(/^[\t ]+/, '');
    const role = styles.title.has(p.style) ? 'title' : styles.lead.has(p.style) ? 'lead' : 'body';
    const ours = role === 'lead' || labelRuns.length > 0 || styles.clause.has(p.style);
    return { role, level: p.numbering?.level, indent: p.indent, label, pieces, mark: tracked ? p.mark : 'equal', ours };
  });
}

function numberedLabel(p: FoundParagraph, counter: NumberingCounter, document: FoundDocument): ReadParagraph['label'] {
  const { numId, level } = p.numbering!;
  if (!counter.has(numId, level)) {
    document.diagnostics.push({
      code: 'numbering-missing',
      severity: 'warning',
      message: `A paragraph uses Word numbering (list ${numId}, level ${level}) that numbering.xml does not define; its label is missing: „${p.runs
        .map((r) => r.text)
        .join('')
        .slice(0, 60)}“.`,
    });
    return undefined;
  }
  const label = counter.next(numId, level) ?? '';
  return { base: label, amended: label };
}
