/**
 * The insertion construct: "In Ziffer 3 werden nach dem Wort „X“ die Wörter
 * „Y“ eingefügt", "… vor dem Wort …", "In Ziffer 3 wird nach Satz 2
 * folgender Satz eingefügt: „…“", "Nach Zeile 20 wird eingefügt: „…“",
 * "Der Ziffer 1 wird folgender Satz angefügt: „…“", "Füge nach „…“ ein: „…“".
 *
 * @module
 */
import type { Change } from '../../model.js';
import { formatRef, type Ref } from '../../references/ref.js';
import type { QuoteElem, RefsElem } from './elements.js';
import { changesResult, SentenceError, type SentenceResult } from './result.js';
import { singleClause, withOccurrence, type ActionRoles, type Target } from './roles.js';

/** A place new text goes: where it is named in the sentence, and the change it makes of the text. */
interface Anchor {
  at: number;
  make: (text: string) => Change;
}

/** The changes of an insertion sentence (one that adds no clause). */
export function insert(roles: ActionRoles): SentenceResult {
  const { quotes, anchorGroups, target, start, ctx } = roles;
  if (target.kind === 'whole' && roles.whole && quotes.length === 0 && anchorGroups.length === 0 && ctx.external) {
    // After other instructions, "Der Beschlusstext wird wie folgt ergänzt:" adds to the resolution they change
    // (a paragraph at its end, or the list of instructions that follows) — never a new wording of the whole.
    if (ctx.previousClause === undefined) return { kind: 'intro', named: true, adds: true };
    return {
      kind: 'payload',
      nestable: true,
      target: { parts: [] },
      build: (text) => changesResult([{ op: 'addClause', new: text.trim() }]),
    };
  }
  if (quotes.some((q) => q.cue === 'new' || q.cue === 'instead'))
    throw new SentenceError('an insertion cannot have a passage after "durch"/"anstelle"', start);
  const clause = singleClause(target, start);
  const anchors = [...quoteAnchors(quotes, clause), ...anchorGroups.map((g) => referenceAnchor(g, target, clause))];
  anchors.sort((a, b) => a.at - b.at);
  const news = quotes.filter((q) => q.cue === 'plain' || q.cue === 'colon');
  const shape = (text: string): string => (roles.paragraph ? `\n\n${text}` : text);
  if (news.length === 0) {
    if (anchors.length > 1 || !ctx.external)
      throw new SentenceError('an insertion needs the new text in quotes („…“)', start);
    const anchor = anchors[0];
    return {
      kind: 'payload',
      nestable: false,
      build: (text) =>
        changesResult([anchor !== undefined ? anchor.make(shape(text)) : { op: 'insert', clause, new: shape(text) }]),
    };
  }
  if (anchors.length === 0) {
    if (news.length !== 1)
      throw new SentenceError(`${news.length} new passages but no place to insert them ("nach dem Wort „…“")`, start);
    return changesResult([{ op: 'insert', clause, new: shape(news[0]!.text) }]);
  }
  if (anchors.length !== news.length)
    throw new SentenceError(`${anchors.length} places but ${news.length} new passages`, start);
  return changesResult(paired(anchors, news).map(([anchor, quote]) => anchor.make(shape(quote.text))));
}

/** "nach dem Wort „X“", "vor „X“": the quoted anchors. */
function quoteAnchors(quotes: readonly QuoteElem[], clause: string): Anchor[] {
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
  return anchors;
}

/** "nach Zeile 20", "nach Satz 2": an anchor by reference (a line's end, or a sentence of the clause). */
function referenceAnchor(g: RefsElem, target: Target, clause: string): Anchor {
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
    return { at: g.start, make: (text) => ({ op: 'insert', clause: lineRef, new: text }) };
  }
  // "Nach § 8 Absatz 2 Satz 1 wird der folgende Satz eingefügt": the sentence of the clause the anchor names.
  if (ref.parts.length > 0 && ref.sentence !== undefined && g.cue === 'after' && ref.sentence !== 'last')
    return { at: g.start, make: (text) => ({ op: 'insert', clause: sentenceOf(ref, target), new: text }) };
  if (ref.parts.length > 0 || ref.sentence === undefined) {
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
  return { at: g.start, make: (text) => ({ op: 'insert', clause: scoped, new: text }) };
}

/** "§ 8 Absatz 2 Satz 1" (inside the addressed clause when the reference starts below it: "Absatz 2 Satz 1" in § 8). */
function sentenceOf(ref: Ref, target: Target): string {
  const host = target.kind === 'refs' && target.refs.length === 1 ? target.refs[0]! : undefined;
  const inside = host !== undefined && !host.parts.some((p) => p.noun === ref.parts[0]!.noun);
  return formatRef(inside ? { ...ref, parts: [...host.parts, ...ref.parts] } : ref);
}

/** Pairs each place with the new passage next to it: "nach „A“ „B“ und nach „C“ „D“" or "„B“ nach „A“". */
function paired(anchors: readonly Anchor[], news: readonly QuoteElem[]): Array<[Anchor, QuoteElem]> {
  const items = [
    ...anchors.map((a) => ({ kind: 'anchor' as const, at: a.at, anchor: a })),
    ...news.map((q) => ({ kind: 'new' as const, at: q.start, quote: q })),
  ];
  items.sort((a, b) => a.at - b.at);
  const pairs: Array<[Anchor, QuoteElem]> = [];
  for (let k = 0; k + 1 < items.length; k += 2) {
    const a = items[k]!;
    const b = items[k + 1]!;
    if (a.kind === b.kind)
      throw new SentenceError('places and new passages do not alternate; write one insertion per sentence', b.at);
    pairs.push(
      a.kind === 'anchor' ? [a.anchor, (b as { quote: QuoteElem }).quote] : [(b as { anchor: Anchor }).anchor, a.quote],
    );
  }
  return pairs;
}
