/**
 * The clause-tree builder: one pass over the lines of a resolution body.
 * A line that starts with a label starts a clause; it is placed by
 * indentation where the text has any, else by the label hierarchy
 * (`I.` > `1.` > `a)` > `aa)` > bullets; a clause ending in `:` takes the next
 * list as children). Unlabelled lines continue the open paragraph; an
 * unlabelled paragraph belongs to the innermost open numbered clause (joined
 * by a blank line), a lower-case one continues the previous paragraph (page
 * break). See docs/parsing.md for the rules with examples.
 *
 * One loop over the lines with the open clauses on an explicit stack
 * (open-clauses.ts): 5,000 nested labels cannot overflow the call stack, and
 * each line is looked at a constant number of times.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { isAsciiDigit, isLetter } from '../text/chars.js';
import { continuesSequence } from './label-sequence.js';
import { isFalseLabel, scanLineLabel, type LineLabel } from './line-label.js';
import { LEAD_PHRASES } from './markers.js';
import { OpenClauses, type ClauseVersion, type Entry } from './open-clauses.js';
import { endsSentence, joinLines, lastSignificant, startsLowerCase, type Line } from './source-lines.js';

/** @deprecated Import it from `./labels.js` (the label grammar); kept for src/redline/read. */

/** How the builder treats the body. */
export interface BuildOptions {
  /** Join line-end hyphens (see `ParseOptions.dehyphenate`). */
  dehyphenate: boolean;
  /** Whether the first unlabelled paragraph may be the lead ("Der Rat beschließt:"). */
  detectLead: boolean;
  /**
   * Whole-document mode: after the first labelled clause, a Markdown heading or a
   * short heading-like line (no closing punctuation) ends the resolution.
   */
  stopAtHeadings: boolean;
  /**
   * The body of a statute unit (statute.ts): an Absatz `(1)` holds the items
   * `1.`/`a)`/`aa)`, text after an item list is the list's tail (an
   * unlabelled last child of the Absatz), and a lower-case paragraph
   * continues the one before only across a page break.
   */
  statute?: boolean;
  /**
   * For reading a redline: the version of the clause whose text (after its
   * label) is given, see {@link ClauseVersion}. Undefined for ordinary text.
   */
  versionOf?: ((text: string) => ClauseVersion | undefined) | undefined;
}

/** The result of building. */
export interface BuiltResolution {
  /** The lead sentence, `""` if none. */
  lead: string;
  /** The clause tree (ids not yet assigned). */
  clauses: Clause[];
  /** Index of the first line after the resolution (`lines.length` when it ran to the end). */
  end: number;
  /** Set when the units are item lines (`Punkt 7: …`): the lines before them are text, never a statute's title. */
  itemLines?: true;
}

function endsOpen(text: string): boolean {
  const c = lastSignificant(text);
  return c === undefined || !'.:;!?,'.includes(c);
}

/**
 * An upper-case paragraph continues the previous one when a page break (form
 * feed, page-number line) separates them and the previous text stopped in
 * mid-sentence, or when the previous text ends in a hyphenated word part.
 */
function continuesAcrossBreak(prev: string, afterPageBreak: boolean): boolean {
  const c = lastSignificant(prev);
  if (c === undefined) return false;
  if (c === '-' && prev.length >= 2 && isLetter(prev[prev.length - 2])) return true;
  return afterPageBreak && !'.:;!?'.includes(c);
}

/**
 * `(07.02.00) sollen …`: a bracket at the line start followed by lower-case
 * text — the sentence of the paragraph before goes on (a PDF's blank line
 * inside a sentence), as after a lower-case line start.
 */
function lowerAfterBracket(text: string): boolean {
  if (text[0] !== '(') return false;
  const close = text.indexOf(')');
  if (close < 0 || close > 24) return false;
  return startsLowerCase(text.slice(close + 1).trimStart());
}

/** Whether `text` ends with a citation (`§ 16`, `§ 7a`, `Art. 3`): a label on the next line is its Absatz. */
function endsWithCitation(text: string): boolean {
  let i = text.length;
  while (i > 0 && isAsciiLowerOrDigit(text[i - 1])) i--;
  if (i === text.length || !isAsciiDigit(text[i])) return false;
  const before = text.slice(Math.max(0, i - 6), i).trimEnd();
  return before.endsWith('§') || before.endsWith('Art.') || before.endsWith('§§');
}

/** `(3) entsprechend`: a parenthesised number followed by lower-case text. */
function isCitedAbsatz(ll: LineLabel, text: string): boolean {
  const r = ll.readings[0]!;
  return r.kind === 'arabic' && r.open === '(' && startsLowerCase(text.slice(ll.textStart));
}

function isAsciiLowerOrDigit(c: string | undefined): boolean {
  return isAsciiDigit(c) || (c !== undefined && c >= 'a' && c <= 'z');
}

