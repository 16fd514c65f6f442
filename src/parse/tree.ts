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
 * Iterative with an explicit stack: 5,000 nested labels cannot overflow
 * the call stack, and each line is looked at a constant number of times.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { LEAD_PHRASES, LETTER_ABBREVIATIONS, MONTHS, ORDINAL_NOUNS } from './markers.js';
import { continuesSequence, scanLineLabel, type LabelInfo, type LineLabel } from './labels.js';
import { joinLines, lastSignificant, startsLowerCase, type Line } from './source-lines.js';

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
}

/** The result of building. */
export interface BuiltResolution {
  /** The lead sentence, `""` if none. */
  lead: string;
  /** The clause tree (ids not yet assigned). */
  clauses: Clause[];
  /** Index of the first line after the resolution (`lines.length` when it ran to the end). */
  end: number;
}

interface Entry {
  clause: Clause;
  indent: number;
  info: LabelInfo | undefined;
  /** Paragraphs of the clause's own text, each a list of raw lines. */
  paras: string[][];
  /** Last significant character of the text so far (`:` opens a sub-list). */
  last: string | undefined;
  /** The parent entry (undefined for top-level clauses). */
  parent: Entry | undefined;
}

const ABBREVIATION_SET = new Set(LETTER_ABBREVIATIONS.map((a) => a.toLowerCase()));
const MONTH_SET = new Set(MONTHS);
const ORDINAL_SET = new Set(ORDINAL_NOUNS);

function firstWord(text: string, from: number): string {
  let e = from;
  while (e < text.length && text[e] !== ' ' && text[e] !== '\t' && e - from < 40) e++;
  return text.slice(from, e);
}

/**
 * Dates, ordinals and abbreviations that look like labels: `4. Oktober 2021`,
 * `3. Quartal`, `z. B.`, `u. a.`. (`04.10.2021`, `2018 wurde`, `1.13.01`,
 * `Nr. 3`, `§ 13`, `TOP 6.1` never scan as labels in the first place.)
 */
