/**
 * The second step of reading a sentence: its elements sorted into roles —
 * which quotations and reference groups are old text, new text, anchors,
 * new clauses or the addressed clause — in one record that every construct
 * builder (replace.ts, delete.ts, insert.ts, rewrite.ts, add-clause.ts,
 * renumber.ts) reads from.
 *
 * @module
 */
import type { Change } from '../../model.js';
import { APPEND_VERBS, IMPERATIVE_VERBS } from '../lexicon.js';
import type { Noun } from '../../references/nouns.js';
import { formatRef, type Ref } from '../../references/ref.js';
import type { Elem, QuoteElem, RefsElem, VerbElem } from './elements.js';
import { SentenceError, type SentenceContext } from './result.js';
import { inQuotationOf, insideQuotation } from './quoted-place.js';

/** What each element of one sentence is for. */
export interface Roles {
  /** All elements, in order. */
  elems: readonly Elem[];
  /** The sentence's offset (for errors). */
  start: number;
  /** What the sentences before say. */
  ctx: SentenceContext;
  /** The quotations (and punctuation nouns), each with its cue. */
  quotes: readonly QuoteElem[];
  /** The verbs. */
  verbs: readonly VerbElem[];
  /** All reference groups. */
  groups: readonly RefsElem[];
  /** Groups naming a new clause ("folgende Ziffer 3a", "Ziffer 2 (neu)"). */
  newGroups: readonly RefsElem[];
  /** Groups after "nach"/"vor": where new text or a new clause goes. */
  anchorGroups: readonly RefsElem[];
  /** The other groups: the clause the instruction addresses. */
  targetGroups: readonly RefsElem[];
  /** A new clause named without a number ("folgender Spiegelstrich"). */
  newClause: Noun | undefined;
  /** The sentence ends with a colon (its text follows). */
  endsWithColon: boolean;
  /** "folgender Absatz": the new text is a paragraph of its own. */
  paragraph: boolean;
  /** The whole resolution is named ("im Beschlusstext"). */
  whole: boolean;
  /** An imperative verb ("Streiche: „…“"). */
  imperative: boolean;
  /** A verb that appends ("angefügt"): a new clause without a position goes to the end. */
  append: boolean;
}

/** The clause a sentence addresses: its references, else the context, else the whole resolution. */
export type Target = { kind: 'refs'; refs: Ref[] } | { kind: 'whole' };

/** The roles of a sentence with an action, and the clause it addresses. */
export interface ActionRoles extends Roles {
  /** The addressed clause (see {@link targetOf}). */
  target: Target;
}

/** Sorts the elements of a sentence into roles. */
export function rolesOf(elems: readonly Elem[], start: number, ctx: SentenceContext): Roles {
  const quotes = elems.filter((x): x is QuoteElem => x.e === 'quote');
  const groups = elems.filter((x): x is RefsElem => x.e === 'refs');
  const verbs = elems.filter((x): x is VerbElem => x.e === 'verb');
  const newGroups = groups.filter((g) => g.isNew || g.refs.some((r) => r.tag === 'neu'));
  const anchorGroups = groups.filter((g) => !newGroups.includes(g) && (g.cue === 'after' || g.cue === 'before'));
  const targetGroups = groups.filter(
    (g) => !newGroups.includes(g) && !anchorGroups.includes(g) && g.cue !== 'new' && g.cue !== 'instead',
  );
  if (groups.some((g) => (g.cue === 'new' || g.cue === 'instead') && !newGroups.includes(g))) {
    throw new SentenceError('a clause reference after "durch"/"anstelle" cannot be read; quote the new text', start);
  }
  return {
    elems,
    start,
    ctx,
    quotes,
    verbs,
    groups,
    newGroups,
    anchorGroups,
    targetGroups,
    newClause: elems.find((x): x is Extract<Elem, { e: 'newClause' }> => x.e === 'newClause')?.noun,
    endsWithColon: elems[elems.length - 1]?.e === 'colon',
    paragraph: elems.some((x) => x.e === 'payloadKind' && x.kind === 'paragraph'),
    whole: elems.some((x) => x.e === 'whole'),
    imperative: verbs.some((v) => IMPERATIVE_VERBS.has(v.word)),
    append: verbs.some((v) => APPEND_VERBS.has(v.word)),
  };
}

/**
 * The clause that `groups` (or, without any, the context) address; a bare
 * sentence or paragraph ("In Ziffer 3 wird Satz 2 …") joins the clause before it.
 */
