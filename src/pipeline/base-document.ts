/**
 * The base's own name, and the check that an amendment's instructions name
 * no other document ("Die Friedhofssatzung … wird wie folgt geändert:"
 * against the Hauptsatzung): such an amendment is refused, never applied to
 * whatever clauses of the base happen to bear the same numbers.
 *
 * @module
 */
import { InstructionError } from '../errors.js';
import type { AmendmentReading } from '../instructions/read.js';
import { excerpt } from '../instructions/read/excerpt.js';
import { parseMotion } from '../parse/motion.js';
import type { ParseOptions } from '../parse/parse-options.js';
import { otherDocument, titleLine } from '../references/document-names.js';
import { datesIn } from '../references/dated-resolution.js';
import { foldSpaces } from '../text/normalize.js';
import { RedlineError } from '../errors.js';

/**
 * The base's name as a text to compare document names with: its title as
 * `parseMotion` reads it, and its first line (a statute's title line), then —
 * on lines of their own — the paragraphs of its header, for a document named
 * by its quoted title ("Ergänzen in „<title> Beschluss des …“:", compared word
 * for word: references/document-names.ts `namesBase`; `titleLine` gives the
 * first line back). Undefined for a base given as a parsed resolution.
 */
export function baseTitle(source: string | undefined, options: ParseOptions): string | undefined {
  if (source === undefined) return undefined;
  const first = source.split('\n').find((l) => l.trim() !== '');
  let title: string | undefined;
  try {
    title = parseMotion(source, options).title;
  } catch (error) {
    if (!(error instanceof RedlineError)) throw error;
  }
  const parts = [title, first?.replace(/^#+\s*/u, '')].filter((p): p is string => p !== undefined);
  // A statute's title is its first line: name it once.
  if (parts.length === 2 && parts[0]!.trim() === parts[1]!.trim()) parts.pop();
  parts.push(...fileNumbers(source));
  // The dates of the header ("Sitzung … vom 04.03.2019"), as a resolution named by its date is compared with them.
  parts.push(...datesIn(source.split('\n', HEADER_LINES).join('\n')));
  if (parts.length === 0) return undefined;
  // The first line is the name; a line break inside a title would end it early.
  return [parts.join(' ').replaceAll('\n', ' '), ...headerParagraphs(source)].join('\n');
}

/** Paragraphs of the header looked at, and how far into the base. */
const HEADER_PARAGRAPHS = 3;
const HEADER_CHARS = 2000;

/**
 * The paragraphs the base opens with that can be its title and subtitle
 * ("Wer fährt, soll auch leben können!", "Beschluss des 31.
 * Landesjugendtreffens im März 2021 in Gera"): up to the first one that ends
 * like a sentence or a lead (".", ":"), white space folded, Markdown heading
 * marks and bold markers taken off.
 */
function headerParagraphs(source: string): string[] {
  const out: string[] = [];
  for (const block of source.slice(0, HEADER_CHARS).split(/\n[ \t]*\n/u)) {
    const text = foldSpaces(block.replace(/^#+[ \t]*/gmu, '').replaceAll('**', ''));
    if (text === '') continue;
    if (out.length === HEADER_PARAGRAPHS || '.:'.includes(text[text.length - 1]!)) break;
    out.push(text);
  }
  return out;
}

/** Lines of the header looked at for the base's file numbers. */
const HEADER_LINES = 12;

/** The file numbers in the first lines of the base ("Gemeinderatsdrucksache GRDrs 418/2022" → "418/2022", and "418/22"). */
function fileNumbers(source: string): string[] {
  const head = source.split('\n', HEADER_LINES).join(' ');
  const numbers = head
    .split(/\s+/u)
    .filter((w) => /^\d+(?:[/.-]\d+)+$/u.test(w) && !/^\d{1,2}\.\d{1,2}\.\d{2,4}$/u.test(w));
  return [...numbers, ...numbers.flatMap(shortYear)];
}

/** "212/2003" is also cited "212/03": the same number with the year in two digits (a year 1900–2099 at its end). */
function shortYear(number: string): string[] {
  const m = /^(\d+[/.-])(?:19|20)(\d{2})$/u.exec(number);
  return m === null ? [] : [`${m[1]!}${m[2]!}`];
}

/**
 * Refuses a reading whose instructions name a document that is not the base.
 *
 * @throws {InstructionError} naming the sentence, the document it names and the base's title
 */
export function checkDocuments(
  reading: AmendmentReading,
  source: string,
  title: () => string | undefined,
  lead = '',
): void {
  if (reading.documents.length === 0) return;
  const known = title();
  const other = otherDocument(reading.documents, known, lead);
  if (other === undefined) return;
  const { sentence } = other;
  const quoted = excerpt(source, sentence.start, sentence.end);
  const shown = titleLine(known);
  // A document named by its quoted title („…“) comes with its marks.
  const name = other.name.startsWith('„') ? other.name : `„${other.name}“`;
  const base = shown === undefined ? 'the base has no title to compare it with' : `the base is „${shown}“`;
  throw new InstructionError(
    quoted,
    sentence.start,
    `Cannot apply the instruction „${quoted}“ (offset ${sentence.start}): it names the document ${name}, and ${base}; apply it to that document, or leave out the name when it means the base.`,
  );
}
