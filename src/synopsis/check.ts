/**
 * The shape check of a Synopse handed to a renderer (perhaps read back from
 * JSON), so a malformed one is a `RedlineError` naming what is wrong, never a
 * `TypeError` deep inside a writer.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { RedlineClause } from '../model.js';
import { toRenderRedline } from '../render/input.js';
import { checkResolution } from '../validate/shapes.js';
import type { Synopsis } from './model.js';

const isArray = Array.isArray;
const isString = (x: unknown): x is string => typeof x === 'string';
const isObject = (x: unknown): boolean => x !== null && typeof x === 'object';

/**
 * Checks `s` deeply enough for the writers.
 * @throws {RedlineError} `invalid-input`
 */
export function checkSynopsis(s: unknown, fn: string): asserts s is Synopsis {
  const fail = (detail: string): never => {
    throw new RedlineError('invalid-input', `${fn} needs a Synopse from synopsis(): ${detail}.`);
  };
  if (s === null || typeof s !== 'object') fail('got no object');
  const x = s as Partial<Synopsis>;
  if (!isArray(x.amendments) || !isArray(x.rows) || !isArray(x.collisions)) {
    fail('it lacks an "amendments", "rows" or "collisions" array');
  }
  checkResolution(x.base, 'Synopse base');
  const amendments = x.amendments!;
  if (!amendments.every((a) => a !== null && typeof a === 'object' && isString(a.id) && isString(a.form))) {
    fail('an amendment lacks a string "id" or "form"');
  }
  for (const collision of x.collisions!) {
    const c = collision as Partial<Synopsis['collisions'][number]> | null;
    if (c === null || !isArray(c.amendments) || !c.amendments.every(isString) || !isArray(c.clauses)) {
      fail('a collision lacks its "amendments" or "clauses"');
    }
  }
  for (const row of x.rows!) {
    const r = row as Partial<Synopsis['rows'][number]> | null;
    if (r === null || typeof r !== 'object' || !isString(r.clause) || !isString(r.label) || !isString(r.text)) {
      fail('a row lacks a string "clause", "label" or "text"');
    }
    const ok =
      typeof r!.depth === 'number' &&
      isArray(r!.versions) &&
      r!.versions.length === amendments.length &&
      isArray(r!.statement) &&
      isArray(r!.statementElsewhere) &&
      isArray(r!.collisions) &&
      r!.collisions.every((c) => Number.isInteger(c) && c >= 0 && c < x.collisions!.length);
    if (!ok) fail(`row "${r!.clause}" lacks a depth, one version per amendment, or its statement and collision lists`);
    for (const version of r!.versions!) {
      if (version === null || typeof version !== 'object' || !isArray(version.inserted) || !isObject(version.clause)) {
        fail(`a version in row "${r!.clause}" lacks its "clause" or "inserted" list`);
      }
      toRenderRedline({ lead: '', clauses: [version.clause, ...version.inserted.map((a) => a.clause)] });
    }
  }
  const merged = x.merged;
  if (merged === null || typeof merged !== 'object' || !isArray(merged.applied) || !isArray(merged.withheld)) {
    fail('its "merged" view lacks "applied" or "withheld"');
  }
  if (merged!.alternatives === null || typeof merged!.alternatives !== 'object')
    fail('the merged view lacks "alternatives"');
  toRenderRedline(merged!.redline);
  for (const list of Object.values(merged!.alternatives)) {
    if (!isArray(list)) fail('the merged view\'s "alternatives" are not lists');
    for (const alt of list) {
      if (!isObject(alt?.version?.clause)) fail('an alternative of the merged view lacks its clause');
      toRenderRedline({ lead: '', clauses: [alt.version.clause as RedlineClause] });
    }
  }
  checkStatementPart(x, fail);
}

function checkStatementPart(x: Partial<Synopsis>, fail: (detail: string) => never): void {
  if (x.statement === undefined) return;
  const st = x.statement as Partial<NonNullable<Synopsis['statement']>> | null;
  const sections = st?.statement?.sections;
  if (!isArray(sections) || !isArray(st?.unplaced)) fail('its statement lacks "sections" or "unplaced"');
  if (!sections!.every((sec) => sec !== null && isString(sec.heading) && isString(sec.text))) {
    fail('a statement section lacks a string "heading" or "text"');
  }
}
