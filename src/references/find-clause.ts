/**
 * Clause references: resolves a clause id (`"2.b"`, `"§7.1"`) or a German
 * reference (`"Ziffer 3"`, `"Punkt 2 b)"`, `"Ziffer 2 Buchstabe b"`, `"Nr. 3"`,
 * `"§ 10 Abs. 1"`, `"§ 16 (6)"`, `"Art. 3"`, `"2b"`, `"3."`, `"Ziffer 2 (alt)"`)
 * against any clause-shaped tree — parsed resolutions as well as redline
 * trees. References are read by the one reader (read.ts, vocabulary in
 * nouns.ts), the same one `parseAmendment` uses.
 *
 * Resolution order: an exact id; then the reference read as a path of label
 * keys from the top level; then the same path starting anywhere in the tree
 * when exactly one place matches (so "Ziffer 3" finds `II. → 3.` when the top
 * level is `I.`, `II.`). `(alt)`/`alte`/`bisherige` select the base numbering
 * of a redline (`baseLabel ?? label`, inserted clauses excluded).
 *
 * @module
 */
import type { Clause } from '../model.js';
import { DOCUMENT_WORDS, NEW_WORDS, OLD_WORDS, REFERENCE_NOUNS } from './nouns.js';
import { readRefText } from './read.js';
import type { RefPart } from './ref.js';
import { labelKey } from '../parse/labels.js';
import { checkResolution } from '../validate/shapes.js';
import { RedlineError } from '../errors.js';
import { indexPathOf, walk, type Visit } from '../tree.js';
import { positionalClash } from './positional.js';

interface RefNode<T> {
  id: string;
  label: string;
  children: T[];
}

/** Where a reference points: the clause, its index path from the top, its sibling list and index. */
export interface ClauseLocation<T> {
  /** The clause found. */
  clause: T;
  /** Indices from the top-level list down to the clause. */
  path: number[];
  /** The list that contains the clause. */
  siblings: readonly T[];
  /** The clause's index in `siblings`. */
  index: number;
}

/** A clause as the walk met it: its siblings and index, and the walk's link to its parent. */
interface Walked<T> {
  clause: T;
  siblings: readonly T[];
  index: number;
  visit: Visit<T>;
}

/** All clauses in document (pre-)order; a node without a children array is taken as a leaf. */
function allClauses<T extends RefNode<T>>(clauses: readonly T[]): Walked<T>[] {
  const out: Walked<T>[] = [];
  walk(clauses, (visit) => {
    const { node, index, up } = visit;
    out.push({ clause: node, siblings: up?.node.children ?? clauses, index, visit });
    return Array.isArray(node.children) ? undefined : 'skip';
  });
  return out;
}

function lastSegment(id: string): string {
  const dot = id.lastIndexOf('.');
  return dot < 0 ? id : id.slice(dot + 1);
}

function statusOf(node: unknown): string | undefined {
  const s = (node as { status?: unknown }).status;
  return typeof s === 'string' ? s : undefined;
}

function baseLabelOf(node: unknown): string | undefined {
  const s = (node as { baseLabel?: unknown }).baseLabel;
  return typeof s === 'string' ? s : undefined;
}

/**
 * Finds the sibling matching one key: by label key first, then by id segment (an unlabelled clause's or bullet's
 * position); `labelledOnly` matches by label key only.
 */
function matchSibling<T extends RefNode<T>>(
  list: readonly T[],
  key: string,
  old: boolean,
  labelledOnly = false,
): number {
  const labelOf = (c: T): string => (old ? (baseLabelOf(c) ?? c.label) : c.label);
  const eligible = (c: T): boolean => {
    if (labelledOnly && labelKey(labelOf(c)) === '') return false;
    const status = statusOf(c);
    return old ? status !== 'inserted' : true;
  };
  let fallback = -1;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (!eligible(c)) continue;
      // In the amended numbering a deleted clause only matches when nothing else does.
      if (!old && pass === 0 && statusOf(c) === 'deleted') continue;
      if (labelKey(labelOf(c)) === key) return i;
      if (fallback < 0 && labelKey(labelOf(c)) === '' && lastSegment(c.id) === key) fallback = i;
    }
    if (fallback >= 0) return fallback;
  }
  // Last resort: an id segment with a disambiguation suffix or a redline "-alt".
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (eligible(c) && lastSegment(c.id) === key) return i;
  }
  return -1;
}

function followPath<T extends RefNode<T>>(
  list: readonly T[],
  keys: readonly string[],
  old: boolean,
  anchor: Walked<T> | undefined,
  labelledOnly = false,
): ClauseLocation<T> | undefined {
  let siblings = list;
  const path: number[] = [];
  let found: T | undefined;
  let index = -1;
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) {
      if (!found) return undefined;
      siblings = found.children;
    }
    index = matchSibling(siblings, keys[k]!, old, labelledOnly);
    if (index < 0) return undefined;
    found = siblings[index]!;
    path.push(index);
  }
  if (!found) return undefined;
  return { clause: found, path: anchor ? [...indexPathOf(anchor.visit), ...path] : path, siblings, index };
}

