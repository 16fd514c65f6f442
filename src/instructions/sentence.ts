/**
 * Reading one instruction sentence into changes. The sentence's tokens are
 * first turned into elements (quotations with the role their preposition
 * gives them, clause references with theirs, verbs, separators); then the
 * action and the roles decide the changes. Every word must be known (see
 * lexicon.ts); anything else is an error, never a guess.
 *
 * @module
 */
import type { Change } from '../model.js';
import type { Renumbering } from '../model.js';
import {
  ACTION_VERBS,
  APPEND_VERBS,
  COPULA_WORDS,
  CUE_WORDS,
  FILLER_WORDS,
  FOLLOWING_WORDS,
  IMPERATIVE_VERBS,
  INTRO_VERBS,
  NEW_MARKERS,
  PASSAGE_NOUNS,
  PAYLOAD_KINDS,
  PUNCTUATION_NOUNS,
  RENUMBER_WORDS,
  UNSUPPORTED_WORDS,
  type Action,
  type Cue,
} from './lexicon.js';
import {
  AND_WORDS,
  LAST_WORDS,
  ORDINALS,
  REFERENCE_NOUNS,
  WHOLE_RESOLUTION_NOUNS,
  type Noun,
} from '../references/nouns.js';
import { formatRef, previousLabel, readReference, RefSyntaxError, type Ref } from '../references/read.js';
import type { InstructionToken } from '../references/tokens.js';

/** A sentence that cannot be read; `at` is the offset of the offending place. */
export class SentenceError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** What the reader knows from the sentences before. */
export interface SentenceContext {
  /** The clause set by a heading ("Zu Ziffer 3:") or an enclosing "Ziffer 3 wird wie folgt geändert:". */
  context?: Ref;
  /** The clause of the previous instruction (for "Die nachfolgenden Ziffern werden … neu nummeriert"). */
  previousClause?: string;
  /**
   * The sentence was cut at a colon after which unquoted text follows (or its
   * unit ends there): a payload can be asked for.
   */
  external: boolean;
}

/** What one sentence says. */
export type SentenceResult =
  | { kind: 'changes'; changes: Change[]; imperativeDelete: boolean }
  /** "Ersetze durch: „…“" without a passage of its own: completes the previous "Streiche: „…“". */
  | { kind: 'replacement'; text: string; at: number; fallback?: string }
  | { kind: 'renumber'; renumber: Renumbering[] }
  /** A heading that names the clause of the following sentences ("Zu Ziffer 3:"). */
  | { kind: 'context'; ref: Ref }
  /** "Der Beschlussvorschlag wird wie folgt geändert:". */
  | { kind: 'intro' }
  /** The text after the colon is the payload; `nestable` when it may be a list of instructions instead. */
  | { kind: 'payload'; nestable: boolean; target?: Ref; build: (payload: string) => SentenceResult };

type QuoteCue = Cue | 'colon' | 'plain';

type Elem =
  | { e: 'quote'; text: string; cue: QuoteCue; occurrence?: number; start: number }
  | { e: 'refs'; refs: Ref[]; cue: Cue | undefined; isNew: boolean; start: number }
  | { e: 'newClause'; noun: Noun; start: number }
  | { e: 'payloadKind'; kind: 'sentence' | 'paragraph' }
  | { e: 'verb'; action: Action; word: string; start: number }
  | { e: 'whole'; start: number }
  | { e: 'copula'; start: number }
  | { e: 'renum' }
  | { e: 'following' }
  | { e: 'colon'; start: number }
  | { e: 'sep' };

/**
 * Splits a sentence that joins two instructions ("Ziffer 2 wird gestrichen,
 * die bisherige Ziffer 3 wird Ziffer 2.") into one token list per
 * instruction: each further "wird"/"werden" starts a new instruction after
 * the first separator (",", ";", "und", "sowie") that follows a complete one
 * (one that ends with its verb or a clause number). Without such a separator
 * the sentence stays whole.
 */
