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
import { locateClause } from './find-clause.js';
import { splitParagraphs, splitSentences } from '../text/sentences.js';
import type { Span } from '../text/span.js';
import { walk, type Visit } from '../tree.js';
import { LAST_WORDS, ORDINALS, REFERENCE_NOUNS, WHOLE_RESOLUTION_NOUNS } from './nouns.js';
import { readReference } from './read.js';
import type { Ref } from './ref.js';
import { instructionTokens, type InstructionToken } from './tokens.js';

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

/**
 * Lookup tables of a base, built once per amendment so that many changes do
 * not each walk the whole tree: clauses by id and by their path of label keys
 * from the top ("2.b"; the first clause with a key wins, as in `locateClause`).
 */
export interface ClauseIndex {
  byId: Map<string, Located>;
  byKeys: Map<string, Located>;
}

/** Builds the {@link ClauseIndex} of `clauses` (iteratively, in document order). */
export function indexClauses(clauses: readonly Clause[]): ClauseIndex {
  const byId = new Map<string, Located>();
  const byKeys = new Map<string, Located>();
  // Per visit (not per clause, which a hostile tree may share): its path and its path of label keys.
  const seen = new Map<Visit<Clause>, { path: number[]; keys: string | undefined }>();
  walk(clauses, (visit) => {
    const { node: clause, index, up } = visit;
    const above = up === undefined ? { path: [], keys: '' } : seen.get(up)!;
    const located: Located = { clause, path: [...above.path, index], siblings: up?.node.children ?? clauses, index };
    if (!byId.has(clause.id)) byId.set(clause.id, located);
    const key = labelKey(clause.label);
    const keys = above.keys;
    const own = keys !== undefined && key !== '' ? (keys === '' ? key : `${keys}.${key}`) : undefined;
    if (own !== undefined && !byKeys.has(own)) byKeys.set(own, located);
    if (clause.children.length > 0) seen.set(visit, { path: located.path, keys: own });
  });
  return { byId, byKeys };
}

