/**
 * The current wording quoted before a new one, without a label ("§ 16 (6)
 * Anträge, die … gestellt werden, sind … zu behandeln …" then "Ändern in:"
 * and the new wording): a paragraph that cites a place and then reprints that
 * place's base text word for word is a quotation of the base, not an
 * instruction — even when its words read like one ("sind … zu behandeln").
 * The reader has no base to see that; here, when it refuses such a
 * paragraph, the paragraph is blanked (offsets kept) and the text read again.
 *
 * Only an exact reprint is set aside: a paragraph that differs from the base
 * by one word is still the reader's refusal.
 *
 * @module
 */
import { InstructionError } from '../errors.js';
import { citedWording } from '../instructions/read/payload.js';
import type { Resolution } from '../model.js';
import { locateClause } from '../references/find-clause.js';
import { foldSpaces } from '../text/normalize.js';

/** At most this many reprinted paragraphs are set aside in one text. */
const MAX_REPRINTS = 8;

/**
 * `read(source)`, with the paragraphs that reprint a cited place of the base
 * blanked where the reader refused them; returns the reading and the text it read.
 */
export function readPastReprints<T>(
  base: Resolution,
  source: string,
  read: (text: string) => T,
): { reading: T; text: string } {
  let text = source;
  for (let round = 0; ; round += 1) {
    try {
      return { reading: read(text), text };
    } catch (error) {
      if (!(error instanceof InstructionError) || round === MAX_REPRINTS) throw error;
      const paragraph = paragraphAt(text, error.offset);
      if (paragraph === undefined || !reprintsBase(base, text.slice(paragraph.start, paragraph.end))) throw error;
      text = text.slice(0, paragraph.start) + ' '.repeat(paragraph.end - paragraph.start) + text.slice(paragraph.end);
    }
  }
}

/** The paragraph (between blank lines) around `at`. */
function paragraphAt(text: string, at: number): { start: number; end: number } | undefined {
  if (at < 0 || at >= text.length) return undefined;
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  const start = before === -1 ? 0 : before + 2;
  const end = after === -1 ? text.length : after;
  return text.slice(start, end).trim() === '' ? undefined : { start, end };
}

/** Whether a paragraph cites a place ("§ 16 (6) …") and reprints its base text exactly. */
function reprintsBase(base: Resolution, paragraph: string): boolean {
  const cited = citedWording(paragraph.trim());
  if (cited === undefined) return false;
  const clause = locateClause(base.clauses, cited.clause)?.clause;
  return clause !== undefined && clause.children.length === 0 && foldSpaces(clause.text) === foldSpaces(cited.text);
}
