/**
 * `synopsis()`: one base motion with all its amendments, as a model — per base
 * clause each amendment's version, the collisions, the merged view, and the
 * administration's statement per clause.
 *
 * @module
 */
import { ParseError, RedlineError } from '../errors.js';
import type { Clause, Motion, Resolution } from '../model.js';
import { parseMotion } from '../parse/motion.js';
import { parseResolution } from '../parse/resolution.js';
import type { RedlineOptions } from '../pipeline/run.js';
import { parseStatement } from '../statement/parse.js';
import { linkStatement } from '../statement/link.js';
import type { Statement } from '../statement/model.js';
import { walk } from '../tree.js';
import { checkResolution } from '../validate/shapes.js';
import { describeValue, resolveOptions } from '../validate/options.js';
import { alignToBase, versionsOf } from './align.js';
import { findCollisions } from './collisions.js';
import { readInputs } from './inputs.js';
import { mergeView } from './merged.js';
import type { Synopsis, SynopsisAmendment, SynopsisAmendmentInput, SynopsisRow, SynopsisStatement } from './model.js';

/** Options of {@link synopsis}: those of `redline()` (parsing, diffing, applying, `form`) and these. */
export interface SynopsisBuildOptions extends RedlineOptions {
  /**
   * The administration's statement (*Stellungnahme*): its text (read with
   * `parseStatement` and the `dehyphenate` option) or a parsed `Statement`.
   * @default undefined
   */
  statement?: string | Statement;
  /**
   * The motion the base is, as the statement names it ("SPD-Fraktion"): see `linkStatement`.
   * @default undefined
   */
  motion?: string;
}

const BUILD_OPTIONS = {
  motion: { kind: 'string', default: undefined },
  dehyphenate: { kind: 'boolean', default: false },
} as const;

/**
 * Builds the Synopse of a base motion and its amendments.
 *
 * Each amendment is read as `redline()` reads it (any form, or an `Amendment`
 * object; wrap it as `{ source, id, title, movers }` to name it). Its id is
 * the given one, else the `Amendment`'s, else its document's file number,
 * else `Ä1`, `Ä2` … by position. Two amendments collide when
 * `applyAmendments` would refuse one after the other (same words, or one
 * strikes a clause the other changes); the merged view applies every
 * amendment that collides with none.
 *
 * @param base - the base motion (a document or bare resolution as text, a `Motion` or a `Resolution`)
 * @param amendments - the amendments, in the order they are to be shown
 * @param options - see {@link SynopsisBuildOptions}
 * @throws {AmendmentError} naming the amendment when one does not apply cleanly to the base
 * @throws {RedlineError} `invalid-input` / `invalid-option` for malformed arguments; `ParseError` for unreadable texts
 */
export function synopsis(
  base: string | Motion | Resolution,
  amendments: readonly SynopsisAmendmentInput[],
  options?: SynopsisBuildOptions,
): Synopsis {
  const resolved = resolveOptions('synopsis', BUILD_OPTIONS, options);
  const given: SynopsisBuildOptions = options ?? {};
  if (!Array.isArray(amendments)) throw new RedlineError('invalid-input', 'synopsis needs an array of amendments.');
  const motion = readBase(base, resolved.dehyphenate);
  const resolution = motion.resolution;
  const { statement: _statement, motion: _motion, ...redlineOptions } = given;
  const read = readInputs(resolution, amendments, redlineOptions);
  const baseClauses: Clause[] = [];
  const rows: SynopsisRow[] = [];
  walk(resolution.clauses, ({ node, depth }) => {
    baseClauses.push(node);
    rows.push({
      clause: node.id,
      label: node.label,
      depth,
      text: node.text,
      versions: [],
      statement: [],
      statementElsewhere: [],
      collisions: [],
    });
  });
  const withAdded: SynopsisAmendment[] = read.map((amendment) => {
    const alignment = alignToBase(baseClauses, amendment.redline, `amendment "${amendment.id}"`);
    versionsOf(baseClauses, alignment).forEach((version, i) => rows[i]!.versions.push(version));
    return { ...amendment, added: alignment.added };
  });
  const collisions = findCollisions(resolution, withAdded, rows, redlineOptions);
  const result: Synopsis = {
    ...(motion.title !== undefined ? { title: motion.title } : {}),
    ...(motion.reference !== undefined ? { reference: motion.reference } : {}),
    base: resolution,
    amendments: withAdded,
    rows,
    collisions,
    merged: mergeView(resolution, withAdded, collisions, rows, redlineOptions),
  };
  if (given.statement !== undefined) {
    result.statement = placeStatement(given.statement, resolution, rows, resolved);
  }
  return result;
}

/** The base as a motion: parsed when it is text, checked when it is an object. */
function readBase(base: string | Motion | Resolution, dehyphenate: boolean): Motion {
  if (typeof base === 'string') {
    try {
      return parseMotion(base, { dehyphenate });
    } catch (error) {
      if (error instanceof ParseError && error.code === 'no-resolution') {
        return { resolution: parseResolution(base, { dehyphenate }) };
      }
      throw error;
    }
  }
  if (base !== null && typeof base === 'object' && 'resolution' in base) {
    checkResolution(base.resolution, 'base');
    return base;
  }
  checkResolution(base, 'base');
  return { resolution: base };
}

/** Parses and links the statement; each linked section goes into the row of its first clause. */
function placeStatement(
  given: string | Statement,
  base: Resolution,
  rows: readonly SynopsisRow[],
  options: { motion: string | undefined; dehyphenate: boolean },
): SynopsisStatement {
  if (typeof given !== 'string' && (given === null || typeof given !== 'object')) {
    throw new RedlineError(
      'invalid-option',
      `The synopsis option "statement" must be a text or a Statement from parseStatement, got ${describeValue(given)}.`,
    );
  }
  const statement = typeof given === 'string' ? parseStatement(given, { dehyphenate: options.dehyphenate }) : given;
  const link = linkStatement(statement, base, options.motion === undefined ? {} : { motion: options.motion });
  const byClause = new Map(rows.map((row) => [row.clause, row]));
  const unplaced: number[] = [];
  link.sections.forEach((ids, n) => {
    const [first, ...others] = ids;
    if (first === undefined) {
      unplaced.push(n);
      return;
    }
    byClause.get(first)?.statement.push(n);
    for (const id of others) byClause.get(id)?.statementElsewhere.push({ section: n, clause: first });
  });
  return { statement, link, unplaced };
}
