/**
 * `parseAmendment`: reads an amendment in instruction form (Änderungsbefehle)
 * into structured changes.
 *
 * The text may be a bare list of instructions or a whole document (see
 * read/document.ts for its parts). The instructions are split into units
 * (list items, or paragraphs; read/units.ts), units into sentences (never
 * inside a quotation; read/quoted-text.ts), and each sentence is read by
 * `readSentence` (sentence/read.ts). A sentence that cannot be read is an
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
import type { AmendmentWithRenumbering, Change, Renumbering } from '../model.js';
import type { Ref } from '../references/ref.js';
import { instructionTokens, normaliseQuoted } from '../references/tokens.js';
import { scanQuotes } from '../text/quotes.js';
import type { Span } from '../text/span.js';
import { readDocument } from './read/document.js';
import { QuotedText } from './read/quoted-text.js';
import { skipListMarker, unitsOf, type Unit } from './read/units.js';
import { readSentence } from './sentence/read.js';
import { SentenceError, type SentenceContext, type SentenceResult } from './sentence/result.js';
import { splitClauses } from './sentence/split.js';

/** Deepest nesting of "Ziffer 1 wird wie folgt geändert: a) … b) …" that is read. */
const MAX_NESTING = 4;

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
 *   them (read as `parseMotion` reads a header: `id` is its `reference`)
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
  const scan = scanQuotes(text);
  if (scan.unclosed !== undefined) {
    const at = scan.unclosed;
    throw new InstructionError(
      excerpt(text, lineStartOf(text, at), lineEndOf(text, at)),
      at,
      `The quotation opened at offset ${at} („${excerpt(text, at, Math.min(text.length, at + 60))}“) is never closed.`,
    );
  }
  return new Reader(new QuotedText(text, scan.quotes)).read();
}

/** The payload a sentence asks for: where its text is, and how many following units it took. */
interface PayloadPlace extends Span {
  consumed: number;
}

/** Reads the units of one document, collecting the changes in order. */
class Reader {
  private readonly text: string;
  private readonly changes: Change[] = [];
  private readonly renumber: Renumbering[] = [];
  private previousClause: string | undefined;
  private lastImperativeDelete = false;

  constructor(private readonly doc: QuotedText) {
    this.text = doc.text;
  }

  read(): AmendmentWithRenumbering {
    const parts = readDocument(this.doc);
    const amendment: AmendmentWithRenumbering = { changes: this.changes };
    this.readUnits(parts.units, undefined, 0);
    if (parts.id !== undefined) amendment.id = parts.id;
    if (parts.title !== undefined) amendment.title = parts.title;
    if (this.renumber.length > 0) amendment.renumber = this.renumber;
    if (this.changes.length === 0 && this.renumber.length === 0) {
      throw new InstructionError(
        excerpt(this.text, 0, this.text.length),
        0,
        'The text holds no instruction (expected e.g. "In Ziffer 3 wird das Wort „X“ durch das Wort „Y“ ersetzt.").',
      );
    }
    return amendment;
  }

  private readUnits(units: readonly Unit[], context: Ref | undefined, depth: number): void {
    // A heading in a paragraph ("Zu Ziffer 3:") holds for what follows; one inside a list item only for that item.
    let outer = context;
    for (let u = 0; u < units.length; u += 1) {
      const unit = units[u]!;
      const read = this.readUnit(units, u, outer, depth);
      if (!unit.item) outer = read.context;
      u += read.consumed;
    }
  }

  /**
   * Reads unit `u`; returns the clause context after it and how many following
   * units were consumed as the payload of its last sentence.
   */
  private readUnit(
    units: readonly Unit[],
    u: number,
    context: Ref | undefined,
    depth: number,
  ): { context: Ref | undefined; consumed: number } {
    const unit = units[u]!;
    let ctx = context;
    const spans = this.doc.sentences(unit.start, unit.end);
    for (let k = 0; k < spans.length; k += 1) {
      const end = spans[k]!.end;
      let start = skipListMarker(this.text, spans[k]!.start, end);
      while (start < end) {
        const colon = this.doc.payloadColon(start, end);
        const headEnd = colon === undefined ? end : colon + 1;
        const endsUnit = k === spans.length - 1 && this.doc.masked.slice(start, end).trimEnd().endsWith(':');
        const results = this.sentence(start, headEnd, { external: colon !== undefined || endsUnit, context: ctx });
        for (let r = 0; r < results.length; r += 1) {
          const result = results[r]!;
          if (result.kind === 'payload') {
            if (r < results.length - 1)
              throw this.error(
                { start, end },
                new SentenceError('only the last instruction of a sentence can take the text after a colon', start),
              );
            const place = this.payloadPlace(units, u, colon !== undefined ? colon + 1 : end, result.nestable);
            this.payload(result, { start, end }, place, depth);
            return { context: ctx, consumed: place.consumed };
          }
          if (result.kind === 'context') ctx = result.ref;
          else if (result.kind !== 'intro') this.take(result, { start, end });
        }
        if (colon === undefined) break;
        start = this.doc.skipGaps(colon + 1, end);
      }
    }
    return { context: ctx, consumed: 0 };
  }

  /** Where the text after a colon is: the rest of the unit, else the following unit(s) — one paragraph, or the whole list of sub-instructions. */
  private payloadPlace(units: readonly Unit[], u: number, from: number, nestable: boolean): PayloadPlace {
    const unit = units[u]!;
    if (this.text.slice(from, unit.end).trim() !== '' || u + 1 >= units.length)
      return { start: from, end: unit.end, consumed: 0 };
    let consumed = 1;
    if (nestable) while (units[u + consumed + 1]?.item === true && !unit.item) consumed += 1;
    return { start: units[u + 1]!.start, end: units[u + consumed]!.end, consumed };
  }

