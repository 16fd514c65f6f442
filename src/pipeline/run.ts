/**
 * The one-call entry: `redline(base, amendment)` reads a base motion (or bare
 * resolution) and an amendment in any of its forms, and returns the redline —
 * or throws an `AmendmentError` saying why the amendment does not fit.
 *
 * @module
 */
import { CHANGE_OPS, isChangeOp } from '../validate/amendment.js';
import { AmendmentError, RedlineError } from '../errors.js';
import type { Change, Diagnostic, Redline, Resolution } from '../model.js';
import type { AmendmentWithRenumbering, Renumbering } from '../model.js';
import type { ParseOptions } from '../parse/parse-options.js';
import type { DiffOptions } from '../diff/diff-options.js';
import type { ApplyOptions } from '../amend/apply-options.js';
import { readAnyResolution } from '../parse/motion.js';
import { checkAmendment } from '../amend/check.js';
import { applyAmendment } from '../amend/apply.js';
import { diffLeads, diffParsed } from '../diff/resolutions.js';
import { resolveDiffOptions, type ResolvedDiffOptions } from '../diff/diff-options.js';
import { parseRedline } from '../redline/read/parse-redline.js';
import { rejectAll } from '../redline/model.js';
import { baseLead, changesLead, withLead, type LeadFields } from '../redline/lead.js';
import { decideForm, type AmendmentForm } from './detect-form.js';
import { baseTitle } from './base-document.js';
import { forcedInstructions } from './against-base.js';
import { withBaseLead, withoutAnnouncement } from './new-wording.js';
import { resolveOptions, type OptionTable } from '../validate/options.js';
import { compareBases } from './compare-base.js';
import { sameResolution } from './same-resolution.js';
import { checkResolution } from '../validate/shapes.js';
import { resolveApplyOptions } from '../amend/apply-options.js';
import { ownLineNumberNotes } from './line-numbering.js';
import {
  baseTitle as redlineBaseTitle,
  changesTitle,
  sameTitle,
  titleFields,
  withTitle,
  type TitleFields,
} from '../redline/title.js';

export type { AmendmentForm } from './detect-form.js';

/** Options of {@link redline} and {@link checkRedline}. */
export interface RedlineOptions extends ParseOptions, DiffOptions, ApplyOptions {
  /**
   * The amendment's form; `auto` detects it (see docs/guide.md: struck text →
   * redline, instruction sentences → instructions, JSON → Amendment, else rewrite).
   * @default 'auto'
   */
  form?: 'auto' | AmendmentForm;
}

/** The options of {@link RedlineOptions} that `redline()` itself reads, for `resolveOptions`. */
export const REDLINE_OPTIONS = {
  form: { kind: 'enum', default: 'auto', values: ['auto', 'redline', 'instructions', 'rewrite', 'json'] },
} as const satisfies OptionTable;

/** What an amendment source turned out to be, ready to apply or to check. */
type Prepared =
  | {
      kind: 'changes';
      form: AmendmentForm;
      base: Resolution;
      amendment: AmendmentWithRenumbering;
      /** Warnings of the reading (articles set aside), before the check's own diagnostics. */
      warnings?: Diagnostic[];
    }
  | { kind: 'redline'; form: AmendmentForm; base: Resolution; redline: Redline; diagnostics: Diagnostic[] };

/**
 * Applies an amendment, given as text, to a base motion.
 *
 * @param baseSource - a whole motion document or a bare resolution (Markdown or plain text)
 * @param amendmentSource - a redline (`~~alt~~ **neu**`), Änderungsbefehle, a complete
 *   new resolution (rewrite), or JSON of an {@link Amendment}
 * @returns the redline from the base to the amended resolution
 * @throws {AmendmentError} when the amendment does not apply cleanly (`.diagnostics` says why)
 * @throws {ParseError} / {InstructionError} when either text cannot be read
 */
export function redline(baseSource: string, amendmentSource: string, options?: RedlineOptions): Redline {
  requireString(baseSource, 'base');
  const prepared = prepare(baseSource, amendmentSource, options);
  if (prepared.kind === 'changes') return applyAmendment(prepared.base, prepared.amendment, options);
  if (prepared.diagnostics.some((d) => d.severity === 'error')) throw new AmendmentError(prepared.diagnostics);
  return prepared.redline;
}

/**
 * Checks whether an amendment, given as text, applies cleanly to a base
 * motion, without applying it. The text-level twin of `checkAmendment`.
 *
 * @returns the diagnostics; `[]` means {@link redline} succeeds
 * @throws {ParseError} / {InstructionError} when either text cannot be read
 */
