/**
 * A new wording that repeats the name of its clause as a heading before the
 * text ("Nr. 1 wird neu gefasst:" + "Beschlussantrag Nr. 1" + the text): the
 * heading names the place and is no word of the clause, so it is taken off.
 * Only a first line that names exactly the clause of the change, and nothing
 * else (src/instructions/sentence/several-units.ts reads such headings).
 *
 * @module
 */
import type { AmendmentReading } from '../instructions/read.js';
import { headingRef } from '../instructions/sentence/several-units.js';
import { formatRef } from '../references/ref.js';
import { mapChanges } from './map-changes.js';

/** The new text without a first line that names `clause` alone, if it opens with one. */
function withoutHeading(text: string, clause: string): string {
  const trimmed = text.trimStart();
  const end = trimmed.indexOf('\n');
  if (end === -1) return text;
  const heading = headingRef(trimmed.slice(0, end));
  if (heading === undefined || formatRef(heading) !== clause) return text;
  const rest = trimmed.slice(end + 1).trim();
  return rest === '' ? text : rest;
}

/** The reading with each new wording's repeated heading taken off. */
export function withoutOwnHeadings(reading: AmendmentReading): AmendmentReading {
  return mapChanges(reading, (c) => {
    if (c.op !== 'rewrite') return c;
    const text = withoutHeading(c.new, c.clause);
    return text === c.new ? c : { ...c, new: text };
  });
}
