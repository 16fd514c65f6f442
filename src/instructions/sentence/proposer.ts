/**
 * Who proposed the resolution, named after it in the genitive: "Der
 * Beschlussvorschlag des Bürgermeisters wird ergänzt", "Der Beschlussvorschlag
 * der Verwaltung wird wie folgt geändert:". The genitive describes the
 * resolution the amendment is applied to (the base) and names no other
 * document, so it is left out; any other genitive after the noun stays (and
 * is read as a document name, compared with the base).
 *
 * @module
 */
import { WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import { isWordOf, type InstructionToken } from '../../references/tokens.js';

/** The articles of the genitive. */
const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(['des', 'der']);

/** The proposers of a council resolution, in the genitive. */
const PROPOSERS: ReadonlySet<string> = new Set([
  'verwaltung',
  'stadtverwaltung',
  'kreisverwaltung',
  'gemeindeverwaltung',
  'bürgermeisters',
  'bürgermeisterin',
  'oberbürgermeisters',
  'oberbürgermeisterin',
  'landrats',
  'landrates',
  'landrätin',
  'magistrats',
  'magistrates',
  'gemeindevorstands',
  'gemeindevorstandes',
]);

/** The tokens without "des Bürgermeisters" right after a whole-resolution noun (unchanged when there is none). */
export function withoutProposer(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  const at = tokens.findIndex(
    (t, i) =>
      t.kind === 'word' &&
      WHOLE_RESOLUTION_NOUNS.has(t.lower) &&
      isWordOf(tokens[i + 1], GENITIVE_ARTICLES) &&
      isWordOf(tokens[i + 2], PROPOSERS),
  );
  return at < 0 ? tokens : [...tokens.slice(0, at + 1), ...tokens.slice(at + 3)];
}
