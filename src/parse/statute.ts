/**
 * The statute builder: a body whose structure lines (unit-line.ts) are §§ or
 * Art. — a Satzung, Geschäftsordnung or Parteisatzung — becomes a tree of
 * sections (`Erster Abschnitt`, `Teil 1`, `I.`) holding units (`§ 7`,
 * `Art. 3`) with their headings, each unit's body read by the clause-tree
 * builder in statute mode (Absätze `(1)` holding items `1.`/`a)`/`aa)`, the
 * text after an item list as its tail). The title, date and Eingangsformel
 * before the first unit are no clauses: the Eingangsformel (a paragraph
 * ending in a colon) becomes the lead. The statute ends at the signature
 * block (`Talbrück, den 14. März 2023`) or where a motion would end.
 *
 * A § line is a unit only where a unit can start — after a blank line, a
 * heading, or a line that closes a sentence — so a citation wrapped to a
 * line start (`§ 16 (5) müssen …`) stays text.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { scanLineLabel } from './line-label.js';
import { joinLines, lastSignificant, startsLowerCase, stripLineMarkup, type Line } from './source-lines.js';
import { isDateLine, isPlaceDateLine, statuteLines } from './statute-lines.js';
import { buildClauses, type BuildOptions, type BuiltResolution } from './tree.js';
import { scanUnitLine, type UnitLine } from './unit-line.js';

/** A structure line found where a unit can start, with the lines its heading took. */
interface Found {
  unit: UnitLine;
  /** The index after the structure line and its heading lines. */
  next: number;
}

/** Lines scanned for structure (an ordinary motion has none). */
class StatuteScan {
  /** Whether a § or Art. line stands anywhere in the lines (then item lines, `Punkt 7: …`, are no units); read when first asked. */
  private citations: boolean | undefined;

  constructor(private readonly lines: readonly Line[]) {}

  private hasCitations(): boolean {
    this.citations ??= this.lines.some((line) => {
      const unit = line.blank ? undefined : scanUnitLine(stripLineMarkup(line.text));
      return unit?.kind === 'unit' && unit.item !== true;
    });
    return this.citations;
  }

  private text(i: number): string {
    return stripLineMarkup(this.lines[i]!.text);
  }

  /** The next non-blank line at or after `i`, if any. */
  nextContent(i: number): number | undefined {
    let j = i;
    while (j < this.lines.length && this.lines[j]!.blank) j++;
    return j < this.lines.length ? j : undefined;
  }

  /** Whether a unit may start at line `i`: after a blank line, a heading, or a closed sentence. */
  private canStart(i: number): boolean {
    const line = this.lines[i]!;
    if (line.heading || i === 0) return true;
    const prev = this.lines[i - 1]!;
    if (prev.blank || prev.heading) return true;
    const text = stripLineMarkup(prev.text);
    const last = lastSignificant(text);
    if (last !== undefined && '.:;!?'.includes(last)) return true;
    if (text.endsWith(')') || isDateLine(text)) return true;
    // Right after a section line or a unit's heading ("I. Vorbereitung …" / "§ 1 Einberufung").
    return this.structureAt(i - 1) !== undefined || this.headingOf(i - 1);
  }

  /** The structure line at `i` regardless of context. */
  private structureAt(i: number): UnitLine | undefined {
    return scanUnitLine(this.text(i));
  }

  /** Whether line `i` is the heading line of a bare unit right above it. */
  private headingOf(i: number): boolean {
    if (i === 0) return false;
    const above = scanUnitLine(this.text(i - 1));
    return above !== undefined && above.bare && this.isHeadingLine(i);
  }

  /** A line that can be a heading on its own: no label, no structure, no closing punctuation. */
  isHeadingLine(i: number): boolean {
    const line = this.lines[i]!;
    if (line.blank) return false;
    const text = this.text(i);
    if (text.length > 160 || startsLowerCase(text) || scanLineLabel(text) !== undefined) return false;
    if (scanUnitLine(text)?.kind === 'unit') return false;
    const last = lastSignificant(text);
    return last !== undefined && !'.,;:!?'.includes(last);
  }

  /** The structure line at `i` when it stands where a unit can start, with its heading lines. */
  find(i: number): Found | undefined {
    const line = this.lines[i]!;
    if (line.blank) return undefined;
    const unit = this.structureAt(i);
    // An explicit section ("Abschnitt A: …") or "Präambel" needs no sentence end before it.
    const explicit = unit !== undefined && unit.kind !== 'unit' && !unit.tentative;
    if (unit === undefined || (!explicit && !this.canStart(i))) return undefined;
    if (unit.tentative) {
      const next = this.nextContent(i + 1);
      if (next === undefined || this.structureAt(next)?.kind !== 'unit') return undefined;
    }
    // "§ 13 Das Konzept wird" / "vorgelegt …": a citation at a line start in running text.
    if (!unit.bare && !unit.heading.endsWith('-') && this.bodyGoesOn(i)) return undefined;
    if (unit.item === true && !this.itemStands(i)) return undefined;
    let next = i + 1;
    let heading = unit.heading;
    if (unit.bare) {
      const h = this.nextContent(i + 1);
      if (h !== undefined && this.isHeadingLine(h) && !this.bodyGoesOn(h)) {
        heading = this.text(h);
        next = h + 1;
      }
    }
    // A heading hyphenated across lines: "§ 3 Unterrichtung der Einwoh-" / "nerinnen und Einwohner".
    const cont = this.lines[next];
    if (heading.endsWith('-') && cont !== undefined && !cont.blank && scanLineLabel(cont.text) === undefined) {
      heading = joinLines([heading, this.text(next)], true);
      next++;
    }
    return { unit: { ...unit, heading }, next };
  }