export function splitClauses(tokens: readonly InstructionToken[]): InstructionToken[][] {
  const copulas: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && COPULA_WORDS.has(t.lower)) copulas.push(i);
  });
  if (copulas.length < 2) return [[...tokens]];
  const parts: InstructionToken[][] = [];
  let from = 0;
  for (let c = 1; c < copulas.length; c += 1) {
    const previous = copulas[c - 1]!;
    for (let s = Math.max(previous + 1, from); s < copulas[c]!; s += 1) {
      const t = tokens[s]!;
      const separator =
        (t.kind === 'punct' && (t.text === ',' || t.text === ';')) || (t.kind === 'word' && AND_WORDS.has(t.lower));
      if (!separator || s === from) continue;
      const last = tokens[s - 1]!;
      const complete =
        (last.kind === 'word' && (ACTION_VERBS.has(last.lower) || /^\d/.test(last.lower))) ||
        (last.kind === 'punct' && last.text === ')');
      if (!complete) continue;
      parts.push(tokens.slice(from, s));
      from = s + 1;
      break;
    }
  }
  parts.push(tokens.slice(from));
  return parts.filter((p) => p.length > 0);
}

/** Reads one instruction sentence (its tokens; `start` is the sentence offset, for errors). */
export function readSentence(tokens: readonly InstructionToken[], start: number, ctx: SentenceContext): SentenceResult {
  const elems = elements(tokens, start);
  return classify(elems, start, ctx);
}

function elements(tokens: readonly InstructionToken[], sentenceStart: number): Elem[] {
  const out: Elem[] = [];
  let cue: Cue | undefined;
  let isNew = false;
  let ordinal: number | 'last' | undefined;
  let ordinalAt = 0;
  let afterColon = false;
  let sawFollowing = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    if (tok.kind === 'quote') {
      if (cue === 'in')
        throw new SentenceError(
          'a quotation cannot be the place of an instruction ("in „…“"); name the clause',
          tok.start,
        );
      if (ordinal === 'last')
        throw new SentenceError(
          '"letzte" for a passage (its last occurrence) is not supported; count the occurrence ("das zweite Wort „…“")',
          ordinalAt,
        );
      const elem: Elem = { e: 'quote', text: tok.text, cue: cue ?? (afterColon ? 'colon' : 'plain'), start: tok.start };
      if (typeof ordinal === 'number') elem.occurrence = ordinal;
      out.push(elem);
      cue = undefined;
      isNew = false;
      ordinal = undefined;
      continue;
    }
    if (tok.kind === 'punct') {
      if (tok.text === ':') {
        out.push({ e: 'colon', start: tok.start });
        afterColon = true;
      } else if (tok.text === ',' || tok.text === ';') {
        out.push({ e: 'sep' });
      }
      continue;
    }
    const lower = tok.lower;
    // "der 2. Spiegelstrich", "das 2. Wort": a numeric ordinal.
    const dot = tokens[i + 1];
    const noun = tokens[i + 2];
    if (
      isDigitWord(lower) &&
      dot?.kind === 'punct' &&
      dot.text === '.' &&
      noun?.kind === 'word' &&
      (PASSAGE_NOUNS.has(noun.lower) || isReferenceNoun(noun.lower))
    ) {
      ordinal = Number(lower);
      ordinalAt = tok.start;
      i += 1;
      continue;
    }
    const unsupported = UNSUPPORTED_WORDS.get(lower);
    if (unsupported !== undefined) throw new SentenceError(unsupported, tok.start);
    let read;
    try {
      read = readReference(tokens, i, ordinal);
    } catch (error) {
      if (error instanceof RefSyntaxError)
        throw new SentenceError(`the reference cannot be read: ${error.message}`, error.at);
      throw error;
    }
    if (read !== undefined) {
      if (read.kind === 'refs') {
        if (
          read.refs.some(
            (r) =>
              r.line !== undefined && (r.parts.length > 0 || r.sentence !== undefined || r.paragraph !== undefined),
          )
        ) {
          throw new SentenceError(
            'a line number addresses the numbered text on its own; write "In Zeile 12 …" without a clause, sentence or paragraph',
            tok.start,
          );
        }
        if (isNew && read.refs.some((r) => r.line !== undefined))
          throw new SentenceError(
            'a new line cannot be added; insert text after a line ("Nach Zeile 20 wird eingefügt: „…“")',
            tok.start,
          );
        out.push({ e: 'refs', refs: read.refs, cue, isNew, start: tok.start });
        cue = undefined;
        isNew = false;
        ordinal = undefined;
      } else if (read.noun.kind === 'clause' && (isNew || sawFollowing)) {
        if (isNew) out.push({ e: 'newClause', noun: read.noun, start: tok.start });
        isNew = false;
      } else if (PAYLOAD_KINDS.has(lower)) {
        out.push({ e: 'payloadKind', kind: PAYLOAD_KINDS.get(lower)! });
        isNew = false;
      } else if (read.noun.kind === 'line') {
        throw new SentenceError(`"${tok.text}" needs a line number ("Zeile 12")`, tok.start);
      } else {
        throw new SentenceError(`"${tok.text}" needs a number ("${read.noun.canonical} 3")`, tok.start);
      }
      i = read.next - 1;
      continue;
    }
    const mark = PUNCTUATION_NOUNS.get(lower);
    if (mark !== undefined) {
      // "ein Komma": a passage like a quoted one.
      out.push({ e: 'quote', text: mark, cue: cue ?? (afterColon ? 'colon' : 'plain'), start: tok.start });
      cue = undefined;
      continue;
    }
    const action = ACTION_VERBS.get(lower);
    if (action !== undefined) {
      out.push({ e: 'verb', action, word: lower, start: tok.start });
      continue;
    }
    const c = CUE_WORDS.get(lower);
    if (c !== undefined) {
      cue = c;
      continue;
    }
    if (WHOLE_RESOLUTION_NOUNS.has(lower)) {
      out.push({ e: 'whole', start: tok.start });
      cue = undefined;
      continue;
    }
    const n = ORDINALS.get(lower);
    if (n !== undefined || LAST_WORDS.has(lower)) {
      ordinal = n ?? 'last';
      ordinalAt = tok.start;
      continue;
    }
    if (FOLLOWING_WORDS.has(lower)) {
      out.push({ e: 'following' });
      sawFollowing = true;
    }
    if (NEW_MARKERS.has(lower)) {
      isNew = true;
      continue;
    }
    if (FOLLOWING_WORDS.has(lower)) continue;
    if (PASSAGE_NOUNS.has(lower)) {
      if (PAYLOAD_KINDS.has(lower)) out.push({ e: 'payloadKind', kind: PAYLOAD_KINDS.get(lower)! });
      isNew = false;
      continue;
    }
    if (AND_WORDS.has(lower)) {
      out.push({ e: 'sep' });
      continue;
    }
    if (COPULA_WORDS.has(lower)) {
      out.push({ e: 'copula', start: tok.start });
      continue;
    }
    if (RENUMBER_WORDS.has(lower)) {
      out.push({ e: 'renum' });
      continue;
    }
    if (FILLER_WORDS.has(lower)) continue;
    throw new SentenceError(
      `the word "${tok.text}" is not part of any instruction phrasing this reader understands`,
      tok.start,
    );
  }
  if (out.length === 0) throw new SentenceError('the sentence holds no instruction', sentenceStart);
  return out;
}

