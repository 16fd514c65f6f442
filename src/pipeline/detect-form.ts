/**
 * Which of the three real amendment forms (or Amendment JSON) a text is,
 * decided by evidence, not by a first guess. `redline()` uses it unless the
 * caller names the form.
 *
 * 1. `json` — a text starting with `{`, or a JSON array (of changes);
 * 2. `redline` — struck text (`~~…~~`) anywhere;
 * 3. read as a document of instructions (src/instructions/read.ts):
 *    - instructions found → `instructions` (sentences that only reprint the
 *      base are not instructions); when the text is at the same time a reprint
 *      of the base with changes of its own, both readings fit: an error that
 *      names them and says that `{ form }` decides;
 *    - an announced new wording of the whole resolution ("Der
 *      Beschlussvorschlag wird wie folgt ersetzt:") → `rewrite` of that text;
 *      an announced addition ("… wie folgt ergänzt:") → instructions adding it;
 *    - a sentence that looks like an instruction but cannot be read: `rewrite`
 *      only when the text keeps most of the base and the sentence is part of a
 *      reprinted clause, else that sentence's error;
 * 4. `redline` — bold text inside a line or around a labelled line;
 * 5. `rewrite` — when the text, read as a resolution, keeps most of the
 *    base's clauses, or brings a resolution of its own for the same body
 *    (a lead such as "Der Kreistag beschließt:" alone is no evidence:
 *    minutes and letters have one too);
 * 6. otherwise no reading explains the text: an `InstructionError` saying so.
 *
 * @module
 */
import { InstructionError, RedlineError } from '../errors.js';
import { applyAmendment } from '../amend/apply.js';
import { acceptAll } from '../redline/model.js';
import { sameResolution } from './same-resolution.js';
import type { Span } from '../text/span.js';
import type { AmendmentWithRenumbering, Clause, Diagnostic, RedlineClause, Resolution } from '../model.js';
import { readAmendmentText, type AmendmentReading } from '../instructions/read.js';
import { cleanDocument } from '../instructions/read/skip.js';
import { findResolutionStart } from '../parse/section.js';
import { splitLines } from '../parse/source-lines.js';
import type { ParseOptions } from '../parse/parse-options.js';
import type { ResolvedDiffOptions } from '../diff/diff-options.js';
import { evidence, keepsMost, readNewWording, type Evidence } from './new-wording.js';
import { hasInlineBold } from './bold.js';
import { checkAddedText } from './added-text.js';
import { checkDocuments } from './base-document.js';
import { replaceClauses } from './clause-range.js';
import { baseCitations } from './citations.js';
import { readPastReprints } from './current-wording.js';
import { readAgainstBase } from './against-base.js';
import { withoutReprints } from './reprints.js';
import { foldSpaces } from '../text/normalize.js';

/** The forms `redline()` reads. */
export type AmendmentForm = 'redline' | 'instructions' | 'rewrite' | 'json';

/** What the evidence decided. */
export type Decision =
  | { form: 'json' | 'redline' }
  | { form: 'instructions'; amendment: AmendmentWithRenumbering; warnings?: Diagnostic[] }
  | { form: 'rewrite'; evidence: Evidence };

/** Whether `source` is Amendment JSON (or meant as JSON: it starts with "{"). */
export function looksLikeJson(source: string): boolean {
  const trimmed = source.trim();
  // No motion starts with "{": such a text is meant as JSON, and reading it as
  // a rewrite would replace the whole resolution. The JSON reader says what is wrong.
  if (trimmed.startsWith('{')) return true;
  if (!trimmed.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) return true;
    return typeof value === 'object' && value !== null && Array.isArray((value as { changes?: unknown }).changes);
  } catch {
    return false;
  }
}

/** Whether `needle` occurs at least twice (without overlap); stops at the second. */
export function occursTwice(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first !== -1 && text.indexOf(needle, first + needle.length) !== -1;
}

