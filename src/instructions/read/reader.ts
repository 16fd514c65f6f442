/**
 * The reader of an amendment document's instructions: units (list items or
 * paragraphs, read/units.ts) are split into sentences (never inside a
 * quotation), each sentence read as an instruction — strictly, else by its
 * instruction core inside prose (tolerant.ts) — or skipped as prose when it
 * shows no sign of one. Text after a colon is the payload of the sentence
 * before it (payload.ts). A heading ("Zu Ziffer 3:", "§ 12 Kandidaturen") sets
 * the clause of what follows; "Der Beschlusstext wird wie folgt geändert:"
 * announces either the instructions after it or, when no instruction follows,
 * a new wording of the whole resolution.
 *
 * @module
 */
import type { InstructionError } from '../../errors.js';
import type { Ref } from '../../references/ref.js';
import { instructionTokens, type InstructionToken } from '../../references/tokens.js';
import { announcedKind } from './announced.js';
import { completeReplacement } from './replacement.js';
import { announcesStatuteChanges, asNewUnit } from './statute.js';
import { NewNumbering, takeNewReferences, type NewReference } from './new-numbering.js';
import { documentNamesIn } from '../../references/document-names.js';
import type { Span } from '../../text/span.js';
import { changesResult, SentenceError, type SentenceContext, type SentenceResult } from '../sentence/result.js';
import { citedWording, payloadPlace, payloadText, payloadExtent } from './payload.js';
import type { QuotedText } from './quoted-text.js';
import { findCore, looksLikeInstruction } from './tolerant.js';
import { firstSentence, listStart, skipListMarker, unitsOf, type Unit } from './units.js';
import { readsLikeInstructions, UNREAD_NESTED } from './skip.js';
import { sentenceError } from './excerpt.js';
import { supersede } from './supersede.js';
import { clausesWhole } from './clauses-text.js';
import { textFollows } from './bare-announcement.js';
import { proseReferences } from './prose-refs.js';
import { ProseItems } from './prose-items.js';
import { clauseOf, emptyResult, failureOf, UNNAMED_WORDING, type ReaderResult } from './reader-result.js';
import { quotesPlace, readSentenceParts } from './sentence-parts.js';

/** Why a payload asked for by a sentence's first instruction (of several) is refused. */
const NOT_LAST_PAYLOAD = 'only the last instruction of a sentence can take the text after a colon';

/** Deepest nesting of "Ziffer 1 wird wie folgt geändert: a) … b) …" that is read. */
const MAX_NESTING = 4;

/** Reads the units of one document, collecting the changes in order. */
export class Reader {
  private readonly text: string;
  private readonly out: ReaderResult = emptyResult();
  private previousClause: string | undefined;
  private lastImperativeDelete = false;
  private proseRefs: Ref[] = []; // of the last prose sentence ("der 2. Satz dieses Antrages"): a target named there
  /** The earlier instructions, and the current sentence's references in their numbering ("In dem neuen Absatz 2"). */
  private readonly numbering = new NewNumbering();
  private newRefs: NewReference[] = [];
  private readonly proseItems = new ProseItems();
  private readonly holds = (unit: Unit): boolean => this.holdsInstruction(unit);

  constructor(
    private readonly doc: QuotedText,
    private readonly skipped: readonly Span[],
  ) {
    this.text = doc.text;
  }

  read(): ReaderResult {
    this.readUnits(unitsOf(this.doc, 0, this.text.length), undefined, 0);
    // A list of instructions holds no prose: an item that says nothing readable is an instruction not understood.
    const item = this.proseItems.found[0];
    if (item !== undefined && this.out.whole === undefined) {
      const tokens = instructionTokens(this.text, item.start, item.end, this.doc.quotes);
      throw this.error(
        item,
        this.strictError(tokens, item.start) ??
          new SentenceError('this item of the list of instructions holds no instruction', item.start),
      );
    }
    return this.out;
  }