/** Splits one key into alternatives: `"2b"` → `[["2b"], ["2","b"]]`, `"2.b"` → `[["2","b"]]`. */
function tokenAlternatives(token: string): string[][] {
  let t = token;
  // Strip the label punctuation around a key: "(3)", "3.", "b)", "3.)".
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
  while (t.endsWith(')') || t.endsWith('.')) t = t.slice(0, -1);
  if (t === '') return [];
  if (t.includes('.')) {
    // "2.b", "I.2", "§7.1": an id-like path.
    const parts = t.split('.').map((p) => p.replace(/^\(|\)$/g, ''));
    if (parts.some((p) => p === '')) return [];
    return [parts];
  }
  // "2b" may be the label "2b." (an inserted clause) or clause 2, letter b.
  let i = 0;
  while (i < t.length && t[i]! >= '0' && t[i]! <= '9') i++;
  if (i > 0 && i < t.length && /^[a-z]+$/.test(t.slice(i))) return [[t], [t.slice(0, i), t.slice(i)]];
  return [[t]];
}

function isKeyToken(token: string): boolean {
  return /^\(?§?\d{0,3}[A-Z]{0,4}(?:\.[0-9A-Z]{1,4}){0,8}\)?\.?\)?$/i.test(token) && /[0-9A-Z]/i.test(token);
}

/** A reference read as key paths. */
export interface ParsedRef {
  /** Alternative key paths, preferred first. */
  paths: string[][];
  /** Base numbering requested ("Ziffer 2 (alt)"). */
  old: boolean;
  /** The keys a unit noun gives in a base that numbers its units as a list ("§ 7" → `7`): found by a label only. */
  units?: ReadonlySet<string>;
}

/** At most this many keys in a reference written without nouns ("2 b aa"): a longer one is no reference. */
const MAX_BARE_KEYS = 8;

/** Nouns of units, found by their citation or, in a base that numbers them as a list, by their label. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['§', 'Art.', 'Abschnitt', 'Teil', 'Kapitel', 'Anlage']);

/** The keys a reference part can match: "§ 7" → `§7` (the citation id) or `7`, "Abschnitt 2" → `Abschnitt2` or `2`. */
function partAlternatives(part: RefPart): string[][] {
  // A base that numbers its §§ as a list ("4.", "5.") is found too.
  if (part.noun === '§') return [[`§${part.label}`], [part.label]];
  if (part.noun === 'Art.') return [[`Art${part.label}`], [part.label]];
  if (UNIT_NOUNS.has(part.noun)) return [[`${part.noun}${part.label}`], [part.label]];
  return tokenAlternatives(part.label);
}

/** Every combination of the parts' alternatives (at most 16, preferred first). */
function combine(alternatives: readonly string[][][]): string[][] {
  let paths: string[][] = [[]];
  for (const alts of alternatives) {
    if (alts.length === 0) return [];
    const next: string[][] = [];
    for (const p of paths) for (const a of alts) if (next.length < 16) next.push([...p, ...a]);
    paths = next;
  }
  return paths;
}

/**
 * Reads a reference into key paths; undefined when it is not one. A
 * reference with nouns ("§ 7 Abs. 1", "Ziffer 2 Buchstabe b", "Punkt 2 b)",
 * "bisherige Ziffer 2") is read by the one reference reader (`readRefText`);
 * one written as bare keys ("2b", "3.", "2.b", "II 1", "§7.1") by the key
 * reader here. A reference to a sentence or a line is not a clause's.
 */
export function parseReference(ref: string): ParsedRef | undefined {
  const refs = readRefText(ref);
  if (refs !== undefined) {
    if (refs.length !== 1) return undefined;
    const r = refs[0]!;
    if (r.parts.length === 0 || r.sentence !== undefined || r.halfSentence !== undefined || r.line !== undefined)
      return undefined;
    const paths = combine(r.parts.map(partAlternatives));
    if (paths.length === 0) return undefined;
    const units = r.parts.filter((p) => UNIT_NOUNS.has(p.noun)).map((p) => p.label);
    return units.length === 0
      ? { paths, old: r.tag === 'alt' }
      : { paths, old: r.tag === 'alt', units: new Set(units) };
  }
  return parseBareKeys(ref);
}

