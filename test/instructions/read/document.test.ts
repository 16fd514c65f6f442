/**
 * One header reader: `parseAmendment` reads the header of an amendment
 * document with the reader `parseMotion` uses (src/parse/metadata.ts), so the
 * two agree on the file number (`Amendment.id` = `Motion.reference`) and the
 * title of every document both can read — pinned here on the seeds and on the
 * motion fixtures, each given an instruction part after its header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/instructions/read.js';
import { parseMotion } from '../../../src/parse/motion.js';
import { findResolutionStart } from '../../../src/parse/section.js';
import { splitLines } from '../../../src/parse/source-lines.js';

const root = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** The offset where source line `number` starts (lines end as `splitLines` ends them: CR LF, CR, LF, form feed). */
function lineOffset(source: string, number: number): number {
  const breaks = /\r\n|[\r\n\f]/g;
  for (let n = 0; n < number; n += 1) if (breaks.exec(source) === null) return source.length;
  return breaks.lastIndex;
}

/** The document's header as `parseMotion` reads it (the text before its resolution marker), or undefined without one. */
function headerOf(source: string): string | undefined {
  const lines = splitLines(source);
  const start = findResolutionStart(lines);
  return start === undefined ? undefined : source.slice(0, lineOffset(source, lines[start.markerLine]!.number));
}

const INSTRUCTIONS = '\n\nDer Beschlussvorschlag wird wie folgt geändert:\n\n1. Ziffer 1 wird gestrichen.\n';

const documents = [
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `seeds/${f}`),
  ...readdirSync(join(root, 'motions'))
    .filter((f) => f !== 'README.md' && (f.endsWith('.txt') || f.endsWith('.md')))
    .map((f) => `motions/${f}`),
];

describe('parseAmendment reads a header as parseMotion does', () => {
  it('names seed 000 (Köln AN/2108/2021) as parseMotion does, in instruction form', () => {
    const seed = read('seeds/000_ee1fc5370c1f5e57.txt');
    // The seed's own amendment is in redline form; the same header above its instructions (fixture 42).
    const instructions = read('amendments/42-seed-000-koeln-cdo/instruction.txt');
    const text = seed.slice(0, seed.indexOf('1. Die Verwaltung')) + instructions.slice(instructions.indexOf('1. In'));
    const motion = parseMotion(seed);
    const amendment = parseAmendment(text);
    expect(motion.reference).toBe('AN/2108/2021');
    expect(amendment.id).toBe(motion.reference);
    expect(amendment.title).toBe(motion.title);
    expect(amendment.title).toBe(
      'Änderungsantrag zu 6.1 "Köln braucht einen digitalen Masterplan und eine(n) Chief Digital Officer"',
    );
    expect(amendment.changes).toHaveLength(3);
  });

  const readable = documents.filter((path) => headerOf(read(path)) !== undefined);

  it('has documents with a header to compare', () => {
    expect(readable.length).toBeGreaterThan(10);
    expect(readable.filter((path) => parseMotion(read(path)).reference !== undefined).length).toBeGreaterThan(2);
  });

  it.each(readable)('%s: the same id and title wherever parseMotion names them', (path) => {
    const source = read(path);
    const header = headerOf(source)!;
    const motion = parseMotion(source);
    const amendment = parseAmendment(header + INSTRUCTIONS);
    expect(amendment.id).toBe(motion.reference);
    if (motion.title !== undefined) expect(amendment.title).toBe(motion.title);
    // Where a motion's header names no subject, an amendment's own heading line does ("Änderungsantrag zu TOP 6.1").
    else if (amendment.title !== undefined)
      expect(header.split(/\r\n|[\r\n\f]/).map((l) => l.trim())).toContain(amendment.title);
  });
});

describe('parseAmendment: what only an amendment header says', () => {
  it('takes its own heading line for the title when nothing else names it', () => {
    expect(parseAmendment('Änderungsantrag zu TOP 6.1\n\nZiffer 4 wird gestrichen.').title).toBe(
      'Änderungsantrag zu TOP 6.1',
    );
    // A motion's line of that kind is a form header above its lead, not its title.
    expect(parseMotion('Zusatzantrag zu TOP 4\nDer Rat möge beschließen:\n\n1. Text.').title).toBeUndefined();
  });

  it('takes a file number inside a line', () => {
    expect(parseAmendment(read('amendments/32-document-numbered-list/instruction.txt')).id).toBe('AN/0815/2024');
  });

  it('prefers a quoted subject line to a form header, as parseMotion does', () => {
    const text =
      'Änderungs- bzw. Zusatzantrag gem. § 13\n\nÄnderungsantrag zu 6.1 "Mehr Grün"\n\nDer Beschluss wird wie folgt geändert:\n\n1. Ziffer 4 wird gestrichen.';
    expect(parseAmendment(text).title).toBe('Änderungsantrag zu 6.1 "Mehr Grün"');
  });

  it('ends the instructions at the end markers of the motion parser', () => {
    for (const end of [
      'Begründung:',
      'Begründung erfolgt mündlich.',
      'Finanzielle Auswirkungen:',
      'Mit freundlichem Gruß',
      'gez. Erika Beispiel',
    ])
      expect(parseAmendment(`1. Ziffer 4 wird gestrichen.\n\n${end}\n\nZiffer 9 unbekanntes Wort.`).changes).toEqual([
        { op: 'removeClause', clause: 'Ziffer 4' },
      ]);
  });
});

describe('minutes around an instruction', () => {
  it('read "Beschluss gefasst" as prose, not as an instruction', () => {
    const text = [
      'Über diesen Punkt wurde bereits unter TOP 3 Beschluss gefasst.',
      'In Ziffer 1 wird das Wort „sofort“ gestrichen.',
    ].join('\n');
    expect(parseAmendment(text).changes).toEqual([{ op: 'delete', clause: 'Ziffer 1', old: 'sofort' }]);
  });
});
