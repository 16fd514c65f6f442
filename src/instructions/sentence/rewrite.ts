/**
 * The new-wording construct: "Ziffer 2 erhält folgende Fassung: „…“",
 * "Ziffer 8, Satz 1 wird wie folgt neu gefasst: „…“", "Die Ziffer 1 wird wie
 * folgt geändert:" followed by the text or by a list of instructions.
 *
 * @module
 */
import { INTRO_VERBS } from '../lexicon.js';
import { citedWording } from '../read/payload.js';
import { changesResult, SentenceError, type SentenceResult } from './result.js';
import { singleClause, type ActionRoles } from './roles.js';
import { severalUnits } from './several-units.js';
import { quotedPlace } from './quoted-place.js';

/** The changes of a new-wording sentence, or the announcement of the instructions ("Der Beschluss wird wie folgt geändert:"). */
export function rewrite(roles: ActionRoles): SentenceResult {
  const { quotes, target, verbs, start } = roles;
  const external = roles.ctx.external;
  const payloads = quotes.filter((q) => q.cue === 'plain' || q.cue === 'colon' || q.cue === 'new');
  if (quotes.length !== payloads.length)
    throw new SentenceError('a new wording cannot have an anchor ("nach", "vor")', start);
  // "Deshalb wird folgende Formulierung vorgeschlagen: „…“": the place named in the reasoning just before.
  const reasoned = roles.ctx.reasoned;
  const place: typeof target =
    target.kind === 'whole' && !roles.whole && reasoned !== undefined && payloads.length <= 1
      ? { kind: 'refs', refs: [reasoned] }
      : target;
  if (place.kind === 'whole') {
    // "Der Beschlusstext erhält folgende Fassung:" announces the new wording of the whole resolution.
    if (payloads.length === 0 && (verbs.some((v) => INTRO_VERBS.has(v.word)) || (roles.whole && external)))
      return { kind: 'intro', named: roles.whole, adds: false };
    throw new SentenceError(
      'a new wording of the whole resolution is the rewrite form, not an instruction; pass the new resolution text itself',
      start,
    );
  }
  const nestable = verbs.some((v) => v.word === 'geändert' || v.word === 'ändern' || v.word === 'ändere');
  const several = payloads.length === 0 && external && !nestable ? severalUnits(place, start) : undefined;
  if (several !== undefined) return several;
  // "In § 3 Nr. 22 wird § 12 Nr. 1 wie folgt geändert:": a place inside the text a bill's item quotes.
  const framed = nestable && payloads.length === 0 ? quotedPlace(place) : place;
  const clause = singleClause(framed, start);
  if (payloads.length === 1) return changesResult([{ op: 'rewrite', clause, new: payloads[0]!.text }]);
  if (payloads.length > 1) throw new SentenceError('a new wording needs exactly one quoted text', payloads[1]!.start);
  if (!external) throw new SentenceError('a new wording needs the text in quotes or after a colon', start);
  return {
    kind: 'payload',
    nestable,
    target: framed.kind === 'refs' ? framed.refs[0]! : place.refs[0]!,
    build: (text) => {
      // „,Artikel 1 …“: a low single quote (‚) extracted as a comma; where the quotation ends is lost with it.
      if (/^[,']\s*[\p{L}\p{N}§]/u.test(text))
        throw new SentenceError(
          `the new text opens with „${text[0]!}“, a quotation mark lost in extraction; mark the text with „…“`,
          start,
        );
      return changesResult([{ op: 'rewrite', clause, new: withoutOwnCitation(text, clause) }]);
    },
  };
}

/** A new text without a citation of its own place at its start ("§ 4 (2) Der Vorstand …" for § 4 Absatz 2). */
function withoutOwnCitation(text: string, clause: string): string {
  const cited = citedWording(text);
  return cited !== undefined && cited.clause === clause ? cited.text : text;
}
