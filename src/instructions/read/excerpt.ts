/**
 * Quoting a stretch of an amendment in an error message: on one line,
 * shortened to 300 characters.
 *
 * @module
 */
import { InstructionError } from '../../errors.js';
import type { Span } from '../../text/span.js';

/** The error for a sentence the reader cannot read: the sentence quoted, its offset and the reason. */
export function sentenceError(text: string, sentence: Span, reason: string): InstructionError {
  const quoted = excerpt(text, sentence.start, sentence.end);
  return new InstructionError(
    quoted,
    sentence.start,
    `Cannot read the instruction „${quoted}“ (offset ${sentence.start}): ${reason}.`,
  );
}

/**
 * The error for an instruction read but not applicable to the base: the
 * sentence quoted (none known: offset 0), its offset and the reason.
 */
export function applyError(text: string, sentence: Span | undefined, reason: string): InstructionError {
  const { start, end } = sentence ?? { start: 0, end: 0 };
  const quoted = excerpt(text, start, end);
  return new InstructionError(quoted, start, `Cannot apply the instruction „${quoted}“ (offset ${start}): ${reason}.`);
}

/** The text of `[start, end)` on one line, shortened to 300 characters. */
export function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return s.length > 300 ? `${s.slice(0, 297)}…` : s;
}

/** Where the line holding `at` starts. */
export function lineStartOf(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl === -1 ? 0 : nl + 1;
}

/** Where the line holding `at` ends. */
export function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}