  /**
   * Whether the item line at `i` (`Punkt 7: Vertagung`, `Block 3`) stands as a
   * unit: no § or Art. in the text, and the next line with content is the
   * item's text — no other structure line (a list of one-line items
   * `Punkt 1: Radwege` / `Punkt 2: Bäume` is a list, not headings).
   */
  private itemStands(i: number): boolean {
    if (this.hasCitations()) return false;
    const next = this.nextContent(i + 1);
    return next !== undefined && this.structureAt(next) === undefined;
  }

  /** Whether the line after `h` continues it in lower case (so `h` is body text, not a heading). */
  private bodyGoesOn(h: number): boolean {
    const after = this.lines[h + 1];
    if (after === undefined || after.blank) return false;
    return startsLowerCase(after.text) && scanLineLabel(after.text) === undefined;
  }
}

/**
 * Whether `[from, to)` is a statute: at least two § or Art. units where
 * units can start, or one whose body starts with an Absatz `(1)`.
 */
export function isStatute(lines: readonly Line[], from: number, to: number): boolean {
  const scan = new StatuteScan(lines.slice(from, to));
  let previous: number | undefined;
  for (let i = 0; i < to - from; i++) {
    const found = scan.find(i);
    if (found === undefined || found.unit.kind !== 'unit') continue;
    // Two units numbered upwards ("§ 1", "§ 2"; "§ 7", "§ 7a").
    const number = unitNumberOf(found.unit.label);
    if (previous !== undefined && number > previous) return true;
    previous = number;
    const first = scan.nextContent(found.next);
    if (first !== undefined && scanLineLabel(lines[from + first]!.text)?.label === '(1)') return true;
  }
  return false;
}

/** The number of a unit label as a sortable value: `§ 7` → 7, `§ 7a` → 7.01. */
function unitNumberOf(label: string): number {
  const digits = label.replace(/^\D+/, '');
  const n = parseInt(digits, 10);
  const letter = digits[digits.length - 1]!;
  return letter >= 'a' && letter <= 'z' ? n + (letter.charCodeAt(0) - 96) / 100 : n;
}

/** A clause being collected: a section, a unit or the Präambel, with its body lines. */
interface Open {
  clause: Clause;
  body: Line[];
}

/**
 * Builds the clause tree of a statute body (see the module comment).
 * `end` is where the statute stopped: the signature block or `to`.
 */
export function buildStatute(lines: readonly Line[], from: number, to: number, options: BuildOptions): BuiltResolution {
  const src = statuteLines(lines, from, to);
  const scan = new StatuteScan(src);
  const roots: Clause[] = [];
  const preamble: Line[] = [];
  let section: Clause | undefined;
  let open: Open | undefined;
  /** Whether the units are item lines (`Punkt 7: …`): set by the first unit. */
  let items: boolean | undefined;
  let end = to;
  for (let i = 0; i < src.length; i++) {
    const line = src[i]!;
    if (!line.blank && isPlaceDateLine(stripLineMarkup(line.text))) {
      end = from + i;
      break;
    }
    const found = scan.find(i);
    if (found === undefined) {
      (open === undefined ? preamble : open.body).push(line);
      continue;
    }
    if (open !== undefined) finishUnit(open, options);
    const { unit } = found;
    if (unit.kind === 'unit') items ??= unit.item === true;
    const clause: Clause = { id: '', label: unit.label, text: '', children: [] };
    clause.heading = unit.heading;
    if (unit.kind === 'unit') (section?.children ?? roots).push(clause);
    else {
      roots.push(clause);
      section = unit.kind === 'section' ? clause : undefined;
    }
    open = { clause, body: [] };
    i = found.next - 1;
  }
  if (open !== undefined) finishUnit(open, options);
  if (items === true) {
    // A resolution of item lines is no statute with a title and an Eingangsformel: what stands
    // before its first item is read as a motion's text is (its lead, and paragraphs as clauses).
    const before = buildClauses(preamble, 0, preamble.length, { ...options, stopAtHeadings: false });
    return { lead: before.lead, clauses: [...before.clauses, ...roots], end, itemLines: true };
  }
  return { lead: leadOf(preamble, options), clauses: roots, end };
}

/** Reads a unit's body: its text before the first labelled clause, its Absätze and items as children. */
function finishUnit(open: Open, options: BuildOptions): void {
  const built = buildClauses(open.body, 0, open.body.length, {
    dehyphenate: options.dehyphenate,
    detectLead: false,
    stopAtHeadings: false,
    statute: true,
  });
  const texts: string[] = [];
  const children: Clause[] = [];
  let leading = true;
  for (const clause of built.clauses) {
    if (leading && clause.label === '') {
      if (clause.text !== '') texts.push(clause.text);
      children.push(...clause.children);
      continue;
    }
    leading = false;
    children.push(clause);
  }
  open.clause.text = texts.join('\n\n');
  open.clause.children.push(...children);
}

/**
 * The Eingangsformel: the last paragraph before the first unit (from after
 * the title's date line, when the PDF text runs them together), when it ends
 * in a colon.
 */
function leadOf(preamble: readonly Line[], options: BuildOptions): string {
  const paragraphs: string[][] = [[]];
  for (const line of preamble) {
    const text = stripLineMarkup(line.text);
    if (line.blank || line.heading || isDateLine(text)) paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(text);
    if (line.heading) paragraphs.push([]);
  }
  for (let p = paragraphs.length - 1; p >= 0; p--) {
    const text = joinLines(paragraphs[p]!, options.dehyphenate);
    if (text === '') continue;
    return lastSignificant(text) === ':' ? text : '';
  }
  return '';
}
