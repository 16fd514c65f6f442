/**
 * Reading one instruction sentence into changes: its tokens become elements
 * (elements.ts), the elements roles (roles.ts), and the action the verbs
 * name decides which construct builds the changes — one construct per file:
 * replace.ts, delete.ts, insert.ts, rewrite.ts, add-clause.ts, renumber.ts.
 *
 * @module
 */
import type { Action } from '../lexicon.js';
import type { InstructionToken } from '../../references/tokens.js';
import { addClause } from './add-clause.js';
import { del } from './delete.js';
import { elements, type Elem, type RefsElem } from './elements.js';
import { readRefText } from '../../references/read.js';
import { REFERENCE_NOUNS } from '../../references/nouns.js';
import type { Ref } from '../../references/ref.js';
import { headingTokens, readHeading } from './heading.js';
import { insert } from './insert.js';
import { readTitle, titleWords } from './title.js';
import { withoutListLead } from './list-lead.js';
import { followingRenumbering, renumbering } from './renumber.js';
import { replace } from './replace.js';
import { SentenceError, type SentenceContext, type SentenceResult } from './result.js';
import { rewrite } from './rewrite.js';
import { nounRewrite } from './noun-rewrite.js';
import { quoteUnquotedReplacement } from './unquoted.js';
import { withoutDahingehend } from './dahingehend.js';
import { withoutNominalAddition } from './nominal.js';
import { readNichtSondern } from './sondern.js';
import { resultingWording } from './resulting-wording.js';
import { withNounTypos } from './noun-typo.js';
import { withoutProposer } from './proposer.js';
import { withoutResolutionDate } from './resolution-date.js';
import { withoutItemNoun } from './item-noun.js';
import { rolesOf, singleClause, targetOf, type ActionRoles, type Roles } from './roles.js';

/** Reads one instruction sentence (its tokens; `start` is the sentence offset, for errors). */
export function readSentence(tokens: readonly InstructionToken[], start: number, ctx: SentenceContext): SentenceResult {
  const title = titleWords(tokens);
  if (title?.kind === 'title') return readTitle(title.rest, start, ctx, readSentence);
  const heading = headingTokens(title?.kind === 'heading' ? title.tokens : tokens);
  if (heading !== undefined) return readHeading(heading, start, ctx, readSentence);
  const resulting = resultingWording(tokens, start, ctx);
  if (resulting !== undefined) return resulting;
  const plain = withoutNominalAddition(
    withoutDahingehend(
      withoutResolutionDate(withoutProposer(withNounTypos(withoutItemNoun(withoutListLead(tokens))))),
      start,
    ),
  );
  const elems = elements(quoteUnquotedReplacement(readNichtSondern(plain)), start);
  const roles = rolesOf(elems, start, carried(elems, ctx, start));
  if (elems.some((x) => x.e === 'unchanged')) return unchanged(roles);
  if (elems.some((x) => x.e === 'echo')) return echo(roles);
  if (elems[0]?.e === 'for') return instead(roles);
  const actions = new Set(roles.verbs.map((v) => v.action));
  if (actions.size === 0) return nounRewrite(tokens, roles) ?? withoutVerb(roles);
  if (roles.elems.some((x) => x.e === 'renum')) return followingRenumbering(roles);
  const renamed = newNumbers(roles);
  if (renamed !== undefined) return renamed;
  const action = actionOf(roles, actions);
  const acting: ActionRoles = { ...roles, target: targetOf(roles.targetGroups, roles.ctx, roles.whole) };
  switch (action) {
    case 'replace':
      return replace(acting);
    case 'delete':
      return del(acting);
    case 'insert':
      if (roles.newGroups.length > 0 || roles.newClause !== undefined) return addClause(acting);
      // "nach Absatz 3 wird der folgende neue Absatz eingefügt:": a new Absatz (a clause "(4)"), not a paragraph of text.
      if (roles.paragraph && roles.anchorGroups.some((g) => g.refs.some(endsInAbsatz)))
        return addClause({ ...acting, newClause: REFERENCE_NOUNS.get('absatz')! });
      return insert(acting);
    case 'rewrite':
      return rewrite(acting);
  }
}

