/**
 * A linear-time reader of the redline markers in one paragraph, giving the
 * same pieces as reading it with remark-parse + remark-gfm (read-inline.ts) —
 * for the paragraphs it covers.
 *
 * Why hand-written: micromark resolves emphasis and strikethrough by searching
 * back from every closing delimiter through all earlier ones, which grows
 * quadratically with the delimiters of a paragraph (a 1 MB redline line takes
 * minutes; 64 KB of gender stars seconds), and it reads ~200 KB/s even on
 * plain text with escapes. This scanner implements exactly the part of
 * CommonMark/GFM that decides where `**…**` and `~~…~~` are — delimiter runs
 * with micromark's flanking rules, the rule of three, the nesting of
 * strikethrough and emphasis in the order micromark resolves them, code spans,
 * backslash escapes and numeric character references — in one pass plus
 * stack matching.
 *
 * It returns `undefined` for paragraphs with constructs it does not model
 * (unescaped: raw HTML and autolinks `<…>`, links and footnotes `[…]`, named
 * character references, literal autolinks `www.`/`://`/`@`, line breaks; a
 * paragraph start that is a code block, fence or block quote); those are read
 * with remark. A differential property test holds both readers to the same result.
 *
 * @module
 */
import type { Piece } from './spacing.js';

/** A delimiter run: `*`/`_` (attention) or `~~` (strikethrough). */
interface Run {
  char: '*' | '_' | '~';
  /** Offset of the run in the paragraph. */
  start: number;
  /** Offset after the run. */
  end: number;
  /** Still unmatched part: `[from, to)` (openers are used from the right, closers from the left). */
  from: number;
  to: number;
  open: boolean;
  close: boolean;
}

/** A matched pair: what the delimiters around `[innerStart, innerEnd)` make. */
interface Pair {
  kind: 'emphasis' | 'strong' | 'delete';
  /** Start of the opening delimiters used. */
  start: number;
  innerStart: number;
  innerEnd: number;
  /** End of the closing delimiters used. */
  end: number;
}

const ASCII_PUNCTUATION = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;
/**
 * Whether the paragraph starts (after list markers) with a construct the
 * scanner leaves to remark: indented code, a code fence, a block quote.
 */
function startsBlock(text: string): boolean {
  let i = 0;
  while (i < 3 && text[i] === ' ') i++;
  if (text[i] === ' ' || text[i] === '\t') return true;
  for (;;) {
    let j = i;
    if (text[j] === '-' || text[j] === '+' || text[j] === '*') j++;
    else {
      while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if (j === i || (text[j] !== '.' && text[j] !== ')')) break;
      j++;
    }
    if (text[j] !== ' ' && text[j] !== '\t') break;
    let k = j;
    while (text[k] === ' ') k++;
    if (k - j >= 5 || text[k] === '\t') return true; // list item content that is indented code
    i = k;
  }
  return text.startsWith('```', i) || text.startsWith('~~~', i) || text[i] === '>';
}

/** A named character reference (decoding needs the HTML entity table). */
const NAMED_REFERENCE = /&[A-Z][A-Z0-9]{0,31};/iy;

/** micromark's character classes: 1 whitespace (or none), 2 punctuation, 0 other. */
function classify(text: string, index: number): 0 | 1 | 2 {
  if (index < 0 || index >= text.length) return 1;
  const ch = text[index]!;
  if (ch === ' ' || ch === '\t' || WHITESPACE.test(ch)) return 1;
  return UNICODE_PUNCTUATION.test(ch) ? 2 : 0;
}

/**
 * The pieces of one paragraph (no paragraph breaks), or `undefined` when the
 * paragraph holds a construct this scanner leaves to remark.
 */