export function checkRedline(baseSource: string, amendmentSource: string, options?: RedlineOptions): Diagnostic[] {
  requireString(baseSource, 'base');
  const prepared = prepare(baseSource, amendmentSource, options);
  if (prepared.kind !== 'changes') return prepared.diagnostics;
  const { base, amendment } = prepared;
  // Line references of another tool, counted by our numbering: a note for the clerk (never for JSON, whose
  // author addressed our numbering).
  const notes =
    prepared.form === 'instructions'
      ? ownLineNumberNotes(base, amendment.changes, resolveApplyOptions(options).lineLength)
      : [];
  return [...(prepared.warnings ?? []), ...checkAmendment(base, amendment, options), ...notes];
}

/** An amendment text read against a base: its form, its changes (when it has them) and its redline. */
export interface ReadAmendment {
  /** The form the text was read as. */
  form: AmendmentForm;
  /** The changes, for instructions and JSON (redline and rewrite forms have none). */
  amendment?: AmendmentWithRenumbering;
  /** The redline from the base to the amended resolution, as {@link redline} returns it. */
  redline: Redline;
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
}

/**
 * {@link redline} for an already parsed base, keeping what the amendment text
 * turned out to be (for the several-amendment Synopse, which needs each
 * amendment's form and changes).
 * @throws {AmendmentError} when the amendment does not apply cleanly
 */
export function readAmendment(base: Resolution, amendmentSource: string, options?: RedlineOptions): ReadAmendment {
  checkResolution(base, 'base');
  const prepared = prepare(base, amendmentSource, options);
  if (prepared.kind === 'changes') {
    const diagnostics = [...(prepared.warnings ?? []), ...checkAmendment(base, prepared.amendment, options)];
    if (diagnostics.some((d) => d.severity === 'error')) throw new AmendmentError(diagnostics);
    const result = applyAmendment(base, prepared.amendment, options);
    return { form: prepared.form, amendment: prepared.amendment, redline: result, diagnostics };
  }
  if (prepared.diagnostics.some((d) => d.severity === 'error')) throw new AmendmentError(prepared.diagnostics);
  return { form: prepared.form, redline: prepared.redline, diagnostics: prepared.diagnostics };
}

function prepare(
  baseSource: string | Resolution,
  amendmentSource: string,
  given: RedlineOptions | undefined,
): Prepared {
  requireString(amendmentSource, 'amendment');
  const { form: chosen } = resolveOptions('redline', REDLINE_OPTIONS, given);
  const options: RedlineOptions = given ?? {};
  if (amendmentSource.trim() === '') {
    throw new RedlineError('invalid-input', 'The amendment is empty: there is nothing to apply.');
  }
  const parseOptions: ParseOptions = options.dehyphenate === undefined ? {} : { dehyphenate: options.dehyphenate };
  const base = typeof baseSource === 'string' ? readAnyResolution(baseSource, parseOptions) : baseSource;
  // The parser's own output needs no shape checks and keeps its ids; a caller's resolution is checked.
  const parsed = typeof baseSource === 'string';
  const diffOptions = resolveDiffOptions(options);
  const source = typeof baseSource === 'string' ? baseSource : undefined;
  let title: { value: string | undefined } | undefined;
  const named = (): string | undefined => (title ??= { value: baseTitle(source, parseOptions) }).value;
  if (chosen === 'auto') {
    const decision = decideForm(base, amendmentSource, parseOptions, diffOptions, parsed, named);
    switch (decision.form) {
      case 'instructions':
        return {
          kind: 'changes',
          form: 'instructions',
          base,
          amendment: decision.amendment,
          warnings: decision.warnings ?? [],
        };
      case 'rewrite':
        return rewritten(base, decision.evidence.redline);
      default:
        return prepareForm(decision.form, base, amendmentSource, parseOptions, diffOptions, parsed, named);
    }
  }
  return prepareForm(chosen, base, amendmentSource, parseOptions, diffOptions, parsed, named);
}

/** An amendment of a form the caller named (or JSON and redlines, which need no more evidence). */
function prepareForm(
  form: AmendmentForm,
  base: Resolution,
  amendmentSource: string,
  parseOptions: ParseOptions,
  diffOptions: ResolvedDiffOptions,
  parsed: boolean,
  title: () => string | undefined,
): Prepared {
  switch (form) {
    case 'json':
      return { kind: 'changes', form, base, amendment: readAmendmentJson(amendmentSource) };
    case 'instructions': {
      // Forced, the reading still goes through every check against the base (against-base.ts).
      const { amendment, warnings } = forcedInstructions(base, amendmentSource, title);
      return { kind: 'changes', form, base, amendment, warnings };
    }
    case 'rewrite': {
      const given = readAnyResolution(amendmentSource, parseOptions);
      return rewritten(base, diffParsed(base, withBaseLead(base, withoutAnnouncement(given)), diffOptions, parsed));
    }
    case 'redline': {
      const parsedRedline = parseRedline(amendmentSource);
      const diagnostics = compareBases(base, parsedRedline.base);
      if (diagnostics.some((d) => d.severity === 'error')) {
        return { kind: 'redline', form, base, redline: parsedRedline.redline, diagnostics };
      }
      // The hand-marked hunks are kept when the redline reprints the base exactly;
      // when it differs only typographically, the base's own characters win.
      const exact = sameResolution(rejectAll(parsedRedline.redline), base);
      const result = exact ? parsedRedline.redline : diffParsed(base, parsedRedline.amended, diffOptions, parsed);
      const lead = reprintedLead(base.lead, parsedRedline.redline, diffOptions);
      const title = reprintedTitle(base.title, parsedRedline.redline);
      return { kind: 'redline', form, base, redline: withTitle(withLead(result, lead), title), diagnostics };
    }
  }
}

