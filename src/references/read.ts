/**
 * Clause references inside instruction sentences: "Ziffer 3", "Ziffern 2 und
 * 3", "Ziffern 4 bis 6", "Punkt 2 b)", "Ziffer 2 Buchstabe b", "Ziffer 8,
 * Satz 1", "§ 4 Abs. 6 Satz 1", "Satz 2 der Ziffer 3", "im letzten Satz von
 * Ziffer 3", "Ziffer 2 (alt)", "Zeile 12". Read from instruction tokens into a
 * structured {@link Ref}, and written back in one canonical spelling that
 * `Change.clause` carries ("Ziffer 2 Buchstabe b Satz 1", "Ziffer 3 letzter Satz").
 *
 * @module
 */
import { romanValue, toRoman } from '../parse/labels.js';
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

/** One level of a clause path: "Ziffer 3", "Buchstabe b". */
export interface RefPart {
  /** Canonical noun ("Ziffer", "Punkt", "Nr.", "Buchstabe", "Spiegelstrich", "§", …). */
  noun: string;
  /** The label key as written ("3", "3a", "b", "II"). */
  label: string;
}

/** A structured clause reference. */
export interface Ref {
  /** The clause path, outermost first (may be empty: "Satz 2" alone). */
  parts: RefPart[];
  /** "Absatz 2": a paragraph of the clause text (or a clause labelled "(2)", decided when applying). */
  paragraph?: number;
  /** "Satz 2" or "letzter Satz". */
  sentence?: number | 'last';
  /** "Zeile 12", "Zeilen 12 bis 14": lines of the numbered base (see src/numbering/). */
  line?: { from: number; to: number };
  /** "(alt)" or "(neu)" after the last clause label. */
  tag?: 'alt' | 'neu';
}

/** The result of reading a reference phrase. */
export type RefRead =
  | { kind: 'refs'; refs: Ref[]; next: number }
  /** A reference noun without a number: "folgende Ziffer", "den Satz". */
  | { kind: 'noun'; noun: Noun; word: string; next: number };

/** A problem in a reference phrase, with the token where it was found. */
export class RefSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const CONNECTORS = new Set(['der', 'des', 'von', 'vom', 'in', 'im', 'aus']);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);

function isDigits(s: string): boolean {
  if (s.length === 0 || s.length > 4) return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}

/** "3", "3a", "12bb". */
function isNumberLabel(s: string): boolean {
  let i = 0;
  while (i < s.length && s[i]! >= '0' && s[i]! <= '9') i += 1;
  if (i === 0 || i > 4) return false;
  const rest = s.slice(i);
  if (rest.length > 2) return false;
  for (const c of rest) if (c < 'a' || c > 'z') return false;
  return true;
}

/** "b", "aa" (a doubled letter), "B". */
function isLetterLabel(s: string): boolean {
  if (s.length === 1) return (s >= 'a' && s <= 'z') || (s >= 'A' && s <= 'Z');
  return s.length === 2 && s[0] === s[1] && s[0]! >= 'a' && s[0]! <= 'z';
}

function isRomanLabel(s: string): boolean {
  if (s.length === 0 || s !== s.toUpperCase()) return false;
  return romanValue(s) > 0;
}

