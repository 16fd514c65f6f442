/**
 * The one reader of clause references, from the tokens of an instruction
 * sentence or of a reference string (`readRefText`): "Ziffer 3", "Ziffern 2
 * und 3", "Ziffern 4 bis 6", "Punkt 2 b)", "Ziffer 2 Buchstabe b", "Ziffer 8,
 * Satz 1", "§ 10 Abs. 1 Satz 2", "§ 16 (6)", "§ 16 Absatz 6 Nr. 3 Buchstabe
 * b", "Absatz 1a", "§§ 3 und 4", "§ 5 Abs. 2 bis 4", "Satz 2 Halbsatz 1",
 * "Satz 2 der Ziffer 3", "im letzten Satz von Ziffer 3", "Ziffer 2 (alt)",
 * "Zeile 12", and a document name after the reference ("§ 10 Abs. 1 GO",
 * "§ 7 der Bundessatzung") — into structured {@link Ref}s (ref.ts). The
 * vocabulary is nouns.ts; document names are documents.ts.
 *
 * @module
 */
import { documentAfter, isBareDocumentNoun, isDocumentAbbreviation } from './documents.js';
import { instructionTokens, type InstructionToken } from './tokens.js';
import {
  DOCUMENT_WORDS,
  LAST_WORDS,
  OLD_WORDS,
  ORDINALS,
  RANGE_WORDS,
  REFERENCE_NOUNS,
  WHOLE_RESOLUTION_NOUNS,
  type Noun,
} from './nouns.js';
import {
  decimalLabel,
  isLabelFor,
  isLetterLabel,
  isNumberLabel,
  isRomanLabel,
  isSeparator,
  labelDot,
  labelRange,
  LABEL_DASHES,
} from './labels.js';
import { RefSyntaxError, type Ref } from './ref.js';
import { expandItems, type Item } from './expand.js';

/** The result of reading a reference phrase. */
export type RefRead =
  | { kind: 'refs'; refs: Ref[]; next: number }
  /** A reference noun without a number: "folgende Ziffer", "den Satz". */
  | { kind: 'noun'; noun: Noun; word: string; next: number };

const CONNECTORS: ReadonlySet<string> = new Set([...DOCUMENT_WORDS, 'von', 'vom', 'in']);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);

/**
 * Reads the reference phrase that starts with the noun at `tokens[i]`.
 * `ordinal` is an ordinal read just before the noun ("der zweite Satz",
 * "im letzten Satz", "2. Spiegelstrich"): it stands in for a missing number.
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
  const tail: { document?: string } = {};
  let j = head.next;
  for (;;) {
    const next = chainLink(tokens, j, segments, tail);
    if (next === undefined) break;
    j = next;
  }
  // Outer segments come last in the sentence ("Satz 2 der Ziffer 3"): reverse them.
  const items: Item[] = [];
  for (let s = segments.length - 1; s >= 0; s -= 1) items.push(...segments[s]!);
  const refs = expandItems(items, tokens[i]!.start);
  if (tail.document !== undefined) for (const ref of refs) ref.document = tail.document;
  return { kind: 'refs', refs, next: j };
}

/**
 * Reads a whole reference string ("§ 10 Abs. 1 Satz 2 GO", "bisherige Ziffer
 * 2", "Ziffer 3, 2. Spiegelstrich"): its references, or undefined when the
 * string is not one reference phrase from start to end (a trailing "des
 * Beschlusses" or punctuation is allowed).
 */
export function readRefText(text: string): Ref[] | undefined {
  const tokens = instructionTokens(text, 0, text.length, []);
  let i = 0;
  // "in Ziffer 3", "im § 4".
  if (tokens[0]?.kind === 'word' && (tokens[0].lower === 'in' || tokens[0].lower === 'im')) i = 1;
  let old = false;
  if (tokens[i]?.kind === 'word' && OLD_WORDS.has((tokens[i] as { lower: string }).lower)) {
    old = true;
    i += 1;
  }
  let ordinal: number | 'last' | undefined;
  const ord = ordinalAt(tokens, i);
  if (ord !== undefined && nounAt(tokens, i + ord.width) !== undefined) {
    ordinal = ord.value;
    i += ord.width;
  }
  let read: RefRead | undefined;
  try {
    read = readReference(tokens, i, ordinal);
  } catch (error) {
    if (error instanceof RefSyntaxError) return undefined;
    throw error;
  }
  if (read === undefined || read.kind !== 'refs') return undefined;
  for (let k = read.next; k < tokens.length; k += 1) if (tokens[k]!.kind !== 'punct') return undefined;
  if (old) for (const ref of read.refs) ref.tag = 'alt';
  return read.refs;
}

