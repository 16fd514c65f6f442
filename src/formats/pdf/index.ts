/**
 * `motion-redline/pdf`: `toPdf`, a redline (or resolution) as a PDF with real
 * strike-through and bold text, drawn by pdfmake (an optional peer dependency,
 * loaded when `toPdf` is called) with the Roboto font pdfmake ships, which
 * covers German text (äöüß, „“, –, §). A4, margins of 2 cm, page numbers in
 * the footer.
 *
 * @module
 */
import type { Redline, Resolution } from '../../model.js';
import { resolveOptions } from '../../validate/options.js';
import { isRedline, toRenderRedline } from '../../render/input.js';
import { noteText, typographyView } from '../../render/typography.js';
import { importPeer } from '../peer.js';
import { PDF_OPTIONS, type PdfOptions } from './options.js';
import { numberedBlocks, redlineBlocks, synopsisBlocks } from './body.js';
import type { PdfBlock } from './runs.js';

export type { PdfOptions, PdfInsertionStyle } from './options.js';
export { PDF_OPTIONS } from './options.js';

/** The part of pdfmake's API the writer uses. */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: string, encoding: string): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

/** 2 cm in points. */
const MARGIN = 56.7;

const ROBOTO = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

/**
 * A pdfmake instance of its own (so a caller's pdfmake settings are left alone)
 * with the bundled Roboto font in its virtual file system, and no access to
 * the network or the file system: the library reads nothing from outside.
 */
async function engine(): Promise<PdfMake> {
  const [pdfmake, fonts] = await importPeer('pdfmake', 'toPdf', () =>
    Promise.all([import('pdfmake'), import('pdfmake/build/vfs_fonts.js')]),
  );
  const shared = ((pdfmake as { default?: unknown }).default ?? pdfmake) as PdfMake;
  const vfs = ((fonts as { default?: unknown }).default ?? fonts) as Record<string, string>;
  const own = new (shared.constructor as new () => PdfMake)();
  for (const file of Object.values(ROBOTO)) {
    const data = vfs[file];
    if (data !== undefined) own.virtualfs.writeFileSync(file, data, 'base64');
  }
  own.setFonts({ Roboto: ROBOTO });
  own.setUrlAccessPolicy(() => false);
  own.setLocalAccessPolicy(() => false);
  return own;
}

/**
 * Renders a redline (or a resolution) as a PDF: the title, the lead, the
 * clauses with deletions struck through and insertions bold (or underlined or
 * coloured, see {@link PdfOptions.insertions}), nested clauses indented;
 * optionally the base text's line numbers (`lineNumbers`) or the Synopse as a
 * two-column table (`synopsis`); the Begründung (`rationale`) at the end.
 * Spaces around changes follow `planMarkup`. Needs the optional package
 * `pdfmake` (0.3).
 *
 * @returns the PDF file's bytes
 * @throws RedlineError `missing-dependency` when pdfmake is not installed,
 *   `invalid-option` for a bad option, `invalid-input` for a malformed redline
 */
export async function toPdf(x: Redline | Resolution, options?: PdfOptions): Promise<Uint8Array> {
  const o = resolveOptions('PDF', PDF_OPTIONS, options);
  const view = typographyView(toRenderRedline(x), o.typography);
  const redline = view.redline;
  const notes = new Map([...view.notes].map(([clause, list]) => [clause, noteText(list)]));
  const title = o.title ?? (isRedline(x) ? 'Änderungen am Beschluss' : 'Beschluss');
  const body = o.synopsis
    ? synopsisBlocks(redline, o.insertions, ['Ursprüngliche Fassung', 'Geänderte Fassung'], notes)
    : o.lineNumbers
      ? numberedBlocks(redline, o.insertions, o.lineLength)
      : redlineBlocks(redline, o.insertions, notes);
  const rationale: PdfBlock[] = [];
  if (o.rationale !== undefined && o.rationale.trim() !== '') {
    const [first = '', ...rest] = o.rationale.split(/\n{2,}/u).map((text) => text.trim());
    // The heading and the first paragraph stay together: a heading never stands alone at the foot of a page.
    rationale.push({ stack: [{ text: 'Begründung', style: 'heading' }, { text: first }], unbreakable: true });
    for (const text of rest) rationale.push({ text, margin: [0, 5, 0, 0] });
  }
  const doc = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    language: 'de-DE',
    info: { title, creator: 'motion-redline' },
    defaultStyle: { font: 'Roboto', fontSize: o.fontSize, lineHeight: 1.2 },
    styles: {
      title: { fontSize: o.fontSize * 1.4, bold: true, margin: [0, 0, 0, 10] },
      heading: { fontSize: o.fontSize * 1.15, bold: true, margin: [0, 12, 0, 6] },
      lead: { margin: [0, 0, 0, 8] },
      lineNumber: { fontSize: o.fontSize * 0.8, color: '#777777', alignment: 'right' },
      tableHeader: { bold: true },
      note: { fontSize: o.fontSize * 0.8, color: '#666666' },
    },
    footer: (page: number, pages: number) => ({
      text: `Seite ${page} von ${pages}`,
      alignment: 'center',
      fontSize: o.fontSize * 0.75,
      color: '#777777',
    }),
    content: [{ text: title, style: 'title' }, ...body, ...rationale],
  };
  const buffer = await (await engine()).createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
