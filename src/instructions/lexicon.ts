/**
 * Every German word the instruction reader knows, as data (with the words
 * without meaning of their own in filler-words.ts and the reference nouns in
 * src/references/nouns.ts). The reader is strict: a word outside these lists
 * makes the sentence unreadable (`InstructionError`) rather than being
 * skipped, so "wird nicht gestrichen" can never turn into a deletion. All
 * entries are lower case; a trailing dot of an abbreviation ("Nr.", "Abs.")
 * is not part of the entry.
 *
 * @module
 */

/** What an instruction does. */
export type Action = 'replace' | 'delete' | 'insert' | 'rewrite';

/** Verbs (passive participles, imperatives, infinitives) and the action they name. */
export const ACTION_VERBS: ReadonlyMap<string, Action> = new Map<string, Action>([
  // replace
  ['ersetzt', 'replace'],
  ['ersetze', 'replace'],
  ['ersetzen', 'replace'],
  ['ausgetauscht', 'replace'],
  ['tausche', 'replace'],
  ['austauschen', 'replace'],
  // delete
  ['gestrichen', 'delete'],
  // "§ 3 Absatz 2 wird aufgehoben": statutes repeal (DECISIONS: removes the clause).
  ['aufgehoben', 'delete'],
  ['streiche', 'delete'],
  ['streichen', 'delete'],
  ['entfällt', 'delete'],
  ['entfallen', 'delete'],
  ['gelöscht', 'delete'],
  ['lösche', 'delete'],
  ['löschen', 'delete'],
  ['wegfallen', 'delete'],
  ['fällt', 'delete'],
  ['fallen', 'delete'],
  ['weggelassen', 'delete'],
  // insert
  ['eingefügt', 'insert'],
  ['einfügen', 'insert'],
  ['füge', 'insert'],
  ['fügen', 'insert'],
  ['ergänzt', 'insert'],
  ['ergänze', 'insert'],
  ['ergänzen', 'insert'],
  ['angefügt', 'insert'],
  ['anfügen', 'insert'],
  ['angehängt', 'insert'],
  ['anhängen', 'insert'],
  ['hänge', 'insert'],
  ['hinzugefügt', 'insert'],
  ['hinzufügen', 'insert'],
  ['eingeschoben', 'insert'],
  ['schiebe', 'insert'],
  ['einzufügen', 'insert'],
  ['anzufügen', 'insert'],
  ['hinzuzufügen', 'insert'],
  ['einzusetzen', 'insert'],
  ['aufnehmen', 'insert'],
  ['aufzunehmen', 'insert'],
  ['eingesetzt', 'insert'],
  ['setze', 'insert'],
  ['aufgenommen', 'insert'],
  // rewrite
  ['erhält', 'rewrite'],
  ['erhalten', 'rewrite'],
  ['gefasst', 'rewrite'],
  ['gefaßt', 'rewrite'],
  ['neugefasst', 'rewrite'],
  ['verändert', 'rewrite'],
  ['vorgeschlagen', 'rewrite'],
  ['geändert', 'rewrite'],
  ['lautet', 'rewrite'],
  ['lauten', 'rewrite'],
  ['ändere', 'rewrite'],
  ['ändern', 'rewrite'],
]);

/**
 * Insert verbs that mean "append at the end" ("Folgende Ziffer 5 wird angefügt"):
 * a new clause named with them but without a position goes to the end.
 * The others ("eingefügt") put a labelled new clause after its predecessor.
 */
export const APPEND_VERBS: ReadonlySet<string> = new Set([
  'angefügt',
  'anfügen',
  'anzufügen',
  'hinzuzufügen',
  'angehängt',
  'anhängen',
  'hänge',
  'ergänzt',
  'ergänze',
  'ergänzen',
  'hinzugefügt',
  'hinzufügen',
]);