/**
 * The context with the place the sentence before named, where this sentence
 * refers to it: a pronoun ("Er wird ergänzt um …") or a sentence without its
 * clause ("In Ziffer 4 … . Im Satz 2 werden …"). A heading's context wins.
 */
function carried(elems: readonly Elem[], ctx: SentenceContext, start: number): SentenceContext {
  if (ctx.context !== undefined) return ctx;
  const groups = elems.filter((x): x is RefsElem => x.e === 'refs');
  const pronoun = elems.find((x) => x.e === 'pronoun');
  const bareSentences =
    groups.length > 0 && groups.every((g) => g.refs.every((r) => r.parts.length === 0 && r.line === undefined));
  if (pronoun === undefined && !bareSentences) return ctx;
  const previous = ctx.previousClause === undefined ? undefined : readRefText(ctx.previousClause);
  const ref = previous?.length === 1 ? previous[0]! : undefined;
  if (ref === undefined || ref.parts.length === 0) {
    if (pronoun !== undefined)
      throw new SentenceError('the pronoun names no place: no clause was named before it; name the clause', start);
    return ctx;
  }
  // A pronoun stands for the whole place; a bare sentence for a sentence of its clause.
  return { ...ctx, context: pronoun !== undefined ? ref : { parts: ref.parts } };
}

/**
 * "§ 12 Absatz 2 würde dann wie folgt lauten:": the text after it shows the
 * result of the instructions before; it is read past, and changes nothing.
 */
function echo(roles: Roles): SentenceResult {
  const rewrites = roles.verbs.length > 0 && roles.verbs.every((v) => v.action === 'rewrite');
  if (!rewrites || roles.ctx.previousClause === undefined)
    throw new SentenceError('"würde" (what the text would say) is no instruction of its own', roles.start);
  const target = targetOf(roles.targetGroups, roles.ctx, roles.whole);
  const clause = singleClause(target, roles.start);
  if (clause === '') throw new SentenceError('"würde … lauten" needs the clause it shows', roles.start);
  const supersede = (text: string): SentenceResult => ({
    kind: 'supersede',
    change: { op: 'rewrite', clause, new: text },
    required: true,
  });
  const quote = roles.quotes[0];
  if (quote !== undefined) return supersede(quote.text);
  if (!roles.endsWithColon && !roles.ctx.external)
    throw new SentenceError('the text it would read is missing after the colon', roles.start);
  return { kind: 'payload', nestable: false, build: supersede };
}

/**
 * "Für Satz 1 wird eingesetzt: „…“" (after "Satz 1 und Satz 3 werden
 * gestrichen"): the new text of the clause named after "für", in place of
 * the deletion before it.
 */
function instead(roles: Roles): SentenceResult {
  const { verbs, quotes, start } = roles;
  if (verbs.length === 0 || verbs.some((v) => v.action !== 'insert' && v.action !== 'replace'))
    throw new SentenceError('"für …" needs "wird eingesetzt" and the new text', start);
  const clause = singleClause(targetOf(roles.targetGroups, roles.ctx, roles.whole), start);
  if (clause === '') throw new SentenceError('"für …" needs the clause the new text replaces', start);
  const make = (text: string): SentenceResult => ({
    kind: 'supersede',
    change: { op: 'rewrite', clause, new: text },
    required: false,
  });
  if (quotes.length === 1 && quotes[0]!.cue !== 'after' && quotes[0]!.cue !== 'before') return make(quotes[0]!.text);
  if (quotes.length === 0 && (roles.endsWithColon || roles.ctx.external))
    return { kind: 'payload', nestable: false, build: make };
  throw new SentenceError('"für …" needs exactly one new text', start);
}

