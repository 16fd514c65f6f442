/**
 * The replacement construct: "In Ziffer 3 wird das Wort „X“ durch das Wort
 * „Y“ ersetzt", "anstelle von „X“ wird „Y“ eingefügt", "Ersetze durch: „…“"
 * (completing a "Streiche: „…“" before it).
 *
 * @module
 */
import type { Change } from '../../model.js';
import { changesResult, payloadResult, SentenceError, type SentenceResult } from './result.js';
import { singleClause, withOccurrence, type ActionRoles } from './roles.js';
import { anchoredReplacement } from './anchored-replace.js';
import { everyClause } from './every.js';
import { rangeReplacement } from './range-replace.js';
import { severalUnits } from './several-units.js';

/** The changes of a replacement sentence. */
export function replace(roles: ActionRoles): SentenceResult {
  const { quotes, target, start } = roles;
  const insteadMode = quotes.some((q) => q.cue === 'instead');
  const olds = quotes.filter((q) => (insteadMode ? q.cue === 'instead' : q.cue === 'plain' || q.cue === 'colon'));
  const news = quotes.filter((q) => (insteadMode ? q.cue !== 'instead' : q.cue === 'new'));
  if (quotes.some((q) => q.cue === 'after' || q.cue === 'before')) {
    const anchored = anchoredReplacement(roles);
    if (anchored !== undefined) return anchored;
    throw new SentenceError('a replacement with "nach"/"vor" cannot be read', start);
  }
  if (olds.length === 0) return withoutOldText(roles, news);
  // "Der letzte Satz wird wie folgt ersetzt: „…“": the text after the colon is the new one.
  if (news.length === 0 && olds.length === 1 && olds[0]!.cue === 'colon') return withoutOldText(roles, olds);
  // "Ersetze „A […] B“ durch:" + the new text after the colon.
  if (news.length === 0 && olds.length === 1 && (roles.endsWithColon || roles.ctx.external)) {
    const clause = singleClause(target, start);
    const old = olds[0]!;
    return payloadResult((text) => withOccurrence({ op: 'replace', clause, old: old.text, new: text }, old));
  }
  if (olds.length !== news.length) {
    throw new SentenceError(
      `a replacement needs as many new passages as old ones (${olds.length} old, ${news.length} new)`,
      start,
    );
  }
  // "In Art. 5 Abs. 2 bis 4 wird das Wort „X“ jeweils durch …": every occurrence in each named clause.
  const clauses = roles.ctx.every === true ? everyClause(target, start) : [singleClause(target, start)];
  const changes: Change[] = [];
  for (let k = 0; k < olds.length; k += 1) {
    const old = olds[k]!;
    const neu = news[k]!;
    if (!insteadMode && neu.start < old.start)
      throw new SentenceError(`the new passage „${neu.text}“ comes before the old one`, neu.start);
    for (const clause of clauses)
      changes.push(withOccurrence({ op: 'replace', clause, old: old.text, new: neu.text }, old));
  }
  return changesResult(changes);
}

/** "Ziffer 2 wird ersetzt durch „…“", "Ersetze durch: „…“", "Ziffer 2 wird wie folgt ersetzt:": the clause gets new text. */
function withoutOldText(roles: ActionRoles, news: ActionRoles['quotes']): SentenceResult {
  const { target, start } = roles;
  const explicit = target.kind === 'refs';
  const external = news.length === 0 && (roles.endsWithColon || roles.ctx.external);
  const range = news.length === 1 || external ? rangeReplacement(roles, news[0]?.text) : undefined;
  if (range !== undefined) return range;
  if (news.length === 1) {
    if (roles.targetGroups.length > 0)
      return changesResult([{ op: 'rewrite', clause: singleClause(target, start), new: news[0]!.text }]);
    // "Ersetze durch: „…“" completes a "Streiche: „…“" before it; else it rewrites the clause of the heading.
    const replacement: SentenceResult = { kind: 'replacement', text: news[0]!.text, at: news[0]!.start };
    if (explicit) replacement.fallback = singleClause(target, start);
    return replacement;
  }
  if (news.length === 0 && (roles.endsWithColon || roles.ctx.external) && explicit) {
    const several = severalUnits(target, start);
    if (several !== undefined) return several;
    const clause = singleClause(target, start);
    return payloadResult((text) => ({ op: 'rewrite', clause, new: text }));
  }
  // "Der Beschlussvorschlag wird wie folgt ersetzt:" (an Ersetzungsantrag): a new wording of the whole resolution follows.
  if (news.length === 0 && (roles.endsWithColon || roles.ctx.external) && target.kind === 'whole' && roles.whole)
    return { kind: 'intro', named: true, adds: false };
  throw new SentenceError('a replacement needs the old passage and the new one in quotes („…“ durch „…“)', start);
}