export function scanParagraph(text: string): Piece[] | undefined {
  if (startsBlock(text)) return undefined;
  const runs: Run[] = [];
  /** Offsets whose character is dropped (the backslash of an escape). */
  const dropped = new Set<number>();
  /** Numeric references: offset → [length, decoded]. */
  const references = new Map<number, [number, string]>();
  /** Code spans: offset → end (kept as written). */
  const codeSpans = new Map<number, number>();
  const closingTicks = backtickRuns(text);

  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\\') {
      if (i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1]!)) {
        dropped.add(i);
        i += 2;
      } else i += 1;
      continue;
    }
    if (c === '`') {
      const n = runLength(text, i, '`');
      const close = closingTicks.next(n, i + n);
      if (close === undefined) {
        i += n;
      } else {
        codeSpans.set(i, close + n);
        i = close + n;
      }
      continue;
    }
    if (c === '&') {
      const reference = numericReference(text, i);
      if (reference !== undefined) {
        references.set(i, reference);
        i += reference[0];
        continue;
      }
      NAMED_REFERENCE.lastIndex = i;
      if (NAMED_REFERENCE.test(text)) return undefined;
      i += 1;
      continue;
    }
    // Unescaped HTML, autolinks, links, footnotes, literal autolinks, line breaks: remark's job.
    if (c === '<' || c === '[' || c === '@' || c === '\n' || c === '\r') return undefined;
    if (c === ':' && text.startsWith('//', i + 1)) return undefined;
    if ((c === 'w' || c === 'W') && text.slice(i, i + 4).toLowerCase() === 'www.') return undefined;
    if (c === '*' || c === '_' || c === '~') {
      const n = runLength(text, i, c);
      const before = classify(text, i - 1);
      const after = classify(text, i + n);
      if (c === '~') {
        // GFM with `singleTilde: false`: only a run of exactly two tildes.
        if (n === 2) {
          const open = after === 0 || (after === 2 && before !== 0);
          const close = before === 0 || (before === 2 && after !== 0);
          runs.push({ char: c, start: i, end: i + n, from: i, to: i + n, open, close });
        }
      } else {
        // micromark's attention: a `~` next to the run counts like whitespace for flanking.
        const open = after === 0 || (after === 2 && before !== 0) || text[i + n] === '~';
        const close = before === 0 || (before === 2 && after !== 0) || text[i - 1] === '~';
        runs.push({
          char: c,
          start: i,
          end: i + n,
          from: i,
          to: i + n,
          open: c === '*' ? open : open && (before !== 0 || !close),
          close: c === '*' ? close : close && (after !== 0 || !open),
        });
      }
      i += n;
      continue;
    }
    i += 1;
  }

  return emitPieces(text, resolve(runs), dropped, references, codeSpans);
}

function runLength(text: string, at: number, ch: string): number {
  let end = at;
  while (end < text.length && text[end] === ch) end++;
  return end - at;
}

/** Maximal backtick runs by length, for finding the closing run of a code span in linear total time. */
function backtickRuns(text: string): { next: (length: number, from: number) => number | undefined } {
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < text.length;) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    const n = runLength(text, i, '`');
    let list = byLength.get(n);
    if (list === undefined) byLength.set(n, (list = []));
    list.push(i);
    i += n;
  }
  const cursor = new Map<number, number>();
  return {
    next(length: number, from: number): number | undefined {
      const list = byLength.get(length);
      if (list === undefined) return undefined;
      let k = cursor.get(length) ?? 0;
      while (k < list.length && list[k]! < from) k++;
      cursor.set(length, k);
      return list[k];
    },
  };
}

/** `&#123;` or `&#x1F;` at `at`: [length, decoded] as micromark decodes it, or undefined. */
function numericReference(text: string, at: number): [number, string] | undefined {
  if (text[at + 1] !== '#') return undefined;
  const hex = text[at + 2] === 'x' || text[at + 2] === 'X';
  const digitsFrom = at + (hex ? 3 : 2);
  let end = digitsFrom;
  const max = hex ? 6 : 7;
  while (end < text.length && end - digitsFrom < max && (hex ? /[0-9a-f]/i : /\d/).test(text[end]!)) end++;
  if (end === digitsFrom || text[end] !== ';') return undefined;
  const code = Number.parseInt(text.slice(digitsFrom, end), hex ? 16 : 10);
  const invalid =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111;
  return [end + 1 - at, invalid ? '\uFFFD' : String.fromCodePoint(code)];
}

/**
 * Matches the runs as micromark does: the kind used first in the paragraph
 * (attention or strikethrough) is resolved over the whole paragraph first;
 * the other kind only within the innermost span of the first kind around it
 * (so the two never cross), and outside all of them last.
 */
function resolve(runs: Run[]): Pair[] {
  const first = runs[0];
  if (first === undefined) return [];
  const attention = runs.filter((r) => r.char !== '~');
  const strike = runs.filter((r) => r.char === '~');
  const firstKind = first.char === '~' ? strike : attention;
  const secondKind = first.char === '~' ? attention : strike;
  const resolveKind = (group: Run[]): Pair[] =>
    group[0]?.char === '~' ? resolveStrike(group) : resolveAttention(group);
  const outer = resolveKind(firstKind);
  // Group the other kind by the innermost span of the first kind that holds it.
  const groups = new Map<number, Run[]>();
  const spans = outer.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const open: number[] = []; // indexes into spans, innermost last
  let next = 0;
  for (const run of secondKind) {
    while (open.length > 0 && spans[open[open.length - 1]!]!.innerEnd <= run.start) open.pop();
    while (next < spans.length && spans[next]!.innerStart <= run.start) {
      if (spans[next]!.innerEnd > run.start) {
        while (open.length > 0 && spans[open[open.length - 1]!]!.innerEnd <= run.start) open.pop();
        open.push(next);
      }
      next++;
    }
    while (open.length > 0 && spans[open[open.length - 1]!]!.innerEnd <= run.start) open.pop();
    const inside = open.length > 0 && spans[open[open.length - 1]!]!.innerEnd >= run.end;
    const key = inside ? open[open.length - 1]! : -1;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(run);
  }
  const inner: Pair[] = [];
  for (const group of groups.values()) inner.push(...resolveKind(group));
  return [...outer, ...inner];
}

