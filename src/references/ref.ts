/**
 * A structured clause reference ("Ziffer 2 Buchstabe b Satz 1", "Zeilen 12
 * bis 14") and its one canonical spelling, the one `Change.clause` carries.
 * Read from instruction tokens by read.ts.
 *
 * @module
 */

/** One level of a clause path: "Ziffer 3", "Buchstabe b". */
export interface RefPart {
  /** Canonical noun ("Ziffer", "Punkt", "Nr.", "Buchstabe", "Spiegelstrich", "§", …). */
  noun: string;
  /** The label key as written ("3", "3a", "b", "II"). */
  label: string;
}

/** A structured clause reference. */
export interface Ref {
  /** The clause path, outermost first (may be empty: "Satz 2" alone). */
  parts: RefPart[];
  /** "Absatz 2": a paragraph of the clause text (or a clause labelled "(2)", decided when applying). */
  paragraph?: number;
  /** "Satz 2" or "letzter Satz". */
  sentence?: number | 'last';
  /** "Zeile 12", "Zeilen 12 bis 14": lines of the numbered base (see src/numbering/). */
  line?: { from: number; to: number };
  /** "(alt)" or "(neu)" after the last clause label. */
  tag?: 'alt' | 'neu';
}

/** A problem in a reference phrase, with the offset where it was found. */
export class RefSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** The canonical clause-reference string of `ref`: "Ziffer 2 Buchstabe b Absatz 2 Satz 1", "Ziffer 3 letzter Satz". */
export function formatRef(ref: Ref): string {
  const words: string[] = [];
  for (const part of ref.parts) words.push(`${part.noun} ${part.label}`);
  if (ref.paragraph !== undefined) words.push(`Absatz ${ref.paragraph}`);
  if (ref.sentence === 'last') words.push('letzter Satz');
  else if (ref.sentence !== undefined) words.push(`Satz ${ref.sentence}`);
  if (ref.line !== undefined)
    words.push(ref.line.to === ref.line.from ? `Zeile ${ref.line.from}` : `Zeilen ${ref.line.from} bis ${ref.line.to}`);
  return words.join(' ');
}
