/**
 * The one-call entry `redline()` / `checkRedline()`: every amendment fixture,
 * given as text, is detected as instructions and gives the same redline as
 * parsing and applying it by hand; bad input and options are RedlineErrors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InstructionError, RedlineError } from '../../src/errors.js';
import { checkRedline, redline } from '../../src/pipeline/run.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { applyAmendment } from '../../src/amend/apply.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { diffResolutions } from '../../src/diff/resolutions.js';
import { realisticCase } from '../../bench/generate.mjs';
import { planMarkup } from '../../src/render/markup-plan.js';
import { piecesToSegments } from '../../src/redline/read/spacing.js';

const root = fileURLToPath(new URL('../../fixtures/amendments', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const read = (name: string, file: string) => readFileSync(join(root, name, file), 'utf8');

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof RedlineError ? error.code : `not a RedlineError: ${String(error)}`;
  }
  return 'no error';
}

describe('redline() on the amendment fixtures', () => {
  it.each(cases)('%s: detected as instructions, same result as parseAmendment + applyAmendment', (name) => {
    const baseText = read(name, 'base.md');
    const instruction = read(name, 'instruction.txt');
    const byHand = applyAmendment(parseResolution(baseText), parseAmendment(instruction));
    const result = redline(baseText, instruction);
    expect(acceptAll(result).clauses).toEqual(acceptAll(byHand).clauses);
    expect(rejectAll(result).clauses).toEqual(parseResolution(baseText).clauses);
    expect(checkRedline(baseText, instruction).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('redline() input checks', () => {
  const base = '1. Die Verwaltung berichtet vierteljährlich.\n2. Die Kölner*innen werden beteiligt.';

  it('reads instructions without an instruction verb ("Ziffer 2 (neu)") as instructions, not as a rewrite', () => {
    const result = redline(base, 'Ziffer 2 (neu): „Die Stadt baut Fahrradparkhäuser.“ Ziffer 2 (alt) wird Ziffer 3.');
    expect(acceptAll(result).clauses.map((c) => c.text)).toEqual([
      'Die Verwaltung berichtet vierteljährlich.',
      'Die Stadt baut Fahrradparkhäuser.',
      'Die Kölner*innen werden beteiligt.',
    ]);
  });

  it('still reads a quoted rewrite as a rewrite', () => {
    const rewrite = '1. Die Verwaltung berichtet „halbjährlich“.\n2. Die Kölner*innen werden beteiligt.';
    expect(acceptAll(redline(base, rewrite)).clauses[0]?.text).toBe('Die Verwaltung berichtet „halbjährlich“.');
  });

  it.each([
    ['an empty amendment', ''],
    ['a blank amendment', '  \n\n '],
    ['broken JSON', '{"changes":[}'],
    ['JSON without changes', '{"foo":1}'],
  ])('%s is an input error, not a rewrite that deletes everything', (_what, amendment) => {
    expect(errorCode(() => redline(base, amendment))).toBe('invalid-input');
    expect(errorCode(() => checkRedline(base, amendment))).toBe('invalid-input');
  });

  it('rejects bad options with invalid-option', () => {
    expect(errorCode(() => redline(base, 'Ziffer 1 wird gestrichen.', { form: 'bogus' as never }))).toBe(
      'invalid-option',
    );
    expect(errorCode(() => redline(base, 'Ziffer 1 wird gestrichen.', null as never))).toBe('invalid-option');
    expect(errorCode(() => redline(42 as never, 'x'))).toBe('invalid-input');
    expect(() => redline(base, 'x', { form: 'bogus' as never })).toThrow(
      'The redline option "form" must be one of "auto", "redline", "instructions", "rewrite", "json", got "bogus".',
    );
  });
});

describe('redlines from applied instructions read back from their Markdown', () => {
  // Segments as the Markdown marks them (planMarkup widens a change whose marker would need a character reference).
  const shape = (clauses: readonly import('../../src/model.js').RedlineClause[]): unknown =>
    clauses.map((c) => ({
      label: c.label,
      baseLabel: c.baseLabel,
      status: c.status,
      segments: piecesToSegments(planMarkup(c.segments)),
      children: shape(c.children),
    }));

  it.each(cases)('%s: parseRedline(toMarkdown(r)) gives back r', async (name) => {
    const { parseRedline } = await import('../../src/redline/read/parse-redline.js');
    const { toMarkdown } = await import('../../src/render/markdown.js');
    const r = redline(read(name, 'base.md'), read(name, 'instruction.txt'));
    expect(shape(parseRedline(toMarkdown(r)).redline.clauses)).toEqual(shape(r.clauses));
  });
});

describe('rewrites that keep nothing of the base', () => {
  const base = '1. Die Verwaltung berichtet vierteljährlich.\n2. Die Kölner*innen werden beteiligt.';

  it('are refused unless the caller names the form: no reading explains them', () => {
    expect(() => redline(base, 'Hallo Welt')).toThrow(/No reading explains the amendment „Hallo Welt“/u);
    expect(() => checkRedline(base, 'Hallo Welt')).toThrow(InstructionError);
  });

  it('are applied with { form: "rewrite" } but reported by checkRedline as a warning quoting the new text', () => {
    const rewrite = { form: 'rewrite' } as const;
    const diagnostics = checkRedline(base, 'Hallo Welt', rewrite);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-change', severity: 'warning' });
    expect(diagnostics[0]?.message).toContain('„Hallo Welt“');
    expect(acceptAll(redline(base, 'Hallo Welt', rewrite)).clauses.map((c) => c.text)).toEqual(['Hallo Welt']);
  });

  it('carry change -1: the warning is about the amendment as a whole, not about its first change', () => {
    expect(checkRedline(base, 'Hallo Welt', { form: 'rewrite' })[0]?.change).toBe(-1);
  });

  it('are not reported when some clause stays', () => {
    expect(
      checkRedline(base, '1. Die Verwaltung berichtet halbjährlich.\n2. Die Kölner*innen werden beteiligt.'),
    ).toEqual([]);
  });
});

describe('redline() on a rewrite', () => {
  it.each([1, 2, 3, 4, 5])('gives what diffResolutions gives on the parsed texts, ids included (seed %i)', (seed) => {
    // redline() takes the parser's ids over instead of recomputing them; they must be the same.
    const c = realisticCase(120, seed);
    expect(redline(c.baseText, c.amendedText)).toEqual(
      diffResolutions(parseResolution(c.baseText), parseResolution(c.amendedText)),
    );
  });
});

describe('an article of an amending statute that changes another document', () => {
  const statute = [
    'Marktordnung der Stadt Talbrück',
    '',
    '§ 1 Markttage',
    '',
    'Der Wochenmarkt findet dienstags statt.',
    '',
    '§ 2 Standplätze',
    '',
    'Standplätze vergibt die Verwaltung.',
  ].join('\n');
  const amending = [
    'Artikel 1',
    'Änderung der Marktordnung',
    '',
    'Die Marktordnung der Stadt Talbrück wird wie folgt geändert:',
    '',
    'In § 1 wird das Wort „dienstags“ durch das Wort „mittwochs“ ersetzt.',
    '',
    'Artikel 2',
    'Änderung der Gebührensatzung',
    '',
    'Die Gebührensatzung der Stadt Talbrück wird wie folgt geändert:',
    '',
    '§ 2 wird aufgehoben.',
  ].join('\n');

  it('is set aside with a warning about the amendment as a whole (change -1), not about a change', () => {
    const diagnostics = checkRedline(statute, amending);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-change', severity: 'warning', change: -1 });
    expect(diagnostics[0]?.message).toMatch(/^Artikel 2 .*„Gebührensatzung der Stadt Talbrück“/u);
    const kept = acceptAll(redline(statute, amending)).clauses.map((c) => c.label);
    expect(kept).toEqual(['§ 1', '§ 2']);
  });
});