/** "2 b", "2b", "Ziffer 2.b", "I.2 (alt)": keys, with nouns, "in" and "(alt)"/"(neu)" skipped. */
function parseBareKeys(ref: string): ParsedRef | undefined {
  let old = false;
  const tokens: string[] = [];
  for (const word of ref.replace(/[,;:]/g, ' ').split(' ')) {
    if (word === '') continue;
    const lower = word.toLowerCase();
    const bare = lower.replace(/^\(|\)$/g, '');
    if (OLD_WORDS.has(bare)) old = true;
    else if (NEW_WORDS.has(bare) || lower === 'in' || REFERENCE_NOUNS.has(lower.replace(/\.$/, ''))) continue;
    // "des Beschlusses", "der Vorlage": the rest names the document, not a clause.
    else if (DOCUMENT_WORDS.has(lower)) break;
    else if (!isKeyToken(word) || tokens.length === MAX_BARE_KEYS) return undefined;
    else tokens.push(word);
  }
  if (tokens.length === 0) return undefined;
  const paths = combine(tokens.map(tokenAlternatives));
  return paths.length === 0 ? undefined : { paths, old };
}

/**
 * Resolves an id or a German reference against a clause tree.
 *
 * @param clauses - top-level clauses of any clause-shaped tree (Clause, RedlineClause)
 * @param ref - an id (`"2.b"`) or a German reference (`"Ziffer 2 Buchstabe b"`)
 * @returns the clause with its location, or `undefined` when nothing (or more than one place) matches, or when a
 *   numbered reference would find an unnumbered paragraph by its position while the tree numbers an item so
 */
export function locateClause<T extends RefNode<T>>(clauses: readonly T[], ref: string): ClauseLocation<T> | undefined {
  const found = locateClauseBy(clauses, ref);
  if (found?.keys === undefined) return found?.location;
  return positionalClash(clauses, found, undefined, ref) === undefined ? found.location : undefined;
}

/**
 * Whether `keys` would find a clause — from the top or anywhere — without taking an unlabelled clause's position
 * for a key (positional.ts asks this when a reference found an unlabelled clause so).
 */
export function labelledMatch<T extends RefNode<T>>(
  clauses: readonly T[],
  keys: readonly string[],
  old = false,
): boolean {
  if (followPath(clauses, keys, old, undefined, true) !== undefined) return true;
  return allClauses(clauses).some(
    (w) => w.clause.children.length > 0 && followPath(w.clause.children, keys, old, w, true) !== undefined,
  );
}

/** A clause found by a reference, with the key path that found it (none for an id) and the keys of its unit nouns. */
export interface KeyedLocation<T> {
  location: ClauseLocation<T>;
  keys?: readonly string[];
  units?: ReadonlySet<string>;
}

/** A {@link KeyedLocation} of `location`, found by `keys` of `parsed`. */
export function keyed<T>(location: ClauseLocation<T>, keys: readonly string[], parsed: ParsedRef): KeyedLocation<T> {
  return parsed.units === undefined ? { location, keys } : { location, keys, units: parsed.units };
}

/** What `locateClause` finds, with the key path that found it (none for an id), before the positional check. */
export function locateClauseBy<T extends RefNode<T>>(clauses: readonly T[], ref: string): KeyedLocation<T> | undefined {
  if (typeof ref !== 'string' || !Array.isArray(clauses)) return undefined;
  const trimmed = ref.trim();
  if (trimmed === '') return undefined;
  const all = allClauses(clauses);
  const byId = all.find((w) => w.clause.id === trimmed);
  if (byId)
    return {
      location: { clause: byId.clause, path: indexPathOf(byId.visit), siblings: byId.siblings, index: byId.index },
    };
  const parsed = parseReference(trimmed);
  if (!parsed) return undefined;
  for (const keys of parsed.paths) {
    const hit = followPath(clauses, keys, parsed.old, undefined);
    if (hit) return keyed(hit, keys, parsed);
  }
  // Anchored anywhere: accept only an unambiguous match.
  for (const keys of parsed.paths) {
    let unique: ClauseLocation<T> | undefined;
    let count = 0;
    for (const w of all) {
      if (w.clause.children.length === 0) continue;
      const hit = followPath(w.clause.children, keys, parsed.old, w);
      if (hit) {
        count++;
        unique = hit;
        if (count > 1) break;
      }
    }
    if (count === 1) return keyed(unique!, keys, parsed);
    if (count > 1) return undefined;
  }
  return undefined;
}

/**
 * Finds a clause of a resolution by id or German reference
 * (`"Ziffer 3"`, `"Punkt 2 b)"`, `"Ziffer 2 Buchstabe b"`, `"2b"`, `"Nr. 3"`).
 *
 * @returns the clause, or `undefined` when the reference matches no clause or is ambiguous
 * @throws {RedlineError} `invalid-input` when `resolution` is not shaped like a resolution or `ref` is not a string
 */
export function findClause(resolution: { clauses: readonly Clause[] }, ref: string): Clause | undefined {
  checkResolution(resolution, 'given', { lead: false });
  if (typeof ref !== 'string') {
    throw new RedlineError(
      'invalid-input',
      `A clause reference must be a string, got ${ref === null ? 'null' : typeof ref}.`,
    );
  }
  return locateClause(resolution.clauses, ref)?.clause;
}