function isDigitWord(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}

function isReferenceNoun(lower: string): boolean {
  return REFERENCE_NOUNS.has(lower);
}

type QuoteElem = Extract<Elem, { e: 'quote' }>;
type RefsElem = Extract<Elem, { e: 'refs' }>;

function classify(elems: readonly Elem[], start: number, ctx: SentenceContext): SentenceResult {
  const quotes = elems.filter((x): x is QuoteElem => x.e === 'quote');
  const groups = elems.filter((x): x is RefsElem => x.e === 'refs');
  const verbs = elems.filter((x): x is Extract<Elem, { e: 'verb' }> => x.e === 'verb');
  const actions = new Set(verbs.map((v) => v.action));
  const newGroups = groups.filter((g) => g.isNew || g.refs.some((r) => r.tag === 'neu'));
  const anchorGroups = groups.filter((g) => !newGroups.includes(g) && (g.cue === 'after' || g.cue === 'before'));
  const targetGroups = groups.filter(
    (g) => !newGroups.includes(g) && !anchorGroups.includes(g) && g.cue !== 'new' && g.cue !== 'instead',
  );
  if (groups.some((g) => (g.cue === 'new' || g.cue === 'instead') && !newGroups.includes(g))) {
    throw new SentenceError('a clause reference after "durch"/"anstelle" cannot be read; quote the new text', start);
  }
  const newClause = elems.find((x): x is Extract<Elem, { e: 'newClause' }> => x.e === 'newClause');
  const endsWithColon = elems[elems.length - 1]?.e === 'colon';
  const paragraphKind = elems.some((x) => x.e === 'payloadKind' && x.kind === 'paragraph');

  if (actions.size === 0) {
    const copula = elems.findIndex((x) => x.e === 'copula');
    if (
      groups.length === 2 &&
      quotes.length === 0 &&
      copula > elems.indexOf(groups[0]!) &&
      copula < elems.indexOf(groups[1]!)
    ) {
      return renumbering(groups[0]!, groups[1]!);
    }
    if (elems.some((x) => x.e === 'renum')) return followingRenumbering(groups, ctx, start);
    if (newGroups.length > 0)
      return addClause(
        elems,
        quotes,
        newGroups,
        anchorGroups,
        targetGroups,
        undefined,
        false,
        ctx,
        start,
        endsWithColon,
      );
    if (
      targetGroups.length === 1 &&
      targetGroups[0]!.refs.length === 1 &&
      elems.every((x) => x.e === 'refs' || x.e === 'colon')
    ) {
      return { kind: 'context', ref: targetGroups[0]!.refs[0]! };
    }
    throw new SentenceError(
      'no instruction verb ("ersetzt", "gestrichen", "eingefügt", "erhält folgende Fassung", …) found',
      start,
    );
  }
  if (elems.some((x) => x.e === 'renum')) return followingRenumbering(groups, ctx, start);

  let action: Action;
  if (actions.has('replace') || (actions.has('insert') && quotes.some((q) => q.cue === 'instead'))) action = 'replace';
  else if (actions.has('rewrite') && !actions.has('delete'))
    action = actions.has('insert') && newGroups.length > 0 ? 'insert' : 'rewrite';
  else if (actions.size === 1) action = [...actions][0]!;
  else
    throw new SentenceError(
      `the sentence names more than one action (${verbs.map((v) => `"${v.word}"`).join(', ')})`,
      start,
    );

  const imperative = verbs.some((v) => IMPERATIVE_VERBS.has(v.word));
  const whole = elems.some((x) => x.e === 'whole');
  const target = targetOf(targetGroups, ctx, whole, start);

  switch (action) {
    case 'replace':
      return replace(quotes, target, targetGroups.length > 0, ctx, start, endsWithColon);
    case 'delete':
      return del(quotes, targetGroups, target, imperative, start, endsWithColon);
    case 'insert': {
      if (newGroups.length > 0 || newClause !== undefined) {
        const append = verbs.some((v) => APPEND_VERBS.has(v.word));
        return addClause(
          elems,
          quotes,
          newGroups,
          anchorGroups,
          targetGroups,
          newClause?.noun,
          append,
          ctx,
          start,
          endsWithColon,
        );
      }
      if (target.kind === 'whole' && whole && quotes.length === 0 && anchorGroups.length === 0 && ctx.external)
        return { kind: 'intro' };
      return insert(quotes, anchorGroups, target, paragraphKind, start, ctx.external);
    }
    case 'rewrite':
      return rewrite(quotes, target, verbs, start, ctx.external);
  }
}