/** Reads the link of a reference chain at `j` into `segments`; the offset after it, or undefined where the chain ends. */
function chainLink(
  tokens: readonly InstructionToken[],
  j: number,
  segments: Item[][],
  tail: { document?: string },
): number | undefined {
  const current = segments[segments.length - 1]!;
  const last = current[current.length - 1]!;
  const tok = tokens[j];
  if (tok === undefined || tail.document !== undefined) return undefined;
  const bare = bareLabel(tokens, j, last);
  if (bare !== undefined) {
    current.push(bare.item);
    return bare.next;
  }
  let k = j;
  // "Nr. 1, Nr. 2 und Nr. 3": the same noun after a comma is the next of a list, never a part of the one before.
  if (tok.kind === 'punct' && tok.text === ',' && nounAt(tokens, j + 1)?.canonical === last.noun.canonical)
    return undefined;
  if (tok.kind === 'punct' && tok.text === ',' && (nounAt(tokens, j + 1) !== undefined || ordinalAt(tokens, j + 1)))
    k = j + 1;
  // "Absatz 2 letzter Satz", "Ziffer 3, zweiter Satz", "Ziffer 3, 2. Spiegelstrich", "Satz 2 1. Halbsatz".
  const ordinal = ordinalAt(tokens, k);
  const at = ordinal !== undefined && nounAt(tokens, k + ordinal.width) !== undefined ? k + ordinal.width : k;
  if (nounAt(tokens, at) !== undefined) {
    const read = readItem(tokens, at, at === k ? undefined : ordinal!.value);
    if (read.item === undefined) return undefined;
    current.push(read.item);
    return read.next;
  }
  // "§ 10 Abs. 1 GO", "§ 11 Abs. 2 Landessatzung", "§ 14 Abs. 1 OrgStatut": a document's abbreviation or noun.
  if (tok.kind === 'word' && (isDocumentAbbreviation(tok.text) || isBareDocumentNoun(tok))) {
    let n = j + 1;
    while (tokens[n]?.kind === 'word' && isDocumentAbbreviation(tokens[n]!.text)) n += 1;
    tail.document = tokens
      .slice(j, n)
      .map((t) => t.text)
      .join(' ');
    return n;
  }
  // "der Ziffer 3", "von Ziffer 3", "des Beschlusses", "der Bundessatzung".
  if (tok.kind === 'word' && CONNECTORS.has(tok.lower)) return outerLink(tokens, j, segments, tail);
  return undefined;
}

/**
 * A bare label after a clause part: "Punkt 2 b)", "Ziffer 2 b) aa)", "Ziffer
 * II 1", and an Absatz in parentheses after a unit: "§ 16 (6)".
 */
function bareLabel(
  tokens: readonly InstructionToken[],
  j: number,
  last: Item,
): { item: Item; next: number } | undefined {
  if (last.labels.length !== 1 || last.noun.kind === 'sentence' || last.noun.kind === 'line') return undefined;
  if (last.noun.kind === 'halfSentence') return undefined;
  const tok = tokens[j]!;
  if (tok.kind === 'punct' && tok.text === '(' && (last.noun.kind === 'unit' || last.noun.kind === 'paragraph')) {
    const inner = tokens[j + 1];
    const close = tokens[j + 2];
    if (inner?.kind === 'word' && isNumberLabel(inner.text) && close?.kind === 'punct' && close.text === ')') {
      const noun = last.noun.kind === 'unit' ? REFERENCE_NOUNS.get('absatz')! : REFERENCE_NOUNS.get('nummer')!;
      return { item: { noun, labels: [inner.text] }, next: j + 3 };
    }
    return undefined;
  }
  if (tok.kind !== 'word' || nounAt(tokens, j) !== undefined || last.noun.kind !== 'clause') return undefined;
  const prev = last.labels[0]!;
  const next = tokens[j + 1];
  const close = next?.kind === 'punct' && next.text === ')' ? 1 : 0;
  let noun: Noun | undefined;
  if (isNumberLabel(prev) && isLetterLabel(tok.text) && tok.text === tok.lower && tok.text.length === 1)
    noun = REFERENCE_NOUNS.get('buchstabe');
  else if (isLetterLabel(prev) && tok.text.length === 2 && isLetterLabel(tok.text) && close === 1)
    noun = REFERENCE_NOUNS.get('doppelbuchstabe');
  else if (isRomanLabel(prev) && isNumberLabel(tok.text)) noun = REFERENCE_NOUNS.get('ziffer');
  if (noun === undefined) return undefined;
  return { item: { noun, labels: [tok.text] }, next: j + 1 + close };
}

