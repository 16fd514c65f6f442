/**
 * Line references against the line numbers printed in the base (a party
 * motion book: "Ersetze Z. 4 bis Z. 6 …", "in Zeile 7 hinter …"): the numbers
 * are taken off the text, and a reference counts them, not the library's own
 * numbering.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/parse/resolution.js';
import { parseMotion } from '../../src/parse/motion.js';
import { baseNumbering, resolveLines } from '../../src/references/lines.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import { AmendmentError } from '../../src/errors.js';

const BASE = `Antrag B3: Ein Hafen für alle

Der Landesparteitag möge beschließen:

1 Der Hafen unserer Stadt ist mehr als ein Umschlagplatz für Container. Er ist
2 ein Ort, an dem Menschen arbeiten, wohnen und ihre freie Zeit verbringen. Die
3 Kaikanten sollen deshalb dort, wo kein Schiff mehr anlegt, öffentlich zugäng-
4 lich werden. Wir wollen Uferwege, Bänke und Anleger für kleine Fähren.

5 Arbeit im Hafen
6 Die Beschäftigten der Hafenbetriebe brauchen sichere Arbeitsplätze. Wir setzen
7 uns für einen Tarifvertrag ein, der für alle Terminals gilt. Leiharbeit soll
8 die Ausnahme bleiben und nur zur Abdeckung von Spitzen erlaubt sein.
`;

const texts = (source: string): string[] => parseMotion(source).resolution.clauses.map((c) => c.text);

const apply = (amendment: string): string[] =>
  acceptAll(redline(BASE, amendment, { dehyphenate: true })).clauses.map((c) => c.text);

function refusal(amendment: string): string {
  try {
    redline(BASE, amendment, { dehyphenate: true });
  } catch (error) {
    if (error instanceof AmendmentError) return error.message;
    throw error;
  }
  throw new Error('applied');
}

describe('reading printed line numbers', () => {
  it('takes the numbers off the text and makes a numbered subheading a paragraph of its own', () => {
    const got = texts(BASE);
    expect(got[0]).toMatch(/^Der Hafen unserer Stadt/u);
    expect(got.join(' ')).not.toMatch(/\b[1-8] /u);
    expect(got).toContain('Arbeit im Hafen');
    expect(got[got.indexOf('Arbeit im Hafen') + 1]).toMatch(/^Die Beschäftigten/u);
  });

  it('leaves a list labelled with bare numbers alone (no line wraps onto the next)', () => {
    const list = 'Der Rat möge beschließen:\n\n1 Äpfel\n2 Birnen\n3 Kirschen\n4 Pflaumen\n5 Quitten\n6 Nüsse\n';
    expect(texts(list).join(' ')).toContain('1 Äpfel');
  });

  it('parseMotion remembers them too', () => {
    const motion = parseMotion(BASE);
    const numbering = baseNumbering(motion.resolution, 80);
    const got = resolveLines(motion.resolution, numbering, 6, 6);
    expect(got.kind).toBe('lines');
  });
});

describe('resolving a reference against the printed lines', () => {
  it('replaces a passage in the named lines (a word that occurs elsewhere too)', () => {
    const got = apply(
      'Ersetze Z. 6 bis Z. 7 von „Wir“ bis „gilt“ durch: „Wir fordern einen Tarifvertrag für alle Terminals.“',
    );
    expect(got.at(-1)).toBe(
      'Die Beschäftigten der Hafenbetriebe brauchen sichere Arbeitsplätze. Wir fordern einen Tarifvertrag für alle Terminals. Leiharbeit soll die Ausnahme bleiben und nur zur Abdeckung von Spitzen erlaubt sein.',
    );
  });

  it('inserts after an anchor on the named line', () => {
    const got = apply('In Zeile 4 ist hinter „Fähren.“ folgender Satz einzufügen: „Der Fischmarkt bleibt.“');
    expect(got[0]).toMatch(/kleine Fähren\. Der Fischmarkt bleibt\.$/u);
  });

  it('refuses an anchor that is not on the named line, naming the line', () => {
    expect(refusal('In Zeile 2 ist hinter „Fähren.“ folgender Satz einzufügen: „Der Fischmarkt bleibt.“')).toMatch(
      /line 2/u,
    );
  });

  it('refuses a line that is not printed, naming the printed range', () => {
    expect(refusal('Zeile 12 wird gestrichen.')).toMatch(/no printed line 12 .*from 1 to 8/u);
  });

  it('refuses to strike a range that ends inside a word hyphenated across two printed lines', () => {
    expect(refusal('Zeilen 1 bis 3 werden gestrichen.')).toMatch(/"Zeilen 1 bis 3" ends inside the word „zugänglich“/u);
  });

  it('finds a passage through a word cut by the range, since the whole word is searched', () => {
    const got = apply('In Zeile 4 wird das Wort „zugänglich“ durch „offen“ ersetzt.');
    expect(got[0]).toContain('öffentlich offen werden.');
  });

  it('refuses a reference to a line of the lead', () => {
    const numbered = BASE.replace('Der Landesparteitag möge beschließen:\n\n', '').replace(
      /^(\d) /gmu,
      (_, d: string) => `${Number(d) + 1} `,
    );
    const withLead = numbered.replace(
      'Ein Hafen für alle\n\n',
      'Ein Hafen für alle\n\n1 Der Landesparteitag möge beschließen:\n',
    );
    expect(() => redline(withLead, 'Zeile 1 wird gestrichen.', { dehyphenate: true })).toThrow(/lead sentence/u);
  });
});

describe('a number printed on every 5th line only', () => {
  const stepped = [
    'Der Landesparteitag möge beschließen:',
    '',
    'Der Hafen unserer Stadt ist mehr als ein Umschlagplatz für Container und',
    'Schüttgut. Er ist ein Ort, an dem Menschen arbeiten, wohnen und ihre freie',
    'Zeit verbringen. Die Kaikanten sollen deshalb dort, wo kein Schiff mehr',
    'anlegt, öffentlich zugänglich werden. Wir wollen Uferwege und Bänke.',
    '5 Dazu gehören auch Anleger für kleine Fähren und ein Fischmarkt.',
    '',
    'Die Beschäftigten der Hafenbetriebe brauchen sichere Arbeitsplätze. Wir',
    'setzen uns für einen Tarifvertrag ein, der für alle Terminals gilt und',
    'die Arbeit an Sonntagen auf das Nötigste beschränkt. Leiharbeit soll die',
    'Ausnahme bleiben und nur zur Abdeckung von Spitzen erlaubt sein, etwa',
    '10 wenn mehrere große Schiffe zugleich gelöscht werden müssen. Das gilt',
    'auch für die Lager und die Werkstätten. Die Ausbildung wird gestärkt.',
    '',
    'Die Stadt prüft, ob die alte Speicherhalle als Markthalle genutzt werden',
    'kann. Der Denkmalschutz ist dabei zu beachten, und die Anwohnerinnen und',
    'Anwohner der angrenzenden Straßen werden bei der Planung der Zufahrten',
    '15 früh beteiligt.',
  ].join('\n');

  it('counts the lines between the numbers, and takes the numbers off', () => {
    const got = acceptAll(
      redline(stepped, 'In Zeile 7 wird das Wort „Tarifvertrag“ durch „Flächentarifvertrag“ ersetzt.'),
    );
    expect(got.clauses.map((c) => c.text).join(' ')).not.toMatch(/\b(?:5|10|15) /u);
    expect(got.clauses[1]!.text).toContain('für einen Flächentarifvertrag ein');
  });

  it('refuses a passage not on the counted line', () => {
    expect(() =>
      redline(stepped, 'In Zeile 8 wird das Wort „Tarifvertrag“ durch „Flächentarifvertrag“ ersetzt.'),
    ).toThrow(/line 8/u);
  });

  it('refuses line references when the numbering starts again on a new page', () => {
    const page = stepped.split('\n').slice(2).join('\n');
    expect(() => redline(`${stepped}\n\f\n${page}`, 'In Zeile 7 wird das Wort „Tarifvertrag“ gestrichen.')).toThrow(
      /starts again/u,
    );
  });

  it('does not count the lines before the first printed number', () => {
    expect(() => redline(stepped, 'In Zeile 2 wird das Wort „Schüttgut“ gestrichen.')).toThrow(
      /no printed line 2 .*from 5 to 15/u,
    );
  });
});

describe('a numbering that starts again', () => {
  it('is not read, and line references are refused: "Zeile 2" would not say which page', () => {
    const twice = BASE.replace('6 Die Beschäftigten', '\f\n1 Die Beschäftigten')
      .replace('7 uns für', '2 uns für')
      .replace('8 die Ausnahme', '3 die Ausnahme')
      .concat('4 Der Hafenmeister teilt die Liegeplätze zu und führt dazu eine\n5 Liste.\n');
    expect(() => redline(twice, 'Zeile 2 wird gestrichen.', { dehyphenate: true })).toThrow(/starts again/u);
  });
});

describe('printed numbers run into the text', () => {
  it('are still refused for line references, since they cannot be read', () => {
    const joined =
      'Der Rat möge beschließen:\n\n1 Der Hafen ist mehr als ein Umschlagplatz. 2 Er ist ein Ort, an dem Menschen 3 arbeiten und wohnen. 4 Die Kaikanten sollen 5 öffentlich werden. 6 Wir wollen Uferwege.\n';
    expect(() => redline(joined, 'Zeile 3 wird gestrichen.')).toThrow(/run into its text here/u);
  });
});

/** Words of a generated paragraph: letters only, so a line never ends with a mark. */
const word = fc.stringMatching(/^[a-zäöü]{2,9}$/u);

