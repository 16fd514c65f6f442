/**
 * motion-redline — the public API. This list is written by hand and pinned by
 * test/index.test.ts: adding or removing an export is a deliberate act.
 *
 * @packageDocumentation
 */

// Types of the contract.
export type {
  Amendment,
  Change,
  Clause,
  Diagnostic,
  DiagnosticCode,
  Motion,
  Redline,
  RedlineClause,
  Resolution,
  Segment,
} from './model.js';
export type { RedlineErrorCode } from './errors.js';
export type { ParseOptions } from './parse/parse-options.js';
export type { DiffOptions } from './diff/diff-options.js';
export type { ApplyOptions } from './amend/apply-options.js';
export type { AmendmentLike, AmendmentWithRenumbering, ChangePart, Renumbering } from './model.js';
export type { RedlineOptions, AmendmentForm } from './pipeline/run.js';
export type {
  MarkdownOptions,
  HtmlOptions,
  TextOptions,
  SynopsisOptions,
  MdastOptions,
  RenderView,
  TypographyOptions,
  TypographyMode,
} from './render/render-options.js';
export type { ParsedRedline } from './redline/read/parse-redline.js';
export type { HastOptions } from './render/hast.js';
export type { ClauseData } from './render/mdast.js';
export type { MarkupPiece } from './render/markup-plan.js';
export type { InstructionOptions } from './render/instructions.js';
export type { LineOptions, LineLengthOptions } from './numbering/line-length.js';
export type { LineNumbering, NumberedLine, NumberedClause } from './numbering/number-lines.js';
export type { SegmentLines } from './numbering/redline-lines.js';
export type { Statement, StatementSection, StatementDiagnostic, StatementLink } from './statement/model.js';
export type { StatementLinkOptions } from './statement/link.js';
export type {
  Synopsis,
  SynopsisRow,
  SynopsisVersion,
  SynopsisAmendment,
  SynopsisAmendmentInput,
  SynopsisAmendmentSource,
  SynopsisAddedClause,
  SynopsisCollision,
  SynopsisMerged,
  SynopsisStatement,
} from './synopsis/model.js';
export type { SynopsisBuildOptions } from './synopsis/build.js';
export type { SynopsisHtmlOptions } from './synopsis/html.js';
export type { SynopsisMarkdownOptions } from './synopsis/markdown.js';

// Errors.
export { RedlineError, ParseError, InstructionError, AmendmentError } from './errors.js';

// Parsing.
export { parseMotion } from './parse/motion.js';
export { parseResolution } from './parse/resolution.js';
export { findClause } from './references/find-clause.js';

// Amendments.
export { parseAmendment } from './instructions/read.js';
export { checkAmendment } from './amend/check.js';
export { applyAmendment } from './amend/apply.js';
export { applyAmendments } from './amend/apply-many.js';

// Diffs and the redline model.
export { diffText } from './diff/text.js';
export { diffResolutions } from './diff/resolutions.js';
export { acceptAll, rejectAll } from './redline/model.js';
export { parseRedline } from './redline/read/parse-redline.js';
export { redline, checkRedline } from './pipeline/run.js';

// Rendering.
export { toMdast } from './render/mdast.js';
export { toMarkdown } from './render/markdown.js';
export { toHtml } from './render/html.js';
export { toHast } from './render/hast.js';
export { planMarkup } from './render/markup-plan.js';
export { toText } from './render/text.js';
export { toSynopsis } from './render/synopsis.js';
export { toInstructions } from './render/instructions.js';

// Statements (Stellungnahmen) and the several-amendment Synopse.
export { parseStatement } from './statement/parse.js';
export { linkStatement } from './statement/link.js';
export { synopsis } from './synopsis/build.js';
export { synopsisToHtml } from './synopsis/html.js';
export { synopsisToMarkdown } from './synopsis/markdown.js';

// Line numbers of the base text (motion books, "In Zeile 12 …").
export { numberLines } from './numbering/number-lines.js';
export { numberRedlineLines, changedLines } from './numbering/redline-lines.js';