/** The clause a sentence addresses: its references, else the context, else the whole resolution. */
type Target = { kind: 'refs'; refs: Ref[] } | { kind: 'whole' };

function targetOf(groups: readonly RefsElem[], ctx: SentenceContext, whole: boolean, _start: number): Target {
  if (groups.length === 0) {
    if (ctx.context !== undefined && !whole) return { kind: 'refs', refs: [ctx.context] };
    return { kind: 'whole' };
  }
  // "In Ziffer 3 wird Satz 2 …": a bare sentence/paragraph joins the clause before it.
  const refs: Ref[] = [];
  let host: Ref | undefined;
  let hostIndex = -1;
  for (const group of groups) {
    for (const ref of group.refs) {
      // A line ("In Zeile 12") addresses the numbered text on its own.
      if (ref.parts.length > 0 || ref.line !== undefined) {
        refs.push(ref);
        host = ref;
        hostIndex = refs.length - 1;
        continue;
      }
      const h = host ?? ctx.context;
      if (h === undefined)
        throw new SentenceError(
          `"${formatRef(ref)}" of which clause? Name it ("In Ziffer 3 ${formatRef(ref)} …")`,
          group.start,
        );
      const merged: Ref = { parts: h.parts };
      const paragraph = ref.paragraph ?? h.paragraph;
      if (paragraph !== undefined) merged.paragraph = paragraph;
      if (ref.sentence !== undefined) merged.sentence = ref.sentence;
      if (hostIndex >= 0) {
        refs[hostIndex] = merged;
        hostIndex = -1;
      } else refs.push(merged);
    }
  }
  return { kind: 'refs', refs };
}

