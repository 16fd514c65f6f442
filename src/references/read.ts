/**
 * Reading clause references inside instruction sentences: "Ziffer 3",
 * "Ziffern 2 und 3", "Ziffern 4 bis 6", "Punkt 2 b)", "Ziffer 2 Buchstabe b",
 * "Ziffer 8, Satz 1", "§ 4 Abs. 6 Satz 1", "Satz 2 der Ziffer 3", "im letzten
 * Satz von Ziffer 3", "Ziffer 2 (alt)", "Zeile 12" — from instruction tokens
 * into structured {@link Ref}s (ref.ts), whose canonical spelling `formatRef`
 * writes.
 *
 * @module
 */
import type { InstructionToken } from './tokens.js';
import {
  AND_WORDS,
  LAST_WORDS,
  ORDINALS,
  RANGE_WORDS,
  REFERENCE_NOUNS,
  WHOLE_RESOLUTION_NOUNS,
  type Noun,
} from './nouns.js';
import { isLabelFor, isLetterLabel, isNumberLabel, labelRange } from './labels.js';
import { RefSyntaxError, type Ref } from './ref.js';

/** The result of reading a reference phrase. */
export type RefRead =
  | { kind: 'refs'; refs: Ref[]; next: number }
  /** A reference noun without a number: "folgende Ziffer", "den Satz". */
  | { kind: 'noun'; noun: Noun; word: string; next: number };

const CONNECTORS = new Set(['der', 'des', 'von', 'vom', 'in', 'im', 'aus']);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);

/** A parsed item: one noun with its labels (a list when "Ziffern 2 und 3"). */
interface Item {
  noun: Noun;
  labels: string[];
  last?: boolean;
  tag?: 'alt' | 'neu';
  /** A line range ("Zeilen 12 bis 140"), kept as its two ends. */
  range?: boolean;
}

/**
 * Reads the reference phrase that starts with the noun at `tokens[i]`.
 * `ordinal` is an ordinal read just before the noun ("der zweite Satz",
 * "im letzten Satz"): it stands in for a missing number.
 *
 * @throws {RefSyntaxError} for a phrase that is a reference but cannot be read
 */
export function readReference(
  tokens: readonly InstructionToken[],
  i: number,
  ordinal?: number | 'last',
): RefRead | undefined {
  const first = nounAt(tokens, i);
  if (first === undefined) return undefined;
  const head = readItem(tokens, i, ordinal);
  if (head.item === undefined) return { kind: 'noun', noun: first, word: tokens[i]!.text, next: head.next };
  // Chains: "Ziffer 2 Buchstabe b", "Ziffer 8, Satz 1", "Punkt 2 b)"; reversed: "Satz 2 der Ziffer 3".
  const segments: Item[][] = [[head.item]];
  let j = head.next;
  for (;;) {
    const next = chainLink(tokens, j, segments);
    if (next === undefined) break;
    j = next;
  }
  // Outer segments come last in the sentence ("Satz 2 der Ziffer 3"): reverse them.
  const items: Item[] = [];
  for (let s = segments.length - 1; s >= 0; s -= 1) items.push(...segments[s]!);
  return { kind: 'refs', refs: expand(items, tokens[i]!.start), next: j };
}

/** Reads the link of a reference chain at `j` into `segments`; the offset after it, or undefined where the chain ends. */
function chainLink(tokens: readonly InstructionToken[], j: number, segments: Item[][]): number | undefined {
  const current = segments[segments.length - 1]!;
  const last = current[current.length - 1]!;
  const tok = tokens[j];
  if (tok === undefined) return undefined;
  // A bare letter after a clause number: "Punkt 2 b)", "Ziffer 2 b".
  if (
    tok.kind === 'word' &&
    last.noun.kind === 'clause' &&
    last.labels.length === 1 &&
    isNumberLabel(last.labels[0]!) &&
    isLetterLabel(tok.text) &&
    tok.text === tok.lower &&
    !isNounWord(tokens, j)
  ) {
    const next = tokens[j + 1];
    const close = next?.kind === 'punct' && next.text === ')' ? 1 : 0;
    current.push({ noun: { kind: 'clause', canonical: 'Buchstabe' }, labels: [tok.text] });
    return j + 1 + close;
  }
  let k = j;
  if (
    tok.kind === 'punct' &&
    tok.text === ',' &&
    (nounAt(tokens, j + 1) !== undefined || ordinalAt(tokens, j + 1) !== undefined)
  )
    k = j + 1;
  // "Absatz 2 letzter Satz", "Ziffer 3, zweiter Satz".
  const ordinal = ordinalAt(tokens, k);
  const at = ordinal !== undefined && nounAt(tokens, k + 1) !== undefined ? k + 1 : k;
  if (nounAt(tokens, at) !== undefined) {
    const read = readItem(tokens, at, at === k ? undefined : ordinal);
    if (read.item === undefined) return undefined;
    current.push(read.item);
    return read.next;
  }
  // "der Ziffer 3", "von Ziffer 3", "des Beschlussvorschlags".
  if (tok.kind === 'word' && CONNECTORS.has(tok.lower)) return outerLink(tokens, j, segments);
  return undefined;
}

