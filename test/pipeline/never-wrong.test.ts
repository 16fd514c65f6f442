/**
 * Issue 12.1's property: for random base resolutions and random prose- and
 * instruction-like noise, `redline()` either returns a redline whose
 * `acceptAll` is what the amendment says, or throws a `RedlineError` — never a
 * redline that deletes clauses the amendment does not name.
 */
import { describe, expect } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { readAmendment } from '../../src/pipeline/run.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll } from '../../src/redline/model.js';
import { RedlineError } from '../../src/errors.js';

const SUBJECTS = ['Die Verwaltung', 'Die Stadt', 'Der Bauhof', 'Das Jugendamt', 'Die Kämmerei'];
const VERBS = ['prüft', 'plant', 'saniert', 'beschreibt', 'fördert'];
const OBJECTS = ['den Radweg', 'die Schulhöfe', 'das Hallenbad', 'die Spielplätze', 'den Stadtpark'];

const clauseText = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.nat(99))
  .map(([s, v, o, n]) => `${s} ${v} ${o} bis ${2030 + n}.`);

/** Prose that looks like instructions or like a resolution, but names no clause of the base. */
const PROSE = [
  'Die Mittel werden gestrichen.',
  'Der Antrag wird ersetzt durch eine Prüfung.',
  'Die Fraktion schlägt vor, den Antrag dahingehend zu ändern, dass mehr geprüft wird.',
  '„Weniger ist mehr“, sagte die Sprecherin.',
  'Der Rat möge beschließen:',
  'Begründung: Das ist nötig, weil die Mittel knapp sind.',
  'Abstimmungsergebnis: einstimmig angenommen.',
  'Es wird ergänzt, dass niemand widerspricht.',
  'Ziffer 9 des Haushalts bleibt, wie sie ist.',
  'Sehr geehrte Damen und Herren,',
  'Die Sätze werden neu gefasst, sobald die Zahlen vorliegen.',
];

/** One noise item: prose, or "Ziffer k wird gestrichen." (k ≥ 1; it names clause k). */
const item = fc.oneof(
  fc.constantFrom(...PROSE).map((text) => ({ text, named: undefined as number | undefined })),
  fc.integer({ min: 1, max: 6 }).map((k) => ({ text: `Ziffer ${k} wird gestrichen.`, named: k as number | undefined })),
);

describe('redline() is never silently wrong', () => {
  fcTest.prop(
    [
      fc.array(clauseText, { minLength: 2, maxLength: 6 }),
      fc.array(item, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
    ],
    { numRuns: 120 },
  )('returns what the amendment says, or throws', (texts, noise, reprint) => {
    const base = texts.map((t, i) => `${i + 1}. ${t}`).join('\n');
    const amendment = [...(reprint ? [base] : []), ...noise.map((n) => n.text)].join('\n\n');
    let read;
    try {
      read = readAmendment(parseResolution(base), amendment);
    } catch (error) {
      expect(error).toBeInstanceOf(RedlineError);
      return;
    }
    const named = new Set(noise.map((n) => n.named).filter((k) => k !== undefined));
    // Never a deleted clause the amendment does not name.
    read.redline.clauses.forEach((c, i) => {
      if (c.status === 'deleted') expect(named.has(i + 1)).toBe(true);
    });
    const got = acceptAll(read.redline).clauses.map((c) => c.text);
    if (read.form === 'instructions') {
      expect(got).toEqual(texts.filter((_, i) => !named.has(i + 1)));
    } else {
      // A new wording (the base reprinted with prose around it): no instruction in it ignored, every base clause still there.
      expect(read.form).toBe('rewrite');
      expect(named.size).toBe(0);
      const all = got.join('\n');
      for (const t of texts) expect(all).toContain(t);
    }
  });
});
