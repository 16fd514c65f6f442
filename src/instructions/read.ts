/**
 * `parseAmendment`: reads an amendment in instruction form (Änderungsbefehle)
 * into structured changes, and `readAmendmentText`, the same reading with
 * what `redline()` needs to decide the amendment's form by evidence.
 *
 * The text may be a bare list of instructions or a whole document: letter,
 * header, minutes, rationale. Lines that hold no instructions (vote results,
 * information-system noise, echo blocks, Begründung) are blanked first
 * (read/skip.ts); the rest is read sentence by sentence (read/reader.ts):
 * instructions — also inside prose — become changes, prose is skipped, and a
 * sentence that shows the signs of an instruction but cannot be read is an
 * `InstructionError` quoting it with its offset — nothing is dropped and
 * nothing is guessed.
 *
 * Line-addressed instructions ("In Zeile 12 …", "Zeilen 12 bis 14 werden
 * gestrichen") become changes whose `clause` is the line reference ("Zeile
 * 12"); it is resolved against the base numbered with `ApplyOptions.lineLength`
 * when applying (src/references/lines.ts).
 *
 * @module
 */
import { InstructionError, RedlineError } from '../errors.js';
import type { AmendmentWithRenumbering, Change } from '../model.js';
import { HEADER_FIELDS } from '../validate/amendment.js';
import { scanQuotes } from '../text/quotes.js';
import type { Span } from '../text/span.js';
import { readHeader, type AmendmentHeader } from './read/document.js';
import { excerpt, lineEndOf, lineStartOf } from './read/excerpt.js';
import { QuotedText } from './read/quoted-text.js';
import { Reader } from './read/reader.js';
import type { DocumentName, WholeText } from './read/reader-result.js';
import { cleanDocument } from './read/skip.js';
import { breakRunOnLists } from './read/run-on.js';
import { unquoteInstructions } from './read/quoted-instruction.js';
import { hasQuotedPlace } from './sentence/quoted-place.js';

/** An amendment text as read, with what the form decision of `redline()` needs. */
export interface AmendmentReading {
  /** The changes (empty when the text holds none). */
  amendment: AmendmentWithRenumbering;
  /** The sentence each change came from (parallel to `amendment.changes`). */
  sources: Span[];
  /** Sentences skipped as prose. */
  prose: Span[];
  /** A new wording (or addition) of the whole resolution that the text announces. */
  whole?: WholeText;
  /** What the document says about itself. */
  header: AmendmentHeader;
  /** The documents its instructions name ("Die Geschäftsordnung …", "§ 7 der Bundessatzung"): `redline()` compares them with the base. */
  documents: DocumentName[];
  /** The changes that apply to every occurrence of their passage ("jeweils"): `redline()` makes one per occurrence. */
  every: ReadonlySet<Change>;
  /** Appended sentences named with their number ("folgender Satz 2 angefügt"): `redline()` checks the number against the base. */
  numbered: ReadonlyMap<Change, number>;
  /** Changes of a passage "am Ende" of their clause: `redline()` takes its last occurrence and checks that it ends the clause. */
  atEnd: ReadonlySet<Change>;
  /** New wordings said as the result of the changes before ("… und erhält damit folgende Fassung:"): `redline()` checks they agree. */
  echoes: ReadonlyMap<Change, readonly Change[]>;
}

/**
 * Reads an amendment written as German instructions (Änderungsbefehle) into
 * changes, e.g. "In Ziffer 3 wird das Wort „vierteljährlich“ durch das Wort
 * „halbjährlich“ ersetzt." → `{ op: 'replace', clause: 'Ziffer 3', old:
 * 'vierteljährlich', new: 'halbjährlich' }`. The phrasings understood are
 * listed in docs/amendments.md. Renumbering ("Ziffer 2 (alt) wird Ziffer 3")
 * is returned in the extra field `renumber`.
 *
 * @param text - the instructions, alone or inside an amendment document
 * @returns the amendment; `id` and `title` when the document's header names
 *   them (read as `parseMotion` reads a header: `id` is its `reference`), and
 *   what else the header says (`reference`, `kind`, `amends`, `movers`,
 *   `date`) — information only, never read when the amendment is applied
 * @throws {InstructionError} naming the first sentence that cannot be read and its offset
 * @throws {RedlineError} code `invalid-input` when `text` is not a string
 */
