/**
 * The real-amendment corpus (fixtures/real): reading each case, running it
 * through `redline()` and `checkRedline()`, and judging the outcome —
 * `correct`, `refused` (a clear error naming the sentence and the reason),
 * or `wrong` (a redline that is not what a careful clerk wrote: never allowed).
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRedline, redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import { readAnyResolution } from '../../src/parse/motion.js';
import { AmendmentError, InstructionError, RedlineError } from '../../src/errors.js';
import { labelKey } from '../../src/parse/labels.js';
import type { Clause, Resolution } from '../../src/model.js';

const root = fileURLToPath(new URL('../../fixtures/real/', import.meta.url));

/** One fixture case. */
export interface RealCase {
  /** "council/01-maintal-…". */
  name: string;
  group: 'council' | 'party';
  base: string;
  /** Whether the base is PDF-extracted text (`base.txt`): read with `dehyphenate`, as a clerk joins its line-end hyphens. */
  pdf: boolean;
  amendment: string;
  /** The amended resolution as a clerk writes it; undefined for a refusal case. */
  expected?: string;
  /** Why no clerk can apply it (refusal cases). */
  refusal?: string;
  meta: { families: string[]; mechanical: boolean; source: string; notes: string };
}

/** All cases, council first, each group in folder order. */
export function realCases(): RealCase[] {
  const out: RealCase[] = [];
  for (const group of ['council', 'party'] as const) {
    for (const folder of readdirSync(join(root, group)).sort()) {
      const dir = join(root, group, folder);
      if (!existsSync(join(dir, 'case.json'))) continue;
      const pdf = existsSync(join(dir, 'base.txt'));
      const read = (file: string): string | undefined =>
        existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined;
      const item: RealCase = {
        name: `${group}/${folder}`,
        group,
        base: read(pdf ? 'base.txt' : 'base.md')!,
        pdf,
        amendment: read('amendment.txt')!,
        meta: JSON.parse(read('case.json')!) as RealCase['meta'],
      };
      const expected = read('expected.md');
      if (expected !== undefined) item.expected = expected;
      const refusal = read('expected-refusal.md');
      if (refusal !== undefined) item.refusal = refusal;
      out.push(item);
    }
  }
  return out;
}

/**
 * The statute amendments of fixtures/statutes/amendments (amending statutes
 * and Satzung motions against the statutes of fixtures/statutes), as cases.
 */
export function statuteCases(): RealCase[] {
  const dir = fileURLToPath(new URL('../../fixtures/statutes/', import.meta.url));
  return readdirSync(join(dir, 'amendments'))
    .sort()
    .filter((folder) => existsSync(join(dir, 'amendments', folder, 'case.json')))
    .map((folder) => {
      const at = join(dir, 'amendments', folder);
      const meta = JSON.parse(readFileSync(join(at, 'case.json'), 'utf8')) as RealCase['meta'] & { base: string };
      const item: RealCase = {
        name: `statutes/${folder}`,
        group: 'party',
        base: readFileSync(join(dir, `${meta.base}.md`), 'utf8'),
        pdf: false,
        amendment: readFileSync(join(at, 'amendment.txt'), 'utf8'),
        meta,
      };
      if (existsSync(join(at, 'expected.md'))) item.expected = readFileSync(join(at, 'expected.md'), 'utf8');
      return item;
    });
}

/** What the library made of a case. */
export interface Outcome {
  kind: 'correct' | 'refused' | 'wrong';
  /** The error message (refused), or where the result differs (wrong). */
  detail: string;
  /** For a refusal: the sentence the error names (an InstructionError's sentence, or the quoted text of a diagnostic). */
  sentence?: string;
}

/**
 * The blocks a reader sees in a resolution: the title (when it has one), the lead, then every clause in
 * document order as its label (and heading) and first paragraph, each further paragraph a
 * block of its own — white space folded, bullet glyphs (`•`, U+F0B7, `–`)
 * written `-`. Two resolutions that read the same have the same blocks,
 * whether a list inside new text became sub-clauses or paragraphs of one
 * clause (the normalisation of fixtures/real/council/SOURCES.md).
 */
export function blocks(resolution: Resolution): string[] {
  const out: string[] = [];
  const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  // The document's title, where the resolution has one, is what a reader sees first.
  if (resolution.title !== undefined && fold(resolution.title) !== '') out.push(`Titel: ${fold(resolution.title)}`);
  if (fold(resolution.lead) !== '') out.push(fold(resolution.lead));
  const visit = (clauses: readonly Clause[]): void => {
    for (const c of clauses) {
      const label = c.label !== '' && labelKey(c.label) === '' ? '-' : c.label;
      const paragraphs = c.text.split(/\n\s*\n/u).map(fold);
      // A statute unit's heading is part of what a reader sees („§ 10 Landesamt für Kultur“); a dash or colon
      // between label and heading is layout (the two parse paths of a base keep it differently).
      const heading = (c.heading ?? '').replace(/^[\s–:.-]+/u, '');
      const head = heading !== '' ? `${label} ${heading}` : label;
      paragraphs.forEach((p, i) => {
        const block = fold(i === 0 && head !== '' ? `${head} ${p}` : p);
        if (block !== '') out.push(block);
      });
      visit(c.children);
    }
  };
  visit(resolution.clauses);
  return out;
}

/** Runs one case through `redline()` and `checkRedline()` and judges the outcome. */
export function judge(c: RealCase): Outcome {
  const options = c.pdf ? { dehyphenate: true } : {};
  let amended: Resolution;
  try {
    amended = acceptAll(redline(c.base, c.amendment, options));
  } catch (error) {
    if (!(error instanceof RedlineError)) throw error;
    const outcome: Outcome = { kind: 'refused', detail: error.message };
    const sentence = namedSentence(error);
    if (sentence !== undefined) outcome.sentence = sentence;
    return outcome;
  }
  const errors = checkRedline(c.base, c.amendment, options).filter((d) => d.severity === 'error');
  if (errors.length > 0)
    return { kind: 'wrong', detail: `redline() applied it, checkRedline() reports ${errors[0]!.message}` };
  if (c.expected === undefined) return { kind: 'wrong', detail: 'applied a case no clerk can apply' };
  const got = blocks(amended);
  const want = blocks(readAnyResolution(c.expected, options));
  for (let i = 0; i < Math.max(got.length, want.length); i += 1) {
    if (got[i] !== want[i])
      return { kind: 'wrong', detail: `block ${i + 1}: got „${got[i] ?? '(none)'}“, want „${want[i] ?? '(none)'}“` };
  }
  return { kind: 'correct', detail: '' };
}

/** The sentence an error names: the InstructionError's sentence, else the first quotation in its message. */
function namedSentence(error: RedlineError): string | undefined {
  if (error instanceof InstructionError) return error.sentence;
  const message =
    error instanceof AmendmentError ? error.diagnostics.find((d) => d.severity === 'error')?.message : error.message;
  // The quoted text, or the reference the diagnostic names ("The reference "Satz 2" names no clause").
  const m = /„([^“]+)“/u.exec(message ?? '') ?? /"([^"]+)"/u.exec(message ?? '');
  return m?.[1];
}
