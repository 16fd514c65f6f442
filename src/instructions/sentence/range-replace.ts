/**
 * Several clauses replaced by one new clause: "In § 5 werden die Absätze 2
 * bis 4 durch folgenden Absatz 2 ersetzt: „(2) …“". Read as the new wording
 * of the first clause of the range and the removal of the others — only when
 * the named clauses are siblings (one noun, one parent) and the new clause
 * bears the first one's label, so that no other clause's number changes.
 *
 * @module
 */
import type { Change } from '../../model.js';
import { formatRef, type Ref, type RefPart } from '../../references/ref.js';
import { changesResult, type SentenceResult } from './result.js';
import type { ActionRoles } from './roles.js';

/**
 * The changes of a range replaced by one clause, as a result (with `text`, the quoted new wording,
 * or waiting for the text after the colon); undefined when the sentence is not one (see the module comment).
 */
export function rangeReplacement(roles: ActionRoles, text: string | undefined): SentenceResult | undefined {
  const { target, newGroups } = roles;
  if (target.kind !== 'refs' || target.refs.length < 2) return undefined;
  const added = newGroups.length === 1 && newGroups[0]!.refs.length === 1 ? newGroups[0]!.refs[0]! : undefined;
  const addedLast = added?.parts[added.parts.length - 1];
  const first = target.refs[0]!;
  const firstLast = first.parts[first.parts.length - 1];
  if (addedLast === undefined || firstLast === undefined || first.sentence !== undefined) return undefined;
  const parent = first.parts.slice(0, -1);
  const clauses: string[] = [];
  for (const ref of target.refs) {
    const part = siblingPart(ref, parent, firstLast.noun);
    if (part === undefined) return undefined;
    clauses.push(formatRef({ parts: [...parent, part] }));
  }
  if (addedLast.noun !== firstLast.noun || addedLast.label !== firstLast.label) return undefined;
  const make = (wording: string): Change[] => [
    { op: 'rewrite', clause: clauses[0]!, new: wording },
    ...clauses.slice(1).map((clause): Change => ({ op: 'removeClause', clause })),
  ];
  if (text !== undefined) return changesResult(make(text));
  return { kind: 'payload', nestable: false, build: (wording) => changesResult(make(wording)) };
}

/** The last part of `ref` when it names a sibling under `parent` (written in full, or as the bare "Absatz 3" of a range). */
function siblingPart(ref: Ref, parent: readonly RefPart[], noun: string): RefPart | undefined {
  if (ref.sentence !== undefined || ref.line !== undefined) return undefined;
  const last = ref.parts[ref.parts.length - 1];
  if (last === undefined || last.noun !== noun) return undefined;
  const head = ref.parts.slice(0, -1);
  const same = head.length === 0 || (head.length === parent.length && head.every((p, i) => samePart(p, parent[i]!)));
  return same ? last : undefined;
}

function samePart(a: RefPart, b: RefPart): boolean {
  return a.noun === b.noun && a.label === b.label;
}
