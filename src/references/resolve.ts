/**
 * Resolving the `clause` of a change against the base: a clause id or German
 * reference (via `locateClause`), optionally narrowed to a paragraph or a
 * sentence of its text ("Ziffer 3 Satz 2", "Ziffer 3 letzter Satz",
 * "§ 4 Abs. 6 Satz 1"), or the whole resolution ("" or "Beschluss").
 *
 * "Absatz n" is a child clause when the clause has a child with key n (a
 * base structured as "(1)", "(2)"), otherwise the n-th paragraph of its text.
 *
 * @module
 */
import type { Clause, Resolution } from '../model.js';
import { labelKey } from '../parse/labels.js';
import { keyed, locateClauseBy, parseReference, type KeyedLocation } from './find-clause.js';
import { positionalClash } from './positional.js';
import { splitParagraphs } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { indexPathOf, walk, type Visit } from '../tree.js';
import { LAST_WORDS, ORDINALS, WHOLE_RESOLUTION_NOUNS } from './nouns.js';
import { nounAt, readRefText } from './read.js';
import { formatRef, type Ref } from './ref.js';
import { instructionTokens, type InstructionToken } from './tokens.js';
import { labelledParagraph } from './labelled-paragraphs.js';
import { narrowToSentence, plural } from './sentence-scope.js';

/** A resolved clause reference. */
export type Address =
  | {
      kind: 'clause';
      /** The base clause. */
      clause: Clause;
      /** Its parent (undefined for a top-level clause). */
      parent: Clause | undefined;
      /** Its index among its siblings. */
      index: number;
      /** The addressed part of `clause.text` (all of it unless a paragraph or sentence is named). */
      scope: Span;
      /** Whether a paragraph or sentence narrowed the scope. */
      narrowed: boolean;
    }
  | { kind: 'whole' };

/** Why a reference does not resolve. */
export interface AddressFailure {
  kind: 'missing';
  /** One sentence saying what is missing. */
  reason: string;
  /** Set when a numbered reference would find an unnumbered paragraph by its position (positional.ts). */
  positional?: true;
}

const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'im', 'in']);

/** Whether `ref` names the whole resolution ("", "Beschluss", "der Beschlussvorschlag"). */
export function isWholeResolution(ref: string): boolean {
  const words = ref
    .trim()
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const last = words[words.length - 1]!;
  return WHOLE_RESOLUTION_NOUNS.has(last) && words.slice(0, -1).every((w) => ARTICLES.has(w));
}

/** Where a clause sits. */
interface Located {
  clause: Clause;
  path: number[];
  siblings: readonly Clause[];
  index: number;
}

/** Paths of at most this many keys are indexed wherever they start (longer ones are rare and walk the tree). */
const SUFFIX_KEYS = 4;

/**
 * Lookup tables of a base, built once per amendment so that many changes do
 * not each walk the whole tree: clauses by id, by their path of keys from the
 * top ("2.b"; the first clause with a key path wins, as in `locateClause`),
 * and by the last one to four keys of that path, wherever it starts (`null`
 * where more than one clause ends such a path: an ambiguous reference). A
 * clause's key is its label key, or its id segment when it has no label.
 */
export interface ClauseIndex {
  byId: Map<string, Located>;
  byKeys: Map<string, Located>;
  bySuffix: Map<string, Located | null>;
  /** The label keys of the labelled clauses (a numbered reference must not find an unlabelled one by position). */
  labelled: Set<string>;
}

/** Key paths deeper than this are not indexed (a reference that deep walks the tree): their strings would be depth² characters on a deep tree. */
const KEY_PATH_DEPTH = 8;

/** Builds the {@link ClauseIndex} of `clauses` (iteratively, in document order). */
export function indexClauses(clauses: readonly Clause[]): ClauseIndex {
  const byId = new Map<string, Located>();
  const byKeys = new Map<string, Located>();
  const bySuffix = new Map<string, Located | null>();
  const labelled = new Set<string>();
  // Per visit (not per clause, which a hostile tree may share): its key path (while indexed) and its last keys.
  const seen = new Map<Visit<Clause>, { keys: string | undefined; tail: string[] }>();
  walk(clauses, (visit) => {
    const { node: clause, up } = visit;
    const above = up === undefined ? { keys: '', tail: [] } : seen.get(up)!;
    const located = locatedAt(visit, up?.node.children ?? clauses);
    if (!byId.has(clause.id)) byId.set(clause.id, located);
    const own = labelKey(clause.label);
    if (own !== '') labelled.add(own);
    const key = own || lastSegment(clause.id);
    const keys =
      above.keys === undefined || visit.depth >= KEY_PATH_DEPTH
        ? undefined
        : above.keys === ''
          ? key
          : `${above.keys}.${key}`;
    if (keys !== undefined && !byKeys.has(keys)) byKeys.set(keys, located);
    const tail = [...above.tail.slice(1 - SUFFIX_KEYS), key];
    for (let k = tail.length - 1; k >= 0; k -= 1) {
      const suffix = tail.slice(k).join('.');
      bySuffix.set(suffix, bySuffix.has(suffix) ? null : located);
    }
    if (clause.children.length > 0) seen.set(visit, { keys, tail });
  });
  return { byId, byKeys, bySuffix, labelled };
}

