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
import { isAsciiDigit, isAsciiLower, isAsciiUpper } from '../text/chars.js';
import { romanValue } from './roman.js';
import { unitKey } from './unit-line.js';

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

const BULLET_SET: ReadonlySet<string> = new Set(BULLETS);

/** Whether `c` is one of the {@link BULLETS}. */
export function isBulletChar(c: string | undefined): boolean {
  return c !== undefined && BULLET_SET.has(c);
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
  // Arabic: 1–4 digits, optionally one letter ("4a"). Four digits are mostly years ("2018. …"):
  // the body reader takes them as labels only where they go on with a list (999 → 1000).
  if (isAsciiDigit(core[0])) {
    let i = 0;
    while (i < n && isAsciiDigit(core[i])) i++;
    if (i > 4 || core[0] === '0') return [];
    const value = Number(core.slice(0, i));
    if (i === n) return [info(label, 'arabic', open, close, core, value)];
    if (i === n - 1 && isAsciiLower(core[i])) {
      return [info(label, 'arabic', open, close, core, value, core.charCodeAt(i) - 96)];
    }
    return [];
  }
  const out: LabelInfo[] = [];
  if (isAsciiLower(core[0])) {
    for (let i = 1; i < n; i++) if (!isAsciiLower(core[i])) return [];
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
  if (isAsciiUpper(core[0])) {
    for (let i = 1; i < n; i++) if (!isAsciiUpper(core[i])) return [];
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
 * `"II."`→`"II"`, `"4a."`→`"4a"`; statute labels `"§ 7a"`→`"§7a"`, `"Art. 3"`→`"Art3"`,
 * `"Abschnitt A"`→`"AbschnittA"` (unit-line.ts); bullets, `""` and non-labels → `""`.
 */
export function labelKey(label: string): string {
  return parseLabel(label)?.key ?? unitKey(label);
}

/** True when `label` is a bullet (`-`, `•`, …). */
export function isBullet(label: string): boolean {
  return parseLabel(label)?.kind === 'bullet';
}
