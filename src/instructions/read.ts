/**
 * `parseAmendment`: reads an amendment in instruction form (Änderungsbefehle)
 * into structured changes.
 *
 * The text may be a bare list of instructions or a whole document: a heading,
 * a preamble ending in "Der Beschlussvorschlag wird wie folgt geändert:", the
 * instructions (numbered or not), then "Begründung" and a signature. The
 * instructions are split into units (list items, or paragraphs), units into
 * sentences (never inside a quotation), and each sentence is read by
 * `readSentence`. A sentence that cannot be read is an `InstructionError`
 * quoting it with its offset — nothing is dropped and nothing is guessed.
 *
 * Line-addressed instructions ("In Zeile 12 …", "Zeilen 12 bis 14 werden
 * gestrichen") become changes whose `clause` is the line reference ("Zeile
 * 12"); it is resolved against the base numbered with `ApplyOptions.lineLength`
 * when applying (src/references/lines.ts).
 *
 * @module
 */
import { InstructionError, RedlineError } from '../errors.js';
import type { Change } from '../model.js';
import { isQuoteChar, maskQuotes, quoteRole, scanQuotes, type QuoteSpan } from '../text/quotes.js';
import { splitSentences } from '../text/sentences.js';
import type { AmendmentWithRenumbering, Renumbering } from '../model.js';
import { END_MARKERS, HEADING_WORDS, INTRO_VERBS } from './lexicon.js';
import { REFERENCE_NOUNS, WHOLE_RESOLUTION_NOUNS } from '../references/nouns.js';
import type { Ref } from '../references/read.js';
import { readSentence, SentenceError, splitClauses, type SentenceResult } from './sentence.js';
import { instructionTokens, normaliseQuoted } from '../references/tokens.js';

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
 * @returns the amendment; `id` and `title` when the document names them
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
  const reader = new Reader(text, scan.quotes);
  return reader.read();
}

interface Unit {
  start: number;
  end: number;
  /** A list item: the clause context of a heading does not carry over to the next item. */
  item: boolean;
}

