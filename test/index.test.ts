import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type {
  Amendment,
  AmendmentForm,
  AmendmentLike,
  AmendmentWithRenumbering,
  Renumbering,
  ApplyOptions,
  Change,
  Clause,
  Diagnostic,
  DiagnosticCode,
  DiffOptions,
  HtmlOptions,
  MarkdownOptions,
  MdastOptions,
  ParsedRedline,
  RenderView,
  Motion,
  ParseOptions,
  Redline,
  RedlineClause,
  RedlineErrorCode,
  RedlineOptions,
  Resolution,
  Segment,
  SynopsisOptions,
  TextOptions,
} from '../src/index.js';

/** The public runtime exports. Changing this list is a change of the public API. */
const PUBLIC_EXPORTS = [
  'AmendmentError',
  'InstructionError',
  'ParseError',
  'RedlineError',
  'acceptAll',
  'applyAmendment',
  'applyAmendments',
  'changedLines',
  'checkAmendment',
  'checkRedline',
  'diffResolutions',
  'diffText',
  'findClause',
  'linkStatement',
  'numberLines',
  'numberRedlineLines',
  'parseAmendment',
  'parseMotion',
  'parseRedline',
  'parseResolution',
  'parseStatement',
  'planMarkup',
  'redline',
  'rejectAll',
  'synopsis',
  'synopsisToHtml',
  'synopsisToMarkdown',
  'toHast',
  'toHtml',
  'toInstructions',
  'toMarkdown',
  'toMdast',
  'toSynopsis',
  'toText',
];

describe('public API', () => {
  it('exports exactly the pinned names from the source entry', () => {
    expect(Object.keys(api).sort()).toEqual(PUBLIC_EXPORTS);
  });

  it('exports the same names from the built package entry (dist/index.js)', async () => {
    const built = (await import('../dist/index.js' as string)) as Record<string, unknown>;
    expect(Object.keys(built).sort()).toEqual(PUBLIC_EXPORTS);
  });

  it('exports functions and error classes', () => {
    for (const name of PUBLIC_EXPORTS) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(new api.ParseError('no-resolution', 'x')).toBeInstanceOf(api.RedlineError);
    expect(new api.AmendmentError([])).toBeInstanceOf(api.RedlineError);
    expect(new api.InstructionError('s', 0, 'm')).toBeInstanceOf(api.RedlineError);
  });

  it('exports the contract types', () => {
    // Compile-time pins: `npm test` type-checks this file.
    expectTypeOf<Clause>().toHaveProperty('children');
    expectTypeOf<Resolution>().toHaveProperty('lead');
    expectTypeOf<Motion>().toHaveProperty('resolution');
    expectTypeOf<Redline>().toHaveProperty('clauses');
    expectTypeOf<RedlineClause>().toHaveProperty('status');
    expectTypeOf<Segment['type']>().toEqualTypeOf<'equal' | 'delete' | 'insert'>();
    expectTypeOf<Diagnostic['code']>().toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<Change['op']>().toEqualTypeOf<
      'replace' | 'delete' | 'insert' | 'rewrite' | 'removeClause' | 'addClause'
    >();
    expectTypeOf<Amendment>().toHaveProperty('changes');
    expectTypeOf<AmendmentWithRenumbering>().toMatchTypeOf<Amendment>();
    expectTypeOf<Amendment>().toMatchTypeOf<AmendmentLike>();
    expectTypeOf<Renumbering>().toMatchTypeOf<{ clause: string; label: string } | { from: string }>();
    expectTypeOf<AmendmentForm>().toEqualTypeOf<'redline' | 'instructions' | 'rewrite' | 'json'>();
    expectTypeOf<RedlineErrorCode>().toBeString();
    expectTypeOf<ParseOptions>().toBeObject();
    expectTypeOf<DiffOptions>().toBeObject();
    expectTypeOf<ApplyOptions>().toBeObject();
    expectTypeOf<RedlineOptions>().toBeObject();
    expectTypeOf<MarkdownOptions>().toBeObject();
    expectTypeOf<HtmlOptions>().toBeObject();
    expectTypeOf<TextOptions>().toBeObject();
    expectTypeOf<SynopsisOptions>().toBeObject();
    expectTypeOf<MdastOptions>().toBeObject();
    expectTypeOf<RenderView>().toEqualTypeOf<'redline' | 'amended' | 'base'>();
    expectTypeOf<ParsedRedline>().toHaveProperty('redline');
  });
});