/** Decides the form of `source` as an amendment of `base` (see the module comment). */
export function decideForm(
  base: Resolution,
  source: string,
  parseOptions: ParseOptions,
  diffOptions: ResolvedDiffOptions,
  parsed: boolean,
  title: () => string | undefined = () => undefined,
): Decision {
  if (looksLikeJson(source)) return { form: 'json' };
  if (occursTwice(source, '~~')) return { form: 'redline' };
  let cached: Evidence | undefined;
  const asNewWording = (): Evidence =>
    (cached ??= evidence(base, readNewWording(source, parseOptions), diffOptions, parsed));
  let reading: AmendmentReading;
  try {
    // A current wording reprinted before the new one ("§ 16 (6) <base text>" then "Ändern in:") is set aside.
    ({ reading, text: source } = readPastReprints(base, source, readAmendmentText));
  } catch (error) {
    if (
      error instanceof InstructionError &&
      keepsMost(asNewWording()) &&
      reprinted(base, asNewWording(), error.sentence)
    )
      return { form: 'rewrite', evidence: asNewWording() };
    throw error;
  }
  if (reading.whole?.kind === 'append') {
    // "Der Beschlusstext wird wie folgt ergänzt: …" adds its text at the end — never a new wording that drops the base.
    const amendment: AmendmentWithRenumbering = { changes: [{ op: 'addClause', new: reading.whole.source.trim() }] };
    checkAddedText(base, amendment, { ...reading, sources: [reading.whole.sentence] }, source);
    checkDocuments(reading, source, title, base.lead);
    return { form: 'instructions', amendment };
  }
  if (reading.whole !== undefined) {
    checkDocuments(reading, source, title, base.lead);
    const { clauses } = reading.whole;
    const amended =
      clauses === undefined
        ? readNewWording(reading.whole.source, parseOptions)
        : replaceClauses(base, { ...reading.whole, clauses }, source, parseOptions);
    const decided: Evidence = evidence(base, amended, diffOptions, parsed);
    // Instructions before the new wording of the whole: it stands only as their result (an echo).
    const before = withoutReprints(base, reading, source);
    if (before.changes.length > 0 && !echoes(appliedOrUndefined(base, before), acceptAll(decided.redline)))
      throw twoWordings(source, reading);
    return { form: 'rewrite', evidence: decided };
  }
  const scoped = readAgainstBase(base, reading, source, title);
  reading = scoped.reading;
  const amendment = scoped.amendment;
  if (amendment.changes.length > 0 || (amendment.renumber ?? []).length > 0) {
    // The other reading: the text without its instruction sentences (and its quotations of the base), as a new wording.
    const left = blank(source, [...reading.sources, ...baseCitations(base, source, reading.sources)]);
    const reprint = evidence(base, readNewWording(left, parseOptions), diffOptions, parsed);
    if (keepsMost(reprint) && reprint.modified > 0) throw ambiguous(source, reading, reprint);
    checkAddedText(base, amendment, reading, source);
    checkDocuments(reading, source, title, base.lead);
    return { form: 'instructions', amendment, warnings: scoped.warnings };
  }
  if (hasInlineBold(source)) return { form: 'redline' };
  if (keepsMost(asNewWording()) || sameBodyResolves(base, source)) return { form: 'rewrite', evidence: asNewWording() };
  throw unexplained(source, asNewWording());
}

/**
 * Whether the text brings a resolution of its own for the body the base
 * resolves for: its lead ("Der Kreistag beschließt:") names the body that the
 * base's lead or first clause names ("Der Kreistag beschließt, …"). A lead
 * alone is no evidence — minutes and letters to other bodies have one too.
 */
