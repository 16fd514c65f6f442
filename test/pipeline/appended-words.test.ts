/**
 * Words appended to a text that ends with a sentence's mark are refused
 * (they would stand after the full stop); whole sentences are appended.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const BASE = `Vereinssatzung

§ 3 Beiträge

(1) Die Mitglieder zahlen Beiträge. Der Vorstand setzt sie fest.

(2) Die Beiträge werden jährlich fällig:`;

const text = (amendment: string): string => acceptAll(redline(BASE, amendment)).clauses[0]!.children[0]!.text;

describe('words appended to a sentence', () => {
  it('are refused where they would stand after its full stop, naming the sentence', () => {
    for (const amendment of [
      'Dem § 3 Absatz 1 Satz 1 werden die Wörter „nach der Beitragsordnung“ angefügt.',
      'Dem § 3 Absatz 1 wird folgender Halbsatz angefügt: „; Näheres regelt die Beitragsordnung“',
      'In § 3 Absatz 1 wird ergänzt: „und die Umlagen“',
    ]) {
      expect(() => redline(BASE, amendment), amendment).toThrow(InstructionError);
      expect(() => redline(BASE, amendment), amendment).toThrow(/appended after the mark that ends/u);
    }
  });

  it('still appends a whole sentence, and words to a text that ends with no mark of a sentence', () => {
    expect(text('Dem § 3 Absatz 1 wird folgender Satz angefügt: „Er hört die Mitglieder an.“')).toBe(
      'Die Mitglieder zahlen Beiträge. Der Vorstand setzt sie fest. Er hört die Mitglieder an.',
    );
    expect(text('Nach § 3 Absatz 1 Satz 1 wird folgender Satz eingefügt: „Sie sind Bringschulden.“')).toBe(
      'Die Mitglieder zahlen Beiträge. Sie sind Bringschulden. Der Vorstand setzt sie fest.',
    );
    expect(
      acceptAll(redline(BASE, 'Dem § 3 Absatz 2 werden die Wörter „zum 1. März“ angefügt.')).clauses[0]!.children[1]!
        .text,
    ).toBe('Die Beiträge werden jährlich fällig: zum 1. März');
  });
});