/** "der Ziffer 3", "im letzten Satz von …", "des Beschlusses" at `j` (a connector): an outer segment, or the document. */
function outerLink(tokens: readonly InstructionToken[], j: number, segments: Item[][]): number | undefined {
  let m = j + 1;
  const article = tokens[m];
  if (article?.kind === 'word' && ARTICLES.has(article.lower)) m += 1;
  let inner: number | 'last' | undefined;
  const adj = tokens[m];
  if (adj?.kind === 'word' && (ORDINALS.has(adj.lower) || LAST_WORDS.has(adj.lower))) {
    inner = ORDINALS.get(adj.lower) ?? 'last';
    m += 1;
  }
  const target = tokens[m];
  if (target?.kind === 'word' && inner === undefined && WHOLE_RESOLUTION_NOUNS.has(target.lower)) return m + 1;
  if (nounAt(tokens, m) === undefined) return undefined;
  const read = readItem(tokens, m, inner);
  if (read.item === undefined) return undefined;
  segments.push([read.item]);
  return read.next;
}

function nounAt(tokens: readonly InstructionToken[], i: number): Noun | undefined {
  const tok = tokens[i];
  if (tok === undefined || tok.kind !== 'word') return undefined;
  return REFERENCE_NOUNS.get(tok.lower);
}

function ordinalAt(tokens: readonly InstructionToken[], i: number): number | 'last' | undefined {
  const tok = tokens[i];
  if (tok === undefined || tok.kind !== 'word') return undefined;
  return ORDINALS.get(tok.lower) ?? (LAST_WORDS.has(tok.lower) ? 'last' : undefined);
}

function isNounWord(tokens: readonly InstructionToken[], i: number): boolean {
  return nounAt(tokens, i) !== undefined;
}

/** Reads "Noun label[s] [(alt|neu)]" at `i`; `item` is undefined when no label (or ordinal) is there. */
function readItem(
  tokens: readonly InstructionToken[],
  i: number,
  ordinal: number | 'last' | undefined,
): { item?: Item; next: number } {
  const noun = nounAt(tokens, i)!;
  let j = i + 1;
  const dot = tokens[j];
  if (noun.abbreviation === true && dot?.kind === 'punct' && dot.text === '.') j += 1;
  const labels: string[] = [];
  const label = readLabel(tokens, j, noun.kind);
  if (label === undefined) {
    if (ordinal === undefined) return { next: j };
    const item: Item = { noun, labels: ordinal === 'last' ? [] : [String(ordinal)] };
    if (ordinal === 'last') item.last = true;
    return { item, next: j };
  }
  labels.push(label.label);
  j = label.next;
  let lineRange = false;
  // Lists and ranges: "Ziffern 2, 3 und 4", "Ziffern 4 bis 6".
  for (;;) {
    const sep = tokens[j];
    if (sep === undefined) break;
    const isList = (sep.kind === 'punct' && sep.text === ',') || (sep.kind === 'word' && AND_WORDS.has(sep.lower));
    const isRange = sep.kind === 'word' && RANGE_WORDS.has(sep.lower);
    if (!isList && !isRange) break;
    const next = readLabel(tokens, j + 1, noun.kind);
    if (next === undefined || isNounWord(tokens, j + 1)) break;
    // Line ranges can be long ("Zeilen 12 bis 140"): keep the two ends.
    if (isRange && noun.kind === 'line') {
      if (labels.length !== 1)
        throw new RefSyntaxError(
          'a line range needs one first and one last line ("Zeilen 12 bis 14")',
          tokens[j + 1]!.start,
        );
      labels.push(next.label);
      lineRange = true;
    } else if (isRange) labels.push(...labelRange(labels[labels.length - 1]!, next.label, tokens[j + 1]!.start));
    else labels.push(next.label);
    j = next.next;
  }
  const item: Item = { noun, labels };
  if (lineRange) item.range = true;
  // "(alt)" / "(neu)".
  const open = tokens[j];
  const word = tokens[j + 1];
  const close = tokens[j + 2];
  if (
    open?.kind === 'punct' &&
    open.text === '(' &&
    word?.kind === 'word' &&
    (word.lower === 'alt' || word.lower === 'neu') &&
    close?.kind === 'punct' &&
    close.text === ')'
  ) {
    item.tag = word.lower;
    j += 3;
  }
  return { item, next: j };
}