function singleClause(target: Target, start: number): string {
  if (target.kind === 'whole') return '';
  if (target.refs.length > 1)
    throw new SentenceError(
      `the instruction names ${target.refs.length} clauses (${target.refs.map(formatRef).join(', ')}) but can apply to one only`,
      start,
    );
  return formatRef(target.refs[0]!);
}

function withOccurrence<T extends Change>(change: T, quote: QuoteElem): T {
  if (quote.occurrence !== undefined) (change as { occurrence?: number }).occurrence = quote.occurrence;
  return change;
}

function replace(
  quotes: readonly QuoteElem[],
  target: Target,
  ownTarget: boolean,
  ctx: SentenceContext,
  start: number,
  endsWithColon: boolean,
): SentenceResult {
  const insteadMode = quotes.some((q) => q.cue === 'instead');
  const olds = quotes.filter((q) => (insteadMode ? q.cue === 'instead' : q.cue === 'plain' || q.cue === 'colon'));
  const news = quotes.filter((q) => (insteadMode ? q.cue !== 'instead' : q.cue === 'new'));
  if (quotes.some((q) => q.cue === 'after' || q.cue === 'before'))
    throw new SentenceError('a replacement with "nach"/"vor" cannot be read', start);
  if (olds.length === 0) {
    const explicit = target.kind === 'refs';
    if (news.length === 1) {
      if (ownTarget)
        return {
          kind: 'changes',
          changes: [{ op: 'rewrite', clause: singleClause(target, start), new: news[0]!.text }],
          imperativeDelete: false,
        };
      // "Ersetze durch: „…“" completes a "Streiche: „…“" before it; else it rewrites the clause of the heading.
      const replacement: SentenceResult = { kind: 'replacement', text: news[0]!.text, at: news[0]!.start };
      if (explicit) replacement.fallback = singleClause(target, start);
      return replacement;
    }
    if (news.length === 0 && (endsWithColon || ctx.external) && explicit) {
      const clause = singleClause(target, start);
      return {
        kind: 'payload',
        nestable: false,
        build: (text) => ({
          kind: 'changes',
          changes: [{ op: 'rewrite', clause, new: text }],
          imperativeDelete: false,
        }),
      };
    }
    throw new SentenceError('a replacement needs the old passage and the new one in quotes („…“ durch „…“)', start);
  }
  if (olds.length !== news.length) {
    throw new SentenceError(
      `a replacement needs as many new passages as old ones (${olds.length} old, ${news.length} new)`,
      start,
    );
  }
  const clause = singleClause(target, start);
  const changes: Change[] = [];
  for (let k = 0; k < olds.length; k += 1) {
    const old = olds[k]!;
    const neu = news[k]!;
    if (!insteadMode && neu.start < old.start)
      throw new SentenceError(`the new passage „${neu.text}“ comes before the old one`, neu.start);
    changes.push(withOccurrence({ op: 'replace', clause, old: old.text, new: neu.text }, old));
  }
  return { kind: 'changes', changes, imperativeDelete: false };
}

function del(
  quotes: readonly QuoteElem[],
  groups: readonly RefsElem[],
  target: Target,
  imperative: boolean,
  start: number,
  endsWithColon: boolean,
): SentenceResult {
  const bad = quotes.find((q) => q.cue !== 'plain' && q.cue !== 'colon');
  if (bad !== undefined)
    throw new SentenceError(`a deletion cannot have „${bad.text}“ as new text or anchor`, bad.start);
  if (quotes.length > 0) {
    const clause = singleClause(target, start);
    return {
      kind: 'changes',
      changes: quotes.map((q) => withOccurrence({ op: 'delete', clause, old: q.text }, q)),
      imperativeDelete: imperative,
    };
  }
  if (groups.length > 0 && target.kind === 'refs') {
    return {
      kind: 'changes',
      changes: target.refs.map((r) => ({ op: 'removeClause', clause: formatRef(r) })),
      imperativeDelete: false,
    };
  }
  if (endsWithColon && imperative) {
    const clause = target.kind === 'refs' ? singleClause(target, start) : '';
    return {
      kind: 'payload',
      nestable: false,
      build: (text) => ({ kind: 'changes', changes: [{ op: 'delete', clause, old: text }], imperativeDelete: true }),
    };
  }
  throw new SentenceError('a deletion needs the passage in quotes or the clause ("Ziffer 6 wird gestrichen")', start);
}

