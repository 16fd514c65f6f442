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
import { isWhitespace } from '../../text/chars.js';
import type { Piece } from './spacing.js';
import { resolve, type Pair, type Run } from './delimiters.js';

const ASCII_PUNCTUATION = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;
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
  if (isWhitespace(ch)) return 1;
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
