/**
 * `parseMotion`: a whole motion document → `Motion` (metadata, resolution,
 * rationale). Finds the resolution by its markers and throws `ParseError`
 * `no-resolution` when there is none.
 *
 * @module
 */
import { ParseError } from '../errors.js';
import type { Motion, Resolution } from '../model.js';
import { assignIds } from './ids.js';
import { splitLines, type Line } from './source-lines.js';
import { rememberPrintedLines, takePrintedLines } from './printed-lines.js';
import { MARKERS_FOR_MESSAGE } from './markers.js';
import { readMetadata } from './metadata.js';
import { checkParseInput, type ParseOptions, type ResolvedParseOptions } from './parse-options.js';
import { resolutionFromLines, restLine } from './resolution.js';
import { findEnd, findRationaleHeading, findResolutionStart, readRationale } from './section.js';
import { buildBody } from './body.js';
import { decodeMarkdownText, decodeResolution, isMarkdownSource, withoutHardBreaks } from './markdown-text.js';
import { buildStatute, isStatute } from './statute.js';
import { statuteTitle } from './statute-lines.js';

function markerList(): string {
  return MARKERS_FOR_MESSAGE.map((m) => `"${m}"`).join(', ');
}

/**
 * Parses a whole motion document (Markdown or PDF-extracted plain text):
 * finds the resolution section by its markers ("Beschluss:", "Der Rat möge
 * beschließen:", "… folgenden Beschluss zu fassen:" — as heading, bold or
 * plain text), builds its clause tree, and reads title, file number, kind and
 * rationale where present.
 *
 * @param source - the document
 * @param options - see {@link ParseOptions}
 * @throws ParseError `no-resolution` when the document has no resolution section
 *   (the message names the markers looked for); `invalid-input` when `source`
 *   is not a string; `invalid-option` for bad options
 */
export function parseMotion(source: string, options?: ParseOptions): Motion {
  const opts = checkParseInput('parseMotion', source, options);
  const lines = splitLines(source);
  const printed = takePrintedLines(lines);
  const motion = motionFromLines(lines, opts);
  rememberPrintedLines(motion.resolution, printed);
  return motion;
}

/**
 * The resolution of a text that is either a whole motion or only a
 * resolution: the motion's resolution when the text has a resolution marker,
 * otherwise the text read as a bare resolution. The same as `parseMotion`
 * falling back to `parseResolution` on `no-resolution`, but the text is split
 * into lines once (`redline()` reads both of its texts this way).
 */
export function readAnyResolution(source: string, options?: ParseOptions): Resolution {
  const opts = checkParseInput('parseMotion', source, options);
  const lines = splitLines(source);
  const printed = takePrintedLines(lines);
  let resolution: Resolution;
  try {
    resolution = motionFromLines(lines, opts).resolution;
  } catch (error) {
    if (!(error instanceof ParseError && error.code === 'no-resolution')) throw error;
    resolution = resolutionFromLines(lines, opts);
  }
  rememberPrintedLines(resolution, printed);
  return resolution;
}

/**
 * {@link parseMotion} on text already split into lines. Markdown input (see
 * markdown-text.ts) has its escapes decoded in the resolution, title and
 * rationale unless `opts.keepEscapes`.
 */
export function motionFromLines(source: Line[], opts: ResolvedParseOptions): Motion {
  const markdown = opts.keepEscapes !== true && isMarkdownSource(source);
  const motion = motionOf(markdown ? withoutHardBreaks(source) : source, opts);
  if (!markdown) return motion;
  decodeResolution(motion.resolution);
  if (motion.title !== undefined) motion.title = decodeMarkdownText(motion.title);
  if (motion.rationale !== undefined) motion.rationale = decodeMarkdownText(motion.rationale);
  return motion;
}

function motionOf(lines: Line[], opts: ResolvedParseOptions): Motion {
  const start = findResolutionStart(lines);
  if (!start && isStatute(lines, 0, lines.length)) return statuteMotion(lines, opts);
  if (!start) {
    throw new ParseError(
      'no-resolution',
      `No resolution section found: none of the markers ${markerList()} (as heading, bold or plain text) occurs in the document.`,
    );
  }
  const ending = findEnd(lines, start.bodyFrom);
  const body: Line[] = start.rest !== '' ? [restLine(start.rest, lines[start.bodyFrom - 1]?.number ?? 0)] : [];
  for (let i = start.bodyFrom; i < ending.end; i++) body.push(lines[i]!);
  const built = buildBody(body, 0, body.length, {
    dehyphenate: opts.dehyphenate,
    detectLead: start.kind === 'heading',
    stopAtHeadings: true,
    versionOf: opts.versionOf,
  });
  if (built.clauses.length === 0) {
    const markerText = lines[start.markerLine]?.text ?? '';
    throw new ParseError(
      'no-resolution',
      `No resolution clauses found after the marker "${markerText.slice(0, 80)}" (line ${start.markerLine + 1}); looked for the markers ${markerList()}.`,
    );
  }
  assignIds(built.clauses);
  const meta = readMetadata(lines, start.markerLine);
  // The rationale: after the resolution when a "Begründung" ended it, else one before the marker.
  let rationale: string | undefined;
  if (ending.by === 'rationale' && built.end === body.length) {
    const after = findEnd(lines, ending.end + 1);
    rationale = readRationale(
      lines,
      ending.end,
      ending.rest,
      after.by === 'rationale' ? after.end : lines.length,
      opts.dehyphenate,
    );
  } else {
    const before = findRationaleHeading(lines, 0, start.markerLine);
    if (before) rationale = readRationale(lines, before.at, before.rest, start.markerLine, opts.dehyphenate);
  }
  // Keys in the order of the contract: title, reference, kind, resolution, rationale.
  return {
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.reference !== undefined ? { reference: meta.reference } : {}),
    ...(meta.kind !== undefined ? { kind: meta.kind } : {}),
    resolution: { lead: start.lead || built.lead, clauses: built.clauses },
    ...(rationale ? { rationale } : {}),
  };
}

/**
 * A statute without a resolution marker (a Satzung is no motion): its title
 * lines and its units, the Eingangsformel as the lead.
 */
function statuteMotion(lines: Line[], opts: ResolvedParseOptions): Motion {
  const end = findEnd(lines, 0).end;
  const built = buildStatute(lines, 0, end, {
    dehyphenate: opts.dehyphenate,
    detectLead: false,
    stopAtHeadings: false,
  });
  assignIds(built.clauses);
  const title = built.itemLines === true ? undefined : statuteTitle(lines, end);
  // The statute's title is the resolution's too: the document an amendment's „Der Titel wird …“ changes.
  const resolution = { ...(title !== undefined ? { title } : {}), lead: built.lead, clauses: built.clauses };
  return { ...(title !== undefined ? { title } : {}), resolution };
}