function insert(
  quotes: readonly QuoteElem[],
  anchorGroups: readonly RefsElem[],
  target: Target,
  paragraph: boolean,
  start: number,
  external: boolean,
): SentenceResult {
  if (quotes.some((q) => q.cue === 'new' || q.cue === 'instead'))
    throw new SentenceError('an insertion cannot have a passage after "durch"/"anstelle"', start);
  type Anchor = { at: number; make: (text: string) => Change };
  const clause = singleClause(target, start);
  const anchors: Anchor[] = [];
  for (const q of quotes) {
    if (q.cue !== 'after' && q.cue !== 'before') continue;
    const side = q.cue;
    anchors.push({
      at: q.start,
      make: (text) =>
        withOccurrence(
          side === 'after'
            ? { op: 'insert', clause, new: text, after: q.text }
            : { op: 'insert', clause, new: text, before: q.text },
          q,
        ),
    });
  }
  for (const g of anchorGroups) {
    if (g.refs.length !== 1) throw new SentenceError('an insertion after several sentences cannot be read', g.start);
    const ref = g.refs[0]!;
    if (ref.line !== undefined) {
      // "Nach Zeile 20 wird eingefügt: „…“": at the end of the line's text.
      if (g.cue === 'before')
        throw new SentenceError(
          'insertion before a line is not supported; insert after the line before it or before a word ("In Zeile 20 vor dem Wort „…“")',
          g.start,
        );
      if (target.kind === 'refs')
        throw new SentenceError(
          '"nach Zeile …" cannot be combined with a clause; the line number addresses the text on its own',
          g.start,
        );
      const lineRef = formatRef({ parts: [], line: { from: ref.line.to, to: ref.line.to } });
      anchors.push({ at: g.start, make: (text) => ({ op: 'insert', clause: lineRef, new: text }) });
      continue;
    }
    if (ref.parts.length > 0 || ref.sentence === undefined || ref.paragraph !== undefined) {
      throw new SentenceError(
        `text cannot be inserted ${g.cue === 'after' ? 'after' : 'before'} a whole clause; for a new clause write "folgende Ziffer …", for text name the sentence or the words`,
        g.start,
      );
    }
    let sentence = ref.sentence;
    if (g.cue === 'before') {
      if (sentence === 'last' || sentence <= 1)
        throw new SentenceError(
          'insertion before the first or the last sentence is not supported; insert after the sentence before it',
          g.start,
        );
      sentence -= 1;
    }
    if (target.kind === 'whole')
      throw new SentenceError('a sentence number needs a clause ("In Ziffer 3 wird nach Satz 2 …")', g.start);
    const scoped = `${clause} ${sentence === 'last' ? 'letzter Satz' : `Satz ${sentence}`}`;
    anchors.push({ at: g.start, make: (text) => ({ op: 'insert', clause: scoped, new: text }) });
  }
  anchors.sort((a, b) => a.at - b.at);
  const news = quotes.filter((q) => q.cue === 'plain' || q.cue === 'colon');
  const shape = (text: string): string => (paragraph ? `\n\n${text}` : text);
  if (news.length === 0) {
    if (anchors.length > 1 || !external)
      throw new SentenceError('an insertion needs the new text in quotes („…“)', start);
    const anchor = anchors[0];
    return {
      kind: 'payload',
      nestable: false,
      build: (text) => ({
        kind: 'changes',
        changes: [anchor !== undefined ? anchor.make(shape(text)) : { op: 'insert', clause, new: shape(text) }],
        imperativeDelete: false,
      }),
    };
  }
  if (anchors.length === 0) {
    if (news.length !== 1)
      throw new SentenceError(`${news.length} new passages but no place to insert them ("nach dem Wort „…“")`, start);
    return { kind: 'changes', changes: [{ op: 'insert', clause, new: shape(news[0]!.text) }], imperativeDelete: false };
  }
  if (anchors.length !== news.length)
    throw new SentenceError(`${anchors.length} places but ${news.length} new passages`, start);
  // Pair each place with the new passage next to it: "nach „A“ „B“ und nach „C“ „D“" or "„B“ nach „A“".
  const items = [
    ...anchors.map((a) => ({ kind: 'anchor' as const, at: a.at, anchor: a })),
    ...news.map((q) => ({ kind: 'new' as const, at: q.start, quote: q })),
  ];
  items.sort((a, b) => a.at - b.at);
  const changes: Change[] = [];
  for (let k = 0; k + 1 < items.length; k += 2) {
    const a = items[k]!;
    const b = items[k + 1]!;
    if (a.kind === b.kind)
      throw new SentenceError('places and new passages do not alternate; write one insertion per sentence', b.at);
    const anchor = a.kind === 'anchor' ? a.anchor : (b as { anchor: Anchor }).anchor;
    const quote = a.kind === 'new' ? a.quote : (b as { quote: QuoteElem }).quote;
    changes.push(anchor.make(shape(quote.text)));
  }
  return { kind: 'changes', changes, imperativeDelete: false };
}