function sameBodyResolves(base: Resolution, source: string): boolean {
  const lines = splitLines(cleanDocument(source).text);
  const start = findResolutionStart(lines);
  if (start === undefined || !lines.slice(start.bodyFrom).some((l) => !l.blank)) return false;
  const body = foldSpaces(
    start.lead.replace(/\b(?:möge|wird gebeten,?|beschließt|beschließen)\b|:/giu, ' '),
  ).toLowerCase();
  if (body.split(' ').length < 2) return false;
  const baseStart = foldSpaces(`${base.lead} ${base.clauses[0]?.text.slice(0, 200) ?? ''}`).toLowerCase();
  return baseStart.includes(body);
}

/** Whether the failing sentence belongs to the reprint: it is in the base, or in a clause the new wording keeps (and not all new there). */
function reprinted(base: Resolution, e: Evidence, sentence: string): boolean {
  const needle = foldSpaces(sentence);
  if (needle === '') return false;
  const inBase = (clauses: readonly Clause[]): boolean =>
    clauses.some((c) => foldSpaces(c.text).includes(needle) || inBase(c.children));
  if (inBase(base.clauses)) return true;
  const keptTexts: string[] = [];
  const collect = (clauses: readonly RedlineClause[]): void => {
    for (const c of clauses) {
      // A sentence the new wording only adds (inserted whole) is new text, not a reprint.
      const inserted = foldSpaces(
        c.segments
          .filter((s) => s.type === 'insert')
          .map((s) => s.text)
          .join(' '),
      );
      if (c.status === 'changed' && !inserted.includes(needle))
        keptTexts.push(
          foldSpaces(
            c.segments
              .filter((s) => s.type !== 'delete')
              .map((s) => s.text)
              .join(''),
          ),
        );
      collect(c.children);
    }
  };
  collect(e.redline.clauses);
  return keptTexts.some((t) => t.includes(needle));
}

/** The text with the spans blanked (white space of the same length: offsets and line breaks stay). */
function blank(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\n]/gu, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

function ambiguous(source: string, reading: AmendmentReading, e: Evidence): InstructionError {
  const span = reading.sources[0] ?? { start: 0, end: Math.min(source.length, 80) };
  const sentence = foldSpaces(source.slice(span.start, span.end));
  return new InstructionError(
    sentence,
    span.start,
    `The amendment reads two ways: as instructions („${sentence}“) and as a new wording that reprints ${e.kept} of the base's ${e.total} clauses with changes of its own (${e.modified} changed); pass { form: 'instructions' } or { form: 'rewrite' } to say which.`,
  );
}

function unexplained(source: string, e: Evidence): InstructionError {
  const sentence = foldSpaces(source).slice(0, 300);
  const clauses = `${e.total} clause${e.total === 1 ? '' : 's'}`;
  return new InstructionError(
    sentence,
    0,
    `No reading explains the amendment „${sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence}“: it holds no instruction the reader understands, announces no new wording, and read as a new wording it keeps ${e.kept} of the base's ${clauses}; pass { form: 'rewrite' } if it is the complete new resolution.`,
  );
}

/** The base with the changes applied, or undefined when they do not apply. */
function appliedOrUndefined(base: Resolution, amendment: AmendmentWithRenumbering): Resolution | undefined {
  try {
    return acceptAll(applyAmendment(base, amendment));
  } catch (error) {
    if (error instanceof RedlineError) return undefined;
    throw error;
  }
}

/** Whether the new wording is what the instructions give (`applied`: undefined when they do not apply). */
function echoes(applied: Resolution | undefined, wording: Resolution): boolean {
  return applied !== undefined && sameResolution(applied, wording);
}

function twoWordings(source: string, reading: AmendmentReading): InstructionError {
  const span = reading.sources[0] ?? { start: 0, end: Math.min(source.length, 80) };
  const sentence = foldSpaces(source.slice(span.start, span.end));
  const announced = foldSpaces(source.slice(reading.whole!.sentence.start, reading.whole!.sentence.end));
  return new InstructionError(
    sentence,
    span.start,
    `The amendment gives instructions („${sentence}“) and a new wording of the whole resolution („${announced}“), and the instructions applied to the base do not give that wording; say which one stands by leaving out the other.`,
  );
}
