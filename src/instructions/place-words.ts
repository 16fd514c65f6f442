/**
 * Words of sentences that speak about a place rather than change it, as
 * data: a place that stays ("bleibt unverändert", "bleibt mit folgender
 * Änderung bestehen"), a pronoun for the place named before ("Er wird ergänzt
 * um …"), and the subjunctive of a sentence that shows the result ("würde dann
 * wie folgt lauten"). The rest of the lexicon is in lexicon.ts.
 *
 * @module
 */

/**
 * Words of a place that stays as it is ("Der Wortlaut des § 5 Abs. 4 bleibt
 * unverändert"): no change there, and the place carries over to the next
 * sentence ("Er wird ergänzt um …").
 */
export const UNCHANGED_WORDS: ReadonlySet<string> = new Set(['unverändert', 'unberührt']);

/** Verbs of {@link UNCHANGED_WORDS} ("bleibt", "bleiben"). */
export const REMAIN_VERBS: ReadonlySet<string> = new Set(['bleibt', 'bleiben', 'bestehen']);

/** Pronouns at the start of a sentence that name the place of the sentence before ("Er wird ergänzt um …"). */
export const PLACE_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie', 'dieser', 'diese', 'dieses']);

/**
 * Words of a sentence that shows the result of the instructions before it
 * ("§ 12 Absatz 2 würde dann wie folgt lauten:"): the text after it is an
 * echo, not a change.
 */
export const ECHO_WORDS: ReadonlySet<string> = new Set(['würde', 'würden']);
