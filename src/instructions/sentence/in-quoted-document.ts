/**
 * A convention's amending resolution that names the amended resolution by its
 * quoted title and writes each change as a small block (a Landesjugendtreffen's
 * "Ergänzen in „…“:" / "Ersetzen in „…“:"):
 *
 *     Ergänzen in „<title> Beschluss des …“:
 *     Block 3
 *     [… the end of an existing sentence.] New text.
 *
 *     Ersetzen in „<title> Beschluss des …“:
 *     Ab: Block 3 Letzter Satz
 *     „old text“
 *     Durch:
 *     „new text“
 *
 * The first is an insertion after the bracketed words (led by an ellipsis:
 * the tail of a sentence of the unit, found there exactly once when applied);
 * the new text follows it in the same paragraph. The second replaces the
 * quoted old text in the unit named after "Ab:". The quotation is
 * authoritative: a sentence named with the unit ("Letzter Satz") only points
 * the reader to where it starts — the old text is looked for in the whole unit
 * and must be found there exactly once, else the change is refused. The
 * quoted title is the document's name, compared word for word with the base's
 * title (references/document-names.ts; another document is refused).
 *
 * Strict: any other shape of the block is refused with the shape expected.
 *
 * @module
 */
import type { Change } from '../../model.js';
import { quotedDocumentPlace } from '../../references/documents.js';
import { readRefText } from '../../references/read.js';
import { formatRef } from '../../references/ref.js';
import { instructionTokens, type InstructionToken } from '../../references/tokens.js';
import { scanQuotes } from '../../text/quotes.js';
import { ACTION_VERBS, IMPERATIVE_VERBS } from '../lexicon.js';
import { changesResult, SentenceError, type SentenceContext, type SentenceResult } from './result.js';

/** The ellipses that lead the bracketed end of an existing sentence ("[… durcheinanderbringt.]"). */
const ELLIPSES: readonly string[] = ['…', '...'];

/** The word before the unit of the old text ("Ab: Block 3 Letzter Satz"). */
const FROM_WORDS: ReadonlySet<string> = new Set(['ab']);

/** The word before the new text ("Durch:"). */
const BY_WORDS: ReadonlySet<string> = new Set(['durch']);

/**
 * The results of "Ergänzen in „…“:" / "Ersetzen in „…“:" — a payload whose
 * block is read as one insertion or replacement; undefined for any other sentence.
 * @throws {SentenceError} when no block follows the colon
 */
export function inQuotedDocument(
  tokens: readonly InstructionToken[],
  start: number,
  ctx: SentenceContext,
): SentenceResult[] | undefined {
  const place = quotedDocumentPlace(tokens);
  if (place === undefined || !IMPERATIVE_VERBS.has(place.verb.lower)) return undefined;
  const action = ACTION_VERBS.get(place.verb.lower);
  if (action !== 'insert' && action !== 'replace') return undefined;
  if (!ctx.external) throw new SentenceError('the text after the colon is missing', start);
  const build = (text: string): SentenceResult =>
    changesResult([action === 'insert' ? insertion(text, start) : replacement(text, start)]);
  return [{ kind: 'payload', nestable: false, build }];
}

/** The paragraphs of a block, trimmed, blank ones left out. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The clause a line names and nothing else ("Block 3", "Punkt 2"), without a sentence (see the module comment). */
function unitNamed(line: string, at: number, shape: string): string {
  const refs = readRefText(line);
  const ref = refs?.length === 1 ? refs[0]! : undefined;
  if (ref === undefined || ref.parts.length === 0 || ref.line !== undefined)
    throw new SentenceError(`„${line}“ names no one clause; write ${shape}`, at);
  return formatRef({ parts: ref.parts });
}

const INSERT_SHAPE = '„Block 3“ on a line of its own, then „[… end of the sentence.] new text“';

/** "Block 3" / "[… tail of a sentence.] new text": the new text inserted after the tail. */
function insertion(text: string, at: number): Change {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length !== 2) throw new SentenceError(`after the colon, write ${INSERT_SHAPE}`, at);
  const clause = unitNamed(paragraphs[0]!, at, INSERT_SHAPE);
  const body = paragraphs[1]!;
  const close = body.indexOf(']');
  const ellipsis = ELLIPSES.find((e) => body.startsWith(`[${e}`));
  if (ellipsis === undefined || close < 0)
    throw new SentenceError(`the new text needs the place it follows: ${INSERT_SHAPE}`, at);
  const after = body.slice(1 + ellipsis.length, close).trim();
  const added = body.slice(close + 1).trim();
  if (after === '' || added === '' || after.includes('['))
    throw new SentenceError(`the bracketed words and the new text after them are both needed: ${INSERT_SHAPE}`, at);
  return { op: 'insert', clause, after, new: added };
}

const REPLACE_SHAPE = '„Ab: Block 3“, the old text in quotes, „Durch:“ and the new text in quotes';

/** "Ab: Block 3 [Letzter Satz]" / „old“ / "Durch:" / „new“: the quoted old text replaced in that unit. */
function replacement(text: string, at: number): Change {
  const paragraphs = paragraphsOf(text);
  const head = paragraphs[0] ?? '';
  const colon = head.indexOf(':');
  if (colon < 0 || !FROM_WORDS.has(head.slice(0, colon).trim().toLowerCase()))
    throw new SentenceError(`after the colon, write ${REPLACE_SHAPE}`, at);
  const clause = unitNamed(head.slice(colon + 1).trim(), at, REPLACE_SHAPE);
  const rest = paragraphs.slice(1).join('\n\n');
  const tokens = instructionTokens(rest, 0, rest.length, scanQuotes(rest).quotes);
  const [old, by, mark, neu] = tokens;
  const shaped =
    tokens.length === 4 &&
    old?.kind === 'quote' &&
    by?.kind === 'word' &&
    BY_WORDS.has(by.lower) &&
    mark?.kind === 'punct' &&
    mark.text === ':' &&
    neu?.kind === 'quote';
  if (!shaped || old.text === '') throw new SentenceError(`after the colon, write ${REPLACE_SHAPE}`, at);
  return { op: 'replace', clause, old: old.text, new: neu.text };
}