  private readUnits(units: readonly Unit[], context: Ref | undefined, depth: number): void {
    // A heading in a paragraph ("Zu Ziffer 3:") holds for what follows; one inside a list item only for that item.
    let outer = context;
    for (let u = 0; u < units.length; u += 1) {
      if (this.out.whole !== undefined) return;
      const unit = units[u]!;
      const read = this.readUnit(units, u, outer, depth);
      // A heading opening a paragraph of instructions holds for that paragraph only (docs/amendments.md).
      if (!unit.item && (!read.instruction || read.context === outer)) outer = read.context;
      // An item without an instruction after one with an instruction: the list is a list of instructions.
      if (unit.item && depth === 0) this.proseItems.note(this.text, unit, read.instruction, () => this.holds(unit));
      else if (depth === 0) this.proseItems.paragraph();
      u += read.consumed;
    }
  }

  /**
   * Reads unit `u`; returns the clause context after it, whether it held an
   * instruction, and how many following units were consumed as the payload
   * of its last sentence.
   */
  private readUnit(
    units: readonly Unit[],
    u: number,
    context: Ref | undefined,
    depth: number,
  ): { context: Ref | undefined; consumed: number; instruction: boolean } {
    const unit = units[u]!;
    let ctx = context;
    let instruction = false;
    const spans = this.doc.sentences(unit.start, unit.end);
    let resume: number | undefined;
    for (let k = 0; k < spans.length; k += 1) {
      const end = spans[k]!.end;
      let start = skipListMarker(this.text, spans[k]!.start, end);
      while (start < end) {
        const colon = this.doc.payloadColon(start, end);
        const headEnd = colon === undefined ? end : colon + 1;
        const sentence = { start, end: headEnd };
        const sctx: SentenceContext = { external: colon !== undefined || textFollows(this.doc, units, u, start, end) };
        if (ctx !== undefined) sctx.context = ctx;
        const results = this.sentence(sentence, sctx);
        for (let r = 0; r < results.length; r += 1) {
          const result = results[r]!;
          if (result.kind !== 'context' || result.keeps === true) {
            instruction = true;
            this.out.firstInstruction ??= start;
          }
          if (result.kind === 'payload') {
            if (r < results.length - 1) throw this.error(sentence, new SentenceError(NOT_LAST_PAYLOAD, start));
            const from = colon !== undefined ? colon + 1 : end;
            const place = payloadPlace(this.doc, units, u, from, result.nestable, this.skipped, this.holds);
            this.payload(result, sentence, place, depth);
            // A payload that ends inside this unit ("…angefügt:\n\n„…“\n\nSie begründet …"): read on after it —
            // inside this very span when the next item starts in lower case ("ersetzt.\n bb) In …"), which ends no sentence.
            const rest = place.consumed === 0 && place.end < end && this.text.slice(place.end, end).trim() !== '';
            const after = place.consumed === 0 ? spans.findIndex((s) => s.start >= place.end) : -1;
            if (!rest && after < 0) return { context: ctx, consumed: place.consumed, instruction };
            if (rest) resume = skipListMarker(this.text, this.doc.skipGaps(place.end, end), end);
            else k = after - 1;
            start = end;
            break;
          }
          if (result.kind === 'intro') {
            const announced = this.announcement(units, u, colon !== undefined ? colon + 1 : end, sentence, result);
            if (announced !== undefined) return { context: ctx, consumed: announced, instruction };
          }
          if (result.kind === 'context') ctx = result.ref;
          else if (result.kind !== 'intro') this.take(result, sentence);
        }
        if (resume !== undefined) {
          start = resume;
          resume = undefined;
          continue;
        }
        if (colon === undefined || start >= end) break;
        start = this.doc.skipGaps(colon + 1, end);
      }
    }
    return { context: ctx, consumed: 0, instruction };
  }

