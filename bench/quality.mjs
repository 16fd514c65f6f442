/**
 * The redline-quality measurement of docs/redline-quality.md: randomly edited
 * council clauses (fixed seeds) and the counting rules, as pure functions of
 * their inputs, so that the script below and test/diff/quality.test.ts count
 * the same way.
 *
 *   npm run build && node bench/quality.mjs            # the table of the docs
 *   node bench/quality.mjs --absorbWords 0             # any DiffOptions, as flags
 *
 * Inputs: the clause texts of `generateResolution` (bench/generate.mjs:
 * council sentences with amounts, dates, `§`, gender forms, quotes), each with
 * a few random word edits — insertions, deletions and replacements at random
 * word positions, words drawn from a pool of council words (content words,
 * short common words, a few multi-word phrases). A word's trailing
 * punctuation stays where it is.
 *
 * @module
 */
import { diffArrays } from 'diff';
import { WORD_POOL, createRandom, generateResolution } from './generate.mjs';

/** Content words of the generator's pool that the edits leave out (the measurement's pool predates them). */
const NOT_IN_POOL = new Set([
  'Stellen',
  'Projekte',
  'Quartiere',
  'Stadtbezirke',
  'ausdrücklich',
  'Oberbürgermeisterin',
  'E-Government',
  'Förderprogramm',
  'Radverkehr',
  'Sporthallen',
]);

/** Words an edit inserts or puts in place of another: content words, short common words, phrases. */
const POOL = [
  ...WORD_POOL.filter((word) => !NOT_IN_POOL.has(word)),
  'der',
  'die',
  'und',
  'für',
  'mit',
  'im',
  'zu',
  'nicht',
  'auch',
  'insbesondere',
  'gem. § 33',
  'z. B.',
  'bis zum 31.12.2025',
  '250.000 €',
  'in enger Abstimmung',
];

/** The two input sets of the measurement: few and more edits per clause. */
export const INPUT_SETS = [
  { name: 'A (1–3 edits per clause)', seed: 2024, clauses: 600, minEdits: 1, maxEdits: 3 },
  { name: 'B (2–4 edits per clause)', seed: 2025, clauses: 600, minEdits: 2, maxEdits: 4 },
];

/**
 * `clauses` pairs of (base, amended) clause texts: council clauses from the
 * generator, each with `minEdits`–`maxEdits` random word edits (a third each
 * insertion, deletion, replacement). Deterministic per seed.
 *
 * @param {{ seed: number, clauses: number, minEdits: number, maxEdits: number }} set
 * @returns {Array<[string, string]>}
 */
export function editedClauses({ seed, clauses, minEdits, maxEdits }) {
  const texts = [];
  const stack = [...generateResolution({ clauses, seed }).clauses];
  while (stack.length > 0) {
    const clause = stack.pop();
    texts.push(clause.text);
    stack.push(...clause.children);
  }
  const rng = createRandom(seed + 1);
  return texts.map((text) => {
    const edits = minEdits + rng.int(maxEdits - minEdits + 1);
    let amended = text;
    for (let k = 0; k < edits; k++) amended = editOnce(rng, amended);
    return [text, amended];
  });
}

/** Words written with a space that are one word to a reader: `z. B.`, `u. a.`, `§ 12`. */
const SPACED_WORDS = /\b([zu])\. ([Ba])\.|§ (\d)/gu;

/**
 * One random word edit of a text (paragraph breaks kept: edits stay within a
 * paragraph). Words are what a space separates, except {@link SPACED_WORDS}.
 */
