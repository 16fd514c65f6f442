/**
 * A passage "am Ende" of a clause: "In § 8 Abs. 2 wird der Punkt am Ende der
 * Nummer 5 durch ein Komma ersetzt", "In Nummer 3 wird das Wort „und“ am Ende
 * durch ein Komma ersetzt". The sentence is read without "am Ende" ("der
 * Punkt" as the passage „.“), and its change is marked: `redline()` applies
 * it to the passage's last occurrence in the clause and refuses it when the
 * clause's text does not end with the passage (src/pipeline/at-end.ts).
 * Without the base (`parseAmendment`) it stays a plain change, refused as
 * ambiguous where the passage occurs more than once.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError, type SentenceResult } from './result.js';

/** Articles before "Punkt" that make it the full stop ("der Punkt", "den Punkt"). */
const POINT_ARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'dem']);

/** The tokens without "am Ende" ("der Punkt" before it as the passage „.“), and whether it was there. */
export function withoutAtEnd(tokens: readonly InstructionToken[]): { tokens: InstructionToken[]; atEnd: boolean } {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const [am, ende] = [tokens[i]!, tokens[i + 1]!];
    if (am.kind !== 'word' || am.lower !== 'am' || ende.kind !== 'word' || ende.lower !== 'ende') continue;
    const before = tokens[i - 1]!;
    const article = tokens[i - 2];
    if (before.kind === 'quote') return { tokens: [...tokens.slice(0, i), ...tokens.slice(i + 2)], atEnd: true };
    if (
      before.kind === 'word' &&
      before.lower === 'punkt' &&
      article?.kind === 'word' &&
      POINT_ARTICLES.has(article.lower)
    ) {
      const point: InstructionToken = { kind: 'quote', text: '.', start: article.start, end: before.end };
      return { tokens: [...tokens.slice(0, i - 2), point, ...tokens.slice(i + 2)], atEnd: true };
    }
    return { tokens: [...tokens], atEnd: false };
  }
  return { tokens: [...tokens], atEnd: false };
}

/**
 * Marks the change of an "am Ende" sentence (the first part of a sentence that joins several).
 *
 * @throws {SentenceError} when it is not the replacement or deletion of a passage
 */
export function markAtEnd(results: readonly SentenceResult[], start: number): SentenceResult[] {
  const first = results[0];
  const change = first?.kind === 'changes' && first.changes.length === 1 ? first.changes[0] : undefined;
  if (
    first?.kind !== 'changes' ||
    (change?.op !== 'replace' && change?.op !== 'delete') ||
    change.occurrence !== undefined
  )
    throw new SentenceError(
      '"am Ende" is read only with the passage to replace or strike ("der Punkt am Ende der Nummer 5 …")',
      start,
    );
  return [{ ...first, atEnd: true }, ...results.slice(1)];
}
