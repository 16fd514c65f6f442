/**
 * Wording of diagnostics: one English sentence each, naming the clause and
 * quoting the text in German quotation marks.
 *
 * @module
 */
import type { Clause } from '../model.js';

/** Longest quoted passage in a message before it is shortened with "…". */
const MAX_QUOTE = 80;

/** „text“, shortened in the middle when long, on one line. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const shown =
    flat.length > MAX_QUOTE
      ? `${flat.slice(0, MAX_QUOTE / 2 - 1)} … ${flat.slice(flat.length - MAX_QUOTE / 2 + 1)}`
      : flat;
  return `\u201E${shown}\u201C`;
}

/**
 * How a message names a clause: the reference as the change wrote it
 * ("Ziffer 3"), or, when the change addressed the whole resolution, the
 * clause where the text was found.
 */
export function clauseName(ref: string, clause?: Clause): string {
  if (ref.trim() !== '') return `clause "${ref.trim()}"`;
  if (clause !== undefined) return `clause ${clause.label !== '' ? clause.label : clause.id}`;
  return 'the resolution';
}

/** "1., 2., 3." — the labels of a sibling list, for "does not exist (the clauses are …)". */
export function labelList(clauses: readonly Clause[]): string {
  // Only the labels shown are read: a message per missing clause must not cost a pass over a long list.
  const name = (c: Clause): string => (c.label !== '' ? c.label : c.id);
  if (clauses.length > 12)
    return `${clauses.slice(0, 6).map(name).join(', ')}, …, ${clauses.slice(-3).map(name).join(', ')}`;
  return clauses.map(name).join(', ');
}

/** A few words of context around `[start, end)` of `text`: "… die Stadt „und“ die …". */
export function inContext(text: string, start: number, end: number): string {
  let a = start;
  let words = 0;
  while (a > 0 && words < 3) {
    a -= 1;
    if (text[a] === ' ' && a < start - 1) words += 1;
  }
  let b = end;
  words = 0;
  while (b < text.length && words < 3) {
    if (text[b] === ' ' && b > end) words += 1;
    if (words < 3) b += 1;
  }
  const left = text.slice(a, start).replace(/\s+/g, ' ').trimStart();
  const right = text.slice(end, b).replace(/\s+/g, ' ').trimEnd();
  return `${a > 0 ? '…' : ''}${left}[${text.slice(start, end)}]${right}${b < text.length ? '…' : ''}`;
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** The sentence with its first letter in upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
