/**
 * From the items of a reference phrase (a noun with its labels, outermost
 * first) to structured references: a list ("§§ 3 und 4", "Absätze 2 bis 4")
 * gives one reference per label, a chain one path ("§ 16 Absatz 6 Nr. 3
 * Buchstabe b"), a sentence and half-sentence narrow it ("Satz 2 Halbsatz
 * 1"), and a sentence that only says which sentence holds a list ("§ 2 Abs. 1
 * S. 2 Nr. 3": the Nummern belong to Satz 2) gives way to the list's item.
 *
 * @module
 */
import type { Noun } from './nouns.js';
import { RefSyntaxError, type Ref } from './ref.js';

/** One noun of a reference phrase with its labels (a list when "Ziffern 2 und 3"). */
export interface Item {
  noun: Noun;
  labels: string[];
  /** "der letzte Satz". */
  last?: boolean;
  tag?: 'alt' | 'neu';
  /** A line range ("Zeilen 12 bis 140"), kept as its two ends. */
  range?: boolean;
}

/** Builds the references of a chain; a list ("Ziffern 2 und 3") gives one reference per label. */
export function expandItems(items: readonly Item[], at: number): Ref[] {
  const listed = items.filter((it) => it.labels.length > 1 && it.noun.kind !== 'line');
  if (listed.length > 1) throw new RefSyntaxError('a reference with two lists cannot be read', at);
  const variants = listed.length === 0 ? [undefined] : listed[0]!.labels;
  const refs: Ref[] = [];
  for (const variant of variants) {
    refs.push(oneRef(items, variant, at));
    // A line range is one reference, not a list of lines.
    if (items.some((it) => it.noun.kind === 'line')) break;
  }
  return refs;
}

/** The reference of a chain, with `variant` standing for the labels of its list. */
function oneRef(items: readonly Item[], variant: string | undefined, at: number): Ref {
  const ref: Ref = { parts: [] };
  let level = 0; // 0 clause parts, 2 sentence, 3 half-sentence
  for (const it of items) {
    const label = it.labels.length > 1 && it.noun.kind !== 'line' ? variant! : it.labels[0];
    switch (it.noun.kind) {
      case 'section':
      case 'unit':
      case 'clause':
      case 'paragraph':
        if (level > 0) {
          // "§ 2 Abs. 1 S. 2 Nr. 3": the sentence holds the list; the item is addressed by its path.
          if (level !== 2 || ref.parts.length === 0 || it.noun.kind !== 'clause')
            throw new RefSyntaxError(`"${it.noun.canonical}" cannot follow a sentence`, at);
          delete ref.sentence;
          level = 0;
        }
        if (label === undefined) throw new RefSyntaxError(`"${it.noun.canonical}" needs a number`, at);
        ref.parts.push({ noun: it.noun.canonical, label });
        if (it.tag !== undefined) ref.tag = it.tag;
        break;
      case 'sentence':
        if (level >= 2) throw new RefSyntaxError('two sentence numbers in one reference', at);
        ref.sentence = it.last === true ? 'last' : Number(label);
        level = 2;
        break;
      case 'halfSentence':
        if (level >= 3 || label === undefined || it.last === true)
          throw new RefSyntaxError('a half-sentence needs its number ("Halbsatz 1")', at);
        ref.halfSentence = Number(label);
        level = 3;
        break;
      case 'line':
        ref.line = lineRange(it, at, ref);
        break;
    }
  }
  return ref;
}

function lineRange(it: Item, at: number, ref: Ref): { from: number; to: number } {
  if (ref.line !== undefined) throw new RefSyntaxError('two line numbers in one reference', at);
  const numbers = it.labels.map(Number);
  const from = numbers[0]!;
  const to = numbers[numbers.length - 1]!;
  // "Zeilen 12 und 13" is a range too, but only of neighbouring lines.
  const consecutive = it.range === true || numbers.every((n, k) => n === from + k);
  if (!consecutive || to < from || from < 1)
    throw new RefSyntaxError(`the lines ${it.labels.join(', ')} are not one range of lines ("Zeilen 12 bis 14")`, at);
  return { from, to };
}
