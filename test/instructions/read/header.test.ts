/**
 * Header facts (issue 12 §2): what an amendment document says about itself —
 * title, its own number, the paper it amends, movers, date — read by the one
 * header reader `parseMotion` uses (src/parse/metadata.ts). Pinned on the
 * paraphrased header shapes in fixtures/headers/, and held to `parseMotion`
 * on the header of every seed and every real amendment in fixtures/real/.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAmendment, parseResolution } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';
import { parseAmendment } from '../../../src/instructions/read.js';
import type { AmendmentWithRenumbering } from '../../../src/model.js';
import { parseMotion } from '../../../src/parse/motion.js';
import { findResolutionStart } from '../../../src/parse/section.js';
import { readMetadata } from '../../../src/parse/metadata.js';
import { splitLines } from '../../../src/parse/source-lines.js';
import { expectLinearGrowth } from '../../timing.js';

const root = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

const FACTS = ['id', 'title', 'reference', 'kind', 'amends', 'movers', 'date'] as const;

/** The header facts of an amendment, absent ones left out. */
function factsOf(amendment: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FACTS.filter((k) => amendment[k] !== undefined).map((k) => [k, amendment[k]]));
}

describe('header facts of the paraphrased header shapes (fixtures/headers)', () => {
  const shapes = readdirSync(join(root, 'headers'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));

  it('has the shapes', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(7);
  });

  it.each(shapes)('%s', (shape) => {
    const amendment = parseAmendment(read(`headers/${shape}.txt`));
    expect(factsOf(amendment as unknown as Record<string, unknown>)).toEqual(
      JSON.parse(read(`headers/${shape}.json`)) as unknown,
    );
  });
});

/** The lines before the first blank line after some text, or before the resolution marker when there is one. */
function headerOf(source: string): string {
  const lines = source.split(/\r\n|[\r\n\f]/);
  const start = findResolutionStart(splitLines(source));
  if (start !== undefined) return lines.slice(0, start.markerLine).join('\n');
  const end = lines.findIndex((l, i) => l.trim() === '' && lines.slice(0, i).some((p) => p.trim() !== ''));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
}

/**
 * The header with an instruction part after it, read by `parseAmendment`;
 * where a sentence of the header is taken for an instruction it cannot read
 * (minutes, prose), or a line it reads as an instruction of its own, the
 * header ends at that line.
 */
function readHeader(text: string): { header: string; amendment: AmendmentWithRenumbering } {
  let header = text;
  for (;;) {
    try {
      const amendment = parseAmendment(header + INSTRUCTIONS);
      // A header line the reader takes for an instruction ("Ersetze in Absatz 2 …") is not header.
      if (amendment.changes.length === 1 || !header.includes('\n')) return { header, amendment };
      header = header.slice(0, header.lastIndexOf('\n')).trimEnd();
    } catch (error) {
      if (!(error instanceof InstructionError) || error.offset >= header.length) throw error;
      header = header.slice(0, header.lastIndexOf('\n', error.offset) + 1).trimEnd();
    }
  }
}

const LEAD = '\n\nDer Rat möge beschließen:\n\n1. Text.\n';
const INSTRUCTIONS = '\n\nDer Beschlussvorschlag wird wie folgt geändert:\n\n1. Ziffer 1 wird gestrichen.\n';

const documents = [
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `seeds/${f}`),
  ...['council', 'party'].flatMap((group) =>
    readdirSync(join(root, 'real', group))
      .map((c) => `real/${group}/${c}/amendment.txt`)
      .filter((path) => existsSync(join(root, path))),
  ),
  ...readdirSync(join(root, 'headers'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `headers/${f}`),
];

describe('parseAmendment and parseMotion agree on every header', () => {
  it('has the documents', () => {
    expect(documents.length).toBeGreaterThan(60);
  });

  it.each(documents)('%s', (path) => {
    const { header, amendment } = readHeader(headerOf(read(path)));
    const motion = parseMotion(header + LEAD);
    expect(amendment.reference).toBe(amendment.id);
    // The shared rules; an amendment adds a file number inside a line and its own heading line where they find none.
    if (motion.reference !== undefined) expect(amendment.reference).toBe(motion.reference);
    if (motion.title !== undefined) expect(amendment.title).toBe(motion.title);
    if (motion.kind !== undefined && motion.title === amendment.title) expect(amendment.kind).toBe(motion.kind);
  });
});

describe('header facts never change how an amendment applies', () => {
  it('applies the same with and without them', () => {
    const base = parseResolution('1. Die Stadt baut.\n2. Die Stadt plant.');
    const amendment = parseAmendment(read('headers/05-kreistag-kind-line.txt').replace('Ziffer 4', 'Ziffer 2'));
    expect(amendment.movers).toBe('Gruppe Grün-Rot');
    const bare = { changes: amendment.changes };
    expect(applyAmendment(base, amendment)).toEqual(applyAmendment(base, bare));
  });
});

describe('header facts: no header changes the changes', () => {
  const lines = readdirSync(join(root, 'headers'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => headerOf(read(`headers/${f}`)).split('\n'))
    .filter((l) => l.trim() !== '');
  const body =
    'Der Beschlussvorschlag wird wie folgt geändert:\n\n1. In Ziffer 2 wird das Wort „alt“ durch „neu“ ersetzt.\n';

  it('random header lines of every shape above the same instructions give the same changes', () => {
    const alone = parseAmendment(body);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 12 }), (header) => {
        const amendment = parseAmendment(`${header.join('\n\n')}\n\n${body}`);
        expect(amendment.changes).toEqual(alone.changes);
        expect(amendment.renumber).toEqual(alone.renumber);
      }),
      { numRuns: 200 },
    );
  });
});

describe('header facts: a long header is read in linear time', () => {
  it('readMetadata over n header lines (labels standing alone, blank lines, kind lines)', () => {
    const block =
      'Antragsteller*innen:\n\n\n\nÄnderungsantrag der Gruppe Blau zu TOP 4 vom 02.05.2024\n\nFraktion Grün\n';
    const small = splitLines(block.repeat(2_000));
    const large = splitLines(block.repeat(8_000));
    expectLinearGrowth(
      'readMetadata(header × n)',
      () => readMetadata(small, small.length, { inlineReference: true }),
      () => readMetadata(large, large.length, { inlineReference: true }),
      4,
      3,
    );
  });
});