/** Whether `word` can be the label after a noun of `kind`. */
function isLabelFor(kind: Noun['kind'], word: string): boolean {
  if (kind === 'clause') return isNumberLabel(word) || isLetterLabel(word) || isRomanLabel(word);
  // Motion books of a whole party congress run to tens of thousands of lines.
  if (kind === 'line') return word.length <= 6 && isDigits(word.slice(0, 4)) && isDigits(word.slice(4) || '0');
  return isDigits(word);
}

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
    const current = segments[segments.length - 1]!;
    const last = current[current.length - 1]!;
    const tok = tokens[j];
    if (tok === undefined) break;
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
      j += 1 + close;
      continue;
    }
    let k = j;
    if (
      tok.kind === 'punct' &&
      tok.text === ',' &&
      (nounAt(tokens, j + 1) !== undefined || ordinalAt(tokens, j + 1) !== undefined)
    )
      k = j + 1;
    // "Absatz 2 letzter Satz", "Ziffer 3, zweiter Satz".
    const ordinal2 = ordinalAt(tokens, k);
    if (ordinal2 !== undefined && nounAt(tokens, k + 1) !== undefined) {
      const read = readItem(tokens, k + 1, ordinal2);
      if (read.item === undefined) break;
      current.push(read.item);
      j = read.next;
      continue;
    }
    if (nounAt(tokens, k) !== undefined) {
      const read = readItem(tokens, k, undefined);
      if (read.item === undefined) break;
      current.push(read.item);
      j = read.next;
      continue;
    }
    // "der Ziffer 3", "von Ziffer 3", "des Beschlussvorschlags".
    if (tok.kind === 'word' && CONNECTORS.has(tok.lower)) {
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
      if (target?.kind === 'word' && inner === undefined && WHOLE_RESOLUTION_NOUNS.has(target.lower)) {
        j = m + 1;
        continue;
      }
      if (nounAt(tokens, m) !== undefined) {
        const read = readItem(tokens, m, inner);
        if (read.item !== undefined) {
          segments.push([read.item]);
          j = read.next;
          continue;
        }
      }
    }
    break;
  }
  // Outer segments come last in the sentence ("Satz 2 der Ziffer 3"): reverse them.
  const items: Item[] = [];
  for (let s = segments.length - 1; s >= 0; s -= 1) items.push(...segments[s]!);
  return { kind: 'refs', refs: expand(items, tokens[i]!.start), next: j };
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
    } else if (isRange) labels.push(...range(labels[labels.length - 1]!, next.label, tokens[j + 1]!.start));
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

/** The labels from `from` to `to` inclusive ("4 bis 6", "a bis c"). */
function range(from: string, to: string, at: number): string[] {
  const out: string[] = [];
  if (isDigits(from) && isDigits(to)) {
    const a = Number(from);
    const b = Number(to);
    if (b <= a || b - a > 100)
      throw new RefSyntaxError(`the range "${from} bis ${to}" is not increasing (or too long)`, at);
    for (let n = a + 1; n <= b; n += 1) out.push(String(n));
    return out;
  }
  if (from.length === 1 && to.length === 1 && isLetterLabel(from) && isLetterLabel(to) && to > from) {
    for (let c = from.charCodeAt(0) + 1; c <= to.charCodeAt(0); c += 1) out.push(String.fromCharCode(c));
    return out;
  }
  if (isRomanLabel(from) && isRomanLabel(to) && romanValue(to) > romanValue(from)) {
    for (let n = romanValue(from) + 1; n <= romanValue(to); n += 1) out.push(toRoman(n).toUpperCase());
    return out;
  }
  throw new RefSyntaxError(`the range "${from} bis ${to}" cannot be expanded`, at);
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

/** The canonical clause-reference string of `ref`: "Ziffer 2 Buchstabe b Absatz 2 Satz 1", "Ziffer 3 letzter Satz". */
export function formatRef(ref: Ref): string {
  const words: string[] = [];
  for (const part of ref.parts) words.push(`${part.noun} ${part.label}`);
  if (ref.paragraph !== undefined) words.push(`Absatz ${ref.paragraph}`);
  if (ref.sentence === 'last') words.push('letzter Satz');
  else if (ref.sentence !== undefined) words.push(`Satz ${ref.sentence}`);
  if (ref.line !== undefined)
    words.push(ref.line.to === ref.line.from ? `Zeile ${ref.line.from}` : `Zeilen ${ref.line.from} bis ${ref.line.to}`);
  return words.join(' ');
}

/** The label before `label` in its sequence ("4"→"3", "3b"→"3a", "3a"→"3", "c"→"b", "III"→"II"), or undefined for a first label. */
export function previousLabel(label: string): string | undefined {
  if (isNumberLabel(label)) {
    let i = 0;
    while (i < label.length && label[i]! >= '0' && label[i]! <= '9') i += 1;
    const num = Number(label.slice(0, i));
    const letters = label.slice(i);
    if (letters === '') return num > 1 ? String(num - 1) : undefined;
    const last = letters[letters.length - 1]!;
    if (last === 'a') return String(num);
    return label.slice(0, label.length - 1) + String.fromCharCode(last.charCodeAt(0) - 1);
  }
  if (isRomanLabel(label)) {
    const v = romanValue(label);
    return v > 1 ? toRoman(v - 1).toUpperCase() : undefined;
  }
  if (isLetterLabel(label)) {
    const c = label.charCodeAt(0);
    if (c === 0x61 || c === 0x41) return undefined;
    return String.fromCharCode(c - 1).repeat(label.length);
  }
  return undefined;
}
