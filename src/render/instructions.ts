/**
 * `toInstructions`: a redline written as German amendment instructions
 * (Änderungsbefehle), addressed by clause or by line of the numbered base.
 * The wording lives next to the instruction reader (src/instructions/write.ts).
 *
 * @module
 */
import type { Redline } from '../model.js';
import { writeInstructions } from '../instructions/write.js';
import { LINE_LENGTH_OPTIONS } from '../numbering/line-length.js';
import { resolveOptions, type OptionTable } from '../validate/options.js';
import { checkRedlineShape } from '../validate/shapes.js';

/** Options of {@link toInstructions}. */
export interface InstructionOptions {
  /**
   * Address text changes by line of the numbered base ("In Zeile 12 wird …",
   * "Die Zeilen 12 bis 14 werden gestrichen.") instead of by clause
   * ("In Ziffer 2 wird …"). New clauses and renumbering are always addressed by clause.
   * @default false
   */
  lines?: boolean;
  /**
   * Characters per line of the numbering that line addresses refer to;
   * apply the instructions with the same `lineLength`.
   * @default 80
   */
  lineLength?: number;
}

/** {@link InstructionOptions} for `resolveOptions`. */
export const INSTRUCTION_OPTIONS = {
  lines: { kind: 'boolean', default: false },
  ...LINE_LENGTH_OPTIONS,
} as const satisfies OptionTable;

/**
 * Writes a redline as numbered German amendment instructions in the style of
 * the Handbuch der Rechtsförmlichkeit, one per change ("1. In Ziffer 2 wird
 * das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt."). Reading
 * them back and applying them to the base reproduces the amended resolution:
 * `acceptAll(applyAmendment(rejectAll(r), parseAmendment(toInstructions(r))))`
 * equals `acceptAll(r)` (up to typographic-only differences, which are not
 * amendments). A redline without changes gives `""`.
 *
 * The result is plain text, not Markdown: clause text is quoted verbatim
 * (raw HTML and links included, so the quotations read back and apply
 * exactly). Escape it before rendering it as Markdown or HTML.
 *
 * @param redline - the redline to describe
 * @param options - see {@link InstructionOptions}
 * @throws {RedlineError} `invalid-input` for a malformed redline, `invalid-option` for bad options
 */
export function toInstructions(redline: Redline, options?: InstructionOptions): string {
  checkRedlineShape(redline, 'described');
  return writeInstructions(redline, resolveOptions('toInstructions', INSTRUCTION_OPTIONS, options));
}
