/**
 * Word's automatic numbering (`numbering.xml`): the labels Word shows for
 * numbered paragraphs, which are not in the text. Each `w:num` refers to an
 * abstract definition whose levels give a start value, a number format
 * (decimal, letters, roman, bullet) and a pattern (`%1.`, `%1)`, `(%2)`).
 * Counters run per list and level, a paragraph resets the deeper levels, as
 * Word counts them.
 *
 * @module
 */
import { toRoman } from '../../../parse/labels.js';
import { child, childrenNamed, type XmlElement } from '../../xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

/** The numbering definitions of a document. */
export interface Numbering {
  /** Levels of each list (`w:numId`), by level index. */
  lists: Map<string, Map<number, Level>>;
}

/** Reads `numbering.xml` (its root element). */
export function readNumbering(root: XmlElement | undefined): Numbering {
  const numbering = child(root, 'w:numbering');
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of childrenNamed(numbering, 'w:abstractNum')) {
    abstracts.set(abstract.attrs['abstractNumId'] ?? '', levelsOf(abstract));
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const num of childrenNamed(numbering, 'w:num')) {
    const base = abstracts.get(child(num, 'w:abstractNumId')?.attrs['val'] ?? '') ?? new Map<number, Level>();
    const levels = new Map(base);
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const index = Number(override.attrs['ilvl'] ?? 0);
      const start = child(override, 'w:startOverride')?.attrs['val'];
      const own = child(override, 'w:lvl');
      const level = own !== undefined ? levelOf(own) : levels.get(index);
      if (level !== undefined) levels.set(index, start !== undefined ? { ...level, start: Number(start) } : level);
    }
    lists.set(num.attrs['numId'] ?? '', levels);
  }
  return { lists };
}

function levelsOf(abstract: XmlElement): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of childrenNamed(abstract, 'w:lvl')) out.set(Number(lvl.attrs['ilvl'] ?? 0), levelOf(lvl));
  return out;
}

function levelOf(lvl: XmlElement): Level {
  return {
    start: Number(child(lvl, 'w:start')?.attrs['val'] ?? 1),
    format: child(lvl, 'w:numFmt')?.attrs['val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attrs['val'] ?? '',
  };
}

/** A number in a level's format. */
function format(value: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperRoman':
      return toRoman(value).toUpperCase();
    default:
      return String(value);
  }
}

/** 1 → A, 26 → Z, 27 → AA (Word repeats the letter). */
function letters(value: number): string {
  const n = Math.max(1, value);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** Counts numbered paragraphs in document order and gives their labels. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  /** True when the list and level are defined. */
  has(numId: string, level: number): boolean {
    return this.numbering.lists.get(numId)?.get(level) !== undefined;
  }

  /** The label of the next paragraph of list `numId` at `level` (advancing the count), or undefined. */
  next(numId: string, level: number): string | undefined {
    const levels = this.numbering.lists.get(numId);
    const own = levels?.get(level);
    if (levels === undefined || own === undefined) return undefined;
    const counts = this.counters.get(numId) ?? [];
    for (let l = 0; l < level; l++) counts[l] ??= levels.get(l)?.start ?? 1;
    counts[level] = counts[level] === undefined ? own.start : counts[level] + 1;
    counts.length = level + 1;
    this.counters.set(numId, counts);
    if (own.format === 'bullet') return bullet(own.text);
    if (own.format === 'none') return '';
    return own.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      return format(counts[l] ?? 1, levels.get(l)?.format ?? 'decimal');
    });
  }
}

/** A bullet as text: the dash or bullet it shows; symbol-font bullets become "•". */
function bullet(text: string): string {
  return text === '-' || text === '–' || text === '•' ? text : '•';
}
