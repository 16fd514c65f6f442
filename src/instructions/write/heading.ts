/**
 * Writing a changed heading (a redline clause whose `baseHeading` is set): a
 * new wording of the heading ("§ 3 erhält folgende Überschrift: „…“") or,
 * when it is gone, its removal ("Die Überschrift von § 3 wird gestrichen.").
 * Both read back as `part: 'heading'` changes (sentence/heading.ts).
 *
 * @module
 */
import { RedlineError } from '../../errors.js';
import type { RedlineClause } from '../../model.js';
import { quoted } from '../wording.js';
import type { BasePlace, Naming } from './naming.js';
import type { Instruction } from './phrasing.js';

/** The instruction for the heading change of `rc`, or undefined when its heading is unchanged. */
export function headingChange(naming: Naming, rc: RedlineClause, place: BasePlace): Instruction | undefined {
  const heading = rc.heading ?? '';
  if (rc.baseHeading === undefined || rc.baseHeading === heading) return undefined;
  const ref = naming.clauseRef(place);
  if (ref === undefined)
    throw new RedlineError(
      'invalid-input',
      `The redline changes the heading of ${rc.label} („${rc.baseHeading}“ becomes „${heading}“), and no reference names that clause; show it as a redline (toMarkdown).`,
    );
  const text =
    heading === ''
      ? `Die Überschrift von ${ref} wird gestrichen.`
      : `${ref} erhält folgende Überschrift: ${quoted(heading)}`;
  return { text, changes: [{ op: 'rewrite', clause: ref, new: heading, part: 'heading' }], renumber: [] };
}