/** Resolves `ref` against `base` (`index`, when given, must be `indexClauses(base.clauses)`). */
export function resolveAddress(base: Resolution, ref: string, index?: ClauseIndex): Address | AddressFailure {
  if (isWholeResolution(ref)) return { kind: 'whole' };
  const split = splitSubAddress(ref);
  if (split === undefined) return { kind: 'missing', reason: `the reference "${ref}" cannot be read` };
  const { clausePart, sub } = split;
  if (clausePart === '') return { kind: 'missing', reason: `the reference "${ref}" names no clause` };
  let location =
    fastLocate(index, clausePart) ?? locateClause(base.clauses, clausePart) ?? locateByKeys(base.clauses, clausePart);
  if (location === undefined)
    return { kind: 'missing', reason: `clause "${clausePart}" does not exist in the base resolution` };
  let scope: Span = { start: 0, end: location.clause.text.length };
  let narrowed = false;
  if (sub.paragraph !== undefined) {
    const key = String(sub.paragraph);
    const childIndex = location.clause.children.findIndex((c) => labelKey(c.label) === key);
    if (childIndex >= 0) {
      const parent = location.clause;
      location = {
        clause: parent.children[childIndex]!,
        path: [...location.path, childIndex],
        siblings: parent.children,
        index: childIndex,
      };
      scope = { start: 0, end: location.clause.text.length };
    } else {
      const paragraphs = splitParagraphs(location.clause.text);
      const p = paragraphs[sub.paragraph - 1];
      if (p === undefined) {
        return {
          kind: 'missing',
          reason: `clause "${clausePart}" has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}, not ${sub.paragraph}`,
        };
      }
      scope = p;
      narrowed = true;
    }
  }
  if (sub.sentence !== undefined) {
    const text = location.clause.text.slice(scope.start, scope.end);
    const sentences = splitSentences(text);
    const s = sub.sentence === 'last' ? sentences[sentences.length - 1] : sentences[sub.sentence - 1];
    if (s === undefined) {
      const where =
        sub.paragraph !== undefined ? `paragraph ${sub.paragraph} of clause "${clausePart}"` : `clause "${clausePart}"`;
      return {
        kind: 'missing',
        reason: `${where} has ${sentences.length} sentence${sentences.length === 1 ? '' : 's'}, not ${String(sub.sentence)}`,
      };
    }
    scope = { start: scope.start + s.start, end: scope.start + s.end };
    narrowed = true;
  }
  const parent = parentOf(base.clauses, location.path);
  return { kind: 'clause', clause: location.clause, parent, index: location.index, scope, narrowed };
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

/** An id, or a noun-led reference whose label path is in the index. */
function fastLocate(index: ClauseIndex | undefined, clausePart: string): Located | undefined {
  if (index === undefined) return undefined;
  const byId = index.byId.get(clausePart);
  if (byId !== undefined) return byId;
  const keys = keyPath(clausePart);
  return keys === undefined ? undefined : index.byKeys.get(keys);
}

/** "Ziffer 2 Buchstabe b" → "2.b"; undefined when the text is not a noun-led reference. */
function keyPath(clausePart: string): string | undefined {
  const tokens = instructionTokens(clausePart, 0, clausePart.length, []);
  if (tokens.length === 0) return undefined;
  let read;
  try {
    read = readReference(tokens, 0);
  } catch {
    return undefined;
  }
  if (read === undefined || read.kind !== 'refs' || read.next !== tokens.length || read.refs.length !== 1)
    return undefined;
  const ref = read.refs[0]!;
  if (ref.parts.length === 0 || ref.sentence !== undefined || ref.paragraph !== undefined) return undefined;
  return ref.parts.map((p) => p.label).join('.');
}

/** "Ziffer 2 Buchstabe b" → the id path "2.b" (for nouns `locateClause` does not know, like "§"). */
function locateByKeys(clauses: readonly Clause[], clausePart: string): Located | undefined {
  const keys = keyPath(clausePart);
  return keys === undefined ? undefined : locateClause(clauses, keys);
}

/** Splits "Ziffer 3, Satz 2" into the clause part and the paragraph/sentence sub-address. */
function splitSubAddress(ref: string): { clausePart: string; sub: Pick<Ref, 'paragraph' | 'sentence'> } | undefined {
  const tokens = instructionTokens(ref, 0, ref.length, []);
  const at = tokens.findIndex((t, i) => isSubAddressStart(tokens, i) && t.kind === 'word');
  if (at === -1) return { clausePart: ref.trim(), sub: {} };
  let clausePart = ref.slice(0, tokens[at]!.start).trim();
  while (clausePart.endsWith(',')) clausePart = clausePart.slice(0, -1).trimEnd();
  let i = at;
  let ordinal: number | 'last' | undefined;
  const first = tokens[i]!;
  if (first.kind === 'word' && (LAST_WORDS.has(first.lower) || ORDINALS.has(first.lower))) {
    ordinal = ORDINALS.get(first.lower) ?? 'last';
    i += 1;
  }
  let read;
  try {
    read = readReference(tokens, i, ordinal);
  } catch {
    return undefined;
  }
  if (read === undefined || read.kind !== 'refs' || read.refs.length !== 1 || !onlyPunctuation(tokens, read.next))
    return undefined;
  const ref0 = read.refs[0]!;
  if (ref0.parts.length > 0) return undefined;
  const sub: Pick<Ref, 'paragraph' | 'sentence'> = {};
  if (ref0.paragraph !== undefined) sub.paragraph = ref0.paragraph;
  if (ref0.sentence !== undefined) sub.sentence = ref0.sentence;
  return { clausePart, sub };
}

function isSubAddressStart(tokens: readonly InstructionToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  const noun = REFERENCE_NOUNS.get(t.lower);
  if (noun !== undefined) return noun.kind === 'paragraph' || noun.kind === 'sentence';
  if (LAST_WORDS.has(t.lower) || ORDINALS.has(t.lower)) {
    const next = tokens[i + 1];
    return next?.kind === 'word' && REFERENCE_NOUNS.get(next.lower)?.kind === 'sentence';
  }
  return false;
}

function onlyPunctuation(tokens: readonly InstructionToken[], from: number): boolean {
  for (let i = from; i < tokens.length; i += 1) if (tokens[i]!.kind !== 'punct') return false;
  return true;
}