  /** "Der Beschlusstext wird wie folgt geändert:" announces the instructions that follow (undefined: read on), else
   * the text after it is a new wording (or, "ergänzt", an addition) of the whole resolution: returns the units it took. */
  private announcement(
    units: readonly Unit[],
    u: number,
    from: number,
    sentence: Span,
    { named, adds }: Extract<SentenceResult, { kind: 'intro' }>,
  ): number | undefined {
    const rest = this.text.slice(from, units[u]!.end).trim() !== '';
    const next = rest ? undefined : units[u + 1];
    if (!rest && next === undefined) return undefined;
    // "Die Satzung … wird wie folgt geändert:" announces changes of a statute, never a new wording of all of it.
    if (announcesStatuteChanges(instructionTokens(this.text, sentence.start, sentence.end, this.doc.quotes)))
      return undefined;
    if (next !== undefined && this.holdsInstruction(next)) return undefined;
    if (rest && this.holdsInstruction({ start: from, end: units[u]!.end, item: false })) return undefined;
    // "Die Bezeichnung … wird wie folgt gefasst:" names no place this reader knows; "Ändern in:" + "§ 9 (3) …" does.
    if (!named) {
      const own = payloadPlace(this.doc, units, u, from, false, this.skipped, this.holds);
      const cited = citedWording(payloadText(this.text.slice(own.start, own.end)));
      if (cited === undefined) throw this.error(sentence, new SentenceError(UNNAMED_WORDING, sentence.start));
      this.take(changesResult([{ op: 'rewrite', clause: cited.clause, new: cited.text }]), sentence);
      return own.consumed;
    }
    const place = payloadExtent(this.doc, units, u, from, this.skipped, this.holds, true);
    // "… wird wie folgt geändert und ergänzt:" + a text: a new wording that also adds, or an addition? Never guess.
    const kind = announcedKind(instructionTokens(this.text, sentence.start, sentence.end, this.doc.quotes), adds);
    if (typeof kind !== 'string') throw this.error(sentence, new SentenceError(kind.reason, sentence.start));
    this.out.whole = { kind, source: this.text.slice(place.start, place.end), sentence };
    return place.consumed;
  }

  /** Whether the first sentence of a unit reads as an instruction (strictly or by its core). */
  private holdsInstruction(unit: Unit): boolean {
    const s = firstSentence(this.doc, unit, true);
    if (s === undefined) return false;
    const { start, tokens } = s;
    const ctx: SentenceContext = { external: s.external };
    const strict = this.tryRead(tokens, start, ctx);
    if (strict !== undefined) return strict.some((r) => r.kind !== 'context' && r.kind !== 'intro');
    return findCore(tokens, (part) => this.tryRead(part, start, ctx)) !== undefined;
  }

  /** Reads a sentence: one result per instruction it joins, or none when it is prose. */
  private sentence(sentence: Span, ctx: SentenceContext): SentenceResult[] {
    const tokens = instructionTokens(this.text, sentence.start, sentence.end, this.doc.quotes);
    const context = this.withPrevious(ctx);
    this.newRefs = takeNewReferences(tokens).refs;
    try {
      const results = readSentenceParts(tokens, sentence.start, context);
      if (!results.some(quotesPlace)) this.noteDocuments(tokens, sentence);
      return results;
    } catch (error) {
      if (!(error instanceof SentenceError)) throw error;
      const core = findCore(tokens, (part) => this.tryRead(part, sentence.start, context));
      if (core !== undefined) {
        this.noteDocuments(tokens.slice(core.from, core.to), sentence);
        return core.result;
      }
      if (looksLikeInstruction(tokens, ctx.external)) throw this.error(sentence, error);
      this.out.prose.push(sentence);
      this.proseRefs = proseReferences(tokens);
      return [];
    }
  }

  private withPrevious(ctx: SentenceContext): SentenceContext {
    const context: SentenceContext = { ...ctx };
    if (this.previousClause !== undefined) context.previousClause = this.previousClause;
    if (this.proseRefs.length === 1) context.reasoned = this.proseRefs[0]!;
    return context;
  }