function editOnce(rng, text) {
  const paragraphs = text.split('\n\n');
  const p = rng.int(paragraphs.length);
  const join = (match) => match.replace(' ', '\u0000');
  const words = paragraphs[p].replace(SPACED_WORDS, join).split(' ');
  const i = rng.int(words.length);
  // The word's trailing punctuation (a loop: a regex for it would backtrack).
  let cut = words[i].length;
  while (cut > 0 && '.,:;“'.includes(words[i][cut - 1])) cut -= 1;
  const core = words[i].slice(0, cut);
  const tail = words[i].slice(cut);
  const kind = rng.int(3);
  if (kind === 0 || words.length < 3) {
    words.splice(i, 0, rng.pick(POOL));
  } else if (kind === 1) {
    // A deleted word's punctuation moves to the word before it.
    words.splice(i, 1);
    if (tail !== '' && i > 0) words[i - 1] += tail;
    else if (tail !== '') words.splice(i, 0, `${rng.pick(POOL)}${tail}`);
  } else {
    let word = rng.pick(POOL);
    if (word === core) word = rng.pick(POOL);
    words[i] = word + tail;
  }
  paragraphs[p] = words.join(' ').replaceAll('\u0000', ' ');
  return paragraphs.join('\n\n');
}

// ---------------------------------------------------------------------------
// Counting rules.