/**
 * Verbs that change a value ("die Ermäßigung wird von „40 €“ auf „55 €“
 * angehoben"): with "von … auf …" a sentence holding one is an instruction.
 */
export const VALUE_CHANGE_VERBS: ReadonlySet<string> = new Set([
  'angehoben',
  'anzuheben',
  'erhöht',
  'gesenkt',
  'abgesenkt',
  'verringert',
  'reduziert',
  'verlängert',
  'verkürzt',
  'heraufgesetzt',
  'herabgesetzt',
  'geändert',
  'umbenannt',
]);

/** Imperative verbs: the party convention "Streiche: „…“ Ersetze durch: „…“". */
export const IMPERATIVE_VERBS: ReadonlySet<string> = new Set([
  'ersetze',
  'tausche',
  'streiche',
  'lösche',
  'füge',
  'ergänze',
  'hänge',
  'setze',
  'schiebe',
  'ändere',
  'ersetzen',
  'austauschen',
  'streichen',
  'löschen',
  'einfügen',
  'ergänzen',
  'anfügen',
  'anhängen',
  'hinzufügen',
  'ändern',
]);

/** Where a quoted passage or a clause reference stands in the instruction. */
export type Cue = 'new' | 'after' | 'before' | 'instead' | 'in';

/** Prepositions that give the next quotation or reference its role. */
export const CUE_WORDS: ReadonlyMap<string, Cue> = new Map<string, Cue>([
  ['durch', 'new'],
  ['nach', 'after'],
  ['hinter', 'after'],
  ['nachdem', 'after'],
  ['hinten', 'after'],
  ['vor', 'before'],
  ['anstelle', 'instead'],
  ['anstatt', 'instead'],
  ['statt', 'instead'],
  ['in', 'in'],
  ['im', 'in'],
  ['bei', 'in'],
  ['beim', 'in'],
  ['zu', 'in'],
  ['zur', 'in'],
  ['zum', 'in'],
  ['unter', 'in'],
]);

/** Nouns that introduce a quoted passage of text ("das Wort", "die Angabe", "den Satz"). */
export const PASSAGE_NOUNS: ReadonlySet<string> = new Set([
  'wort',
  'wörter',
  'worte',
  'worten',
  'wörtern',
  'wortes',
  'angabe',
  'angaben',
  'passage',
  'passagen',
  'textpassage',
  'textpassagen',
  'halbsatz',
  'halbsätze',
  'teilsatz',
  'satzteil',
  'satzteile',
  'textteil',
  'textteile',
  'text',
  'textes',
  'formulierung',
  'formulierungen',
  'zeichenfolge',
  'begriff',
  'begriffe',
  'begriffs',
  'begriffes',
  'zahl',
  'zahlen',
  'wortlaut',
  'wortgruppe',
  'ausdruck',
  'bezeichnung',
  'datum',
  'betrag',
  'klammerzusatz',
  'zusatz',
  'fassung',
  'neufassung',
  'wortfolge',
  'wortfolgen',
  // "das Gremium Sozialausschuss durch den Stadtrat ersetzen".
  'gremium',
  'passus',
  // "wird um folgende Regelung ergänzt": the new text of a rule.
  'regelung',
  'regelungen',
]);

/**
 * Nouns that say what a payload is when no number follows: a new text
 * ("folgender Satz wird angefügt") or a new clause ("folgende Ziffer wird angefügt").
 */
export const PAYLOAD_KINDS: ReadonlyMap<string, 'sentence' | 'paragraph'> = new Map<string, 'sentence' | 'paragraph'>([
  ['satz', 'sentence'],
  ['sätze', 'sentence'],
  ['halbsatz', 'sentence'],
  ['text', 'sentence'],
  ['absatz', 'paragraph'],
  ['absätze', 'paragraph'],
  ['regelung', 'sentence'],
]);

