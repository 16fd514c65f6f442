/**
 * Labels in sequence: whether one label follows another, and writing the
 * next, the first or the n-th label of a label's style (`"3."` → `"4."`,
 * `"c)"` → `"a)"`, `"4a."` → `"4b."`).
 *
 * @module
 */
import { parseLabel, type LabelInfo } from './label-readings.js';
import { toRoman } from './roman.js';

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
