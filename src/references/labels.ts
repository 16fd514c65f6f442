/**
 * Labels as references write them: what a label after a noun may look like
 * ("3", "3a", "b", "aa", "II", line numbers), ranges of labels ("4 bis 6",
 * "a bis c", "II bis IV") and the label before another ("3b" → "3a").
 *
 * @module
 */
import { romanValue, toRoman } from '../parse/labels.js';
import { isDigitRun } from '../text/chars.js';
import { RefSyntaxError } from './ref.js';
import { AND_WORDS, RANGE_WORDS, type Noun } from './nouns.js';
import type { InstructionToken } from './tokens.js';

/** One to four ASCII digits (a label's number). */
const isDigits = (s: string): boolean => isDigitRun(s, 4);

/** "3", "3a", "12bb". */
export function isNumberLabel(s: string): boolean {
  let i = 0;
  while (i < s.length && s[i]! >= '0' && s[i]! <= '9') i += 1;
  if (i === 0 || i > 4) return false;
  const rest = s.slice(i);
  if (rest.length > 2) return false;
  for (const c of rest) if (c < 'a' || c > 'z') return false;
  return true;
}

/** "b", "aa" (a doubled letter), "B". */
export function isLetterLabel(s: string): boolean {
  if (s.length === 1) return (s >= 'a' && s <= 'z') || (s >= 'A' && s <= 'Z');
  return s.length === 2 && s[0] === s[1] && s[0]! >= 'a' && s[0]! <= 'z';
}

/** "II", "IV": an upper-case roman numeral. */
export function isRomanLabel(s: string): boolean {
  if (s.length === 0 || s !== s.toUpperCase()) return false;
  return romanValue(s) > 0;
}

/** Whether `word` can be the label after a noun of `kind`. */
export function isLabelFor(kind: Noun['kind'], word: string): boolean {
  switch (kind) {
    case 'clause':
    case 'section':
      return isNumberLabel(word) || isLetterLabel(word) || isRomanLabel(word);
    case 'unit':
    case 'paragraph':
      // "§ 7a", "Absatz 1a".
      return isNumberLabel(word) && word.length <= 6;
    case 'line':
      // Motion books of a whole party congress run to tens of thousands of lines.
      return word.length <= 6 && isDigits(word.slice(0, 4)) && isDigits(word.slice(4) || '0');
    default:
      return isDigits(word);
  }
}

/**
 * The labels after `from` up to `to` inclusive ("4 bis 6" → 5, 6).
 * @throws {RefSyntaxError} for a range that does not increase or cannot be expanded
 */
export function labelRange(from: string, to: string, at: number): string[] {
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

/** Dashes between the ends of a range of labels ("Punkte 1. – 3."). */
export const LABEL_DASHES: ReadonlySet<string> = new Set(['–', '-']);

/** A separator of labels in a list or range: ",", "und", "bis", "–". */
export function isSeparator(tok: InstructionToken | undefined): boolean {
  if (tok === undefined) return false;
  if (tok.kind === 'punct') return tok.text === ',' || LABEL_DASHES.has(tok.text);
  return tok.kind === 'word' && (AND_WORDS.has(tok.lower) || RANGE_WORDS.has(tok.lower));
}

/** Whether `tokens[j]` is a full stop right after the label before it ("1."). */
export function labelDot(tokens: readonly InstructionToken[], j: number): boolean {
  const dot = tokens[j];
  return dot?.kind === 'punct' && dot.text === '.' && dot.start === tokens[j - 1]?.end;
}
