/**
 * `toDocx`: a redline as a Word document (Office Open XML), built with the
 * `docx` package (an optional peer dependency, loaded on first use).
 * Deletions and insertions are real tracked changes (`w:del`/`w:ins` with
 * author and date), whole inserted or deleted clauses are tracked paragraphs
 * (their paragraph marks are inserted or deleted too), so "accept all" in
 * Word or LibreOffice gives exactly `acceptAll(redline)` and "reject all"
 * exactly `rejectAll(redline)`. With `tracked: false` the changes are drawn
 * with formatting (struck, bold) instead.
 *
 * @module
 */
import type * as Docx from 'docx';
import type { Redline, Resolution } from '../../model.js';
import { toRenderRedline } from '../../render/input.js';
import { loadOptional } from '../load.js';
import { resolveDocxOptions, type DocxOptions, type ResolvedDocxOptions } from './options.js';
import { planDocument, type ParagraphPlan } from './plan.js';
import type { Run } from './runs.js';

/** The character style of labels; `readDocx` recognises labels by it. */
export const LABEL_STYLE = 'RedlineLabel';
/** The paragraph style of clauses; `readDocx` knows a document it wrote by its styles. */
export const CLAUSE_STYLE = 'RedlineClause';
/** The paragraph style of the lead. */
export const LEAD_STYLE = 'RedlineLead';
/** Indentation step per nesting level, in twentieths of a point (1 cm). */
const INDENT = 567;

/**
 * Renders a redline (or a resolution) as a `.docx` file.
 *
 * @returns the bytes of the file
 * @throws {RedlineError} `missing-dependency` when the `docx` package is not
 *   installed; `invalid-option` for a bad option; `invalid-input` when `x` is
 *   not a redline or resolution
 */
export async function toDocx(x: Redline | Resolution, options?: DocxOptions): Promise<Uint8Array> {
  const opts = resolveDocxOptions(options);
  const redline = toRenderRedline(x);
  const docx = await loadOptional('docx', 'toDocx', () => import('docx'));
  const plans = planDocument(redline, opts.title, opts.tracked);
  let revisionId = 0;
  const nextId = (): number => (revisionId += 1);
  const document = new docx.Document({
    creator: opts.author,
    ...(opts.title !== undefined ? { title: opts.title } : {}),
    styles: {
      default: { document: { run: { font: opts.font, size: 22 } } },
      characterStyles: [{ id: LABEL_STYLE, name: 'Redline Label', basedOn: 'DefaultParagraphFont' }],
      paragraphStyles: [
        { id: LEAD_STYLE, name: 'Redline Lead', basedOn: 'Normal', next: 'Normal' },
        { id: CLAUSE_STYLE, name: 'Redline Clause', basedOn: 'Normal', next: CLAUSE_STYLE },
      ],
    },
    sections: [
      {
        properties: opts.lineNumbers ? { lineNumbers: { countBy: 1, restart: 'continuous', distance: 284 } } : {},
        children: plans.map((plan) => paragraphOf(docx, plan, opts, nextId)),
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toArrayBuffer(document));
}

function paragraphOf(
  docx: typeof Docx,
  plan: ParagraphPlan,
  opts: ResolvedDocxOptions,
  nextId: () => number,
): Docx.Paragraph {
  const children = [
    ...plan.label.map((run) => runOf(docx, run, opts, nextId, LABEL_STYLE)),
    ...plan.runs.map((run) => runOf(docx, run, opts, nextId, undefined)),
  ];
  const common = { children, suppressLineNumbers: plan.kind !== 'clause' };
  if (plan.kind === 'title') return new docx.Paragraph({ ...common, heading: docx.HeadingLevel.TITLE });
  const mark =
    opts.tracked && plan.mark !== 'equal'
      ? {
          run: {
            [plan.mark === 'insert' ? 'insertion' : 'deletion']: revision(plan.label[0] ?? plan.runs[0], opts, nextId),
          },
        }
      : {};
  if (plan.kind === 'lead') {
    return new docx.Paragraph({ ...common, ...mark, style: LEAD_STYLE, spacing: { after: 160 } });
  }
  return new docx.Paragraph({
    ...common,
    ...mark,
    style: CLAUSE_STYLE,
    spacing: { after: 120 },
    indent: { left: INDENT * (plan.depth + 1), ...(plan.label.length > 0 ? { hanging: INDENT } : {}) },
  });
}

function revision(
  run: Run | undefined,
  opts: ResolvedDocxOptions,
  nextId: () => number,
): { id: number; author: string; date: string } {
  const source = run?.source;
  const author = source === undefined ? opts.author : (opts.authors[source] ?? source);
  return { id: nextId(), author, date: opts.date };
}

/** Text with tabs and single line breaks as Word elements. */
function contentOf(docx: typeof Docx, text: string): Array<string | Docx.Tab | Docx.CarriageReturn> {
  const out: Array<string | Docx.Tab | Docx.CarriageReturn> = [];
  let current = '';
  for (const ch of text) {
    if (ch !== '\t' && ch !== '\n') {
      current += ch;
      continue;
    }
    if (current !== '') out.push(current);
    current = '';
    out.push(ch === '\t' ? new docx.Tab() : new docx.CarriageReturn());
  }
  if (current !== '') out.push(current);
  return out;
}

function runOf(
  docx: typeof Docx,
  run: Run,
  opts: ResolvedDocxOptions,
  nextId: () => number,
  style: string | undefined,
): Docx.ParagraphChild {
  const base = { children: contentOf(docx, run.text), ...(style !== undefined ? { style } : {}) };
  if (run.type === 'equal') return new docx.TextRun(base);
  if (!opts.tracked)
    return new docx.TextRun({ ...base, ...(run.type === 'delete' ? { strike: true } : { bold: true }) });
  const meta = revision(run, opts, nextId);
  return run.type === 'delete'
    ? new docx.DeletedTextRun({ ...base, ...meta })
    : new docx.InsertedTextRun({ ...base, ...meta });
}