/** A rewrite's redline, with its warnings. */
function rewritten(base: Resolution, result: Redline): Prepared {
  return { kind: 'redline', form: 'rewrite', base, redline: result, diagnostics: rewriteWarnings(base, result) };
}

/**
 * The lead after a redline-form amendment. An unmarked lead of the reprint is
 * usually the amendment's own sentence ("Der Beschluss wird wie folgt
 * geändert"), not part of the resolution: the base's lead stands. A lead
 * marked with `~~`/`**` is a change of the lead: its hand-marked hunks are kept
 * when it strikes from exactly the base lead, else the base lead is diffed
 * against the amended lead it gives.
 */
function reprintedLead(base: string, reprint: Redline, diffOptions: ResolvedDiffOptions): LeadFields {
  if (!changesLead(reprint)) return { lead: base };
  if (baseLead(reprint) === base) return { lead: reprint.lead, leadSegments: reprint.leadSegments! };
  return diffLeads(base, reprint.lead, diffOptions);
}

/**
 * The title after a redline-form amendment: a marked title that strikes from
 * exactly the base title is a change of it; anything else (an unmarked first
 * line, a reprint of another title) leaves the base title standing.
 */
function reprintedTitle(base: string | undefined, reprint: Redline): TitleFields {
  if (changesTitle(reprint) && redlineBaseTitle(reprint) === base) return titleFields(reprint.titleSegments!);
  return sameTitle(base);
}

/**
 * A rewrite that keeps none of the base's clauses is valid, but it is far more
 * often the wrong file or a text that is no amendment at all ("Hallo Welt"):
 * say so, as a warning (`redline()` still applies it; `check` reports it).
 */
function rewriteWarnings(base: Resolution, result: Redline): Diagnostic[] {
  if (base.clauses.length === 0) return [];
  const kept = result.clauses.some((c) => c.status === 'unchanged' || c.status === 'changed');
  if (kept) return [];
  const first = result.clauses.find((c) => c.status === 'inserted');
  const quote =
    first === undefined
      ? ''
      : first.segments
          .map((seg) => seg.text)
          .join('')
          .slice(0, 60);
  return [
    {
      code: 'invalid-change',
      severity: 'warning',
      change: -1,
      message: `Read as a complete new wording, the amendment${quote === '' ? '' : ` („${quote}${quote.length === 60 ? '…' : ''}“)`} keeps none of the base's ${base.clauses.length} clause${base.clauses.length === 1 ? '' : 's'}: every clause is struck. Check that it is meant as a rewrite; instructions and redlines can be forced with the form option.`,
    },
  ];
}

function requireString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new RedlineError(
      'invalid-input',
      `The ${what} must be a string, got ${value === null ? 'null' : typeof value}.`,
    );
  }
}

/** Reads Amendment JSON (or a bare array of changes), checking its shape. */
function readAmendmentJson(source: string): AmendmentWithRenumbering {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new RedlineError('invalid-input', `The amendment is not valid JSON: ${(error as Error).message}.`);
  }
  const changes: unknown = Array.isArray(value) ? value : (value as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) {
    throw new RedlineError('invalid-input', 'The amendment JSON has no "changes" array.');
  }
  changes.forEach((change: unknown, index) => {
    const op = (change as { op?: unknown } | null)?.op;
    if (!isChangeOp(op)) {
      throw new RedlineError(
        'invalid-input',
        `Change ${index + 1} of the amendment JSON has no valid "op" (one of ${CHANGE_OPS.join(', ')}).`,
      );
    }
  });
  const amendment: AmendmentWithRenumbering = { changes: changes as Change[] };
  const record = Array.isArray(value) ? {} : (value as { id?: unknown; title?: unknown; renumber?: unknown });
  if (typeof record.id === 'string') amendment.id = record.id;
  if (typeof record.title === 'string') amendment.title = record.title;
  if (record.renumber !== undefined) {
    if (!Array.isArray(record.renumber)) {
      throw new RedlineError(
        'invalid-input',
        'The amendment JSON\'s "renumber" must be an array of { clause, label } or { from } entries.',
      );
    }
    amendment.renumber = record.renumber as Renumbering[];
  }
  return amendment;
}
