/**
 * `linkStatement`: which clauses of a base resolution (or of a redline's
 * base) a statement answers, and which of its sections match no clause.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Redline, Resolution } from '../model.js';
import { locateClause } from '../references/find-clause.js';
import { walk } from '../tree.js';
import { resolveOptions } from '../validate/options.js';
import type { Statement, StatementDiagnostic, StatementLink } from './model.js';

/** Options of {@link linkStatement}. */
export interface StatementLinkOptions {
  /**
   * The motion the base is (as the statement names it, e.g. `"SPD-Fraktion"`):
   * sections that a statement explicitly assigns to other motions are left
   * out (listed in `otherMotion`). Compared case-insensitively, either name
   * containing the other. Without it every section is linked.
   * @default undefined
   */
  motion?: string;
}

const LINK_OPTIONS = {
  motion: { kind: 'string', default: undefined },
} as const;

/** The clause-shaped nodes both trees share. */
interface Node {
  id: string;
  label: string;
  children: Node[];
}

/**
 * Links each section of a statement to the clauses of `base` its references
 * name (resolved like `findClause`). A redline is linked in its **base**
 * numbering (a statement answers the motion as filed): inserted clauses are
 * never linked, and the ids are the redline's.
 *
 * @param statement - from {@link parseStatement}
 * @param base - the resolution the statement answers, or a redline of it
 * @param options - see {@link StatementLinkOptions}
 * @returns clauses with their sections, sections with their clauses, unmatched sections, diagnostics
 * @throws {RedlineError} `invalid-input` for a malformed statement or base, `invalid-option` for bad options
 */
export function linkStatement(
  statement: Statement,
  base: Resolution | Redline,
  options?: StatementLinkOptions,
): StatementLink {
  const { motion } = resolveOptions('linkStatement', LINK_OPTIONS, options);
  checkStatement(statement);
  const all = clauseNodes(base);
  const clauses = base.clauses as Node[];
  const isRedline = all.some((c) => 'segments' in c);
  const linked = new Map<string, number[]>();
  const link: StatementLink = { clauses: {}, sections: [], unmatched: [], otherMotion: [], diagnostics: [] };
  statement.sections.forEach((section, n) => {
    const ids: string[] = [];
    link.sections.push(ids);
    if (motion !== undefined && section.motions !== undefined && !section.motions.some((m) => sameMotion(m, motion))) {
      link.otherMotion.push(n);
      return;
    }
    for (const reference of section.references) {
      const found = locateClause(clauses, isRedline ? `${reference} (alt)` : reference);
      if (found === undefined) {
        link.diagnostics.push(notFound(n, section.heading, reference));
        continue;
      }
      if (ids.includes(found.clause.id)) continue;
      ids.push(found.clause.id);
      linked.set(found.clause.id, [...(linked.get(found.clause.id) ?? []), n]);
    }
    if (ids.length === 0) link.unmatched.push(n);
  });
  // Keys in document order, whatever order the sections came in.
  for (const clause of all) {
    const sections = linked.get(clause.id);
    if (sections !== undefined) link.clauses[clause.id] = sections;
  }
  return link;
}

/** The base's clauses in document order, after checking that it is a clause tree (no cycles, ids present). */
function clauseNodes(base: unknown): Node[] {
  const fail = (detail: string): never => {
    throw new RedlineError('invalid-input', `linkStatement needs a Resolution or a Redline as its base: ${detail}.`);
  };
  const clauses = (base as { clauses?: unknown } | null)?.clauses;
  if (!Array.isArray(clauses)) return fail('it has no "clauses" array');
  const seen = new Set<unknown>();
  const out: Node[] = [];
  walk(clauses as Node[], ({ node }) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) fail('a clause is missing or occurs twice');
    seen.add(node);
    if (typeof node.id !== 'string' || typeof node.label !== 'string' || !Array.isArray(node.children)) {
      fail('a clause lacks a string id, a string label or a children array');
    }
    out.push(node);
  });
  return out;
}

function sameMotion(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

function notFound(section: number, heading: string, reference: string): StatementDiagnostic {
  return {
    code: 'clause-not-found',
    severity: 'warning',
    section,
    message: `The section „${heading}“ answers „${reference}“, which is no clause of the base.`,
  };
}

function checkStatement(statement: unknown): asserts statement is Statement {
  const sections = (statement as { sections?: unknown } | null)?.sections;
  const ok =
    Array.isArray(sections) &&
    sections.every(
      (s: unknown) =>
        s !== null &&
        typeof s === 'object' &&
        typeof (s as { heading?: unknown }).heading === 'string' &&
        Array.isArray((s as { references?: unknown }).references) &&
        (s as { references: unknown[] }).references.every((r) => typeof r === 'string'),
    );
  if (!ok) {
    throw new RedlineError(
      'invalid-input',
      'linkStatement needs a statement from parseStatement: an object with a "sections" array of { heading, references }.',
    );
  }
}
