/**
 * `parseStatement`: an administration's statement (*Stellungnahme*) → its
 * sections, each keyed by the clauses it answers ("Zu 1.", "Zu Ziffer 2",
 * "Zu den Punkten 4 und 5", "Zu I. 2."). The text goes through the motion
 * parser's line scanner (`splitLines`) and paragraph reader, so PDF wraps,
 * page breaks and line-end hyphens are handled exactly as in `parseMotion`.
 *
 * @module
 */
import { checkParseInput, type ParseOptions } from '../parse/parse-options.js';
import { splitLines, type Line } from '../parse/source-lines.js';
import { isClosing, readRationale } from '../parse/section.js';
import { motionNames, readHeading, type Heading } from './heading.js';
import { ARTICLES, HEADING_WORDS, MOTION_NOUNS } from './vocabulary.js';
import type { Statement, StatementDiagnostic, StatementSection } from './model.js';

/** A heading found at a line. */
interface Found {
  at: number;
  heading: Heading;
}

/**
 * Parses a statement (Markdown or PDF-extracted text). Every heading "Zu …"
 * that names clauses starts a section; "Zum Antrag der …" headings say which
 * motion the following sections answer. A heading whose reference cannot be
 * read keeps its section (without references) and adds a diagnostic; the
 * closing ("Gez.", "Mit freundlichen Grüßen") ends the last section.
 *
 * @param source - the statement text
 * @param options - `dehyphenate` as in `parseMotion` (default `false`)
 * @returns the sections, the motions named as answered, the intro and diagnostics
 * @throws {ParseError} `invalid-input` for a non-string source, `invalid-option` for bad options
 */
export function parseStatement(source: string, options?: ParseOptions): Statement {
  const opts = checkParseInput('parseStatement', source, options);
  const lines = splitLines(source);
  const found = findHeadings(lines);
  const firstAt = found[0]?.at ?? lines.length;
  const intro = readRationale(lines, -1, '', firstAt, opts.dehyphenate);
  const sections: StatementSection[] = [];
  const diagnostics: StatementDiagnostic[] = [];
  const motions = introMotions(intro);
  let scope: string[] | undefined;
  found.forEach(({ at, heading }, n) => {
    const limit = found[n + 1]?.at ?? lines.length;
    const text = readRationale(lines, at, heading.rest, limit, opts.dehyphenate);
    if (heading.kind === 'motion') {
      scope = heading.motions.length > 0 ? heading.motions : undefined;
      for (const m of heading.motions) if (!motions.includes(m)) motions.push(m);
      // Remarks on the motion as a whole are a section of their own, answering no clause.
      if (text === '') return;
    }
    const section: StatementSection = {
      heading: heading.heading,
      references: heading.kind === 'clauses' ? heading.references : [],
      ...(scope === undefined ? {} : { motions: [...scope] }),
      text,
      line: (lines[at]?.number ?? 0) + 1,
    };
    if (heading.kind === 'unknown') {
      diagnostics.push({
        code: 'unknown-reference',
        severity: 'warning',
        section: sections.length,
        message: `The heading „${heading.heading}“ (line ${section.line}) names no clause that can be read; its section is kept without a clause.`,
      });
    }
    sections.push(section);
  });
  if (sections.length === 0) {
    diagnostics.push({
      code: 'no-sections',
      severity: 'warning',
      message:
        'The statement has no section heading ("Zu 1.", "Zu Ziffer 2", "Zu den Punkten 4 und 5" …); all of it is read as its intro.',
    });
  }
  return { motions, intro, sections, diagnostics };
}

/**
 * The heading lines, up to the closing after the last section. A clause heading
 * counts anywhere; a motion heading or an unreadable one only where a paragraph
 * starts, and an unreadable one only alone on its line.
 */
function findHeadings(lines: readonly Line[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (found.length > 0 && isClosing(line.text)) break;
    const heading = readHeading(line.text);
    if (heading === undefined) continue;
    const startsParagraph = i === 0 || lines[i - 1]!.blank || found[found.length - 1]?.at === i - 1;
    if (heading.kind !== 'clauses' && !startsParagraph) continue;
    const alone = heading.rest !== '' || i + 1 >= lines.length || lines[i + 1]!.blank;
    if (heading.kind === 'unknown' && !alone) continue;
    found.push({ at: i, heading });
  }
  return found;
}

/** The motions the intro names as answered: "Stellungnahme zu den Anträgen der SPD-Fraktion sowie der FDP-Fraktion …". */
function introMotions(intro: string): string[] {
  const words = intro.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!HEADING_WORDS.has(words[i]!.toLowerCase())) continue;
    let j = i + 1;
    while (j < words.length && ARTICLES.has(words[j]!.toLowerCase())) j += 1;
    if (j >= words.length || !MOTION_NOUNS.has(words[j]!.toLowerCase())) continue;
    for (const name of motionNames(words.slice(j + 1, j + 24))) if (!out.includes(name)) out.push(name);
    i = j;
  }
  return out;
}