  private tryRead(tokens: InstructionToken[], start: number, ctx: SentenceContext): SentenceResult[] | undefined {
    try {
      return readSentenceParts(tokens, start, this.withPrevious(ctx));
    } catch (error) {
      if (error instanceof SentenceError) return undefined;
      throw error;
    }
  }

  private strictError(tokens: InstructionToken[], start: number): SentenceError | undefined {
    return failureOf(() => readSentenceParts(tokens, start, { external: false }));
  }

  /** Records the documents named by a sentence read as instructions (redline() compares them with the base). */
  private noteDocuments(tokens: readonly InstructionToken[], sentence: Span): void {
    for (const name of documentNamesIn(tokens)) this.out.documents.push({ name, sentence });
  }

  error(sentence: Span, error: SentenceError): InstructionError {
    return sentenceError(this.text, sentence, error.message);
  }

  private take(result: SentenceResult, sentence: Span): void {
    switch (result.kind) {
      case 'changes': {
        const atEndBefore = this.out.atEnd.size;
        for (const change of result.changes.flatMap(asNewUnit)) {
          const translated = this.guarded(sentence, () => this.numbering.translate(change, this.newRefs));
          this.numbering.noteChange(translated);
          if (result.every === true) this.out.every.add(translated);
          if (result.sentenceNumber !== undefined) this.out.numbered.set(translated, result.sentenceNumber);
          if (result.atEnd === true && this.out.atEnd.size === atEndBefore) this.out.atEnd.add(translated);
          this.out.changes.push(translated);
          this.out.sources.push(sentence);
        }
        const last = result.changes[result.changes.length - 1];
        if (last !== undefined) this.previousClause = clauseOf(last);
        this.lastImperativeDelete = result.imperativeDelete;
        this.proseRefs = [];
        return;
      }
      case 'replacement': {
        const changes = this.out.changes;
        const done = this.guarded(sentence, () =>
          completeReplacement(result, changes[changes.length - 1], this.lastImperativeDelete),
        );
        this.lastImperativeDelete = false;
        if (done.replaces) changes[changes.length - 1] = done.change;
        else {
          changes.push(done.change);
          this.out.sources.push(sentence);
          this.previousClause = done.clause;
        }
        return;
      }
      case 'supersede':
        this.guarded(sentence, () => supersede(this.out, result, sentence, this.doc));
        return;
      case 'clauses':
        this.out.whole = this.guarded(sentence, () => clausesWhole(this.doc, result, sentence, this.holds, this.out));
        return;
      case 'renumber':
        for (const entry of result.renumber) this.numbering.noteRenumbering(entry);
        this.out.renumber.push(...result.renumber);
        return;
      default:
        return;
    }
  }

  /** `run`, its SentenceError an InstructionError naming the sentence. */
  private guarded<T>(sentence: Span, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof SentenceError) throw this.error(sentence, error);
      throw error;
    }
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
      this.readUnits(unitsOf(this.doc, listStart(this.text, place.start), place.end), result.target, depth + 1);
      return;
    }
    if (result.nestable && readsLikeInstructions(this.doc.masked.slice(place.start, place.end)))
      throw this.error(sentence, new SentenceError(UNREAD_NESTED, place.start));
    // The change's source spans its text too, so that no other reading takes that text for a reprint.
    const built = this.guarded(sentence, () => result.build(payloadText(raw)));
    this.take(built, { start: sentence.start, end: place.end });
  }

  /** Whether the text after "Ziffer 1 wird wie folgt geändert:" is itself a list of instructions. */
  private looksNested(place: Span, target: Ref): boolean {
    const first = unitsOf(this.doc, listStart(this.text, place.start), place.end)[0];
    const s = first === undefined ? undefined : firstSentence(this.doc, first, true);
    if (s === undefined) return false;
    const results = this.tryRead(s.tokens, s.start, { external: s.external, context: target });
    return results !== undefined && results.some((r) => r.kind !== 'intro');
  }
}
