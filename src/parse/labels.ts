/**
 * The label grammar of German resolutions: what counts as a clause label
 * (`1.`, `2)`, `(3)`, `a)`, `a.`, `aa)`, `I.`, `IV)`, `4a.`, bullets), its key
 * (the id segment), its style (which labels form one sequence) and its rank in
 * the hierarchy `A.` > `I.` > `1.` > `1)` > `(1)` > `a)` > `(a)` > `aa)` > `i)` > bullets.
 *
 * Hand-written scanners rather than one big regex: labels are recognised at
 * the start of every line of possibly huge input, and small character loops
 * are linear by construction and give the ambiguity handling (`i)`, `I.`,
 * `C.`) a place to live.
 *
 * @module
 */

/** The numbering system of a label. */
export type LabelKind =
  'arabic' | 'lower-alpha' | 'upper-alpha' | 'double-alpha' | 'lower-roman' | 'upper-roman' | 'bullet';

/** One reading of a label. Ambiguous labels (`i)`, `I.`) have several. */
export interface LabelInfo {
  /** The label as written, e.g. `"4a."`, `"(2)"`, `"•"`. */
  label: string;
  /** Numbering system. */
  kind: LabelKind;
  /** `"("` for parenthesised labels, else `""`. */
  open: '' | '(';
  /** The closing punctuation: `"."`, `")"`, `".)"`, or `""` for bullets. */
  close: '' | '.' | ')' | '.)';
  /** The label without punctuation: `"4a"`, `"b"`, `"II"`, or the bullet character. */
  core: string;
  /** The id segment (`labelKey`): `core` for numbered labels, `""` for bullets. */
  key: string;
  /** 1-based position in its sequence (`c` → 3, `IV` → 4, `4a` → 4); 0 for bullets. */
  value: number;
  /** For `4a.`-style labels the letter's position (`a` → 1), else 0. */
  sub: number;
  /** Labels with equal `style` belong to one sequence (`"arabic|.|"`); `4a.` shares the style of `4.`. */
  style: string;
  /** Hierarchy rank: smaller is higher (`I.` = 1, `1.` = 2, …, bullets = 9). */
  rank: number;
}

/**
 * Characters that start a bullet item when followed by white space. Includes
 * the Private Use code points Word's Symbol font leaves in PDF text (U+F0B7,
 * U+F0A7) and the `o` Word uses for second-level bullets.
 */
export const BULLETS: readonly string[] = [
  '-',
  '–',
  '—',
  '•',
  '*',
  '+',
  '·',
  '▪',
  '◦',
  '‣',
  '○',
  '●',
  '■',
  '□',
  '►',
  '➢',
  '➤',
  '✓',
  '\uF0B7',
  '\uF0A7',
  'o',
];

const BULLET_SET = new Set(BULLETS);

const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a (case-insensitive) roman numeral, or 0 when it is not a canonical one (`IIII`, `VX`). */
export function romanValue(s: string): number {
  if (s.length === 0 || s.length > 12) return 0;
  const lower = s.toLowerCase();
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower[i]!];
    if (v === undefined) return 0;
    const next = i + 1 < lower.length ? (ROMAN_VALUES[lower[i + 1]!] ?? 0) : 0;
    total += v < next ? -v : v;
  }
  // Only canonical spellings count, so "IIII" or "IC" are not numerals.
  return toRoman(total) === lower ? total : 0;
}

/** Lower-case roman numeral of `n` (1–399). */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 400) return '';
  const table: Array<[number, string]> = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLowerAscii(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}
function isUpperAscii(c: string | undefined): boolean {
  return c !== undefined && c >= 'A' && c <= 'Z';
}

function rankOf(kind: LabelKind, open: string, close: string): number {
  switch (kind) {
    case 'upper-alpha':
      return 0;
    case 'upper-roman':
      return 1;
    case 'arabic':
      return open === '(' ? 4 : close === '.' ? 2 : 3;
    case 'lower-alpha':
      return open === '(' ? 6 : 5;
    case 'double-alpha':
      return 7;
    case 'lower-roman':
      return 8;
    case 'bullet':
      return 9;
  }
}

