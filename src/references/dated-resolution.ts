/**
 * A resolution named by its date: "Der Beschluss der Stadtverordnetenversammlung
 * vom 04.03.2019 wird …", "der Beschluss des Rates vom 4. März 2019",
 * "Der Beschluss vom 04.03. 2019". Minutes amend an earlier resolution so; the
 * date is what tells which one. The name is compared with the base like any
 * document name (document-names.ts): it names the base when the base's header
 * carries the same date, else the amendment is refused rather than applied to
 * another day's resolution.
 *
 * @module
 */
import { WHOLE_RESOLUTION_NOUNS } from './nouns.js';
import { instructionTokens, type InstructionToken } from './tokens.js';
import { isLowerCase } from '../text/chars.js';
import { monthNumber } from '../text/months.js';

/** A dated resolution in a sentence's tokens. */
export interface DatedResolution {
  /** The index of the resolution noun ("Beschluss"). */
  noun: number;
  /** The index after the date. */
  end: number;
  /** The document name: the noun and the date, written `dd.mm.yyyy` ("Beschluss vom 04.03.2019"). */
  name: string;
}

/** At most this many words name the body in the genitive ("der Bezirksvertretung Mitte"). */
const MAX_BODY_WORDS = 3;

function word(t: InstructionToken | undefined): string | undefined {
  return t?.kind === 'word' ? t.lower : undefined;
}

function isDot(t: InstructionToken | undefined): boolean {
  return t?.kind === 'punct' && t.text === '.';
}

/** Digits of 1 to `max` characters, as a number; undefined otherwise. */
function numberOf(t: InstructionToken | undefined, max: number): number | undefined {
  const w = word(t);
  return w !== undefined && w.length <= max && /^\d+$/u.test(w) ? Number(w) : undefined;
}

/** The date at token `i` ("04.03.2019", "04.03. 2019", "4. März 2019"), written `dd.mm.yyyy`, and the index after it. */
function dateAt(tokens: readonly InstructionToken[], i: number): { date: string; next: number } | undefined {
  const day = numberOf(tokens[i], 2);
  if (day === undefined || day < 1 || day > 31 || !isDot(tokens[i + 1])) return undefined;
  let month = numberOf(tokens[i + 2], 2);
  let k = i + 3;
  if (month !== undefined) {
    if (!isDot(tokens[k])) return undefined;
    k += 1;
  } else {
    month = monthNumber(word(tokens[i + 2]) ?? '');
    if (month === undefined) return undefined;
  }
  const year = numberOf(tokens[k], 4);
  if (month < 1 || month > 12 || year === undefined || year < 1000) return undefined;
  const two = (n: number): string => String(n).padStart(2, '0');
  return { date: `${two(day)}.${two(month)}.${year}`, next: k + 1 };
}

/**
 * The first resolution named by its date in `tokens`: a whole-resolution noun,
 * optionally the body in the genitive ("der Stadtverordnetenversammlung"),
 * then "vom" and the date. Undefined when there is none.
 */
export function readDatedResolution(tokens: readonly InstructionToken[]): DatedResolution | undefined {
  for (let n = 0; n < tokens.length; n += 1) {
    const noun = tokens[n]!;
    if (noun.kind !== 'word' || !WHOLE_RESOLUTION_NOUNS.has(noun.lower)) continue;
    let k = n + 1;
    if (word(tokens[k]) === 'der' || word(tokens[k]) === 'des') {
      let body = k + 1;
      while (body < tokens.length && body - k <= MAX_BODY_WORDS) {
        const t = tokens[body]!;
        if (t.kind !== 'word' || isLowerCase(t.text[0])) break;
        body += 1;
      }
      if (body > k + 1) k = body;
    }
    if (word(tokens[k]) !== 'vom') continue;
    const date = dateAt(tokens, k + 1);
    if (date !== undefined) return { noun: n, end: date.next, name: `${noun.text} vom ${date.date}` };
  }
  return undefined;
}

/** "Beschluss vom 04.03.2019" → "04.03.2019"; undefined for a name that is no dated resolution. */
export function dateOfName(name: string): string | undefined {
  return /^\S+ vom (\d\d\.\d\d\.\d{4})$/u.exec(name)?.[1];
}

/** The dates written in `text` ("04.03.2019", "4.3.2019", "4. März 2019"), each as `dd.mm.yyyy`: read as in a sentence. */
export function datesIn(text: string): string[] {
  const tokens = instructionTokens(text, 0, text.length, []);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const found = dateAt(tokens, i);
    if (found === undefined) continue;
    out.push(found.date);
    i = found.next - 1;
  }
  return out;
}
