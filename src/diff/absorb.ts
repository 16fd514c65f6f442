/**
 * Absorption: when the unchanged text between two changes is taken into one
 * hunk. Absorbing saves a hunk but strikes the unchanged words in between and
 * writes them again (*re-marked* words: `~~für~~ **nachhaltigen für gem. § 33**`
 * strikes an unchanged "für"), so it is done only where the merged hunk reads
 * better — the rule is in {@link absorb}, its measured effect in
 * docs/redline-quality.md.
 *
 * @module
 */
import { isLetter } from '../text/chars.js';
import { wordCount, type Side } from './cleanup.js';
import { compact, diffKeys, type Budget, type Op } from './ops.js';
import { SHORT_COMMON_WORDS } from './stopwords.js';

/** Punctuation that ends a sentence or clause part: never absorbed across. */
const BARRIERS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':']);

/**
 * The longest short common word, in letters, that is absorbed as noise: "und",
 * "die", "für", "oder", "gem." — not "sowie", "zwischen", "insbesondere".
 */
export const SHORT_WORD_LETTERS = 4;

/**
 * The largest replacement (tokens per side) that {@link refine} diffs again:
 * the ties it undoes are a few words long, while a large replacement was made
 * on purpose (a rewrite, or a gap over the edit budget).
 */
const REFINE_TOKENS = 32;

/**
 * Absorbs the unchanged run between two changes into one hunk when that pays:
 *
 * - only spaces and in-sentence punctuation: always (no word is re-marked);
 * - never across a line break or sentence-ending punctuation (`.`, `!`, `?`,
 *   `;`, `:`) — a hunk does not span paragraphs or sentences;
 * - words: at most `absorbWords`, and at most as many as the merge saves
 *   marked fragments. A replacement shows two fragments (`~~alt~~ **neu**`), a
 *   pure insertion or deletion one, the merged hunk two: so words are never
 *   absorbed between two pure changes (two insertions would turn into a
 *   replacement that strikes the words between them), at most one next to one
 *   replacement, at most two between two replacements;
 * - and those words are all short common words ({@link SHORT_COMMON_WORDS}, at
 *   most {@link SHORT_WORD_LETTERS} letters), or (the phrase rule, between two
 *   replacements) at most half as many words as each replacement
 *   (`~~Büro der Oberbürgermeisterin („~~ … Digitalisierung ~~ist Chefsache“)~~`
 *   becomes one hunk).
 *
 * Repeats until stable, so chains merge (a merged hunk is a replacement).
 */
export function absorb(ops: Op[], a: Side, b: Side, absorbWords: number): Op[] {
  let current = ops;
  // Each pass merges left to right (a merged hunk keeps growing); later passes catch
  // merges enabled by a neighbour that grew. Bounded: each pass is linear.
  for (let pass = 0; pass < 8; pass += 1) {
    const out: Op[] = [];
    let merged = false;
    for (const op of current) {
      const eq = out[out.length - 1];
      const left = out[out.length - 2];
      if (
        !op.equal &&
        eq !== undefined &&
        eq.equal &&
        left !== undefined &&
        !left.equal &&
        pays(eq, left, op, a, b, absorbWords)
      ) {
        out.length -= 2;
        out.push({ equal: false, a0: left.a0, a1: op.a1, b0: left.b0, b1: op.b1 });
        merged = true;
      } else {
        out.push({ ...op });
      }
    }
    current = out;
    if (!merged) break;
  }
  return current;
}

/** Marked fragments of a change: two for a replacement (`~~alt~~ **neu**`), one for a pure insertion or deletion. */
function fragments(op: Op): number {
  return op.a0 === op.a1 || op.b0 === op.b1 ? 1 : 2;
}

/** Whether absorbing `eq` between the changes `left` and `right` pays (see {@link absorb}). */
function pays(eq: Op, left: Op, right: Op, a: Side, b: Side, absorbWords: number): boolean {
  let words = 0;
  let short = 0;
  for (let i = eq.a0, j = eq.b0; i < eq.a1; i += 1, j += 1) {
    const token = a.tokens[i]!;
    if (token.kind === 'space') {
      if (token.text.includes('\n') || b.tokens[j]!.text.includes('\n')) return false;
    } else if (token.kind === 'punct') {
      if (BARRIERS.has(token.text)) return false;
    } else {
      words += 1;
      if (SHORT_COMMON_WORDS.has(a.keys[i]!.toLowerCase()) && letters(token.text) <= SHORT_WORD_LETTERS) short += 1;
    }
  }
  if (words === 0) return true;
  if (words > Math.min(absorbWords, fragments(left) + fragments(right) - 2)) return false;
  if (short === words) return true;
  if (fragments(left) === 1 || fragments(right) === 1) return false;
  const weight = (op: Op): number => Math.max(wordCount(a, op.a0, op.a1), wordCount(b, op.b0, op.b1));
  return 2 * words <= Math.min(weight(left), weight(right));
}

function letters(text: string): number {
  let count = 0;
  for (const ch of text) if (isLetter(ch)) count += 1;
  return count;
}

/**
 * Splits each small replacement at the words its two sides share. The word
 * diff compares spaces as tokens too, and where matching the spaces costs as
 * little as matching a word, it may keep the spaces and replace the word:
 * `~~Stadt Bonn~~ **Maßnahmen Stadt**` rather than `**Maßnahmen** Stadt ~~Bonn~~`.
 * Diffed again with spaces that never match, the shared word comes out
 * unchanged, and {@link absorb} (run after this) decides, by its one rule,
 * whether it is shown unchanged or inside one hunk.
 */
export function refine(ops: Op[], a: Side, b: Side, budget: Budget): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    if (op.equal || fragments(op) === 1 || !small(op) || !sharesWord(op, a, b)) {
      out.push(op);
      continue;
    }
    const keysA = a.keys.slice(op.a0, op.a1).map((k, i) => (a.tokens[op.a0 + i]!.kind === 'space' ? '\u0000a' : k));
    const keysB = b.keys.slice(op.b0, op.b1).map((k, j) => (b.tokens[op.b0 + j]!.kind === 'space' ? '\u0000b' : k));
    for (const part of diffKeys(keysA, keysB, budget, { a: () => false, b: () => false })) {
      out.push({
        equal: part.equal,
        a0: op.a0 + part.a0,
        a1: op.a0 + part.a1,
        b0: op.b0 + part.b0,
        b1: op.b0 + part.b1,
      });
    }
  }
  return compact(out);
}

function small(op: Op): boolean {
  return op.a1 - op.a0 <= REFINE_TOKENS && op.b1 - op.b0 <= REFINE_TOKENS;
}

/** Whether a change's two sides have a word in common (by key). */
function sharesWord(op: Op, a: Side, b: Side): boolean {
  const words = new Set<string>();
  for (let i = op.a0; i < op.a1; i += 1) if (a.tokens[i]!.kind === 'word') words.add(a.keys[i]!);
  for (let j = op.b0; j < op.b1; j += 1) if (b.tokens[j]!.kind === 'word' && words.has(b.keys[j]!)) return true;
  return false;
}