/** A {@link Located} whose path is read from the walk's linked path when asked for (a copy per clause is depth² numbers). */
function locatedAt(visit: Visit<Clause>, siblings: readonly Clause[]): Located {
  let path: number[] | undefined;
  return {
    clause: visit.node,
    get path() {
      return (path ??= indexPathOf(visit));
    },
    siblings,
    index: visit.index,
  };
}

function lastSegment(id: string): string {
  const dot = id.lastIndexOf('.');
  return dot < 0 ? id : id.slice(dot + 1);
}

/** Resolves `ref` against `base` (`index`, when given, must be `indexClauses(base.clauses)`). */
export function resolveAddress(base: Resolution, ref: string, index?: ClauseIndex): Address | AddressFailure {
  if (isWholeResolution(ref)) return { kind: 'whole' };
  const split = splitReference(ref);
  if (split === undefined) return { kind: 'missing', reason: `the reference "${ref}" cannot be read` };
  const { clausePart, sub } = split;
  let location = clausePart === '' ? unnamedClause(base, sub) : locate(base, clausePart, index);
  if (typeof location === 'string') return { kind: 'missing', reason: location, positional: true };
  if (location === undefined && clausePart === '')
    return { kind: 'missing', reason: `the reference "${ref}" names no clause` };
  let paragraph: number | undefined;
  let clauseName = clausePart;
  if (location === undefined && split.paragraph !== undefined) {
    // "Ziffer 3 Absatz 2" of a clause without children "(1)", "(2)": the second paragraph of its text.
    const outer = locate(base, split.paragraph.clausePart, index);
    if (typeof outer === 'string') return { kind: 'missing', reason: outer, positional: true };
    location = outer;
    paragraph = split.paragraph.number;
    clauseName = split.paragraph.clausePart;
  }
  if (location === undefined)
    return { kind: 'missing', reason: `clause "${clausePart}" does not exist in the base resolution` };
  let scope: Span = { start: 0, end: location.clause.text.length };
  let narrowed = false;
  if (paragraph !== undefined) {
    const paragraphs = splitParagraphs(location.clause.text);
    const labelled = labelledParagraph(location.clause.text, paragraphs, paragraph);
    const p = labelled === undefined ? paragraphs[paragraph - 1] : (labelled ?? undefined);
    if (p === undefined)
      return {
        kind: 'missing',
        reason: `clause "${clauseName}" has ${plural(paragraphs.length, 'paragraph')}, not ${paragraph}`,
      };
    scope = p;
    narrowed = true;
  }
  if (sub.sentence !== undefined) {
    const sentence = narrowToSentence(location, scope, sub, paragraph, clauseName);
    if (sentence.kind === 'missing') return sentence;
    ({ location, scope } = sentence);
    narrowed = true;
  }
  const parent = parentOf(base.clauses, location.path);
  return { kind: 'clause', clause: location.clause, parent, index: location.index, scope, narrowed };
}

/**
 * The clause `clausePart` names: through the index when given, else by walking the tree; a string says why a
 * numbered reference that would find an unnumbered paragraph by its position is refused (positional.ts).
 */
function locate(base: Resolution, clausePart: string, index: ClauseIndex | undefined): Located | undefined | string {
  const found = index === undefined ? locateClauseBy(base.clauses, clausePart) : locateIndexed(base, clausePart, index);
  if (found?.keys === undefined) return found?.location;
  return positionalClash(base.clauses, found, index?.labelled, clausePart) ?? found.location;
}

function locateIndexed(base: Resolution, clausePart: string, index: ClauseIndex): KeyedLocation<Clause> | undefined {
  const byId = index.byId.get(clausePart);
  if (byId !== undefined) return { location: byId };
  const parsed = parseReference(clausePart);
  if (parsed === undefined) return undefined;
  // "(alt)" asks for the base numbering of a redline; a resolution has no other, so the index serves both.
  for (const keys of parsed.paths) {
    const hit = index.byKeys.get(keys.join('.'));
    if (hit !== undefined) return keyed(hit, keys, parsed);
  }
  for (const keys of parsed.paths) {
    if (keys.length > SUFFIX_KEYS) return locateClauseBy(base.clauses, clausePart);
    const hit = index.bySuffix.get(keys.join('.'));
    if (hit !== undefined) return hit === null ? undefined : keyed(hit, keys, parsed);
  }
  return undefined;
}