export function parseAmendment(text: string): AmendmentWithRenumbering {
  if (typeof text !== 'string') {
    throw new RedlineError(
      'invalid-input',
      `The instructions must be a string, got ${text === null ? 'null' : typeof text}.`,
    );
  }
  const reading = readAmendmentText(text);
  if (reading.whole !== undefined) {
    const { sentence } = reading.whole;
    const quoted = excerpt(text, sentence.start, sentence.end);
    throw new InstructionError(
      quoted,
      sentence.start,
      `Cannot read the instruction „${quoted}“ (offset ${sentence.start}): a new wording of the whole resolution is the rewrite form, not an instruction; pass the amendment to redline(), or the new resolution text itself.`,
    );
  }
  const { amendment } = reading;
  // Readings only the base can complete: parseAmendment, without it, refuses them.
  const needsBase: [number, string][] = [
    [
      // "folgender Satz 2 angefügt": the number is checked against the base.
      amendment.changes.findIndex((c) => reading.numbered.has(c)),
      'a new sentence named with its number ("folgender Satz 2") is checked against the base; pass the amendment to redline(), or write "folgender Satz".',
    ],
    [
      // "… und erhält damit folgende Fassung: …": the wording stands only as the base with the addition (an echo).
      amendment.changes.findIndex((c) => reading.echoes.has(c)),
      'a resulting wording ("erhält damit folgende Fassung") is checked against the base with the change before it; pass the amendment to redline().',
    ],
    [
      // "In § 3 Nr. 22 wird § 12 Nr. 1 …": the place inside the quoted text is found in the base.
      amendment.changes.findIndex(hasQuotedPlace),
      'a place inside the text a bill quotes is found in the base; pass the amendment to redline().',
    ],
  ];
  for (const [index, reason] of needsBase) {
    if (index === -1) continue;
    const sentence = reading.sources[index]!;
    const quoted = excerpt(text, sentence.start, sentence.end);
    throw new InstructionError(
      quoted,
      sentence.start,
      `Cannot read the instruction „${quoted}“ (offset ${sentence.start}): ${reason}`,
    );
  }
  if (amendment.changes.length === 0 && (amendment.renumber ?? []).length === 0) {
    throw new InstructionError(
      excerpt(text, 0, text.length),
      0,
      'The text holds no instruction (expected e.g. "In Ziffer 3 wird das Wort „X“ durch das Wort „Y“ ersetzt.").',
    );
  }
  return amendment;
}

/**
 * Reads an amendment text as instructions, without deciding whether it is
 * one: the changes found (maybe none), the prose skipped, an announced new
 * wording of the whole resolution, and the header facts.
 *
 * @throws {InstructionError} for a sentence that looks like an instruction but cannot be read, or an unclosed quotation
 */
export function readAmendmentText(text: string): AmendmentReading {
  const cleaned = cleanDocument(text);
  const found = scanQuotes(cleaned.text);
  const unquoted = found.unclosed === undefined ? unquoteInstructions(cleaned.text, found.quotes) : cleaned.text;
  const scan = unquoted === cleaned.text ? found : scanQuotes(unquoted);
  if (scan.unclosed !== undefined) {
    const at = scan.unclosed;
    throw new InstructionError(
      excerpt(text, lineStartOf(text, at), lineEndOf(text, at)),
      at,
      `The quotation opened at offset ${at} („${excerpt(text, at, Math.min(text.length, at + 60))}“) is never closed.`,
    );
  }
  const laidOut = breakRunOnLists(unquoted, scan.quotes);
  const result = new Reader(new QuotedText(laidOut, scan.quotes), cleaned.skipped).read();
  const headerEnd = result.firstInstruction ?? result.whole?.sentence.start ?? text.length;
  const header = readHeader(text, headerEnd);
  const amendment: AmendmentWithRenumbering = { ...headerFields(header), changes: result.changes };
  if (result.renumber.length > 0) amendment.renumber = result.renumber;
  const reading: AmendmentReading = {
    amendment,
    sources: result.sources,
    prose: result.prose,
    header,
    documents: result.documents,
    every: result.every,
    numbered: result.numbered,
    atEnd: result.atEnd,
    echoes: result.echoes,
  };
  if (result.whole !== undefined) reading.whole = result.whole;
  return reading;
}

/**
 * The fields of an `Amendment` that its header names: `id` is its own number
 * (`reference`), as `parseMotion` names a motion; the other header facts
 * travel as information (docs/api.md "Header facts").
 */
function headerFields(header: AmendmentHeader): Omit<AmendmentWithRenumbering, 'changes'> {
  const fields: Omit<AmendmentWithRenumbering, 'changes'> = {};
  if (header.reference !== undefined) fields.id = header.reference;
  for (const key of HEADER_KEYS) {
    const value = header[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

/** The header facts an `Amendment` carries, in the order they are listed. */
const HEADER_KEYS = ['title', ...HEADER_FIELDS] as const;
