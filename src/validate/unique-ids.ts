/**
 * Clause ids are unique in a resolution (the contract's promise, and what
 * every lookup by id relies on). A hand-built base with a repeated id is
 * refused with both clauses named, instead of every reference to the id
 * silently finding the first.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Clause } from '../model.js';
import { walk } from '../tree.js';

/** How a message shows a clause: its label and the start of its text. */
function shown(clause: Clause): string {
  const text = clause.text.length > 40 ? `${clause.text.slice(0, 40)}…` : clause.text;
  return `${clause.label === '' ? 'an unlabelled clause' : `"${clause.label}"`} („${text}“)`;
}

/**
 * Refuses a tree in which two clauses share a non-empty id.
 *
 * @param clauses - a shape-checked clause tree
 * @param what - how the message names the resolution ("base", …)
 * @throws {RedlineError} code `invalid-input` naming both clauses
 */
export function checkUniqueIds(clauses: readonly Clause[], what: string): void {
  const byId = new Map<string, Clause>();
  walk(clauses, ({ node }) => {
    if (node.id === '') return;
    const first = byId.get(node.id);
    if (first !== undefined)
      throw new RedlineError(
        'invalid-input',
        `The ${what} resolution has two clauses with the id ${JSON.stringify(node.id)}: ${shown(first)} and ${shown(node)}. Clause ids must be unique (parseResolution assigns them).`,
      );
    byId.set(node.id, node);
  });
}
