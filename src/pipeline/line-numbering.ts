/**
 * Line references of another tool ("In Zeile 12 …") against a base that
 * prints no line numbers: they are resolved against this library's own
 * numbering (`numberLines`, `lineLength` characters per line), which other
 * tools (Antragsgrün, OpenSlides, a PDF's layout) do not share. The change
 * applies, but a clerk must check the line is the one the mover meant, so
 * `checkRedline` says so in an `info` diagnostic quoting the line's text
 * (issue 12 §3). A base with printed numbers needs no note: those are
 * counted (src/references/printed-lines.ts).
 *
 * @module
 */
import type { Change, Diagnostic, Resolution } from '../model.js';
import { printedLinesOf } from '../parse/printed-lines.js';
import { baseNumbering, lineName, parseLineRef, resolveLines, type BaseNumbering } from '../references/lines.js';

/** The line references of a change: its clause, and for a new clause its anchor or parent. */
function lineRefsOf(change: Change): string[] {
  const refs = change.op === 'addClause' ? [change.after, change.before, change.parent] : [change.clause];
  return refs.filter((r): r is string => r !== undefined && parseLineRef(r) !== undefined);
}

/** The text of the lines a reference covers, shortened for a message. */
function linesText(base: Resolution, numbering: BaseNumbering, ref: string): string | undefined {
  const range = parseLineRef(ref)!;
  const address = resolveLines(base, numbering, range.from, range.to);
  if (address.kind === 'missing') return undefined;
  const text = address.pieces
    .map((p) => p.clause.text.slice(p.scope.start, p.scope.end))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** One `info` diagnostic per change that counts lines by this library's numbering. */
export function ownLineNumberNotes(base: Resolution, changes: readonly Change[], lineLength: number): Diagnostic[] {
  if (printedLinesOf(base) !== undefined) return [];
  const notes: Diagnostic[] = [];
  let numbering: BaseNumbering | undefined;
  changes.forEach((change, i) => {
    for (const ref of lineRefsOf(change)) {
      const text = linesText(base, (numbering ??= baseNumbering(base, lineLength)), ref);
      // A line that is not there is an error the check reports itself.
      if (text === undefined) continue;
      const range = parseLineRef(ref)!;
      notes.push({
        code: 'line-numbering',
        severity: 'info',
        change: i,
        clause: ref,
        message: `"${ref}" is counted by this library's own line numbering (${lineLength} characters per line), since the base prints no line numbers: ${lineName(range.from, range.to)} reads „${text}“ — other tools number lines differently, so check that this is the text the amendment means.`,
      });
    }
  });
  return notes;
}