/** A word for counting: letters and digits, joined by inner `-*:_.,/` (so `Kölner*innen`, `31.12.2025`, `1.000,50` are one). */
const WORD = /[\p{L}\p{N}]+(?:[-*:_.,/][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased. */
export function wordsOf(text) {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The [start, end) ranges of the words of a text. */
function wordSpans(text) {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The hunks of a segment list: each maximal run of `delete`/`insert` segments,
 * as its deleted and inserted text.
 *
 * @param {ReadonlyArray<{ type: string, text: string }>} segments
 */
export function hunksOf(segments) {
  const hunks = [];
  let current;
  for (const s of segments) {
    if (s.type === 'equal') {
      current = undefined;
      continue;
    }
    if (current === undefined) {
      current = { deleted: '', inserted: '' };
      hunks.push(current);
    }
    if (s.type === 'delete') current.deleted += s.text;
    else current.inserted += s.text;
  }
  return hunks;
}

/**
 * Re-marked words of a hunk: unchanged words it strikes and writes again —
 * the longest common subsequence of the words of its deletion and of its
 * insertion (`~~für~~ **nachhaltigen für gem. § 33**`: 1).
 */
export function remarkedWords(hunk) {
  if (hunk.deleted === '' || hunk.inserted === '') return 0;
  let count = 0;
  for (const change of diffArrays(wordsOf(hunk.deleted), wordsOf(hunk.inserted))) {
    if (!change.added && !change.removed) count += change.count ?? change.value.length;
  }
  return count;
}

/** How many segment boundaries fall strictly inside a word of the base or the amended text. */
export function cutWords(base, amended, segments) {
  const inside = (spans) => {
    const set = new Set();
    for (const [start, end] of spans) for (let k = start + 1; k < end; k++) set.add(k);
    return set;
  };
  const inBase = inside(wordSpans(base));
  const inAmended = inside(wordSpans(amended));
  let a = 0;
  let b = 0;
  let cuts = 0;
  segments.forEach((s, i) => {
    if (i > 0 && (inBase.has(a) || inAmended.has(b))) cuts += 1;
    if (s.type !== 'insert') a += s.text.length;
    if (s.type !== 'delete') b += s.text.length;
  });
  return cuts;
}

/**
 * The figures of one input set under one diff: changed clauses, hunks, re-marked
 * words, marked words (words inside a deletion or insertion) and words cut.
 *
 * @param {ReadonlyArray<[string, string]>} pairs
 * @param {(base: string, amended: string) => ReadonlyArray<{ type: string, text: string }>} diff
 */
export function measure(pairs, diff) {
  const totals = { changed: 0, hunks: 0, remarked: 0, marked: 0, cut: 0 };
  for (const [base, amended] of pairs) {
    if (base === amended) continue;
    const segments = diff(base, amended);
    const hunks = hunksOf(segments);
    totals.changed += 1;
    totals.hunks += hunks.length;
    for (const hunk of hunks) {
      totals.remarked += remarkedWords(hunk);
      totals.marked += wordsOf(hunk.deleted).length + wordsOf(hunk.inserted).length;
    }
    totals.cut += cutWords(base, amended, segments);
  }
  return totals;
}

/** The tokens of the lower bound: words, and every other character but spaces on its own. */
const BOUND_TOKEN = /[\p{L}\p{N}]+(?:[-*:_.,/][\p{L}\p{N}]+)*|\S/gu;

/**
 * The fewest hunks of any alignment of the two texts that keeps as many tokens
 * unchanged as possible — so one that re-marks no word: a hunk of such an
 * alignment cannot strike and write again a token, or matching it would keep
 * one more. Dynamic programming over (base token, amended token, inside a
 * hunk?): among the longest common subsequences, the one with the fewest runs
 * of unmatched tokens. Quadratic in the clause's tokens, which is fine here.
 */
export function fewestHunks(base, amended) {
  const a = base.match(BOUND_TOKEN) ?? [];
  const b = amended.match(BOUND_TOKEN) ?? [];
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // lcs[i * w + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j] ? 1 + lcs[(i + 1) * w + j + 1] : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
  // closed/open[i * w + j]: fewest new hunks for a[i..], b[j..] keeping lcs, outside or inside a hunk.
  const INF = 1 << 29;
  const closed = new Int32Array((n + 1) * w).fill(INF);
  const open = new Int32Array((n + 1) * w).fill(INF);
  for (let i = n; i >= 0; i--)
    for (let j = m; j >= 0; j--) {
      const k = i * w + j;
      if (i === n && j === m) {
        closed[k] = 0;
        open[k] = 0;
        continue;
      }
      let viaMatch = INF;
      let viaGap = INF;
      if (i < n && j < m && a[i] === b[j] && lcs[k] === 1 + lcs[k + w + 1]) viaMatch = closed[k + w + 1];
      if (i < n && lcs[k] === lcs[k + w]) viaGap = Math.min(viaGap, open[k + w]);
      if (j < m && lcs[k] === lcs[k + 1]) viaGap = Math.min(viaGap, open[k + 1]);
      open[k] = Math.min(viaMatch, viaGap);
      closed[k] = Math.min(viaMatch, viaGap + 1);
    }
  return closed[0];
}

/** Changed clauses, and the {@link fewestHunks} of each in all. */
export function measureBound(pairs) {
  const totals = { changed: 0, hunks: 0 };
  for (const [base, amended] of pairs) {
    if (base === amended) continue;
    totals.changed += 1;
    totals.hunks += fewestHunks(base, amended);
  }
  return totals;
}

/** One table row: per changed clause, and per 200 changed clauses for re-marked words (the unit). */
export function formatRow(name, t) {
  const per = (x) => (x / t.changed).toFixed(2);
  return `| ${name} | ${t.changed} | ${per(t.hunks)} | ${t.remarked} (${per(t.remarked)}; ${((200 * t.remarked) / t.changed).toFixed(0)} per 200) | ${per(t.marked)} | ${t.cut} |`;
}

/** The table header of {@link formatRow}. */
export const TABLE_HEAD = [
  '| input set | changed clauses | hunks per changed clause | re-marked words (per changed clause; per 200) | marked words per changed clause | words cut |',
  '|---|---|---|---|---|---|',
];

/** Flags `--name value` as DiffOptions (numbers and booleans parsed). */
function optionsFromArgs(args) {
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, '');
    const raw = args[i + 1];
    options[name] = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
  }
  return options;
}

if (process.argv[1]?.endsWith('bench/quality.mjs')) {
  const { diffText } = await import('../dist/index.js');
  const options = optionsFromArgs(process.argv.slice(2));
  console.log(`diffText options: ${JSON.stringify(options)}`);
  console.log(TABLE_HEAD.join('\n'));
  for (const set of INPUT_SETS) {
    const t = measure(editedClauses(set), (a, b) => diffText(a, b, options));
    console.log(formatRow(set.name, t));
  }
  for (const set of INPUT_SETS) {
    const bound = measureBound(editedClauses(set));
    console.log(
      `${set.name}: fewest hunks of any alignment that re-marks no word: ${(bound.hunks / bound.changed).toFixed(2)} per changed clause`,
    );
  }
}
