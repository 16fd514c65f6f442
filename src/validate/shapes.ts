/**
 * Shape checks of the model objects that users hand back to the library
 * (a `Resolution` read from JSON, say), so that malformed input is a
 * `RedlineError` with a message, never a `TypeError` deep inside.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Resolution } from '../model.js';

/**
 * Validates the shape of a resolution, iteratively (deep trees cannot overflow
 * the stack), rejecting shared or cyclic children.
 *
 * @param value - the object to check
 * @param what - how the message names it ("base", "amended", …)
 * @param options - `lead: false` when only `clauses` is required
 * @throws {RedlineError} code `invalid-input`
 */
export function checkResolution(
  value: unknown,
  what: string,
  options: { lead?: boolean } = {},
): asserts value is Resolution {
  const fail = (detail: string): never => {
    throw new RedlineError('invalid-input', `The ${what} resolution is not a resolution: ${detail}.`);
  };
  if (value === null || typeof value !== 'object') fail(`got ${value === null ? 'null' : typeof value}`);
  const resolution = value as { lead?: unknown; clauses?: unknown };
  if (options.lead !== false && typeof resolution.lead !== 'string') fail('its "lead" is not a string');
  if (!Array.isArray(resolution.clauses)) fail('it has no "clauses" array');
  const stack: unknown[] = [...(resolution.clauses as unknown[])];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const clause = stack.pop() as { id?: unknown; label?: unknown; text?: unknown; children?: unknown } | null;
    if (clause === null || typeof clause !== 'object') fail('a clause is not an object');
    if (seen.has(clause)) fail('a clause occurs twice in the tree (shared or cyclic children)');
    seen.add(clause);
    const c = clause!;
    if (
      typeof c.id !== 'string' ||
      typeof c.label !== 'string' ||
      typeof c.text !== 'string' ||
      !Array.isArray(c.children)
    ) {
      fail(
        `clause ${typeof c.id === 'string' ? `"${c.id}"` : '(no id)'} lacks a string id, a string label, a string text or a children array`,
      );
    }
    for (const child of c.children as unknown[]) stack.push(child);
  }
}
