/**
 * Writing a changed title of the document (a redline whose `titleSegments`
 * are set): its new wording ("Der Titel wird wie folgt gefasst: „…“") or, when
 * it is gone, its removal ("Der Titel wird gestrichen."). Both read back as
 * `part: 'title'` changes (sentence/title.ts). A change of typography only is
 * no amendment and is passed over, as in clauses and the lead.
 *
 * @module
 */
import { RedlineError } from '../../errors.js';
import type { Redline } from '../../model.js';
import { baseTitle, changesTitle } from '../../redline/title.js';
import { foldTypography } from '../../text/normalize.js';
import { quoted } from '../wording.js';
import type { Instruction } from './phrasing.js';

/** The instruction for the title change of `redline`, or undefined when its title is unchanged. */
export function titleChange(redline: Redline): Instruction | undefined {
  if (!changesTitle(redline)) return undefined;
  const base = baseTitle(redline);
  const title = redline.title ?? '';
  if (base === undefined)
    throw new RedlineError(
      'invalid-input',
      `The redline gives the document a title („${title}“) its base does not have, which no Änderungsbefehl can address; show it as a redline (toMarkdown).`,
    );
  if (foldTypography(base) === foldTypography(title)) return undefined;
  const text = title === '' ? 'Der Titel wird gestrichen.' : `Der Titel wird wie folgt gefasst: ${quoted(title)}`;
  return { text, changes: [{ op: 'rewrite', clause: '', new: title, part: 'title' }], renumber: [] };
}