function rewrite(
  quotes: readonly QuoteElem[],
  target: Target,
  verbs: readonly Extract<Elem, { e: 'verb' }>[],
  start: number,
  external: boolean,
): SentenceResult {
  const payloads = quotes.filter((q) => q.cue === 'plain' || q.cue === 'colon' || q.cue === 'new');
  if (quotes.length !== payloads.length)
    throw new SentenceError('a new wording cannot have an anchor ("nach", "vor")', start);
  if (target.kind === 'whole') {
    if (payloads.length === 0 && external && verbs.some((v) => INTRO_VERBS.has(v.word))) return { kind: 'intro' };
    throw new SentenceError(
      'a new wording of the whole resolution is the rewrite form, not an instruction; pass the new resolution text itself',
      start,
    );
  }
  const clause = singleClause(target, start);
  if (payloads.length === 1)
    return { kind: 'changes', changes: [{ op: 'rewrite', clause, new: payloads[0]!.text }], imperativeDelete: false };
  if (payloads.length > 1) throw new SentenceError('a new wording needs exactly one quoted text', payloads[1]!.start);
  if (!external) throw new SentenceError('a new wording needs the text in quotes or after a colon', start);
  const nestable = verbs.some((v) => v.word === 'geändert' || v.word === 'ändern' || v.word === 'ändere');
  return {
    kind: 'payload',
    nestable,
    target: target.refs[0]!,
    build: (text) => ({ kind: 'changes', changes: [{ op: 'rewrite', clause, new: text }], imperativeDelete: false }),
  };
}