/** A label at `j`: "3", "3a", "b", "b)", "(2)", "II". */
function readLabel(
  tokens: readonly InstructionToken[],
  j: number,
  kind: Noun['kind'],
): { label: string; next: number } | undefined {
  const tok = tokens[j];
  if (tok === undefined) return undefined;
  if (tok.kind === 'punct' && tok.text === '(') {
    const inner = tokens[j + 1];
    const close = tokens[j + 2];
    if (inner?.kind === 'word' && isLabelFor(kind, inner.text) && close?.kind === 'punct' && close.text === ')') {
      return { label: inner.text, next: j + 3 };
    }
    return undefined;
  }
  if (tok.kind !== 'word' || !isLabelFor(kind, tok.text)) return undefined;
  const after = tokens[j + 1];
  const close = after?.kind === 'punct' && after.text === ')' && after.start === tok.end ? 1 : 0;
  return { label: tok.text, next: j + 1 + close };
}

/** Builds the references of a chain; a list ("Ziffern 2 und 3") gives one reference per label. */
function expand(items: readonly Item[], at: number): Ref[] {
  const listed = items.filter((it) => it.labels.length > 1);
  if (listed.length > 1) throw new RefSyntaxError('a reference with two lists cannot be read', at);
  const variants = listed.length === 0 ? [undefined] : listed[0]!.labels;
  const refs: Ref[] = [];
  for (const variant of variants) {
    const ref: Ref = { parts: [] };
    let level = 0; // 0 clause parts, 1 paragraph, 2 sentence
    for (const it of items) {
      const label = it.labels.length > 1 ? variant! : it.labels[0];
      switch (it.noun.kind) {
        case 'clause':
          if (level > 0) throw new RefSyntaxError(`"${it.noun.canonical}" cannot follow a paragraph or sentence`, at);
          ref.parts.push({ noun: it.noun.canonical, label: label ?? '' });
          if (it.tag !== undefined) ref.tag = it.tag;
          break;
        case 'paragraph':
          if (level > 0 || label === undefined)
            throw new RefSyntaxError('"Absatz" needs a number and must come before "Satz"', at);
          ref.paragraph = Number(label);
          level = 1;
          break;
        case 'sentence':
          if (level > 1) throw new RefSyntaxError('two sentence numbers in one reference', at);
          ref.sentence = it.last === true ? 'last' : Number(label);
          level = 2;
          break;
        case 'line': {
          if (ref.line !== undefined) throw new RefSyntaxError('two line numbers in one reference', at);
          const numbers = it.labels.map(Number);
          const from = numbers[0]!;
          const to = numbers[numbers.length - 1]!;
          // "Zeilen 12 und 13" is a range too, but only of neighbouring lines.
          const consecutive = it.range === true || numbers.every((n, k) => n === from + k);
          if (!consecutive || to < from || from < 1)
            throw new RefSyntaxError(
              `the lines ${it.labels.join(', ')} are not one range of lines ("Zeilen 12 bis 14")`,
              at,
            );
          ref.line = { from, to };
          break;
        }
      }
    }
    refs.push(ref);
    // A line range is one reference, not a list of lines.
    if (items.some((it) => it.noun.kind === 'line')) break;
  }
  return refs;
}
