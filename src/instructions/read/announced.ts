/**
 * What the text after an announcement of the whole resolution ("Der
 * Beschlusstext wird wie folgt geändert:") is, by the announcing sentence's
 * verbs (moved out of reader.ts, which holds the reading of units and
 * sentences).
 *
 * @module
 */
import type { InstructionToken } from '../../references/tokens.js';
import { ACTION_VERBS } from '../lexicon.js';

/**
 * What the text after an announcement of the whole resolution is, by the sentence's verbs: an addition
 * ("ergänzt", "angefügt"), a new wording ("geändert", "neu gefasst", "ersetzt"), or — when its verbs say
 * both — a refusal that says why; `adds` (the construct that read it) decides when no verb does.
 */
export function announcedKind(
  tokens: readonly InstructionToken[],
  adds: boolean,
): 'append' | 'rewrite' | { reason: string } {
  let adding: string | undefined;
  let changing: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const action = ACTION_VERBS.get(t.lower);
    if (action === 'insert') adding ??= t.text;
    else if (action === 'rewrite' || action === 'replace') changing ??= t.text;
  }
  if (adding !== undefined && changing !== undefined)
    return {
      reason: `the sentence says both "${changing}" and "${adding}": the text after it may be a new wording of the whole resolution or an addition to it; pass { form: 'rewrite' } for a new wording, or name the place of the addition`,
    };
  if (adding !== undefined) return 'append';
  if (changing !== undefined) return 'rewrite';
  return adds ? 'append' : 'rewrite';
}