function info(
  label: string,
  kind: LabelKind,
  open: '' | '(',
  close: LabelInfo['close'],
  core: string,
  value: number,
  sub = 0,
): LabelInfo {
  return {
    label,
    kind,
    open,
    close,
    core,
    key: kind === 'bullet' ? '' : core,
    value,
    sub,
    style: kind === 'bullet' ? `bullet|${core}` : `${kind}|${open}|${close}`,
    rank: rankOf(kind, open, close),
  };
}

/**
 * All readings of the core of a numbered label (`"4a"`, `"ii"`, `"C"`),
 * preferred reading first. Empty when the core is no label core.
 */
function coreReadings(label: string, core: string, open: '' | '(', close: LabelInfo['close']): LabelInfo[] {
  const n = core.length;
  if (n === 0 || n > 12) return [];
  // Arabic: 1–3 digits (four digits are years: "2018 wurde"), optionally one letter ("4a").
  if (isDigit(core[0])) {
    let i = 0;
    while (i < n && isDigit(core[i])) i++;
    if (i > 3 || core[0] === '0') return [];
    const value = Number(core.slice(0, i));
    if (i === n) return [info(label, 'arabic', open, close, core, value)];
    if (i === n - 1 && isLowerAscii(core[i])) {
      return [info(label, 'arabic', open, close, core, value, core.charCodeAt(i) - 96)];
    }
    return [];
  }
  const out: LabelInfo[] = [];
  if (isLowerAscii(core[0])) {
    for (let i = 1; i < n; i++) if (!isLowerAscii(core[i])) return [];
    const letterValue = core.charCodeAt(0) - 96;
    const allSame = [...core].every((c) => c === core[0]);
    const roman = romanValue(core);
    if (n === 1) {
      // "i)" is far more often the ninth letter than the first roman numeral in German motions.
      out.push(info(label, 'lower-alpha', open, close, core, letterValue));
      if (roman > 0) out.push(info(label, 'lower-roman', open, close, core, roman));
    } else if (allSame) {
      // "aa)", "bb)", … (and "aaa)" after "zz)").
      const value = (n - 1) * 26 + letterValue;
      if (roman > 0 && n > 2) out.push(info(label, 'lower-roman', open, close, core, roman));
      out.push(info(label, 'double-alpha', open, close, core, value));
      if (roman > 0 && n === 2) out.push(info(label, 'lower-roman', open, close, core, roman));
    } else if (roman > 0) {
      out.push(info(label, 'lower-roman', open, close, core, roman));
    }
    return out;
  }
  if (isUpperAscii(core[0])) {
    for (let i = 1; i < n; i++) if (!isUpperAscii(core[i])) return [];
    const roman = romanValue(core);
    if (n === 1) {
      const letterValue = core.charCodeAt(0) - 64;
      // I, V and X are read as roman numerals first; C, L are letters first (A., B., C. lists).
      if (roman > 0 && (core === 'I' || core === 'V' || core === 'X')) {
        out.push(info(label, 'upper-roman', open, close, core, roman));
        out.push(info(label, 'upper-alpha', open, close, core, letterValue));
      } else {
        out.push(info(label, 'upper-alpha', open, close, core, letterValue));
        if (roman > 0) out.push(info(label, 'upper-roman', open, close, core, roman));
      }
    } else if (roman > 0) {
      out.push(info(label, 'upper-roman', open, close, core, roman));
    }
    return out;
  }
  return out;
}

/**
 * All readings of a label written on its own (`"1."`, `"(a)"`, `"ii)"`, `"•"`),
 * the preferred reading first; `[]` when the string is no label.
 * Leading/trailing white space is ignored.
 */
export function labelReadings(label: string): readonly LabelInfo[] {
  const cached = readingsCache.get(label);
  if (cached) return cached;
  const readings = Object.freeze(computeReadings(label).map((r) => Object.freeze(r)));
  // Labels repeat endlessly ("1.", "a)", "-"); a bounded cache saves re-reading them.
  if (readingsCache.size > 4096) readingsCache.clear();
  readingsCache.set(label, readings);
  return readings;
}

const readingsCache = new Map<string, readonly LabelInfo[]>();