function isLeadLike(text: string): boolean {
  if (lastSignificant(text) === ':') return true;
  const lower = text.toLowerCase();
  return LEAD_PHRASES.some((p) => lower.includes(p));
}

/** A short line without closing punctuation that does not start lower-case (a section heading). */
function isHeadingLike(text: string): boolean {
  if (text.length === 0 || text.length > 100) return false;
  const c = lastSignificant(text);
  if (c === undefined || '.:;!?,'.includes(c)) return false;
  return !startsLowerCase(text);
}

/** A paragraph of a clause that lines are added to. */
interface Para {
  entry: Entry;
  lines: string[];
}

/**
 * Builds the clause tree of a resolution body.
 *
 * @param lines - all lines of the document
 * @param from - first line of the body
 * @param to - line after the body
 */
export function buildClauses(lines: readonly Line[], from: number, to: number, options: BuildOptions): BuiltResolution {
  const reader = new BodyReader(lines, to, options);
  for (let i = from; i < to; i++) {
    if (!reader.read(i)) return reader.finish(i);
  }
  return reader.finish(to);
}

/** The state of one pass over a body: the open clauses, the paragraph being written, the lead. */
class BodyReader {
  private readonly clauses: OpenClauses;
  private lead = '';
  /** True until the first block: only the first paragraph can be the lead. */
  private leadOpen: boolean;
  /** The first paragraph, while it may still turn out to be the lead. */
  private leadCandidate: Entry | undefined;
  /** The paragraph that receives wrapped lines (undefined after a blank line). */
  private open: Para | undefined;
  /** The paragraph that received text last (for lower-case continuation across a page break). */
  private lastPara: Para | undefined;
  private prevBlank = true;
  /** A form feed or page-number line since the last text line. */
  private pageBreak = false;
  private prevText = '';
  private labelled = 0;

  constructor(
    private readonly lines: readonly Line[],
    private readonly to: number,
    private readonly options: BuildOptions,
  ) {
    this.leadOpen = options.detectLead;
    this.clauses = new OpenClauses(options.statute === true);
  }

  /** Reads line `i`; false when the resolution ends before it (a heading in whole-document mode). */
  read(i: number): boolean {
    const line = this.lines[i]!;
    if (line.blank) {
      this.prevBlank = true;
      if (line.pageBreak) this.pageBreak = true;
      this.open = undefined;
      return true;
    }
    const afterPageBreak = this.pageBreak;
    this.pageBreak = false;
    const ll = this.labelOf(line);
    if (!ll && this.options.stopAtHeadings && this.labelled > 0 && this.isHeading(i)) return false;
    if (ll) this.labelledLine(ll, line);
    else if (!this.prevBlank && this.open && !line.heading && !this.dedentedTail(line))
      this.appendLine(this.open, line.text);
    else this.paragraph(line, afterPageBreak);
    return true;
  }

  /** The clause tree, with each clause's paragraphs joined. */
  finish(end: number): BuiltResolution {
    // A lead candidate with nothing after it is the only clause, not a lead.
    for (const e of this.clauses.entries) {
      e.clause.text = e.paras
        .map((p) => joinLines(p, this.options.dehyphenate))
        .filter((p) => p !== '')
        .join('\n\n');
    }
    return { lead: this.lead, clauses: this.clauses.roots, end };
  }

  /** The label a line starts with, unless it only looks like one. */
  private labelOf(line: Line): LineLabel | undefined {
    const text = line.text;
    const ll = scanLineLabel(text);
    if (!ll || isFalseLabel(text, ll)) return undefined;
    // "… gilt § 16\n(3) entsprechend.": an Absatz number right after a citation, going on in lower case,
    // is the citation going on.
    if (!this.prevBlank && this.open && endsWithCitation(this.prevText) && isCitedAbsatz(ll, text)) return undefined;
    // Four-digit numbers are years ("2018. …") unless they go on with a list (999 → 1000).
    if (ll.readings[0]!.value >= 1000 && !this.continuesOpenList(ll)) return undefined;
    // Without a blank line before, a "label" that continues an open sentence in lower case is text
    // ("… gemäß Ziffer\n3. des Beschlusses", "… von IT-Prozessen\n- es gehört").
    // (An indented label under the clause is a Markdown sub-list, never a wrapped line.)
    const open = this.open;
    if (
      !this.prevBlank &&
      open &&
      line.indent < open.entry.indent + 2 &&
      endsOpen(this.prevText) &&
      startsLowerCase(text.slice(ll.textStart))
    ) {
      // …unless it continues the list of the clause just written ("2. die Kosten zu beziffern und\n3. die …"),
      // or starts the item list of a statute's Absatz ("(1) Der Hauptausschuss entscheidet über\n1. die …").
      const cur = open.entry.info;
      const startsItems = this.options.statute === true && ll.readings.some((r) => r.value === 1 && r.sub === 0);
      if (!startsItems && (cur === undefined || !ll.readings.some((r) => continuesSequence(cur, r)))) return undefined;
    }
    return ll;
  }

