/**
 * A unit named with its heading and changed into the same unit with a new
 * one, the way a base prints its item lines (`Punkt 7: Vertagung von
 * Anträgen`): "Punkt 7 [der Geschäftsordnung] „Vertagung von Anträgen“ wird
 * in Punkt 7: „Umgang mit vertagten Anträgen“ geändert". The quotation after
 * each reference is that unit's heading (an apposition, as on the heading
 * line): the heading's words are replaced (`part: 'heading'`; a quotation that
 * is not the base's heading is refused when the change is applied). With a
 * colon at its end, the instructions after it ("Streiche: „…“" / "Ersetze
 * durch: „…“") concern that unit, as after "Punkt 7 wird wie folgt geändert:".
 *
 * Strict: one reference, its quotation, "wird in", the same reference, an
 * optional colon, the new quotation, "geändert" or "umbenannt", an optional
 * colon — nothing else. Another unit after "in" would be a renumbering as
 * well, which this reading does not make.
 *
 * @module
 */
import { readReference } from '../../references/read.js';
import { formatRef, RefSyntaxError, type Ref } from '../../references/ref.js';
import { isWordOf, type InstructionToken } from '../../references/tokens.js';
import { changesResult, SentenceError, type SentenceContext, type SentenceResult } from './result.js';

/** The verbs of the renaming ("wird in … geändert", "wird in … umbenannt"). */
const RENAME_VERBS: ReadonlySet<string> = new Set(['geändert', 'umbenannt']);

/** The auxiliaries before "in". */
const AUXILIARIES: ReadonlySet<string> = new Set(['wird', 'werden']);

const isColon = (t: InstructionToken | undefined): boolean => t?.kind === 'punct' && t.text === ':';

const isStop = (t: InstructionToken | undefined): boolean => t?.kind === 'punct' && t.text === '.';

/** The one reference at `i` (no sentence, line or quoted place), and the token after it. */
function unitAt(tokens: readonly InstructionToken[], i: number): { ref: Ref; next: number } | undefined {
  let read;
  try {
    read = readReference(tokens, i);
  } catch (error) {
    if (error instanceof RefSyntaxError) return undefined;
    throw error;
  }
  if (read?.kind !== 'refs' || read.refs.length !== 1) return undefined;
  const ref = read.refs[0]!;
  const plain =
    ref.parts.length > 0 && ref.sentence === undefined && ref.line === undefined && ref.quotedIn === undefined;
  return plain ? { ref, next: read.next } : undefined;
}

/**
 * The results of a renaming sentence: the heading change, and — when a
 * colon ends it and text follows — the instructions after it for that unit;
 * undefined when the sentence has another shape.
 * @throws {SentenceError} when the unit after "in" is another one than the unit renamed
 */
export function renamedUnit(
  tokens: readonly InstructionToken[],
  start: number,
  ctx: SentenceContext,
): SentenceResult[] | undefined {
  const before = unitAt(tokens, 0);
  if (before === undefined) return undefined;
  let i = before.next;
  const old = tokens[i];
  if (old?.kind !== 'quote' || !isWordOf(tokens[i + 1], AUXILIARIES) || !isWordOf(tokens[i + 2], 'in'))
    return undefined;
  const after = unitAt(tokens, i + 3);
  if (after === undefined) return undefined;
  i = after.next;
  if (isColon(tokens[i])) i += 1;
  const neu = tokens[i];
  if (neu?.kind !== 'quote' || !isWordOf(tokens[i + 1], RENAME_VERBS)) return undefined;
  i += 2;
  const announces = isColon(tokens[i]);
  if (announces || isStop(tokens[i])) i += 1;
  if (i !== tokens.length) return undefined;
  const clause = formatRef(before.ref);
  if (formatRef(after.ref) !== clause)
    throw new SentenceError(
      `"${clause}" is changed into "${formatRef(after.ref)}": a new number and a new heading in one are not read; write the renumbering and the heading change apart`,
      tokens[before.next + 3]!.start,
    );
  const heading = changesResult([{ op: 'replace', clause, old: old.text, new: neu.text, part: 'heading' }]);
  if (!announces || !ctx.external) return [heading];
  return [
    heading,
    {
      kind: 'payload',
      nestable: true,
      target: { parts: before.ref.parts },
      build: () => {
        throw new SentenceError(
          `after "… in ${clause}: „…“ geändert:" the instructions for ${clause} must follow ("Streiche: „…“", "Ersetze durch: „…“"); a text of its own is not read`,
          start,
        );
      },
    },
  ];
}
