/**
 * One sentence's tokens read as the instructions it joins: "jeweils" and the
 * number of a new sentence taken off and marked (sentence/every.ts,
 * sentence/numbered-sentence.ts), the document subject and "neu" references
 * taken off, the sentence split into its instructions (sentence/split.ts,
 * sentence/shared-place.ts), each read with the clause of the one before.
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { readSentence } from '../sentence/read.js';
import { SentenceError, type SentenceContext, type SentenceResult } from '../sentence/result.js';
import { splitClauses } from '../sentence/split.js';
import { sharePlace } from '../sentence/shared-place.js';
import { markEvery, withoutEvery } from '../sentence/every.js';
import { markAtEnd, withoutAtEnd } from '../sentence/at-end.js';
import { markSentenceNumber, withoutSentenceNumber } from '../sentence/numbered-sentence.js';
import { takeNewReferences } from './new-numbering.js';
import { lastClause } from './reader-result.js';
import { withoutDocumentSubject } from './statute.js';
import { withoutAdoption } from '../sentence/and-adopt.js';
import { withNeuFassen } from '../sentence/neu-fassen.js';
import { withoutPaperPlace } from '../sentence/paper-place.js';
import { renamedUnit } from '../sentence/renamed-unit.js';
import { inQuotedDocument } from '../sentence/in-quoted-document.js';

/** The changes of a passage of text, which "jeweils" and "am Ende" qualify. */
const TEXT_OPS: ReadonlySet<string> = new Set(['replace', 'delete', 'insert']);

/** The instructions of one token list, in order. */
export function readSentenceParts(
  tokens: readonly InstructionToken[],
  start: number,
  ctx: SentenceContext,
): SentenceResult[] {
  const own = renamedUnit(tokens, start, ctx) ?? inQuotedDocument(tokens, start, ctx);
  if (own !== undefined) return own;
  const end = withoutAtEnd(tokens);
  const every = withoutEvery(end.tokens);
  const numbered = withoutSentenceNumber(every.tokens);
  const parts = sharePlace(
    splitClauses(
      takeNewReferences(withoutDocumentSubject(withoutAdoption(withNeuFassen(withoutPaperPlace(numbered.tokens)))))
        .tokens,
    ),
  );
  const results: SentenceResult[] = [];
  parts.forEach((part, i) => {
    const context: SentenceContext = { ...ctx, external: ctx.external && i === parts.length - 1 };
    if (every.every) context.every = true;
    const previous = results.length > 0 ? lastClause(results[results.length - 1]!) : undefined;
    if (previous !== undefined) context.previousClause = previous;
    results.push(readSentence(part, part[0]?.start ?? start, context));
  });
  // "jeweils"/"am Ende" belong to one of several text changes in the sentence, and which one is not read: refuse.
  // (One instruction over a range of clauses is one change per clause: the same passage each time.)
  const passages = new Set(
    results
      .flatMap((r) => (r.kind === 'changes' ? r.changes : []))
      .filter((c) => TEXT_OPS.has(c.op))
      .map((c) => JSON.stringify([c.op, 'old' in c ? c.old : '', 'new' in c ? c.new : ''])),
  );
  if ((every.every || end.atEnd) && passages.size > 1)
    throw new SentenceError(
      `"${every.every ? 'jeweils' : 'am Ende'}" in a sentence of several changes of text: which one it belongs to cannot be told; write that instruction in a sentence of its own`,
      start,
    );
  const qualified = every.every || end.atEnd || numbered.number !== undefined;
  if (qualified && results.some((r) => r.kind === 'changes' && r.changes.some((c) => 'part' in c)))
    throw new SentenceError('"jeweils", "am Ende" or a sentence number with a heading change is not read', start);
  const ended = end.atEnd ? markAtEnd(results, start) : results;
  const marked = every.every ? markEvery(ended, start) : ended;
  return numbered.number === undefined ? marked : markSentenceNumber(marked, numbered.number, start);
}

/** The law named inside a two-level address ("§ 30b Absatz 2 BNatSchG") is the one the bill quotes: the reader notes no document for it. */
export { quotesPlace } from '../sentence/quoted-place.js';
