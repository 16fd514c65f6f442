/**
 * A structured clause reference ("§ 16 Absatz 6 Nr. 3 Buchstabe b Satz 2
 * Halbsatz 1", "Ziffer 2 Buchstabe b", "Zeilen 12 bis 14") and its one
 * canonical spelling, the one `Change.clause` carries. Read from text by
 * read.ts, resolved by resolve.ts, written from a clause tree by write.ts.
 *
 * @module
 */

/** One level of a clause path: "§ 16", "Absatz 6", "Ziffer 3", "Buchstabe b". */
export interface RefPart {
  /** Canonical noun ("§", "Art.", "Abschnitt", "Absatz", "Ziffer", "Punkt", "Nr.", "Buchstabe", "Spiegelstrich", …). */
  noun: string;
  /** The label key as written ("16", "3a", "b", "II"). */
  label: string;
}

/** A structured clause reference. */
export interface Ref {
  /**
   * The clause path, outermost first (may be empty: "Satz 2" alone). An
   * "Absatz" part is the child `(n)` of a statute unit, or — as the last part
   * of a clause without such children — the n-th paragraph of its text.
   */
  parts: RefPart[];
  /** "Satz 2" or "letzter Satz". */
  sentence?: number | 'last';
  /** "Halbsatz 1": the part of the sentence before (1) or after (2) its semicolon. */
  halfSentence?: number;
  /** "Zeile 12", "Zeilen 12 bis 14": lines of the numbered base (see src/numbering/). */
  line?: { from: number; to: number };
  /** "(alt)" or "(neu)" after the last clause label. */
  tag?: 'alt' | 'neu';
  /** The document a reference names ("§ 10 Abs. 1 GO" → `GO`, "in § 7 der Bundessatzung" → `Bundessatzung`). */
  document?: string;
  /** A two-level address: the place in a bill ("§ 3 Nr. 22") whose quoted text holds `parts` (src/pipeline/quoted-place.ts). */
  quotedIn?: RefPart[];
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

/** A part as words: "§ 7", "Art. 3", "Absatz 2", "Nr. 3". */
function partWords(part: RefPart): string {
  return `${part.noun} ${part.label}`;
}

/**
 * The canonical clause-reference string of `ref`: "§ 16 Absatz 6 Nr. 3
 * Buchstabe b Satz 2 Halbsatz 1", "Ziffer 3 letzter Satz", "Zeilen 12 bis 14".
 * The document name is not written: a `Change.clause` addresses the base.
 */
export function formatRef(ref: Ref): string {
  // The tag is not written either: a change always addresses the base numbering.
  const words: string[] = ref.parts.map(partWords);
  if (ref.sentence === 'last') words.push('letzter Satz');
  else if (ref.sentence !== undefined) words.push(`Satz ${ref.sentence}`);
  if (ref.halfSentence !== undefined) words.push(`Halbsatz ${ref.halfSentence}`);
  if (ref.line !== undefined)
    words.push(ref.line.to === ref.line.from ? `Zeile ${ref.line.from}` : `Zeilen ${ref.line.from} bis ${ref.line.to}`);
  // "Art. 1 Nr. 5 (§ 30b Absatz 2)": the place in the bill, then the place inside the text it quotes.
  if (ref.quotedIn !== undefined) return `${ref.quotedIn.map(partWords).join(' ')} (${words.join(' ')})`;
  return words.join(' ');
}