function addClause(
  elems: readonly Elem[],
  quotes: readonly QuoteElem[],
  newGroups: readonly RefsElem[],
  anchorGroups: readonly RefsElem[],
  targetGroups: readonly RefsElem[],
  labellessNoun: Noun | undefined,
  append: boolean,
  ctx: SentenceContext,
  start: number,
  endsWithColon: boolean,
): SentenceResult {
  if (newGroups.length > 1 || (newGroups[0] !== undefined && newGroups[0].refs.length > 1)) {
    throw new SentenceError('add one new clause per instruction', start);
  }
  const newRef = newGroups[0]?.refs[0];
  const lastPart = newRef?.parts[newRef.parts.length - 1];
  if (
    newRef !== undefined &&
    (lastPart === undefined || newRef.sentence !== undefined || newRef.paragraph !== undefined)
  ) {
    throw new SentenceError(
      `"${formatRef(newRef)}" is not a clause that can be added; for text use "folgender Satz"`,
      start,
    );
  }
  const newNoun = lastPart?.noun ?? labellessNoun?.canonical ?? 'Ziffer';
  // "folgender Spiegelstrich": a bullet, written like its siblings' bullets.
  const label = lastPart?.label ?? (newNoun === 'Spiegelstrich' ? '-' : undefined);
  const parentParts = newRef?.parts.slice(0, -1) ?? [];
  const bad = quotes.find((q) => q.cue !== 'plain' && q.cue !== 'colon');
  if (bad !== undefined)
    throw new SentenceError(
      `a new clause cannot be placed relative to the words „${bad.text}“; name the clause ("nach Ziffer 3")`,
      bad.start,
    );
  if (quotes.length > 1) throw new SentenceError('a new clause needs exactly one quoted text', quotes[1]!.start);

  const position: { after?: string; before?: string; parent?: string } = {};
  const target = targetGroups.length > 0 ? targetOf(targetGroups, ctx, false, start) : undefined;
  const targetRef = target?.kind === 'refs' ? target.refs[0] : undefined;
  if (target?.kind === 'refs' && target.refs.length > 1)
    throw new SentenceError('a new clause can go into one clause only', start);
  if (anchorGroups.length > 1) throw new SentenceError('a new clause needs one position', start);
  const anchor = anchorGroups[0];
  if (anchor !== undefined) {
    if (anchor.refs.length !== 1 || anchor.refs[0]!.parts.length === 0)
      throw new SentenceError('a new clause goes after or before one clause ("nach Ziffer 3")', anchor.start);
    let ref = anchor.refs[0]!;
    const host = targetRef ?? (parentParts.length > 0 ? { parts: parentParts } : ctx.context);
    // "In Ziffer 2 wird nach Buchstabe b …": the anchor lies inside the named clause.
    if (host !== undefined && !host.parts.some((p) => p.noun === ref.parts[0]!.noun))
      ref = { ...ref, parts: [...host.parts, ...ref.parts] };
    if (anchor.cue === 'after') position.after = formatRef(ref);
    else position.before = formatRef(ref);
  } else {
    const host: Ref | undefined = targetRef ?? (parentParts.length > 0 ? { parts: parentParts } : undefined);
    if (host !== undefined) {
      const hostLast = host.parts[host.parts.length - 1];
      if (hostLast !== undefined && hostLast.noun === newNoun && targetRef !== undefined)
        position.after = formatRef(host);
      else position.parent = formatRef(host);
    } else if (label !== undefined && (!append || newRef?.tag === 'neu')) {
      const prev = previousLabel(label);
      if (prev !== undefined) position.after = `${newNoun} ${prev}`;
      else position.before = `${newNoun} ${label}`;
    } else if (ctx.context !== undefined && ctx.context.parts[ctx.context.parts.length - 1]?.noun !== newNoun) {
      position.parent = formatRef(ctx.context);
    }
  }
  const make = (text: string): Change => {
    const change: Extract<Change, { op: 'addClause' }> = { op: 'addClause', new: text };
    if (position.after !== undefined) change.after = position.after;
    if (position.before !== undefined) change.before = position.before;
    if (position.parent !== undefined) change.parent = position.parent;
    if (label !== undefined) change.label = label;
    return change;
  };
  if (quotes.length === 1) return { kind: 'changes', changes: [make(quotes[0]!.text)], imperativeDelete: false };
  if (endsWithColon || ctx.external || elems.some((x) => x.e === 'colon')) {
    return {
      kind: 'payload',
      nestable: false,
      build: (text) => ({ kind: 'changes', changes: [make(text)], imperativeDelete: false }),
    };
  }
  throw new SentenceError('a new clause needs its text in quotes or after a colon', start);
}

function renumbering(from: RefsElem, to: RefsElem): SentenceResult {
  if (from.refs.length !== to.refs.length) {
    throw new SentenceError(
      `renumbering needs as many new numbers as old ones (${from.refs.length} old, ${to.refs.length} new)`,
      to.start,
    );
  }
  const renumber: Renumbering[] = [];
  for (let k = 0; k < from.refs.length; k += 1) {
    const old = from.refs[k]!;
    const neu = to.refs[k]!;
    const label = neu.parts[neu.parts.length - 1]?.label;
    if (old.parts.length === 0 || label === undefined || old.sentence !== undefined || neu.sentence !== undefined) {
      throw new SentenceError('only clauses can be renumbered', from.start);
    }
    renumber.push({ clause: formatRef({ parts: old.parts }), label });
  }
  return { kind: 'renumber', renumber };
}

function followingRenumbering(groups: readonly RefsElem[], ctx: SentenceContext, start: number): SentenceResult {
  const first = groups[0]?.refs[0];
  if (first !== undefined && first.parts.length > 0)
    return { kind: 'renumber', renumber: [{ from: formatRef({ parts: first.parts }) }] };
  if (ctx.previousClause !== undefined && ctx.previousClause !== '')
    return { kind: 'renumber', renumber: [{ from: ctx.previousClause }] };
  throw new SentenceError('renumbering "the following clauses" needs a clause named before it', start);
}