function parentOf(clauses: readonly Clause[], path: readonly number[]): Clause | undefined {
  let list = clauses;
  let parent: Clause | undefined;
  for (let i = 0; i + 1 < path.length; i += 1) {
    parent = list[path[i]!];
    if (parent === undefined) return undefined;
    list = parent.children;
  }
  return parent;
}

/**
 * The clause of a sentence named without one ("Satz 2", "der letzte Satz"): the
 * resolution's text when it is one clause; with several, no clause is named (never a guess of the last one).
 */
function unnamedClause(base: Resolution, _sub: Pick<Ref, 'sentence'>): Located | undefined {
  const only = base.clauses.length === 1 && base.clauses[0]!.children.length === 0;
  if (!only) return undefined;
  let siblings: readonly Clause[] = base.clauses;
  const path: number[] = [];
  for (;;) {
    const index = siblings.length - 1;
    const clause = siblings[index];
    if (clause === undefined) return undefined;
    path.push(index);
    if (clause.children.length === 0) return { clause, path, siblings, index };
    siblings = clause.children;
  }
}

/** A reference split into its clause and the sentence it narrows to. */
interface SplitReference {
  /** The clause, as an id or a reference ("§ 4 Absatz 6", "2.b"). */
  clausePart: string;
  sub: Pick<Ref, 'sentence' | 'halfSentence'>;
  /** When the clause ends in "Absatz n": the clause before it, for reading Absatz n as its n-th text paragraph. */
  paragraph?: { clausePart: string; number: number };
}

/**
 * Splits "§ 4 Abs. 6 Satz 1", "Ziffer 3, Satz 2", "2.b letzter Satz" into the
 * clause and the sentence; undefined when the reference cannot be read.
 */
function splitReference(ref: string): SplitReference | undefined {
  const whole = readRefText(ref);
  if (whole !== undefined) {
    if (whole.length !== 1 || whole[0]!.line !== undefined) return undefined;
    return fromRef(whole[0]!);
  }
  // An id or bare keys before the sentence: "2.b Satz 1".
  const tokens = instructionTokens(ref, 0, ref.length, []);
  const at = tokens.findIndex((_, i) => isSentenceStart(tokens, i));
  if (at === -1) return { clausePart: ref.trim(), sub: {} };
  let clausePart = ref.slice(0, tokens[at]!.start).trim();
  while (clausePart.endsWith(',')) clausePart = clausePart.slice(0, -1).trimEnd();
  const rest = readRefText(ref.slice(tokens[at]!.start));
  if (rest === undefined || rest.length !== 1 || rest[0]!.parts.length > 0) return undefined;
  return { clausePart, sub: subOf(rest[0]!) };
}

function fromRef(ref: Ref): SplitReference {
  const split: SplitReference = { clausePart: clauseName(ref.parts, ref), sub: subOf(ref) };
  const last = ref.parts[ref.parts.length - 1];
  if (last?.noun === 'Absatz' && ref.parts.length > 1 && /^\d{1,4}$/.test(last.label)) {
    const clausePart = clauseName(ref.parts.slice(0, -1), ref);
    split.paragraph = { clausePart, number: Number(last.label) };
  }
  return split;
}

/** The clause path as a reference; `formatRef` leaves the tag out, but `(alt)` selects a redline's base numbering. */
function clauseName(parts: Ref['parts'], ref: Ref): string {
  const name = formatRef({ parts });
  return ref.tag === 'alt' ? `${name} (alt)` : name;
}

function subOf(ref: Ref): Pick<Ref, 'sentence' | 'halfSentence'> {
  const sub: Pick<Ref, 'sentence' | 'halfSentence'> = {};
  if (ref.sentence !== undefined) sub.sentence = ref.sentence;
  if (ref.halfSentence !== undefined) sub.halfSentence = ref.halfSentence;
  return sub;
}

function isSentenceStart(tokens: readonly InstructionToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  const noun = nounAt(tokens, i);
  if (noun !== undefined) return noun.kind === 'sentence';
  if (LAST_WORDS.has(t.lower) || ORDINALS.has(t.lower)) return nounAt(tokens, i + 1)?.kind === 'sentence';
  return false;
}
