/**
 * Short common German words (articles, prepositions, conjunctions, particles,
 * pronouns, auxiliaries). A run of these between two changes carries no
 * meaning of its own, so the cleanup absorbs it into one phrase-level hunk
 * rather than leaving a word salad. Compared in lower case after folding.
 *
 * @module
 */

/** The short common words, lower-case (abbreviations with their dots). */
export const SHORT_COMMON_WORDS: ReadonlySet<string> = new Set(
  [
    // articles
    'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
    // prepositions and contractions
    'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'bis', 'durch', 'für', 'fürs', 'gegen', 'hinter', 'in', 'im',
    'ins', 'mit', 'nach', 'neben', 'ohne', 'seit', 'über', 'um', 'unter', 'von', 'vom', 'vor', 'zu', 'zum', 'zur',
    'zwischen', 'gem.', 'gemäß', 'laut', 'per', 'pro', 'ab',
    // conjunctions
    'und', 'oder', 'sowie', 'bzw.', 'aber', 'sondern', 'dass', 'ob', 'wenn', 'als', 'wie', 'weil', 'damit', 'sowohl',
    'auch', 'noch', 'sodass', 'denn',
    // particles, adverbs
    'nicht', 'nur', 'so', 'ja', 'nein', 'schon', 'sehr', 'dabei', 'dazu', 'hierzu', 'hier', 'dort', 'da', 'z. B.',
    'z.B.', 'u. a.', 'u.a.', 'ggf.', 'insbesondere', 'jeweils', 'bereits', 'etwa', 'mehr', 'weiter', 'zudem',
    // pronouns
    'er', 'sie', 'es', 'wir', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihrem', 'ihres', 'sein', 'seine', 'seinen', 'seiner',
    'seinem', 'seines', 'sich', 'dies', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'deren', 'dessen', 'denen',
    'welche', 'welcher', 'welches', 'alle', 'allen', 'aller',
    // auxiliaries
    'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'soll', 'sollen', 'kann',
    'können', 'muss', 'müssen', 'sei', 'seien',
  ].map((word) => word.toLowerCase()),
);