/** GFM strikethrough: each closing `~~` takes the nearest open `~~` before it. */
function resolveStrike(runs: Run[]): Pair[] {
  const pairs: Pair[] = [];
  const openers: Run[] = [];
  for (const run of runs) {
    if (run.close && openers.length > 0) {
      const opener = openers.pop()!;
      pairs.push({ kind: 'delete', start: opener.start, innerStart: opener.end, innerEnd: run.start, end: run.end });
      continue;
    }
    if (run.open) openers.push(run);
  }
  return pairs;
}

/**
 * CommonMark emphasis as micromark resolves it: each closing run, from left to
 * right, looks back for the nearest open run of the same character that the
 * rule of three allows (on the runs' remaining lengths); two characters are
 * used when both have two or more, else one; runs between the pair drop out.
 * `bottom` remembers, per kind of closer, below which stack height no opener
 * can match it, so that failed searches are not repeated (linear overall).
 */
function resolveAttention(runs: Run[]): Pair[] {
  const pairs: Pair[] = [];
  const stack: Run[] = [];
  const bottom = new Map<string, number>();
  const clampBottom = (height: number): void => {
    for (const [key, value] of bottom) if (value > height) bottom.set(key, height);
  };
  for (const run of runs) {
    if (run.close) {
      for (;;) {
        const closeLength = run.to - run.from;
        if (closeLength === 0) break;
        const key = `${run.char}${closeLength % 3}${run.open ? 1 : 0}`;
        const floor = bottom.get(key) ?? 0;
        let found = -1;
        for (let k = stack.length - 1; k >= floor; k--) {
          const opener = stack[k]!;
          if (opener.char !== run.char) continue;
          const openLength = opener.to - opener.from;
          if ((opener.close || run.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) continue;
          found = k;
          break;
        }
        if (found < 0) {
          bottom.set(key, stack.length);
          break;
        }
        const opener = stack[found]!;
        // Runs between opener and closer drop out.
        stack.length = found + 1;
        clampBottom(found);
        const use = opener.to - opener.from > 1 && closeLength > 1 ? 2 : 1;
        pairs.push({
          kind: use === 2 ? 'strong' : 'emphasis',
          start: opener.to - use,
          innerStart: opener.to,
          innerEnd: run.from,
          end: run.from + use,
        });
        opener.to -= use;
        run.from += use;
        if (opener.to === opener.from) {
          stack.pop();
          clampBottom(stack.length);
        }
      }
    }
    if (run.open && run.to > run.from) stack.push(run);
  }
  return pairs;
}

/**
 * The pieces: outermost `strong`/`delete` pairs are the changes (their own
 * delimiters dropped); everything else is text — other delimiters and code
 * spans as written, escapes and numeric references decoded.
 */
function emitPieces(
  text: string,
  pairs: readonly Pair[],
  dropped: ReadonlySet<number>,
  references: ReadonlyMap<number, [number, string]>,
  codeSpans: ReadonlyMap<number, number>,
): Piece[] {
  // Outermost changes: strong/delete spans not inside another one.
  const changes = pairs.filter((p) => p.kind !== 'emphasis').sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: Pair[] = [];
  for (const pair of changes) {
    const last = outermost[outermost.length - 1];
    if (last === undefined || pair.start >= last.end) outermost.push(pair);
  }
  const pieces: Piece[] = [];
  const emit = (type: Piece['type'], value: string): void => {
    if (value === '') return;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.type === type) last.text += value;
    else pieces.push({ type, text: value });
  };
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const change = outermost[k];
    const type: Piece['type'] =
      change !== undefined && i >= change.innerStart && i < change.innerEnd
        ? change.kind === 'strong'
          ? 'insert'
          : 'delete'
        : 'equal';
    if (change !== undefined && i === change.start) {
      i = change.innerStart; // opening delimiters
      continue;
    }
    if (change !== undefined && i === change.innerEnd) {
      i = change.end; // closing delimiters
      k++;
      continue;
    }
    const limit = change === undefined ? text.length : i < change.start ? change.start : change.innerEnd;
    // Copy plain text up to the next special offset.
    let j = i;
    while (j < limit && !dropped.has(j) && !references.has(j) && !codeSpans.has(j)) j++;
    if (j > i) {
      emit(type, text.slice(i, j));
      i = j;
      continue;
    }
    if (dropped.has(i)) {
      emit(type, text[i + 1]!);
      i += 2;
    } else if (references.has(i)) {
      const [length, decoded] = references.get(i)!;
      emit(type, decoded);
      i += length;
    } else {
      const end = codeSpans.get(i)!;
      emit(type, text.slice(i, end));
      i = end;
    }
  }
  return pieces;
}