/** "der Ziffer 3", "im letzten Satz von …", "des Beschlusses", "der Bundessatzung" at `j` (a connector). */
function outerLink(
  tokens: readonly InstructionToken[],
  j: number,
  segments: Item[][],
  tail: { document?: string },
): number | undefined {
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
  // "der Bundessatzung", "der von … beschlossenen Geschäftsordnung", "Punkt 9 der textlichen Festsetzung".
  const named = inner === undefined ? documentAfter(tokens, j, m, nounAt) : undefined;
  if (named !== undefined) tail.document = named.name;
  if (named !== undefined) return named.next;
  if (nounAt(tokens, m) === undefined) return undefined;
  const read = readItem(tokens, m, inner);
  if (read.item === undefined) return undefined;
  segments.push([read.item]);
  return read.next;
}

/** The noun at `i`, if the token is one ("Art." and "S." only with their dot). */
export function nounAt(tokens: readonly InstructionToken[], i: number): Noun | undefined {
  const tok = tokens[i];
  if (tok === undefined || tok.kind !== 'word') return undefined;
  const noun = REFERENCE_NOUNS.get(tok.lower);
  if (noun?.dotted === true) {
    const dot = tokens[i + 1];
    if (dot?.kind !== 'punct' || dot.text !== '.' || dot.start !== tok.end) return undefined;
  }
  return noun;
}

/** An ordinal at `i`: "zweiter", "letzten", "2." (a number and its dot); its value and how many tokens it takes. */
function ordinalAt(
  tokens: readonly InstructionToken[],
  i: number,
): { value: number | 'last'; width: number } | undefined {
  const tok = tokens[i];
  if (tok === undefined || tok.kind !== 'word') return undefined;
  const word = ORDINALS.get(tok.lower) ?? (LAST_WORDS.has(tok.lower) ? 'last' : undefined);
  if (word !== undefined) return { value: word, width: 1 };
  const dot = tokens[i + 1];
  if (/^[1-9]\d{0,2}$/.test(tok.text) && dot?.kind === 'punct' && dot.text === '.')
    return { value: Number(tok.text), width: 2 };
  return undefined;
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
    // "Punkte 1. – 3.": labels written with their dot.
    const s = labelDot(tokens, j) && isSeparator(tokens[j + 1]) ? j + 1 : j;
    const sep = tokens[s];
    if (sep === undefined || !isSeparator(sep)) break;
    const isRange =
      (sep.kind === 'word' && RANGE_WORDS.has(sep.lower)) || (sep.kind === 'punct' && LABEL_DASHES.has(sep.text));
    // "Z. 31 bis Z. 37", "Zeile 12 bis Zeile 14": the line noun said again after "bis".
    const again = isRange && noun.kind === 'line' && nounAt(tokens, s + 1)?.kind === 'line';
    const at = again ? s + (tokens[s + 2]?.kind === 'punct' && tokens[s + 2]!.text === '.' ? 3 : 2) : s + 1;
    const next = readLabel(tokens, at, noun.kind);
    if (next === undefined || nounAt(tokens, at) !== undefined) break;
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
    // "Punkte 1. – 3. des Antrags": the dot of the last label.
    const after = tokens[j + 1];
    if (labelDot(tokens, j) && after?.kind === 'word' && CONNECTORS.has(after.lower)) j += 1;
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
  const decimal = kind === 'clause' ? decimalLabel(tokens, j) : undefined;
  if (decimal !== undefined) return decimal;
  const after = tokens[j + 1];
  const close = after?.kind === 'punct' && after.text === ')' && after.start === tok.end ? 1 : 0;
  return { label: tok.text, next: j + 1 + close };
}
