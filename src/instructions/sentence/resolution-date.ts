/**
 * The body and date after the resolution an instruction amends: "Der
 * Beschluss der Stadtverordnetenversammlung vom 04.03.2019 wird in Satz 4 …"
 * reads as "Der Beschluss wird in Satz 4 …". The words name the document,
 * which the reader notes (references/dated-resolution.ts) and `redline()`
 * compares with the base's header; for the instruction itself they say nothing.
 *
 * @module
 */
import { readDatedResolution } from '../../references/dated-resolution.js';
import type { InstructionToken } from '../../references/tokens.js';

/** The tokens without the body and date after a resolution noun (unchanged when there are none). */
export function withoutResolutionDate(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  const dated = readDatedResolution(tokens);
  return dated === undefined ? tokens : [...tokens.slice(0, dated.noun + 1), ...tokens.slice(dated.end)];
}
