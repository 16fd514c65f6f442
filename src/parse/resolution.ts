/**
 * `parseResolution`: text that is only a resolution (optionally starting with
 * a marker heading such as "Beschluss:") → `Resolution`.
 *
 * @module
 */
import type { Resolution } from '../model.js';
import { assignIds } from './ids.js';
import { splitLines, type Line } from './source-lines.js';
import { rememberPrintedLines, takePrintedLines } from './printed-lines.js';
import { checkParseInput, type ParseOptions, type ResolvedParseOptions } from './parse-options.js';
import { findEnd, matchHeading } from './section.js';
import { RESOLUTION_HEADINGS } from './markers.js';
import { buildBody } from './body.js';
import { isStatute } from './statute.js';
import { statuteTitle } from './statute-lines.js';
import { decodeResolution, isMarkdownSource, withoutHardBreaks } from './markdown-text.js';

const HEADINGS_LOWER = RESOLUTION_HEADINGS.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length);

/** A synthetic line carrying the text after a marker on the marker's own line. */
export function restLine(text: string, number: number): Line {
  return { text, indent: 0, blank: false, pageBreak: false, heading: false, number };
}

/**
 * Parses text that is only a resolution: an optional lead sentence ("Der Rat
 * möge beschließen:") and the clause tree. A leading marker heading
 * ("Beschluss:") is skipped; a "Begründung" heading or a closing formula ends it.
 *
 * @param source - Markdown or PDF-extracted plain text
 * @param options - see {@link ParseOptions}
 * @throws ParseError `invalid-input` when `source` is not a string, `invalid-option` for bad options
 */
export function parseResolution(source: string, options?: ParseOptions): Resolution {
  const opts = checkParseInput('parseResolution', source, options);
  const lines = splitLines(source);
  const printed = takePrintedLines(lines);
  const resolution = resolutionFromLines(lines, opts);
  rememberPrintedLines(resolution, printed);
  return resolution;
}

/** {@link parseResolution} on text already split into lines (the lines are not changed). */
export function resolutionFromLines(source: readonly Line[], opts: ResolvedParseOptions): Resolution {
  const markdown = opts.keepEscapes !== true && isMarkdownSource(source);
  const lines = markdown ? withoutHardBreaks(source) : source;
  let from = 0;
  while (from < lines.length && lines[from]!.blank) from++;
  let body: readonly Line[] = lines;
  const first = lines[from];
  const marker = first && !first.blank ? matchHeading(first.text, HEADINGS_LOWER) : undefined;
  if (marker && first) {
    from++;
    if (marker.rest !== '') {
      body = [restLine(marker.rest, first.number), ...lines.slice(from)];
      from = 0;
    }
  }
  const end = findEnd(body, from).end;
  const built = buildBody(body, from, end, {
    dehyphenate: opts.dehyphenate,
    detectLead: true,
    stopAtHeadings: false,
    versionOf: opts.versionOf,
  });
  assignIds(built.clauses);
  // A title line before item lines (`Punkt 7: …`) is one of the clauses already: never the title too.
  const title =
    isStatute(body, from, end) && built.itemLines !== true ? statuteTitle(body.slice(from), end - from) : undefined;
  const resolution: Resolution = { lead: built.lead, clauses: built.clauses };
  if (title !== undefined) resolution.title = title;
  if (markdown) decodeResolution(resolution);
  return resolution;
}
