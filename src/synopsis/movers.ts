/**
 * Who moved an amendment, read from its letterhead: "SPD-Fraktion",
 * "Fraktion Bündnis 90/Die Grünen", "Gruppe Volt". A heuristic over the
 * first lines of the document; an explicit `movers` always wins.
 *
 * @module
 */

/** Nouns followed by the movers' name ("Fraktion DIE LINKE"), lower case. */
const MOVER_NOUNS: ReadonlySet<string> = new Set(['fraktion', 'ratsfraktion', 'gruppe', 'ratsgruppe']);

/** Endings of compounds that are the movers' name ("SPD-Fraktion", "FDP-Ratsfraktion"), lower case. */
const MOVER_ENDINGS: readonly string[] = ['-fraktion', '-ratsfraktion', '-gruppe', '-ratsgruppe'];

/** Words that end a name after a mover noun ("Fraktion Die PARTEI im Rat …"), lower case. */
const NAME_ENDS: ReadonlySet<string> = new Set([
  'im',
  'in',
  'der',
  'des',
  'für',
  'zu',
  'zum',
  'vom',
  'beantragt',
  'bittet',
]);

/** How far into the document the letterhead is looked for. */
const LETTERHEAD_LINES = 40;

/** Longest name after a mover noun, in words. */
const MAX_NAME_WORDS = 4;

/** The movers named in the document's first lines, or undefined. */
export function findMovers(text: string): string | undefined {
  const lines = text.split('\n', LETTERHEAD_LINES);
  for (const line of lines) {
    const words = line
      .split(' ')
      .map(bare)
      .filter((w) => w !== '');
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i]!;
      const lower = word.toLowerCase();
      if (MOVER_ENDINGS.some((e) => lower.endsWith(e) && lower.length > e.length)) return word;
      if (!MOVER_NOUNS.has(lower)) continue;
      const name: string[] = [];
      for (let k = i + 1; k < words.length && name.length < MAX_NAME_WORDS; k += 1) {
        const next = words[k]!;
        if (NAME_ENDS.has(next.toLowerCase()) || !startsName(next)) break;
        name.push(next);
      }
      if (name.length > 0) return `${word} ${name.join(' ')}`;
    }
  }
  return undefined;
}

/** A word without the markup and punctuation around it (`**SPD-Fraktion`, `Grünen,`). */
function bare(word: string): string {
  let start = 0;
  let end = word.length;
  const edge = (c: string | undefined): boolean => c !== undefined && '*_~„“"\'(),.:;'.includes(c);
  while (start < end && edge(word[start])) start += 1;
  while (end > start && edge(word[end - 1])) end -= 1;
  return word.slice(start, end);
}

/** A name word starts with an upper-case letter or a digit ("Bündnis 90/Die Grünen"). */
function startsName(word: string): boolean {
  const c = word[0];
  return c !== undefined && (c !== c.toLowerCase() || (c >= '0' && c <= '9'));
}