/** "§ 5 Abs. 4 bleibt unverändert": no change, and the place carries over to the next sentence. */
function unchanged(roles: Roles): SentenceResult {
  const { groups, quotes, verbs, start } = roles;
  if (verbs.length > 0 || quotes.length > 0)
    throw new SentenceError('the sentence says the place stays unchanged and changes it', start);
  const target = targetOf(groups, roles.ctx, roles.whole);
  if (target.kind === 'whole' || target.refs.length !== 1)
    throw new SentenceError('"unverändert" needs the one clause that stays unchanged', start);
  return { kind: 'context', ref: target.refs[0]!, keeps: true };
}

/** The action of a sentence whose verbs name `actions` (a replacement may say "anstelle … eingefügt"). */
function actionOf(roles: Roles, actions: ReadonlySet<Action>): Action {
  if (actions.has('replace') || (actions.has('insert') && roles.quotes.some((q) => q.cue === 'instead')))
    return 'replace';
  if (actions.has('rewrite') && !actions.has('delete'))
    return actions.has('insert') && roles.newGroups.length > 0 ? 'insert' : 'rewrite';
  if (actions.size === 1) return [...actions][0]!;
  throw new SentenceError(
    `the sentence names more than one action (${roles.verbs.map((v) => `"${v.word}"`).join(', ')})`,
    roles.start,
  );
}

/** A sentence without a verb: a renumbering ("Ziffer 2 (alt) wird Ziffer 3"), a new clause ("Ziffer 2 (neu): „…“") or a heading ("Zu Ziffer 3:"). */
function withoutVerb(roles: Roles): SentenceResult {
  const { elems, groups, quotes, targetGroups } = roles;
  const copula = elems.findIndex((x) => x.e === 'copula');
  if (
    groups.length === 2 &&
    quotes.length === 0 &&
    copula > elems.indexOf(groups[0]!) &&
    copula < elems.indexOf(groups[1]!)
  ) {
    return renumbering(groups[0]!, groups[1]!, renumberContext(roles));
  }
  if (elems.some((x) => x.e === 'renum')) return followingRenumbering(roles);
  if (roles.newGroups.length > 0) return addClause(roles);
  if (
    targetGroups.length === 1 &&
    targetGroups[0]!.refs.length === 1 &&
    elems.every((x) => x.e === 'refs' || x.e === 'colon')
  ) {
    return { kind: 'context', ref: targetGroups[0]!.refs[0]! };
  }
  throw new SentenceError(
    'no instruction verb ("ersetzt", "gestrichen", "eingefügt", "erhält folgende Fassung", …) found',
    roles.start,
  );
}

/** Whether a reference names an Absatz ("Absatz 3", "§ 9 Absatz 3"), not a sentence of one. */
function endsInAbsatz(ref: Ref): boolean {
  return ref.parts[ref.parts.length - 1]?.noun === 'Absatz' && ref.sentence === undefined;
}

/**
 * "Die bisherigen Absätze 4 und 5 erhalten die neuen Nummern 5 und 6": a
 * renumbering; the Absätze are those of the unit the instruction before named.
 */
function newNumbers(roles: Roles): SentenceResult | undefined {
  const { verbs, groups, quotes } = roles;
  const receives = verbs.length > 0 && verbs.every((v) => v.word === 'erhalten' || v.word === 'erhält');
  if (!receives || groups.length !== 2 || quotes.length > 0 || !groups[1]!.isNew) return undefined;
  return renumbering(groups[0]!, groups[1]!, renumberContext(roles));
}

/** The clause a renumbering's bare labels are in: the context, else the unit of the clause the instruction before named. */
function renumberContext({ groups, ctx }: Roles): Ref | undefined {
  if (ctx.context !== undefined || ctx.previousClause === undefined) return ctx.context;
  const previous = readRefText(ctx.previousClause);
  const parts = previous?.length === 1 ? previous[0]!.parts : [];
  return parts.length > 1 && parts[parts.length - 1]?.noun === groups[0]!.refs[0]?.parts[0]?.noun
    ? { parts: parts.slice(0, -1) }
    : undefined;
}
