/**
 * Clause texts tokenised once per diff. The clause alignment needs each
 * candidate clause's word bag, and the word diff of a matched pair needs the
 * same clauses' tokens: both read them from one {@link TokenizedClauses}, so no
 * clause is tokenised twice (the tokeniser was the largest item of a
 * `diffResolutions` profile, a third of it spent on clauses tokenised again).
 *
 * @module
 */
import type { Clause } from '../model.js';
import { foldTypography } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { retokenize } from './retokenize.js';

/** A text's tokens with their typography-folded comparison keys. */
export interface Tokenized {
  /** The tokens, covering the text exactly. */
  tokens: Token[];
  /** The folded text of each token (every whitespace run is `' '`), parallel to `tokens`. */
  folded: string[];
}

/**
 * Whether `foldTypography` leaves a token as it is: printable ASCII and
 * Latin-1 without spaces, guillemets and the soft hyphen (none of them is
 * folded, and no combining mark follows that NFC could compose). Checking is
 * much cheaper than folding, and nearly every German word passes.
 */
function foldsToItself(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) continue;
    if (c < 0xa1 || c > 0xff || c === 0xab || c === 0xad || c === 0xbb) return false;
  }
  return true;
}

/** A token's comparison key: its text folded (`' '` for any whitespace run). */
export function foldToken(token: Token): string {
  return token.kind === 'space' ? ' ' : foldsToItself(token.text) ? token.text : foldTypography(token.text);
}

/** Tokenises a text and folds each token's text. */
export function tokenizeText(text: string): Tokenized {
  const tokens = tokenize(text);
  return { tokens, folded: tokens.map(foldToken) };
}

/**
 * The tokenised texts of the clauses of one diff, made on first use; of a
 * pair of clauses (a base clause and its amended version) one is tokenised and
 * the other derived from it ({@link retokenize}). The word diff {@link takePair}s
 * its pair's entries (each clause is diffed at most once), so the memory held
 * is that of the clauses scored but not yet diffed.
 */
export class TokenizedClauses {
  private readonly byClause = new Map<Clause, Tokenized>();

  /** The clause's own text, tokenised (kept for later use). */
  get(clause: Clause): Tokenized {
    let entry = this.byClause.get(clause);
    if (entry === undefined) {
      entry = tokenizeText(clause.text);
      this.byClause.set(clause, entry);
    }
    return entry;
  }

  /** Both clauses' texts, tokenised (kept for later use). */
  pair(x: Clause, y: Clause): [Tokenized, Tokenized] {
    let tx = this.byClause.get(x);
    let ty = this.byClause.get(y);
    if (tx === undefined && ty !== undefined) {
      tx = retokenize(y.text, ty, x.text);
    } else {
      tx ??= tokenizeText(x.text);
      ty ??= retokenize(x.text, tx, y.text);
    }
    this.byClause.set(x, tx);
    this.byClause.set(y, ty);
    return [tx, ty];
  }

  /** Both clauses' texts, tokenised, and forgotten here. */
  takePair(x: Clause, y: Clause): [Tokenized, Tokenized] {
    const both = this.pair(x, y);
    this.byClause.delete(x);
    this.byClause.delete(y);
    return both;
  }
}