  /** Whether a label goes on with the sequence of some open clause. */
  private continuesOpenList(ll: LineLabel): boolean {
    return this.clauses.entries.some(
      (e) => e.info !== undefined && ll.readings.some((r) => continuesSequence(e.info!, r)),
    );
  }

  /**
   * Statute bodies: a line indented less than the open item it would wrap
   * (`pdftotext -layout` indents items under their Absatz) ends the list —
   * it is the list's tail.
   */
  private dedentedTail(line: Line): boolean {
    const open = this.open;
    if (this.options.statute !== true || open === undefined || open.entry.info === undefined) return false;
    return !this.clauses.isAbsatz(open.entry) && line.indent + 2 <= open.entry.indent;
  }

  /** Whether unlabelled line `i` is a heading that ends the resolution. */
  private isHeading(i: number): boolean {
    const line = this.lines[i]!;
    const paragraphStart = this.prevBlank || line.heading;
    const single = i + 1 >= this.to || this.lines[i + 1]!.blank;
    // (An indented paragraph continues a list item; only a flush one can be a heading.)
    return line.heading || (paragraphStart && single && line.indent <= 1 && isHeadingLike(line.text));
  }

  private labelledLine(ll: LineLabel, line: Line): void {
    this.settleLead();
    this.labelled++;
    const rest = line.text.slice(ll.textStart);
    const entry = this.clauses.place(ll, line.indent, this.options.versionOf?.(rest));
    this.open = this.newPara(entry);
    this.lastPara = this.open;
    if (rest !== '') this.appendLine(this.open, ll.reopen + rest);
    else this.prevText = ll.label;
    this.prevBlank = false;
  }

  /** An unlabelled line after a blank line (or a heading): a new paragraph, or the previous one going on. */
  private paragraph(line: Line, afterPageBreak: boolean): void {
    const text = line.text;
    // A heading is a paragraph of its own: the line after it starts a new one.
    this.prevBlank = line.heading;
    const statute = this.options.statute === true;
    // Without a page break, a lower-case paragraph after a sentence end is a paragraph of its own;
    // "(07.02.00) sollen …" (lower case after a bracket) goes on like a lower-case line.
    const lower =
      (startsLowerCase(text) || lowerAfterBracket(text)) &&
      (afterPageBreak || (!statute && !endsSentence(this.prevText)));
    if (this.lastPara && (lower || continuesAcrossBreak(this.prevText, afterPageBreak))) {
      // Lower case after a break, or any text after a page break in mid-sentence or mid-word:
      // the previous paragraph goes on.
      this.open = this.lastPara;
      this.appendLine(this.open, text);
      return;
    }
    const mayLead = this.leadOpen;
    this.settleLead();
    if (statute && this.tail(line)) return;
    const owner = this.clauses.paragraphOwner(line.indent);
    if (owner) this.open = this.newPara(owner);
    else {
      const entry = this.clauses.open('', line.indent, undefined, undefined);
      this.open = this.newPara(entry);
      if (mayLead && this.clauses.roots.length === 1) this.leadCandidate = entry;
    }
    this.lastPara = this.open;
    this.appendLine(this.open, text);
  }

  /**
   * Statute bodies: a paragraph after an item list is the list's tail, an
   * unlabelled last child of the Absatz holding the list (or of the unit,
   * when the list stands directly in it).
   */
  private tail(line: Line): boolean {
    const inner = this.clauses.innermost();
    if (inner === undefined || inner.info === undefined || this.clauses.isAbsatz(inner)) return false;
    const absatz = this.clauses.closeItems();
    const entry = this.clauses.open('', line.indent, undefined, absatz);
    this.open = this.newPara(entry);
    this.lastPara = this.open;
    this.appendLine(this.open, line.text);
    return true;
  }

  private newPara(entry: Entry): Para {
    const lines: string[] = [];
    entry.paras.push(lines);
    return { entry, lines };
  }

  private appendLine(target: Para, text: string): void {
    target.lines.push(text);
    target.entry.last = lastSignificant(text) ?? target.entry.last;
    this.prevText = text;
  }

  /** Settles a pending lead candidate before the next block starts. */
  private settleLead(): void {
    this.leadOpen = false;
    const e = this.leadCandidate;
    if (!e) return;
    this.leadCandidate = undefined;
    const text = joinLines(e.paras.flat(), this.options.dehyphenate);
    if (!isLeadLike(text)) return;
    this.lead = text;
    this.clauses.remove(e);
    if (this.open?.entry === e) this.open = undefined;
    if (this.lastPara?.entry === e) this.lastPara = undefined;
  }
}
