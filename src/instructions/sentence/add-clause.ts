/**
 * The new-clause construct: "Nach Ziffer 3 wird folgende Ziffer 3a
 * eingefügt: „…“", "Folgende Ziffer 9 wird angefügt: „…“", "Ziffer 2 (neu):
 * „…“", "In Ziffer 2 wird nach Buchstabe b folgender Buchstabe c eingefügt",
 * "Es wird folgender neuer Punkt 9 ergänzt: …".
 *
 * @module
 */
import type { Change } from '../../model.js';
import { previousLabel } from '../../references/labels.js';
import { formatRef, type Ref, type RefPart } from '../../references/ref.js';
import { changesResult, payloadResult, SentenceError, type SentenceResult } from './result.js';
import { targetOf, type Roles } from './roles.js';

/** Where a new clause goes, as `Change` fields. */
type Position = Pick<Extract<Change, { op: 'addClause' }>, 'after' | 'before' | 'parent'>;

/** The new clause a sentence names: its noun, its label and the path of the clause it goes into. */
interface NewClause {
  noun: string;
  label: string | undefined;
  parentParts: RefPart[];
  /** The reference as written ("Ziffer 2 (neu)"), if it has one. */
  ref: Ref | undefined;
}

/** The change of a sentence that adds a clause. */
export function addClause(roles: Roles): SentenceResult {
  const { quotes, start, ctx } = roles;
  const added = newClause(roles);
  const bad = quotes.find((q) => q.cue !== 'plain' && q.cue !== 'colon');
  if (bad !== undefined)
    throw new SentenceError(
      `a new clause cannot be placed relative to the words „${bad.text}“; name the clause ("nach Ziffer 3")`,
      bad.start,
    );
  if (quotes.length > 1) throw new SentenceError('a new clause needs exactly one quoted text', quotes[1]!.start);
  const position = positionOf(roles, added);
  const make = (text: string): Change => {
    const change: Extract<Change, { op: 'addClause' }> = { op: 'addClause', new: text };
    if (position.after !== undefined) change.after = position.after;
    if (position.before !== undefined) change.before = position.before;
    if (position.parent !== undefined) change.parent = position.parent;
    if (added.label !== undefined) change.label = added.label;
    return change;
  };
  if (quotes.length === 1) return changesResult([make(quotes[0]!.text)]);
  if (roles.endsWithColon || ctx.external || roles.elems.some((x) => x.e === 'colon')) return payloadResult(make);
  throw new SentenceError('a new clause needs its text in quotes or after a colon', start);
}

function newClause(roles: Roles): NewClause {
  const { newGroups, start } = roles;
  if (newGroups.length > 1 || (newGroups[0] !== undefined && newGroups[0].refs.length > 1)) {
    throw new SentenceError('add one new clause per instruction', start);
  }
  const ref = newGroups[0]?.refs[0];
  const lastPart = ref?.parts[ref.parts.length - 1];
  if (ref !== undefined && (lastPart === undefined || ref.sentence !== undefined)) {
    throw new SentenceError(
      `"${formatRef(ref)}" is not a clause that can be added; for text use "folgender Satz"`,
      start,
    );
  }
  const noun = lastPart?.noun ?? roles.newClause?.canonical ?? 'Ziffer';
  // "folgender Spiegelstrich": a bullet, written like its siblings' bullets.
  const label = lastPart?.label ?? (noun === 'Spiegelstrich' ? '-' : undefined);
  return { noun, label, parentParts: ref?.parts.slice(0, -1) ?? [], ref };
}

/** Where the new clause goes: after or before the anchor, into the named clause, or after its predecessor by label. */
function positionOf(roles: Roles, added: NewClause): Position {
  const { targetGroups, anchorGroups, ctx, start } = roles;
  const position: Position = {};
  const target = targetGroups.length > 0 ? targetOf(targetGroups, ctx, false) : undefined;
  const targetRef = target?.kind === 'refs' ? target.refs[0] : undefined;
  if (target?.kind === 'refs' && target.refs.length > 1)
    throw new SentenceError('a new clause can go into one clause only', start);
  if (anchorGroups.length > 1) throw new SentenceError('a new clause needs one position', start);
  const anchor = anchorGroups[0];
  const parentRef: Ref | undefined = added.parentParts.length > 0 ? { parts: added.parentParts } : undefined;
  if (anchor !== undefined) {
    if (anchor.refs.length !== 1 || anchor.refs[0]!.parts.length === 0)
      throw new SentenceError('a new clause goes after or before one clause ("nach Ziffer 3")', anchor.start);
    let ref = anchor.refs[0]!;
    const host = targetRef ?? parentRef ?? ctx.context;
    // "In Ziffer 2 wird nach Buchstabe b …": the anchor lies inside the named clause.
    if (host !== undefined && !host.parts.some((p) => p.noun === ref.parts[0]!.noun))
      ref = { ...ref, parts: [...host.parts, ...ref.parts] };
    if (anchor.cue === 'after') position.after = formatRef(ref);
    else position.before = formatRef(ref);
    return position;
  }
  const host = targetRef ?? parentRef;
  if (host !== undefined) {
    const hostLast = host.parts[host.parts.length - 1];
    const prev = added.label === undefined || roles.append ? undefined : previousLabel(added.label);
    if (hostLast !== undefined && hostLast.noun === added.noun && targetRef !== undefined)
      position.after = formatRef(host);
    // "In § 36 wird ein neuer Absatz 1a eingefügt": after its predecessor (1) inside the named clause.
    else if (prev !== undefined)
      position.after = formatRef({ parts: [...host.parts, { noun: added.noun, label: prev }] });
    else position.parent = formatRef(host);
  } else if (added.label !== undefined && (!roles.append || added.ref?.tag === 'neu')) {
    const prev = previousLabel(added.label);
    if (prev !== undefined) position.after = `${added.noun} ${prev}`;
    else position.before = `${added.noun} ${added.label}`;
  } else if (ctx.context !== undefined && ctx.context.parts[ctx.context.parts.length - 1]?.noun !== added.noun) {
    position.parent = formatRef(ctx.context);
  }
  return position;
}