function computeReadings(label: string): LabelInfo[] {
  const s = label.trim();
  if (s.length === 0 || s.length > 16) return [];
  if (s.length === 1 && BULLET_SET.has(s)) return [info(s, 'bullet', '', '', s, 0)];
  if (s[0] === '(') {
    if (s[s.length - 1] !== ')') return [];
    return coreReadings(s, s.slice(1, -1), '(', ')');
  }
  if (s.endsWith('.)')) return coreReadings(s, s.slice(0, -2), '', '.)');
  const last = s[s.length - 1];
  if (last === '.' || last === ')') return coreReadings(s, s.slice(0, -1), '', last);
  return [];
}

/** The preferred reading of a label, or `undefined` when the string is no label. */
export function parseLabel(label: string): LabelInfo | undefined {
  return labelReadings(label)[0];
}

/**
 * The id segment of a label: `"1."`→`"1"`, `"2)"`→`"2"`, `"b)"`→`"b"`, `"(3)"`→`"3"`,
 * `"II."`→`"II"`, `"4a."`→`"4a"`; bullets, `""` and non-labels → `""`.
 */
export function labelKey(label: string): string {
  return parseLabel(label)?.key ?? '';
}

function letters(value: number, upper: boolean): string {
  // 1 → a, 26 → z, 27 → aa (the sequence continues with doubled letters).
  const v = Math.max(1, value);
  const letter = String.fromCharCode(96 + ((v - 1) % 26) + 1);
  const s = letter.repeat(Math.floor((v - 1) / 26) + 1);
  return upper ? s.toUpperCase() : s;
}

/** Writes the label of `info`'s style with another value (and sub-letter). */
function formatLike(li: LabelInfo, value: number, sub: number): string {
  let core: string;
  switch (li.kind) {
    case 'bullet':
      return li.label;
    case 'arabic':
      core = String(value) + (sub > 0 ? letters(sub, false) : '');
      break;
    case 'lower-alpha':
      core = letters(value, false);
      break;
    case 'upper-alpha':
      core = letters(value, true);
      break;
    case 'double-alpha': {
      const letter = letters(((value - 1) % 26) + 1, false);
      core = letter.repeat(Math.max(2, Math.floor((value - 1) / 26) + 1));
      break;
    }
    case 'lower-roman':
      core = toRoman(value) || String(value);
      break;
    case 'upper-roman':
      core = (toRoman(value) || String(value)).toUpperCase();
      break;
  }
  return `${li.open}${core}${li.close}`;
}

/** The label with `value` in the style of `info`. */
export function labelWithValue(li: LabelInfo, value: number): string {
  return formatLike(li, value, 0);
}

/**
 * The next label in the same sequence and style: `"3."`→`"4."`, `"b)"`→`"c)"`,
 * `"(2)"`→`"(3)"`, `"II."`→`"III."`, `"aa)"`→`"bb)"`, `"4a."`→`"4b."`,
 * bullets → the same bullet, `""` → `""`. A string that is no label gives `""`.
 */
export function nextLabel(previous: string): string {
  const li = parseLabel(previous);
  if (!li) return '';
  if (li.kind === 'bullet') return li.label;
  if (li.kind === 'arabic' && li.sub > 0) return formatLike(li, li.value, li.sub + 1);
  return formatLike(li, li.value + 1, 0);
}

/**
 * The first label of the style of `example`: `"3."`→`"1."`, `"c)"`→`"a)"`,
 * `"(2)"`→`"(1)"`, `"II."`→`"I."`, `"bb)"`→`"aa)"`, `"4c."`→`"4a."`;
 * bullets → the same bullet; `""` and non-labels → `""`.
 */
export function firstLabelLike(example: string): string {
  const li = parseLabel(example);
  if (!li) return '';
  if (li.kind === 'bullet') return li.label;
  if (li.kind === 'arabic' && li.sub > 0) return formatLike(li, li.value, 1);
  return formatLike(li, 1, 0);
}

/** True when `label` is a bullet (`-`, `•`, …). */
export function isBullet(label: string): boolean {
  return parseLabel(label)?.kind === 'bullet';
}

/**
 * Whether `next` may directly follow `prev` in one sequence: same style and the
 * following value (`3.`→`4.`, `3.`→`3a.`, `3a.`→`3b.`, `3a.`→`4.`); bullets always.
 */
