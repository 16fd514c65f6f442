/**
 * Statute redlines for the round-trip tests of every reader (Markdown:
 * test/redline/read/statute-headings.test.ts; HTML and DOCX:
 * test/formats/statute-headings.test.ts): what a round trip must keep, edited
 * copies of the fixture statutes, and random small statutes.
 */
import fc from 'fast-check';
import { parseMotion } from '../../../src/index.js';
import type { Clause, RedlineClause, Resolution } from '../../../src/model.js';
import { mapTree } from '../../../src/tree.js';
import { amendedText, baseText } from '../../../src/redline/segments.js';

/** A statute text's resolution, as `parseMotion` reads it. */
export const statute = (source: string): Resolution => parseMotion(source).resolution;

/**
 * Labels, headings, status and both texts of every clause: what the round trip
 * must keep (ids are recomputed; where a word diff cuts a change beside
 * punctuation the reader may cut it elsewhere, with the same two texts).
 */
export function shape(clauses: readonly RedlineClause[]): unknown[] {
  return mapTree(clauses, (c, children: unknown[]) => ({
    label: c.label,
    baseLabel: c.baseLabel,
    heading: c.heading,
    baseHeading: c.baseHeading,
    status: c.status,
    base: baseText(c.segments),
    amended: amendedText(c.segments),
    children,
  }));
}

/** Label, heading and text of every clause of a version. */
export function version(clauses: readonly Clause[]): unknown[] {
  return mapTree(clauses, (c, children: unknown[]) => ({ label: c.label, heading: c.heading, text: c.text, children }));
}

/** A copy with every other heading changed (a bare unit given one) and the first sentence of every third Absatz edited. */
export function edited(resolution: Resolution): Resolution {
  let n = 0;
  const clauses = mapTree(resolution.clauses, (c, children: Clause[]): Clause => {
    n++;
    const copy: Clause = { ...c, children };
    if (typeof c.heading === 'string' && n % 2 === 0)
      copy.heading = c.heading === '' ? 'Neue Überschrift' : `${c.heading} und Verfahren`;
    if (c.text !== '' && n % 3 === 0) copy.text = c.text.replace(/^(\S+)/u, '$1 ausdrücklich');
    return copy;
  });
  return { ...resolution, clauses };
}

/** A small statute: units with headings (one bare), Absätze or own text. */
const WORDS = ['Name', 'Sitz', 'Zweck', 'Mitglieder', 'Beiträge', 'Vorstand', 'Wahlen', 'Kassenprüfung'];
const heading = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 3 }).map((words) => words.join(' und '));
const sentence = fc
  .array(fc.constantFrom('der', 'Verein', 'fördert', 'die', 'Jugend', 'und', 'den', 'Sport', 'im', 'Ort'), {
    minLength: 2,
    maxLength: 8,
  })
  .map((words) => `${words.join(' ')}.`.replace(/^./u, (c) => c.toUpperCase()));
export const unit = fc.record({
  heading,
  text: fc.option(sentence, { nil: undefined }),
  absaetze: fc.array(sentence, { minLength: 0, maxLength: 3 }),
});

export function source(units: readonly { heading: string; text: string | undefined; absaetze: string[] }[]): string {
  return units
    .map((u, i) => {
      const parts = [`§ ${i + 1}${u.heading === '' ? '' : ` ${u.heading}`}`];
      if (u.text !== undefined || u.absaetze.length === 0) parts.push(u.text ?? 'Der Verein besteht.');
      u.absaetze.forEach((a, j) => parts.push(`(${j + 1}) ${a}`));
      return parts.join('\n\n');
    })
    .join('\n\n');
}