export function isFalseLabel(text: string, ll: LineLabel): boolean {
  const r = ll.readings[0];
  if (!r || r.kind === 'bullet') return false;
  const word = firstWord(text, ll.textStart).toLowerCase();
  if (r.kind === 'arabic' && r.close === '.' && r.open === '') {
    const bare = word.replace(/[,;:]$/, '');
    if (MONTH_SET.has(bare) || ORDINAL_SET.has(bare)) return true;
  }
  if (r.close === '.' && r.open === '' && r.core.length === 1 && r.kind !== 'arabic') {
    // "z. B.", "u. a.", "i. d. R.": a letter, a dot and another abbreviated letter.
    const c0 = word[0];
    if (word.length >= 2 && word[1] === '.' && c0 !== undefined && c0.toLowerCase() !== c0.toUpperCase()) return true;
    if (ABBREVIATION_SET.has(`${r.core.toLowerCase()}. ${word}`)) return true;
  }
  return false;
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
  if (c === '-' && prev.length >= 2 && /\p{L}/u.test(prev[prev.length - 2]!)) return true;
  return afterPageBreak && !'.:;!?'.includes(c);
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

function newClause(label: string): Clause {
  return { id: '', label, text: '', children: [] };
}

/**
 * Builds the clause tree of a resolution body.
 *
 * @param lines - all lines of the document
 * @param from - first line of the body
 * @param to - line after the body
 */
export function buildClauses(lines: readonly Line[], from: number, to: number, options: BuildOptions): BuiltResolution {
  const roots: Clause[] = [];
  const stack: Entry[] = [];
  const entries: Entry[] = [];
  let lead = '';
  /** True until the first block: only the first paragraph can be the lead. */
  let leadOpen = options.detectLead;
  /** The first paragraph, while it may still turn out to be the lead. */
  let leadCandidate: Entry | undefined;
  /** The paragraph that receives wrapped lines (undefined after a blank line). */
  let open: { entry: Entry; para: string[] } | undefined;
  /** The paragraph that received text last (for lower-case continuation across a page break). */
  let lastPara: { entry: Entry; para: string[] } | undefined;
  let prevBlank = true;
  /** A form feed or page-number line since the last text line. */
  let pageBreak = false;
  let prevText = '';
  let labelled = 0;
  let end = to;

  const top = (): Entry | undefined => stack[stack.length - 1];

  const attach = (entry: Entry, parent: Entry | undefined): void => {
    entry.parent = parent;
    (parent ? parent.clause.children : roots).push(entry.clause);
    stack.push(entry);
    entries.push(entry);
  };

  /** Settles a pending lead candidate before the next block starts. */
  const settleLead = (): void => {
    leadOpen = false;
    const e = leadCandidate;
    if (!e) return;
    leadCandidate = undefined;
    const text = joinLines(e.paras.flat(), options.dehyphenate);
    if (isLeadLike(text)) {
      lead = text;
      roots.splice(roots.indexOf(e.clause), 1);
      stack.splice(stack.indexOf(e), 1);
      entries.splice(entries.indexOf(e), 1);
      if (open?.entry === e) open = undefined;
      if (lastPara?.entry === e) lastPara = undefined;
    }
  };

  const appendLine = (target: { entry: Entry; para: string[] }, text: string): void => {
    target.para.push(text);
    target.entry.last = lastSignificant(text) ?? target.entry.last;
    prevText = text;
  };

  const placeLabel = (ll: LineLabel, indent: number): Entry => {
    while (stack.length > 0 && top()!.indent > indent + 1) stack.pop();
    const readings = ll.readings;
    const first = readings.find((r) => r.value === 1 && r.sub === 0) ?? readings.find((r) => r.kind === 'bullet');
    const t = top();
    // Deeper indentation nests, unless it is the same sequence continuing (PDF noise).
    if (t && indent >= t.indent + 2) {
      const ti = t.info;
      const sameSeq =
        ti !== undefined &&
        ti.kind !== 'bullet' &&
        readings.some((r) => r.style === ti.style && continuesSequence(ti, r));
      if (!sameSeq) {
        const r = first ?? readings[0]!;
        const entry: Entry = {
          clause: newClause(ll.label),
          indent,
          info: r,
          paras: [],
          last: undefined,
          parent: undefined,
        };
        attach(entry, t);
        return entry;
      }
    }
    // Same visual level: the entries from the top down to the first clearly shallower one.
    let regionStart = stack.length;
    while (regionStart > 0 && stack[regionStart - 1]!.indent >= indent - 1) regionStart--;
    const tt = top();
    // A clause ending in ":" takes a list that starts at its first label.
    // (Not when that sequence is already open at this level: then it goes on there. This also bounds
    // the depth of one visual level by the number of label styles, keeping every scan here short.)
    let styleOpen = false;
    for (let i = stack.length - 1; i >= regionStart && first && !styleOpen; i--)
      styleOpen = stack[i]!.info?.style === first.style;
    if (tt && stack.length > regionStart && tt.last === ':' && first && !styleOpen) {
      const entry: Entry = {
        clause: newClause(ll.label),
        indent,
        info: first,
        paras: [],
        last: undefined,
        parent: undefined,
      };
      attach(entry, tt);
      return entry;
    }
    // A label of a sequence already open at this level continues it (sibling).
    let match = -1;
    let matchReading: LabelInfo | undefined;
    for (let i = stack.length - 1; i >= regionStart && match < 0; i--) {
      const info = stack[i]!.info;
      if (!info) continue;
      const cont = readings.find((r) => r.style === info.style && continuesSequence(info, r));
      if (cont) {
        match = i;
        matchReading = cont;
      }
    }
    // A gap or restart in a sequence ("1.", "3.") still continues it — but only in the label's
    // preferred reading: "I." after "A." starts roman numerals rather than being the letter I.
    // An ambiguous label that can start a list ("i)" = roman 1) starts one rather than filling a gap.
    const preferred = readings[0]!;
    const gapAllowed = !first || first.style === preferred.style;
    for (let i = stack.length - 1; i >= regionStart && match < 0 && gapAllowed; i--) {
      const info = stack[i]!.info;
      if (!info) continue;
      const same = preferred.style === info.style ? preferred : undefined;
      if (same) {
        match = i;
        matchReading = same;
      }
    }
    if (match >= 0) {
      const parent = stack[match]!.parent;
      stack.length = match;
      const entry: Entry = {
        clause: newClause(ll.label),
        indent,
        info: matchReading,
        paras: [],
        last: undefined,
        parent: undefined,
      };
      attach(entry, parent);
      return entry;
    }
    // A new sequence: below every open clause of higher rank (or one ending in ":").
    const r = first ?? readings[0]!;
    while (stack.length > regionStart) {
      const s = top()!;
      if (s.last === ':') break;
      if (s.info && s.info.rank < r.rank) break;
      stack.pop();
    }
    const entry: Entry = {
      clause: newClause(ll.label),
      indent,
      info: r,
      paras: [],
      last: undefined,
      parent: undefined,
    };
    attach(entry, top());
    return entry;
  };

  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) {
      prevBlank = true;
      if (line.pageBreak) pageBreak = true;
      open = undefined;
      continue;
    }
    const afterPageBreak = pageBreak;
    pageBreak = false;
    const text = line.text;
    let ll = scanLineLabel(text);
    if (ll && isFalseLabel(text, ll)) ll = undefined;
    // Without a blank line before, a "label" that continues an open sentence in lower case is text
    // ("… gemäß Ziffer\n3. des Beschlusses", "… von IT-Prozessen\n- es gehört").
    // (An indented label under the clause is a Markdown sub-list, never a wrapped line.)
    if (
      ll &&
      !prevBlank &&
      open &&
      line.indent < open.entry.indent + 2 &&
      endsOpen(prevText) &&
      startsLowerCase(text.slice(ll.textStart))
    ) {
      // …unless it continues the list of the clause just written ("2. die Kosten zu beziffern und\n3. die …").
      const cur = open.entry.info;
      const continues = cur !== undefined && ll.readings.some((r) => continuesSequence(cur, r));
      if (!continues) ll = undefined;
    }
    if (options.stopAtHeadings && labelled > 0 && !ll) {
      const paragraphStart = prevBlank || line.heading;
      const single = i + 1 >= to || lines[i + 1]!.blank;
      // (An indented paragraph continues a list item; only a flush one can be a heading.)
      if (line.heading || (paragraphStart && single && line.indent <= 1 && isHeadingLike(text))) {
        end = i;
        break;
      }
    }
    if (ll) {
      settleLead();
      labelled++;
      const entry = placeLabel(ll, line.indent);
      const para: string[] = [];
      entry.paras.push(para);
      open = { entry, para };
      lastPara = open;
      const rest = text.slice(ll.textStart);
      if (rest !== '') appendLine(open, ll.reopen + rest);
      else prevText = ll.label;
      prevBlank = false;
      continue;
    }
    if (!prevBlank && open && !line.heading) {
      appendLine(open, text);
      continue;
    }
    // A heading is a paragraph of its own: the line after it starts a new one.
    prevBlank = line.heading;
    // A new unlabelled paragraph.
    if (lastPara && (startsLowerCase(text) || continuesAcrossBreak(prevText, afterPageBreak))) {
      // Lower case after a break, or any text after a page break in mid-sentence or mid-word:
      // the previous paragraph goes on.
      open = lastPara;
      appendLine(open, text);
      continue;
    }
    const mayLead = leadOpen;
    settleLead();
    let target: Entry | undefined;
    for (let s = stack.length - 1; s >= 0; s--) {
      const e = stack[s]!;
      if (line.indent >= e.indent + 2 || (e.info && e.info.kind !== 'bullet')) {
        target = e;
        stack.length = s + 1;
        break;
      }
    }
    if (target) {
      const para: string[] = [];
      target.paras.push(para);
      open = { entry: target, para };
    } else {
      stack.length = 0;
      const entry: Entry = {
        clause: newClause(''),
        indent: line.indent,
        info: undefined,
        paras: [],
        last: undefined,
        parent: undefined,
      };
      attach(entry, undefined);
      const para: string[] = [];
      entry.paras.push(para);
      open = { entry, para };
      if (mayLead && roots.length === 1) leadCandidate = entry;
    }
    lastPara = open;
    appendLine(open, text);
  }
  // A lead candidate with nothing after it is the only clause, not a lead.

  for (const e of entries) {
    e.clause.text = e.paras
      .map((p) => joinLines(p, options.dehyphenate))
      .filter((p) => p !== '')
      .join('\n\n');
  }
  return { lead, clauses: roots, end };
}