export function targetOf(groups: readonly RefsElem[], ctx: SentenceContext, whole: boolean): Target {
  if (groups.length === 0) {
    if (ctx.context !== undefined && !whole) return { kind: 'refs', refs: [ctx.context] };
    return { kind: 'whole' };
  }
  const refs: Ref[] = [];
  let host: Ref | undefined;
  let hostIndex = -1;
  for (const group of groups) {
    for (const ref of group.refs) {
      // "§ 3 … c) Absatz 2 Satz 2 und 3": the second Absatz 2 is of § 3 too, not of the first.
      const h0 = host !== undefined && !isRelativeParagraph(ref, host) ? ctx.context : (host ?? ctx.context);
      // "In Ziffer 3 wird Absatz 2 …", "§ 3 … a) Absatz 2 wird aufgehoben": an Absatz of the clause named before.
      if (h0 !== undefined && isRelativeParagraph(ref, h0)) {
        const relative: Ref = inQuotationOf(h0, { ...ref, parts: [...h0.parts, ...ref.parts] });
        if (hostIndex >= 0 && h0 === host) refs[hostIndex] = relative;
        else refs.push(relative);
        host = relative;
        // "In Absatz 3 wird der letzte Satz …": a sentence after it is one of this Absatz.
        hostIndex = refs.indexOf(relative);
        continue;
      }
      // "§ 3 … a) Absatz 1 … aa) In Nummer 1 …": a Nummer or Buchstabe of the statute unit or Absatz named before.
      const unit = host ?? ctx.context;
      if (unit !== undefined && isItemOfUnit(ref, unit)) {
        const item: Ref = inQuotationOf(unit, { ...ref, parts: [...unit.parts, ...ref.parts] });
        // "In § 4 Absatz 1 wird Nummer 2 …": the Nummer takes the place of the Absatz named before it.
        if (hostIndex >= 0 && refs[hostIndex] === host) refs[hostIndex] = item;
        else refs.push(item);
        host = item;
        hostIndex = refs.indexOf(item);
        continue;
      }
      // "Nr. 1.15" under "§ 3 Nr. 22 (§ 12 Nr. 1)": a sub-item inside the quoted text.
      const inside = insideQuotation(unit, ref, group.start);
      if (inside !== undefined) {
        refs.push(inside);
        host = inside;
        hostIndex = refs.length - 1;
        continue;
      }
      // A line ("In Zeile 12") addresses the numbered text on its own.
      if (ref.parts.length > 0 || ref.line !== undefined) {
        refs.push(ref);
        host = ref;
        hostIndex = refs.length - 1;
        continue;
      }
      // Without a clause named ("Der letzte Satz …", "An den ersten Absatz …"): the sentence or paragraph
      // of the whole resolution, which resolves where the resolution is one text (src/references/resolve.ts).
      const h = host ?? ctx.context ?? { parts: [] };
      const merged: Ref = inQuotationOf(h, { parts: h.parts });
      if (ref.sentence !== undefined) merged.sentence = ref.sentence;
      if (ref.halfSentence !== undefined) merged.halfSentence = ref.halfSentence;
      // "§ 17 Abs. 6 Satz 1 und Satz 3": a second sentence of the same clause, not the host's sentence.
      if (hostIndex >= 0 && refs[hostIndex]!.sentence === undefined) {
        refs[hostIndex] = merged;
        hostIndex = -1;
      } else refs.push(merged);
    }
  }
  return { kind: 'refs', refs };
}

/** Whether `ref` starts with an Absatz read relative to `host` (a clause path not already ending in one). */
export function isRelativeParagraph(ref: Ref, host: Ref): boolean {
  const last = host.parts[host.parts.length - 1];
  return ref.parts[0]?.noun === 'Absatz' && last !== undefined && last.noun !== 'Absatz' && ref.line === undefined;
}

/** Nouns of a statute's units and Absätze, and of the items below them. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['§', 'Art.', 'Absatz']);
const ITEM_NOUNS: ReadonlySet<string> = new Set(['Nr.', 'Buchstabe']);

/** Whether `ref` starts with a Nummer or Buchstabe read inside `host`, a § , Artikel or Absatz path that holds no such part. */
export function isItemOfUnit(ref: Ref, host: Ref): boolean {
  const first = ref.parts[0];
  const last = host.parts[host.parts.length - 1];
  return (
    first !== undefined &&
    ITEM_NOUNS.has(first.noun) &&
    last !== undefined &&
    UNIT_NOUNS.has(last.noun) &&
    !host.parts.some((p) => ITEM_NOUNS.has(p.noun)) &&
    ref.line === undefined
  );
}

/** The one clause of a target, as `Change.clause` writes it ("" for the whole resolution). */
export function singleClause(target: Target, start: number): string {
  if (target.kind === 'whole') return '';
  if (target.refs.length > 1)
    throw new SentenceError(
      `the instruction names ${target.refs.length} clauses (${target.refs.map(formatRef).join(', ')}) but can apply to one only`,
      start,
    );
  return formatRef(target.refs[0]!);
}

/** `change` with the occurrence its quotation counts ("das zweite Wort „die“"). */
export function withOccurrence<T extends Change>(change: T, quote: QuoteElem): T {
  if (quote.occurrence !== undefined) (change as { occurrence?: number }).occurrence = quote.occurrence;
  return change;
}