class Reader {
  private readonly masked: string;
  private readonly changes: Change[] = [];
  private readonly renumber: Renumbering[] = [];
  private previousClause: string | undefined;
  private lastImperativeDelete = false;

  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuoteSpan[],
  ) {
    this.masked = maskQuotes(text, quotes);
  }

  read(): AmendmentWithRenumbering {
    const end = this.regionEnd();
    const intro = this.findIntro(0, end);
    const start = intro ?? 0;
    const amendment: AmendmentWithRenumbering = { changes: this.changes };
    const units = this.units(start, end);
    let first = 0;
    let meta: { id?: string; title?: string } = {};
    if (intro !== undefined) {
      meta = this.metadata(0, intro);
    } else {
      // Heading lines before the first instruction ("Änderungsantrag der …", "# …") are the preamble.
      while (first < units.length && this.isHeading(units[first]!)) first += 1;
      if (first > 0) meta = this.metadata(units[0]!.start, units[first - 1]!.end);
    }
    this.readUnits(units.slice(first), undefined, 0);
    if (meta.id !== undefined) amendment.id = meta.id;
    if (meta.title !== undefined) amendment.title = meta.title;
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

  // ---- document structure -------------------------------------------------

  /** Offset where the rationale ("Begründung") or the closing begins, else the text end. */
  private regionEnd(): number {
    for (const line of this.lines(0, this.text.length)) {
      const words = stripMarkup(this.text.slice(line.start, line.end)).toLowerCase();
      if (END_MARKERS.some((m) => words.startsWith(m) && !isLetter(words.charAt(m.length)))) return line.start;
    }
    return this.text.length;
  }

  /** The offset after the last sentence announcing the instructions ("… wird wie folgt geändert:"), if any. */
  private findIntro(from: number, to: number): number | undefined {
    let found: number | undefined;
    for (const s of splitSentences(this.masked.slice(from, to))) {
      const sentence = this.masked.slice(from + s.start, from + s.end);
      if (!isIntroSentence(sentence)) continue;
      const colon = sentence.indexOf(':');
      found = from + (colon === -1 ? s.end : s.start + colon + 1);
      // Only the first announcement before any instruction counts.
      break;
    }
    return found;
  }

  private metadata(from: number, to: number): { id?: string; title?: string } {
    const meta: { id?: string; title?: string } = {};
    const preamble = this.text.slice(from, to);
    const id = FILE_NUMBER.exec(preamble) ?? DRUCKSACHE_NUMBER.exec(preamble);
    if (id !== null) meta.id = id[0];
    for (const line of this.lines(from, to)) {
      const raw = this.text.slice(line.start, line.end);
      const clean = stripMarkup(raw);
      if (clean === '') continue;
      const first = firstWord(clean);
      if (raw.trimStart().startsWith('#') || HEADING_WORDS.has(first)) {
        meta.title = clean;
        break;
      }
    }
    return meta;
  }

  private isHeading(unit: Unit): boolean {
    const raw = this.text.slice(unit.start, unit.end);
    if (raw.includes('\n')) return false;
    if (raw.trimStart().startsWith('#')) return true;
    return HEADING_WORDS.has(firstWord(stripMarkup(raw))) && !hasInstructionVerb(raw);
  }

  /** Lines of `[from, to)` that do not start inside a quotation. */
  private *lines(from: number, to: number): Generator<{ start: number; end: number }> {
    let i = from;
    while (i < to) {
      let e = this.text.indexOf('\n', i);
      if (e === -1 || e > to) e = to;
      if (!this.insideQuote(i)) yield { start: i, end: e };
      i = e + 1;
    }
  }

  private insideQuote(at: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid]!;
      if (at < q.start) hi = mid - 1;
      else if (at >= q.end) lo = mid + 1;
      else return at > q.start;
    }
    return false;
  }

  /** Units of `[from, to)`: list items of the first list style found, else paragraphs. */
  private units(from: number, to: number): Unit[] {
    const markers: Array<{ line: number; content: number; style: string }> = [];
    for (const line of this.lines(from, to)) {
      if (this.insideQuote(line.start)) continue;
      const m = listMarker(this.text, line.start, line.end);
      if (m !== undefined) markers.push({ line: line.start, content: m.content, style: m.style });
    }
    const style = markers[0]?.style;
    const items = markers.filter((m) => m.style === style);
    const units: Unit[] = [];
    const firstItem = items[0];
    units.push(...this.paragraphs(from, firstItem?.line ?? to));
    for (let k = 0; k < items.length; k += 1) {
      const end = items[k + 1]?.line ?? to;
      const start = items[k]!.content;
      if (this.text.slice(start, end).trim() !== '')
        units.push({ start, end: trimEndOffset(this.text, start, end), item: true });
    }
    return units;
  }

  /** Blank-line separated paragraphs of `[from, to)` (blank lines inside quotations do not count). */
  private paragraphs(from: number, to: number): Unit[] {
    const units: Unit[] = [];
    let start = from;
    let i = from;
    while (i < to) {
      const nl = this.masked.indexOf('\n', i);
      if (nl === -1 || nl >= to) break;
      let k = nl + 1;
      while (k < to && (this.masked[k] === ' ' || this.masked[k] === '\t' || this.masked[k] === '\r')) k += 1;
      if (k < to && this.masked[k] === '\n' && !this.insideQuote(nl)) {
        this.pushUnit(units, start, nl);
        start = k + 1;
        i = k + 1;
        continue;
      }
      i = nl + 1;
    }
    this.pushUnit(units, start, to);
    return units;
  }

  private pushUnit(units: Unit[], start: number, end: number): void {
    let s = start;
    while (s < end && isSpaceChar(this.text[s]!)) s += 1;
    const e = trimEndOffset(this.text, s, end);
    if (e > s) units.push({ start: s, end: e, item: false });
  }

  // ---- sentences ----------------------------------------------------------

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
    const spans = this.sentences(unit.start, unit.end);
    for (let k = 0; k < spans.length; k += 1) {
      const end = spans[k]!.end;
      let start = skipListMarker(this.text, spans[k]!.start, end);
      while (start < end) {
        const colon = this.payloadColon(start, end);
        const headEnd = colon === undefined ? end : colon + 1;
        const endsUnit = k === spans.length - 1 && this.masked.slice(start, end).trimEnd().endsWith(':');
        const results = this.sentence(start, headEnd, { external: colon !== undefined || endsUnit, context: ctx });
        for (let r = 0; r < results.length; r += 1) {
          const result = results[r]!;
          if (result.kind === 'payload') {
            if (r < results.length - 1)
              throw this.error(
                start,
                end,
                new SentenceError('only the last instruction of a sentence can take the text after a colon', start),
              );
            let from = colon !== undefined ? colon + 1 : end;
            let to = unit.end;
            let consumed = 0;
            if (this.text.slice(from, to).trim() === '' && u + 1 < units.length) {
              // The payload is in the following unit(s): one paragraph, or the whole list of sub-instructions.
              from = units[u + 1]!.start;
              consumed = 1;
              if (result.nestable) while (units[u + consumed + 1]?.item === true && !unit.item) consumed += 1;
              to = units[u + consumed]!.end;
            }
            this.payload(result, start, end, from, to, depth);
            return { context: ctx, consumed };
          }
          if (result.kind === 'context') ctx = result.ref;
          else if (result.kind !== 'intro') this.take(result, start, end);
        }
        if (colon === undefined) break;
        start = colon + 1;
        while (start < end && isSpaceChar(this.text[start]!)) start += 1;
      }
    }
    return { context: ctx, consumed: 0 };
  }

  /** Sentence spans of `[from, to)`; a quotation that ends a sentence without a full stop still ends it. */
  private sentences(from: number, to: number): Array<{ start: number; end: number }> {
    // „…“ followed by a capitalised word: the quotation closed the sentence ("Ziffer 2 (neu): „…“ Ziffer 2 (alt) wird …"),
    // so its closing quote is read as a full stop. Only the quotations ending in the range are visited, and the
    // string is built from slices, so a unit costs its own length, not the length of the whole text.
    const pieces: string[] = [];
    let copied = from;
    for (let q = this.firstQuoteEndingAfter(from); q < this.quotes.length; q += 1) {
      const quote = this.quotes[q]!;
      if (quote.end > to) break;
      let k = quote.end;
      while (k < to && isSpaceChar(this.text[k]!)) k += 1;
      if (k > quote.end && k < to && isUpper(this.text[k]!)) {
        pieces.push(this.masked.slice(copied, quote.end - 1), '.');
        copied = quote.end;
      }
    }
    pieces.push(this.masked.slice(copied, to));
    return splitSentences(pieces.join('')).map((s) => ({ start: from + s.start, end: from + s.end }));
  }

  /** Index of the first quotation ending after `at` (top-level quotations are disjoint and sorted, so their ends are too). */
  private firstQuoteEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The colon after which an unquoted payload or a further sentence follows
   * ("… ergänzt: Die Verwaltung …", "Zu Ziffer 3: Streiche …"), if any.
   */
  private payloadColon(start: number, end: number): number | undefined {
    for (let i = start; i < end; i += 1) {
      if (this.masked[i] !== ':' || this.insideQuote(i)) continue;
      let k = i + 1;
      while (k < end && isSpaceChar(this.text[k]!)) k += 1;
      if (k >= end) return undefined;
      const ch = this.text[k]!;
      const opensQuote = isQuoteChar(ch) && (ch === '\u00BB' || ch === '\u00AB' || quoteRole(this.text, k) === 'open');
      return opensQuote ? undefined : i;
    }
    return undefined;
  }

  /** Reads the sentence `[start, end)`: one result per instruction it joins (see `splitClauses`). */
  private sentence(start: number, end: number, ctx: { external: boolean; context: Ref | undefined }): SentenceResult[] {
    const parts = splitClauses(instructionTokens(this.text, start, end, this.quotes));
    const results: SentenceResult[] = [];
    try {
      parts.forEach((tokens, i) => {
        const context: { external: boolean; context?: Ref; previousClause?: string } = {
          external: ctx.external && i === parts.length - 1,
        };
        if (ctx.context !== undefined) context.context = ctx.context;
        const previous = results.length > 0 ? lastClause(results[results.length - 1]!) : undefined;
        const prevClause = previous ?? this.previousClause;
        if (prevClause !== undefined) context.previousClause = prevClause;
        results.push(readSentence(tokens, tokens[0]?.start ?? start, context));
      });
    } catch (error) {
      if (error instanceof SentenceError) throw this.error(start, end, error);
      throw error;
    }
    return results;
  }

  private error(start: number, end: number, error: SentenceError): InstructionError {
    const sentence = excerpt(this.text, start, end);
    return new InstructionError(
      sentence,
      start,
      `Cannot read the instruction „${sentence}“ (offset ${start}): ${error.message}.`,
    );
  }

  private take(result: SentenceResult, start: number, end: number): void {
    switch (result.kind) {
      case 'changes': {
        this.changes.push(...result.changes);
        const last = result.changes[result.changes.length - 1];
        if (last !== undefined) this.previousClause = clauseOf(last);
        this.lastImperativeDelete = result.imperativeDelete;
        return;
      }
      case 'replacement': {
        const last = this.changes[this.changes.length - 1];
        if (!this.lastImperativeDelete || last === undefined || last.op !== 'delete') {
          if (result.fallback !== undefined) {
            this.changes.push({ op: 'rewrite', clause: result.fallback, new: result.text });
            this.previousClause = result.fallback;
            return;
          }
          throw this.error(
            start,
            end,
            new SentenceError(
              '"Ersetze durch" needs a "Streiche: „…“" right before it, or a clause to replace',
              result.at,
            ),
          );
        }
        const replacement: Change = { op: 'replace', clause: last.clause, old: last.old, new: result.text };
        if (last.occurrence !== undefined) replacement.occurrence = last.occurrence;
        this.changes[this.changes.length - 1] = replacement;
        this.lastImperativeDelete = false;
        return;
      }
      case 'renumber':
        this.renumber.push(...result.renumber);
        return;
      default:
        return;
    }
  }

  private payload(
    result: Extract<SentenceResult, { kind: 'payload' }>,
    start: number,
    end: number,
    from: number,
    to: number,
    depth: number,
  ): void {
    const raw = this.text.slice(from, to);
    if (raw.trim() === '') throw this.error(start, end, new SentenceError('the text after the colon is missing', end));
    if (result.nestable && result.target !== undefined && this.looksNested(from, to, result.target)) {
      if (depth >= MAX_NESTING)
        throw this.error(start, end, new SentenceError(`instructions nested deeper than ${MAX_NESTING} levels`, start));
      this.readUnits(this.units(from, to), result.target, depth + 1);
      return;
    }
    this.take(result.build(payloadText(raw)), start, end);
  }

  /** Whether the text after "Ziffer 1 wird wie folgt geändert:" is itself a list of instructions. */
  private looksNested(from: number, to: number, target: Ref): boolean {
    const units = this.units(from, to);
    const first = units[0];
    if (first === undefined) return false;
    const spans = this.sentences(first.start, first.end);
    const s = spans[0];
    if (s === undefined) return false;
    const start = skipListMarker(this.text, s.start, s.end);
    const colon = this.payloadColon(start, s.end);
    try {
      const tokens = instructionTokens(this.text, start, colon === undefined ? s.end : colon + 1, this.quotes);
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

// ---- small helpers ------------------------------------------------------------

/** "AN/2108/2021", "A/0123/2020". */
const FILE_NUMBER = /\b[A-Z]{1,4}\/\d{1,6}\/\d{4}\b/;
/** "07035-17", "07035-17-E1". */
const DRUCKSACHE_NUMBER = /\b\d{4,5}-\d{2}(?:-E\d{1,2})?\b/;

function isIntroSentence(sentence: string): boolean {
  const words = sentence
    .toLowerCase()
    .split(/[\s,.;:()"„“”»«*#_]+/)
    .filter((w) => w !== '');
  const has = (w: string): boolean => words.includes(w);
  const announces =
    (has('folgt') && words.some((w) => INTRO_VERBS.has(w))) ||
    ((has('folgende') || has('nachstehende')) && (has('änderungen') || has('änderung')));
  if (!announces) return false;
  // "Die Ziffer 1 wird wie folgt geändert:" names a clause: that is an instruction, not the announcement.
  for (let i = 0; i < words.length; i += 1) {
    if (REFERENCE_NOUNS.has(words[i]!) && words[i + 1] !== undefined && /^[0-9ivx]/.test(words[i + 1]!)) return false;
  }
  return words.some((w) => WHOLE_RESOLUTION_NOUNS.has(w)) || has('änderungen') || has('änderung');
}

function hasInstructionVerb(raw: string): boolean {
  const lower = raw.toLowerCase();
  return ['ersetzt', 'gestrichen', 'eingefügt', 'angefügt', 'ergänzt', 'fassung', 'entfällt'].some((v) =>
    lower.includes(v),
  );
}

/** A list marker at the start of a line: "1.", "2)", "a)", "aa)", "-", "•". */
function listMarker(text: string, start: number, end: number): { content: number; style: string } | undefined {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i += 1;
  let j = i;
  while (j < end && j - i < 3 && text[j]! >= '0' && text[j]! <= '9') j += 1;
  let style: string | undefined;
  if (j > i && (text[j] === '.' || text[j] === ')')) style = `1${text[j]}`;
  else if (j === i) {
    while (j < end && j - i < 2 && text[j]! >= 'a' && text[j]! <= 'z') j += 1;
    if (j > i && text[j] === ')') style = 'a)';
    else if (j === i && (text[i] === '-' || text[i] === '•' || text[i] === '–' || text[i] === '*')) {
      j = i;
      style = '-';
    }
  }
  if (style === undefined) return undefined;
  const after = j + 1;
  if (after >= end || (text[after] !== ' ' && text[after] !== '\t')) return undefined;
  let content = after;
  while (content < end && (text[content] === ' ' || text[content] === '\t')) content += 1;
  return { content, style };
}

/** Skips a list marker ("2. ", "b) ") at the start of a sentence. */
function skipListMarker(text: string, start: number, end: number): number {
  const m = listMarker(text, start, end);
  if (m === undefined || m.style === '-') return start;
  return m.content;
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

function stripMarkup(line: string): string {
  let s = line.trim();
  while (s.startsWith('#') || s.startsWith('*') || s.startsWith('_')) s = s.slice(1).trimStart();
  while (s.endsWith('*') || s.endsWith('_')) s = s.slice(0, -1).trimEnd();
  return s;
}

function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && s[i] !== ' ' && s[i] !== ':' && s[i] !== '\t') i += 1;
  return s.slice(0, i).toLowerCase().replace(/\.$/, '');
}

function isLetter(ch: string): boolean {
  return ch !== '' && ch.toLowerCase() !== ch.toUpperCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isSpaceChar(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00A0';
}

function trimEndOffset(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceChar(text[e - 1]!)) e -= 1;
  return e;
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
