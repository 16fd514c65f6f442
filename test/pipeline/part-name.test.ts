/**
 * A part of the base named after a reference as the base's lead names it
 * ("als Punkt 4 der textlichen Festsetzung …" for a base that resolves "… mit
 * folgenden textlichen Festsetzungen:"): the base's, else another document.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import { namesPartOf } from '../../src/references/document-names.js';

const base = `Der Rat beschließt die Satzung mit folgenden örtlichen Vorschriften:

1. Dächer sind rot zu decken.
2. Zäune sind bis 1,20 m hoch zulässig.`;

describe('a part of the base named as its lead names it', () => {
  it('applies the instruction when the lead names the part', () => {
    const amended = acceptAll(
      redline(
        base,
        'Der Rat möge beschließen als Punkt 3 der örtlichen Vorschrift den nachfolgenden Punkt aufzunehmen:\nHecken sind erlaubt.',
      ),
    );
    expect(amended.clauses.map((c) => `${c.label} ${c.text}`)).toEqual([
      '1. Dächer sind rot zu decken.',
      '2. Zäune sind bis 1,20 m hoch zulässig.',
      '3. Hecken sind erlaubt.',
    ]);
  });

  it('refuses a part the lead does not name, naming the sentence', () => {
    expect(() => redline(base, 'Punkt 2 der Gestaltungsfibel wird gestrichen.')).toThrow(InstructionError);
  });

  it('compares every word, singular or plural', () => {
    expect(namesPartOf('textlichen Festsetzung', 'mit folgenden textlichen Festsetzungen:')).toBe(true);
    expect(namesPartOf('zeichnerischen Festsetzung', 'mit folgenden textlichen Festsetzungen:')).toBe(false);
    expect(namesPartOf('Festsetzung', '')).toBe(false);
  });
});

describe('a paper cited by its number', () => {
  const paper = `Stadt Talbrück\nVorlage 77/2024\n\nDer Rat beschließt:\n\n1. Die Bücherei öffnet samstags.`;
  const amendment = (n: string): string =>
    `Wir beantragen eine Ergänzung der Vorlage ${n} um einen neuen Punkt 2 mit dem Inhalt:\nDie Bücherei öffnet sonntags.`;

  it('is the base when its number stands in the base header, and refused otherwise', () => {
    expect(acceptAll(redline(paper, amendment('77/2024'))).clauses).toHaveLength(2);
    expect(() => redline(paper, amendment('78/2024'))).toThrow(/names the document „Vorlage 78\/2024“/u);
  });
});
