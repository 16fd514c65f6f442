/**
 * `readDocx`: a Word document → text for `parseMotion`, or — when it carries
 * tracked changes, or struck/bold text in its resolution — a `Redline` built
 * by the same code as `parseRedline` (see src/formats/structure.ts). Reads
 * with fflate and saxes (optional peer dependencies).
 *
 * @module
 */
import type { Redline, Resolution } from '../../model.js';
import { acceptAll, rejectAll } from '../../redline/model.js';
import { readDocumentParagraphs } from '../structure.js';
import { child, childrenNamed, parseXml, type XmlElement } from '../xml.js';
import { readParts } from '../zip.js';
import { findParagraphs, toReadParagraphs, type DocxDiagnostic, type StyleNames } from './read/document.js';
import { NumberingCounter, readNumbering } from './read/numbering.js';
import { CLAUSE_STYLE, LABEL_STYLE, LEAD_STYLE } from './write.js';

export type { DocxDiagnostic } from './read/document.js';

/** What {@link readDocx} returns. */
export type DocxContent =
  | {
      /** The document has no changes: its text, one paragraph per block, for `parseMotion`. */
      kind: 'text';
      text: string;
      diagnostics: DocxDiagnostic[];
    }
  | {
      /** The document carries changes (tracked, or struck/bold in the resolution). */
      kind: 'redline';
      redline: Redline;
      /** `rejectAll(redline)`. */
      base: Resolution;
      /** `acceptAll(redline)`. */
      amended: Resolution;
      diagnostics: DocxDiagnostic[];
    };

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

/**
 * Reads a `.docx` file.
 *
 * @param bytes - the file's bytes (a `Uint8Array` or Node `Buffer`)
 * @throws {RedlineError} `invalid-input` when the bytes are not a Word document;
 *   `missing-dependency` when `fflate` or `saxes` is not installed;
 *   `invalid-redline` when the changes cannot be read as a redline
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const parts = await readParts(bytes, [DOCUMENT, NUMBERING, STYLES], 'readDocx', 'Word (.docx)');
  const documentXml = parts.get(DOCUMENT);
  if (documentXml === undefined) {
    const { RedlineError } = await import('../../errors.js');
    throw new RedlineError('invalid-input', `readDocx: the file has no ${DOCUMENT}; it is not a Word document.`);
  }
  const document = await parseXml(documentXml, DOCUMENT, 'readDocx');
  const numberingXml = parts.get(NUMBERING);
  const numbering = readNumbering(
    numberingXml === undefined ? undefined : await parseXml(numberingXml, NUMBERING, 'readDocx'),
  );
  const stylesXml = parts.get(STYLES);
  const styles = styleNames(stylesXml === undefined ? undefined : await parseXml(stylesXml, STYLES, 'readDocx'));
  const found = findParagraphs(document, styles.label);
  const paragraphs = toReadParagraphs(found, styles, new NumberingCounter(numbering));
  const content = readDocumentParagraphs(paragraphs, found.tracked);
  if (content.kind === 'text') return { kind: 'text', text: content.text, diagnostics: found.diagnostics };
  const { redline } = content;
  return {
    kind: 'redline',
    redline,
    base: rejectAll(redline),
    amended: acceptAll(redline),
    diagnostics: found.diagnostics,
  };
}

/** The style ids of labels, leads and titles: by our ids, or by the names a round trip through another program keeps. */
function styleNames(root: XmlElement | undefined): StyleNames {
  const label = new Set([LABEL_STYLE]);
  const lead = new Set([LEAD_STYLE]);
  const title = new Set(['Title', 'Titel']);
  const clause = new Set([CLAUSE_STYLE]);
  for (const style of childrenNamed(child(root, 'w:styles'), 'w:style')) {
    const id = style.attrs['styleId'] ?? '';
    const name = (child(style, 'w:name')?.attrs['val'] ?? '').replace(/\s+/g, '').toLowerCase();
    if (name === LABEL_STYLE.toLowerCase()) label.add(id);
    if (name === LEAD_STYLE.toLowerCase()) lead.add(id);
    if (name === 'title' || name === 'titel') title.add(id);
    if (name === CLAUSE_STYLE.toLowerCase()) clause.add(id);
  }
  return { label, lead, title, clause };
}
