/**
 * Writing a redline as German amendment instructions (Änderungsbefehle), the
 * inverse of `parseAmendment`: one numbered instruction per change, addressed
 * by clause ("In Ziffer 2 …") or by line of the numbered base ("In Zeile 12 …").
 *
 * The writer is split along its seams: how a place is named
 * (write/naming.ts), what each change of a clause is (write/hunks.ts), the
 * German sentences (write/phrasing.ts for whole clauses,
 * write/phrasing-text.ts for text changes) and the check by reading back
 * (write/verify.ts).
 *
 * Every result is checked before it is returned: the instructions are read
 * back with `parseAmendment` and applied to the base; a clause whose result
 * differs from the redline's amended text (which can happen where the
 * spacing rules of application and the redline's spaces disagree) is given
 * its new wording as a whole ("erhält folgende Fassung"). Typographic-only
 * differences (quote style, NFC/NFD, non-breaking spaces) are not amendments
 * and are not written.
 *
 * @module
 */
import type { Redline, RedlineClause } from '../model.js';
import { RedlineError } from '../errors.js';
import { acceptAll, rejectAll } from '../redline/model.js';
import { foldTypography } from '../text/normalize.js';
import { walk } from '../tree.js';
import { headingChange } from './write/heading.js';
import { titleChange } from './write/title.js';
import { Naming, type WriteOptions } from './write/naming.js';
import { addition, groupRenumbering, relabel, removal, rewrite, type Instruction } from './write/phrasing.js';
import { textChanges } from './write/phrasing-text.js';
import { verify } from './write/verify.js';

export type { WriteOptions } from './write/naming.js';

/** How often the instructions are re-written with more clauses given a new wording as a whole. */
const ROUNDS = 3;

/**
 * The instructions that turn `rejectAll(redline)` into `acceptAll(redline)`.
 * @throws {RedlineError} `invalid-input` for a malformed redline, or one that
 *   changes its lead (see {@link refuseLeadChange})
 */
export function writeInstructions(redline: Redline, options: WriteOptions): string {
  const base = rejectAll(redline);
  refuseLeadChange(base.lead, redline.lead);
  const expectation = { redline, base, expected: acceptAll(redline), lineLength: options.lineLength };
  const naming = new Naming(redline, base, options);
  const fallback = new Set<RedlineClause>();
  let list = instructions(naming, fallback);
  for (let round = 0; round < ROUNDS; round += 1) {
    const bad = verify(expectation, list);
    const fresh = [...bad].filter((c) => !fallback.has(c));
    if (fresh.length === 0) break;
    for (const c of fresh) fallback.add(c);
    list = instructions(naming, fallback);
  }
  return list.map((ins, i) => `${i + 1}. ${ins.text}`).join('\n');
}

/**
 * Änderungsbefehle address clauses: no instruction the reader knows names the
 * lead (and the `Change` operations have no address for it), so a change of
 * the lead cannot be written — it is refused rather than silently dropped. A
 * change of typography only is no amendment and is passed over, as in clauses.
 */
function refuseLeadChange(base: string, amended: string): void {
  if (base === amended || foldTypography(base) === foldTypography(amended)) return;
  throw new RedlineError(
    'invalid-input',
    `The redline changes the lead („${base}“ becomes „${amended}“), which no Änderungsbefehl can address; ` +
      'show it as a redline or a new wording (toMarkdown), or leave the lead unchanged.',
  );
}

/** All instructions, in document order, renumbering last; `fallback` clauses get a new wording. */
function instructions(naming: Naming, fallback: ReadonlySet<RedlineClause>): Instruction[] {
  const title = titleChange(naming.redline);
  const out: Instruction[] = title === undefined ? [] : [title];
  const renumbers: Instruction[] = [];
  walk(naming.redline.clauses, (visit) => {
    const rc = visit.node;
    if (rc.status === 'inserted') {
      out.push(...addition(naming, visit));
      return 'skip';
    }
    const place = naming.placeOf(rc)!;
    if (rc.status === 'deleted') {
      out.push(removal(naming, place));
      return 'skip';
    }
    const heading = headingChange(naming, rc, place);
    if (heading !== undefined) out.push(heading);
    if (rc.segments.some((s) => s.type !== 'equal'))
      out.push(...(fallback.has(rc) ? [rewrite(naming, rc, place)] : textChanges(naming, rc, place)));
    const renumber = relabel(naming, rc, place);
    if (renumber !== undefined) renumbers.push(renumber);
    return undefined;
  });
  return [...out, ...groupRenumbering(renumbers)];
}