export function continuesSequence(prev: LabelInfo, next: LabelInfo): boolean {
  if (prev.style !== next.style) return false;
  if (prev.kind === 'bullet') return true;
  if (next.value === prev.value + 1 && next.sub === 0) return true;
  if (next.value === prev.value && next.sub === prev.sub + 1) return true;
  return false;
}

/** Where a label found at the start of a line ends, and what it is. */
export interface LineLabel {
  /** The label as written (no emphasis markers, no leading markdown bullet). */
  label: string;
  /** Its readings, preferred first. */
  readings: readonly LabelInfo[];
  /** Offset in the line where the clause text starts (after the label and one run of spaces). */
  textStart: number;
  /**
   * An emphasis marker (`**`, `~~`, `__`, `*`, `_`) that was written before the label
   * and is still open after it (`**2a. Neuer Punkt**`): the text must start with it.
   */
  reopen: string;
}

const MARKERS = ['**', '__', '~~', '*', '_'] as const;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/**
 * Reads the token of a numbered label at `pos` (no bullets): returns the label
 * text and its end offset, or undefined. Only looks at up to 16 characters.
 */
function scanNumbered(line: string, pos: number): { label: string; end: number } | undefined {
  const limit = Math.min(line.length, pos + 16);
  let i = pos;
  const open = line[i] === '(';
  if (open) i++;
  const coreStart = i;
  while (i < limit) {
    const c = line[i]!;
    if (isDigit(c) || isLowerAscii(c) || isUpperAscii(c)) i++;
    else break;
  }
  if (i === coreStart) return undefined;
  let end: number;
  if (open) {
    if (line[i] !== ')') return undefined;
    end = i + 1;
  } else if (line[i] === '.' && line[i + 1] === ')') {
    end = i + 2;
  } else if (line[i] === '.' || line[i] === ')') {
    end = i + 1;
  } else {
    return undefined;
  }
  return { label: line.slice(pos, end), end };
}

/**
 * Recognises a label at the start of `line` (which has no leading white space).
 * Handles a markdown bullet before a numbered label (`- a) Text`: the inner
 * label wins), emphasis around the label (`**1.** Text`, `~~3. alt~~`), and a
 * label alone on its line. Returns undefined when the line does not start with
 * a label; the exclusions (dates, `z. B.`, month names …) are applied by the
 * caller through {@link isFalseLabel}.
 */
export function scanLineLabel(line: string): LineLabel | undefined {
  let pos = 0;
  let bulletAt = -1;
  let bulletText = 0;
  // A run of bullets ("- - Text", "- a) Text"): the innermost label wins. The loop
  // advances on every round, so it stays linear however many bullets there are.
  for (;;) {
    const c = line[pos];
    if (c === undefined || !BULLET_SET.has(c)) break;
    const after = line[pos + 1];
    if (after !== undefined && !isSpace(after)) break;
    let t = pos + 1;
    while (isSpace(line[t])) t++;
    bulletAt = pos;
    bulletText = t;
    if (t === pos + 1 || t >= line.length) break;
    pos = t;
  }
  const bc = bulletAt >= 0 ? line[bulletAt]! : '';
  const bullet: LineLabel | undefined =
    bulletAt >= 0 ? { label: bc, readings: labelReadings(bc), textStart: bulletText, reopen: '' } : undefined;
  // Emphasis opened before a numbered label.
  let marker = '';
  for (const m of MARKERS) {
    if (line.startsWith(m, pos)) {
      marker = m;
      break;
    }
  }
  const numbered = scanNumbered(line, pos + marker.length);
  if (numbered === undefined) return bullet;
  const readings = labelReadings(numbered.label);
  if (readings.length === 0) return bullet;
  let end = numbered.end;
  let reopen = '';
  if (marker !== '') {
    if (line.startsWith(marker, end))
      end += marker.length; // "**1.** Text"
    else reopen = marker; // "**1. Text**"
  }
  const after = line[end];
  if (after !== undefined && !isSpace(after)) return bullet;
  let t = end;
  while (isSpace(line[t])) t++;
  return { label: numbered.label, readings, textStart: t, reopen };
}
