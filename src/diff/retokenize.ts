/**
 * The tokens of an edited text from the tokens of its original: only the
 * stretch around the edit is tokenised again. A changed clause differs from
 * its base version in a few words, and tokenising both versions whole was the
 * largest item of a `diffResolutions` profile.
 *
 * Exact because the tokeniser (src/text/tokenize.ts) decides each token from
 * where it starts onward, never from what precedes it, and looks at most a
 * few characters past a token's end (an abbreviation such as "u. v. m."):
 *
 * - no look-behind: from a token boundary on, a text tokenises as its rest
 *   would on its own, so two texts that agree from two boundaries on have the
 *   same tokens there;
 * - bounded look-ahead: a token that ends {@link LOOKAHEAD} characters before
 *   a cut is the same whether the text goes on after the cut or not.
 *
 * The one unbounded look-ahead is a run of section signs ("§§ 12" reads the
 * whole run), so a text with "§§" is tokenised whole. test/diff/retokenize.test.ts
 * holds this module to the tokeniser on random edits of tricky texts.
 *
 * @module
 */
import { tokenize, type Token } from '../text/tokenize.js';
import { foldToken, tokenizeText, type Tokenized } from './tokenized.js';

/** More than the tokeniser ever reads past the end of a token. */
const LOOKAHEAD = 16;

/**
 * The tokens of `edited`, taking those of the common beginning and end from
 * `original` (whose tokens are `known`) and tokenising only the middle.
 */
export function retokenize(original: string, known: Tokenized, edited: string): Tokenized {
  if (original.includes('§§') || edited.includes('§§')) return tokenizeText(edited);
  const max = Math.min(original.length, edited.length);
  let prefix = 0;
  while (prefix < max && original.charCodeAt(prefix) === edited.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    original.charCodeAt(original.length - 1 - suffix) === edited.charCodeAt(edited.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  // Edits spread over the text leave little to take over: tokenising it whole is cheaper then.
  if (2 * (prefix + suffix) < edited.length) return tokenizeText(edited);
  // The original's tokens that end well before the first difference are the edited text's too.
  let head = 0;
  while (head < known.tokens.length && known.tokens[head]!.end <= prefix - LOOKAHEAD) head += 1;
  const from = head === 0 ? 0 : known.tokens[head - 1]!.end;
  const shift = edited.length - original.length;
  const tail = middleTokens(known, edited, from, edited.length - suffix, shift);
  const tokens = known.tokens.slice(0, head);
  const folded = known.folded.slice(0, head);
  for (const token of tail.middle) {
    tokens.push(token);
    folded.push(foldToken(token));
  }
  for (let i = tail.resume; i < known.tokens.length; i += 1) {
    const token = known.tokens[i]!;
    tokens.push(
      shift === 0 ? token : { text: token.text, kind: token.kind, start: token.start + shift, end: token.end + shift },
    );
    folded.push(known.folded[i]!);
  }
  return { tokens, folded };
}

/**
 * The edited text's tokens from `from` on, up to where they meet the
 * original's tokens again inside the common end (`commonFrom` on in the edited
 * text), and the index of the original's token to resume with there (its
 * length: none). The window tokenised grows until the two meet.
 */
function middleTokens(
  known: Tokenized,
  edited: string,
  from: number,
  commonFrom: number,
  shift: number,
): { middle: Token[]; resume: number } {
  for (let reach = commonFrom + 4 * LOOKAHEAD; ; reach = from + 2 * (reach - from)) {
    const to = Math.min(edited.length, reach);
    const window = tokenize(edited.slice(from, to));
    const middle: Token[] = [];
    for (const token of window) {
      const end = from + token.end;
      // Only tokens that end well before the cut are final (all of them when the window reaches the end).
      if (to < edited.length && end > to - LOOKAHEAD) break;
      middle.push(from === 0 ? token : { text: token.text, kind: token.kind, start: from + token.start, end });
      if (end < commonFrom) continue;
      const resume = tokenStartingAt(known.tokens, end - shift);
      if (resume !== undefined) return { middle, resume };
    }
    if (to === edited.length) return { middle, resume: known.tokens.length };
  }
}

/** The index of the token that starts at `offset`, if one does (binary search; tokens are in order). */
function tokenStartingAt(tokens: readonly Token[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : undefined;
}