describe('printed lines, property', () => {
  it('every printed line is found back: a reference to it covers exactly its text', () => {
    const paragraphs = fc.array(fc.array(word, { minLength: 12, maxLength: 40 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(paragraphs, fc.constantFrom(1, 5), (paras, step) => {
        // Wrap each paragraph at about 60 characters and number every line (or every 5th).
        const lines: string[][] = paras.map((words) => {
          const out: string[] = [];
          let line = 'Text';
          for (const w of words) {
            if (line.length + w.length + 1 > 60) {
              out.push(line);
              line = w;
            } else line += ` ${w}`;
          }
          out.push(`${line}.`);
          return out;
        });
        let n = 0;
        const body = lines.map((para) => para.map((l) => (++n % step === 0 ? `${n} ${l}` : l)).join('\n')).join('\n\n');
        fc.pre(n >= 5 * step && lines.some((p) => p.length >= 2));
        const base = parseResolution(`Der Rat möge beschließen:\n\n${body}\n`);
        const numbering = baseNumbering(base, 80);
        const last = n - (n % step);
        let k = 0;
        for (const line of lines.flat()) {
          k += 1;
          if (k < step || k > last) continue;
          const got = resolveLines(base, numbering, k, k);
          if (got.kind !== 'lines') throw new Error(got.reason);
          expect(got.pieces.map((p) => p.clause.text.slice(p.scope.start, p.scope.end)).join(' ')).toBe(line);
        }
      }),
      { numRuns: 60 },
    );
  });
});