  /** Reads the sentence `[start, end)`: one result per instruction it joins (see `splitClauses`). */
  private sentence(start: number, end: number, ctx: { external: boolean; context: Ref | undefined }): SentenceResult[] {
    const parts = splitClauses(instructionTokens(this.text, start, end, this.doc.quotes));
    const results: SentenceResult[] = [];
    try {
      parts.forEach((tokens, i) => {
        const context: SentenceContext = { external: ctx.external && i === parts.length - 1 };
        if (ctx.context !== undefined) context.context = ctx.context;
        const previous = results.length > 0 ? lastClause(results[results.length - 1]!) : undefined;
        const prevClause = previous ?? this.previousClause;
        if (prevClause !== undefined) context.previousClause = prevClause;
        results.push(readSentence(tokens, tokens[0]?.start ?? start, context));
      });
    } catch (error) {
      if (error instanceof SentenceError) throw this.error({ start, end }, error);
      throw error;
    }
    return results;
  }

  private error(sentence: Span, error: SentenceError): InstructionError {
    const quoted = excerpt(this.text, sentence.start, sentence.end);
    return new InstructionError(
      quoted,
      sentence.start,
      `Cannot read the instruction „${quoted}“ (offset ${sentence.start}): ${error.message}.`,
    );
  }

  private take(result: SentenceResult, sentence: Span): void {
    switch (result.kind) {
      case 'changes': {
        this.changes.push(...result.changes);
        const last = result.changes[result.changes.length - 1];
        if (last !== undefined) this.previousClause = clauseOf(last);
        this.lastImperativeDelete = result.imperativeDelete;
        return;
      }
      case 'replacement':
        this.completeReplacement(result, sentence);
        return;
      case 'renumber':
        this.renumber.push(...result.renumber);
        return;
      default:
        return;
    }
  }

  /** "Ersetze durch: „…“": turns the "Streiche: „…“" before it into a replacement, else rewrites the named clause. */
  private completeReplacement(result: Extract<SentenceResult, { kind: 'replacement' }>, sentence: Span): void {
    const last = this.changes[this.changes.length - 1];
    if (!this.lastImperativeDelete || last === undefined || last.op !== 'delete') {
      if (result.fallback !== undefined) {
        this.changes.push({ op: 'rewrite', clause: result.fallback, new: result.text });
        this.previousClause = result.fallback;
        return;
      }
      throw this.error(
        sentence,
        new SentenceError('"Ersetze durch" needs a "Streiche: „…“" right before it, or a clause to replace', result.at),
      );
    }
    const replacement: Change = { op: 'replace', clause: last.clause, old: last.old, new: result.text };
    if (last.occurrence !== undefined) replacement.occurrence = last.occurrence;
    this.changes[this.changes.length - 1] = replacement;
    this.lastImperativeDelete = false;
  }

  private payload(
    result: Extract<SentenceResult, { kind: 'payload' }>,
    sentence: Span,
    place: Span,
    depth: number,
  ): void {
    const raw = this.text.slice(place.start, place.end);
    if (raw.trim() === '')
      throw this.error(sentence, new SentenceError('the text after the colon is missing', sentence.end));
    if (result.nestable && result.target !== undefined && this.looksNested(place, result.target)) {
      if (depth >= MAX_NESTING)
        throw this.error(
          sentence,
          new SentenceError(`instructions nested deeper than ${MAX_NESTING} levels`, sentence.start),
        );
      this.readUnits(unitsOf(this.doc, place.start, place.end), result.target, depth + 1);
      return;
    }
    this.take(result.build(payloadText(raw)), sentence);
  }

  /** Whether the text after "Ziffer 1 wird wie folgt geändert:" is itself a list of instructions. */
  private looksNested(place: Span, target: Ref): boolean {
    const first = unitsOf(this.doc, place.start, place.end)[0];
    if (first === undefined) return false;
    const s = this.doc.sentences(first.start, first.end)[0];
    if (s === undefined) return false;
    const start = skipListMarker(this.text, s.start, s.end);
    const colon = this.doc.payloadColon(start, s.end);
    try {
      const tokens = instructionTokens(this.text, start, colon === undefined ? s.end : colon + 1, this.doc.quotes);
      const result = readSentence(tokens, start, { external: colon !== undefined, context: target });
      return result.kind !== 'intro';
    } catch (error) {
      if (error instanceof SentenceError) return false;
      throw error;
    }
  }
}

/** The clause the last change of a result addresses, if it has changes. */
function lastClause(result: SentenceResult): string | undefined {
  if (result.kind !== 'changes') return undefined;
  const last = result.changes[result.changes.length - 1];
  return last === undefined ? undefined : clauseOf(last);
}

/** The clause a change addresses (for "die nachfolgenden Ziffern"). */
function clauseOf(change: Change): string | undefined {
  if (change.op === 'addClause') return change.after ?? change.before ?? change.parent;
  return change.clause;
}

/** The payload text after a colon: unwrapped like a quotation; a single quotation around all of it is removed. */
function payloadText(raw: string): string {
  const trimmed = raw.trim();
  const { quotes } = scanQuotes(trimmed);
  const only = quotes[0];
  if (
    quotes.length === 1 &&
    only !== undefined &&
    only.start === 0 &&
    trimmed.slice(only.end).trim().replace(/^\.$/, '') === ''
  ) {
    return normaliseQuoted(trimmed.slice(only.contentStart, only.contentEnd));
  }
  return normaliseQuoted(trimmed);
}

function lineStartOf(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl === -1 ? 0 : nl + 1;
}

function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** The text of `[start, end)` on one line, shortened to 300 characters. */
function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > 300 ? `${s.slice(0, 297)}…` : s;
}
