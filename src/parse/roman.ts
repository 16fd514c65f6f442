/**
 * Roman numerals as clause labels use them (`I.`, `iv)`): the value of a
 * canonical numeral and the numeral of a value.
 *
 * @module
 */

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