/** Adjectives that mark a reference as naming a new clause ("folgende Ziffer 3a", "als neuer Punkt 7"). */
export const NEW_MARKERS: ReadonlySet<string> = new Set([
  'folgende',
  'folgender',
  'folgendes',
  'folgenden',
  'nachstehende',
  'nachstehender',
  'nachstehenden',
  'neue',
  'neuer',
  'neues',
  'neuen',
  'als',
  // "den Antragstext um eine Nr. 8 ergänzen": the clause after "um" is the new one.
  'um',
]);

/** Punctuation named in words ("nach dem Wort „Stadt“ wird ein Komma eingefügt"): the text it stands for. */
export const PUNCTUATION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['komma', ','],
  ['semikolon', ';'],
  ['doppelpunkt', ':'],
  ['bindestrich', '-'],
  ['schrägstrich', '/'],
]);

/** The copula of a renumbering ("Ziffer 2 (alt) wird Ziffer 3"). */
export const COPULA_WORDS: ReadonlySet<string> = new Set(['wird', 'werden']);

/** Words of a follow-on renumbering ("Die nachfolgenden Ziffern werden entsprechend neu nummeriert"). */
export const RENUMBER_WORDS: ReadonlySet<string> = new Set([
  'nummeriert',
  'umnummeriert',
  'nummerierung',
  'durchnummeriert',
  'verschieben',
  'verschiebt',
  'rücken',
  'rückt',
  'zählung',
]);

/** Subjects of a follow-on renumbering ("die nachfolgenden Ziffern"). */
export const FOLLOWING_WORDS: ReadonlySet<string> = new Set([
  'nachfolgende',
  'nachfolgenden',
  'folgenden',
  'übrigen',
  'weiteren',
  'anschließenden',
  'danach',
  'dahinter',
]);

/** Verbs that announce the list of instructions ("Der Beschlussvorschlag wird wie folgt geändert:"). */
export const INTRO_VERBS: ReadonlySet<string> = new Set(['geändert', 'ergänzt', 'ändern', 'ergänzen', 'gefasst']);

/** First words of a heading line before the instructions ("Änderungsantrag der …", "Betreff: …"). */
export const HEADING_WORDS: ReadonlySet<string> = new Set([
  'änderungsantrag',
  'zusatzantrag',
  'ergänzungsantrag',
  'ersetzungsantrag',
  'änderungs-',
  'änderungs',
  'antrag',
  'betreff',
  'betr',
  'top',
  'tagesordnungspunkt',
  'gemeinsamer',
  'gemeinsame',
  'dringlichkeitsantrag',
]);

/**
 * Word stems that make a line an instruction even when it starts like a
 * heading ("Antrag: Ziffer 2 wird gestrichen."); searched in the lower-cased line.
 */
export const INSTRUCTION_SIGNS: readonly string[] = [
  'ersetzt',
  'gestrichen',
  'aufgehoben',
  'eingefügt',
  'angefügt',
  'ergänzt',
  'fassung',
  'entfällt',
];

/** Phrasings deliberately not read, with the reason given in the error message. */
export const UNSUPPORTED_WORDS: ReadonlyMap<string, string> = new Map([
  ['überall', '"überall" (every occurrence) is not supported: write one instruction per place'],
  [
    'anfang',
    'insertion at the beginning is not supported: name the word before which the text goes ("vor dem Wort „…“")',
  ],
  [
    'beginn',
    'insertion at the beginning is not supported: name the word before which the text goes ("vor dem Wort „…“")',
  ],
  [
    'vorangestellt',
    'insertion at the beginning is not supported: name the word before which the text goes ("vor dem Wort „…“")',
  ],
  ['sinngemäß', '"sinngemäß" (by meaning) cannot be applied mechanically'],
  ['nicht', 'a negated instruction ("nicht") cannot be applied'],
  ['kein', 'a negated instruction ("kein") cannot be applied'],
  ['zwischen', 'insertion "zwischen" two passages is not supported: use "nach dem Wort „…“"'],
]);
