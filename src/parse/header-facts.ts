/**
 * What a document header says about the document besides its title and
 * kind: its own number when a tool writes it as "Ä3 zu A12", the paper it
 * amends ("Änderungsantrag zu AN/1311/2021", "… zur Drucksache 062/2016",
 * "Änderungsantrag zu TOP Ö 8.2.3"), who moved it ("Antragsteller*innen: …",
 * "Antrag der SPD-Fraktion", a "Fraktion …" letterhead) and its date
 * ("Datum: …", "Stand: …", "… vom 06.09.2010", "Köln, den 04.10.2021").
 *
 * Each reader takes one header line (markup stripped, spaces folded) and
 * answers only for the shapes it knows, so a line of prose says nothing;
 * `readMetadata` (metadata.ts) takes the first answer of each kind. Header
 * facts are information only: nothing that applies an amendment reads them.
 *
 * @module
 */
import { isDigit, isLetter, isLowerCase } from '../text/chars.js';
import { MONTH_SET } from '../text/months.js';
import { kindOf } from './kind.js';

/** The words of a header line: table bars of tool exports ("Antragsteller*in: | Erika Muster |") dropped. */
export function headerWords(text: string): string[] {
  return text
    .replaceAll('|', ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/** A word without the punctuation that follows it in a sentence ("2021,", "Fraktion:"). */
function bare(word: string): string {
  let end = word.length;
  while (end > 0 && ',;:)'.includes(word[end - 1]!)) end -= 1;
  return word.slice(0, end);
}

/** Whether a word is a document kind ("Antrag", "Änderungsantrag", "Beschlussvorlage"). */
function isKind(word: string): boolean {
  return kindOf(bare(word)) !== undefined;
}

/** A kind, or the decision of a board that moves it ("Beschluss des Landesvorstandes vom 3. März 2025"). */
function isKindOrDecision(word: string): boolean {
  return isKind(word) || bare(word).toLowerCase() === 'beschluss';
}

/**
 * A number-like token as a paper is named by ("AN/1311/2021", "A12", "L-1",
 * "6.1", "062a/2016", "TOP06"): a digit, letters, digits and `/ . -` only,
 * brackets and trailing punctuation dropped; else undefined.
 */
function paperNumber(word: string): string | undefined {
  let t = bare(word);
  while (t.startsWith('(')) t = t.slice(1);
  while (t.endsWith('.') && !isDigit(t[t.length - 2])) t = t.slice(0, -1);
  if (t.length === 0 || t.length > 40 || ![...t].some((c) => isDigit(c))) return undefined;
  for (const c of t) if (!isLetter(c) && !isDigit(c) && c !== '/' && c !== '.' && c !== '-') return undefined;
  return t;
}

/** A tool's short code of a motion or amendment ("A12", "Ä3", "ÄA23", "L-1", "S07"). */
function isShortCode(word: string): boolean {
  return /^[A-ZÄÖÜ]{1,4}-?\d{1,4}[a-z]?$/u.test(word);
}

/** Nouns that may stand between "zu" and the number of the paper amended, lower case. */
const PAPER_NOUNS: ReadonlySet<string> = new Set([
  'top',
  'tagesordnungspunkt',
  'to',
  'antrag',
  'vorlage',
  'drucksache',
  'ds',
  'drs.',
  'nr.',
  'antrags-nr.',
  'vorlagen-nr.',
]);

/** Compound endings of such nouns ("Beschlussvorlage", "Ursprungsantrag", "Ratsdrucksache"), lower case. */
const PAPER_NOUN_ENDINGS: readonly string[] = ['vorlage', 'antrag', 'drucksache'];

function isPaperNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PAPER_NOUNS.has(w) || PAPER_NOUN_ENDINGS.some((e) => w.endsWith(e));
}

/** "zu", "zum", "zur" (with a colon: "zu:"). */
function isTo(word: string): boolean {
  const w = bare(word).toLowerCase();
  return w === 'zu' || w === 'zum' || w === 'zur';
}

/**
 * The paper named after "zu" at `words[at]`: up to two nouns ("TOP",
 * "Beschlussvorlage", "Antrag Nr."), a session letter after TOP ("Ö", "N"),
 * then its number — "TOP Ö 8.2.3", "Beschlussvorlage 212/03", "AN/1311/2021".
 */
function paperAt(words: readonly string[], at: number): string | undefined {
  const out: string[] = [];
  let i = at;
  const noun = (w: string): boolean => isPaperNoun(w) && !w.startsWith('(') && paperNumber(w) === undefined;
  while (i < words.length && out.length < 2 && noun(words[i]!)) {
    out.push(words[i]!);
    i += 1;
  }
  const top = out.length > 0 && /^(?:top|tagesordnungspunkt|to)$/i.test(out[out.length - 1]!);
  if (top && i < words.length && /^[A-ZÄÖÜ]{1,2}$/u.test(words[i]!)) out.push(words[(i += 1) - 1]!);
  const number = i < words.length ? paperNumber(words[i]!) : undefined;
  if (number === undefined) return undefined;
  return [...out, number].join(' ');
}

/** What a line says about the paper it amends, and the document's own short code ("Ä3 zu A12"). */
export interface AmendsFacts {
  /** The paper amended, as written after "zu": "AN/1311/2021", "A12", "TOP Ö 8.2.3". */
  amends?: string;
  /** The document's own short code, when it stands before "zu": "Ä3". */
  code?: string;
}

/**
 * The paper a header line says the document amends: "zu"/"zum"/"zur" after
 * a document kind ("Änderungsantrag zu AN/1311/2021"), after the document's
 * own short code ("Ä3 zu A12") or at the line's start ("zur Drucksache
 * 062/2016 stellen wir …"), followed by a paper's number.
 */
export function amendsOf(text: string): AmendsFacts {
  const words = headerWords(text);
  const code = words.length > 1 && isShortCode(words[0]!) && isTo(words[1]!) ? words[0]! : undefined;
  for (let i = 0; i < words.length; i += 1) {
    if (!isTo(words[i]!)) continue;
    // After a kind ("Änderungsantrag zu", "Antrag der X zu") or the own code; at the line's start only before a noun.
    const named =
      (code !== undefined && i === 1) || isKind(words[i - 1] ?? '') || words.slice(0, Math.min(i, 3)).some(isKind);
    const lead = i === 0 && words[1] !== undefined && isPaperNoun(words[1]);
    const paper = named || lead ? paperAt(words, i + 1) : undefined;
    if (paper !== undefined) return code === undefined ? { amends: paper } : { amends: paper, code };
  }
  return {};
}

/** Labels of the movers' line, lower case, without the colon ("Antragsteller*innen:"). */
function isMoverLabel(label: string): boolean {
  const w = label.toLowerCase();
  return (
    w.startsWith('antragsteller') ||
    w.startsWith('antragssteller') ||
    w.startsWith('antragstellend') ||
    w.startsWith('einreicher') ||
    w === 'eingereicht von' ||
    w === 'antrag von' ||
    w === 'unterzeichnet von'
  );
}

/** Words after a mover's name that end it: "Antrag der SPD-Fraktion vom 04.12.2023", "… zur Sitzung …". */
const NAME_ENDS: ReadonlySet<string> = new Set([
  'vom',
  'von',
  'zu',
  'zum',
  'zur',
  'für',
  'am',
  'an',
  'im',
  'in',
  'betreffend',
  'betr.',
  'bzgl.',
  'wegen',
  '-',
  '–',
]);

/** The name that starts at `words[at]`, up to a word that ends it, a bracket or a colon. */
function nameAt(words: readonly string[], at: number, ends: ReadonlySet<string>): string | undefined {
  const out: string[] = [];
  for (let i = at; i < words.length; i += 1) {
    const w = words[i]!;
    // A bracket with a number or date is not the name's ("(AN/0815/2024)"); one with a place is ("Kreis 04 (Lindenhof)").
    const numbered = w.startsWith('(') && [...w].some((c) => isDigit(c)) && i > at;
    if (ends.has(w.toLowerCase()) || numbered || w.startsWith('„') || w.startsWith('"')) break;
    out.push(w);
    if (w.endsWith(':')) {
      out[out.length - 1] = w.slice(0, -1);
      break;
    }
  }
  const name = out.join(' ').replace(/[,;]$/, '');
  return name === '' ? undefined : name;
}

/** The words of "von" lists in a coalition's name are part of it: "Koalition von CDU, FDP". */
const KIND_NAME_ENDS: ReadonlySet<string> = new Set([...NAME_ENDS].filter((w) => w !== 'von'));

/** Whether a word names a parliamentary group ("Fraktion", "SPD-Fraktion", "Ratsgruppe"). */
function isGroupWord(word: string): boolean {
  const w = bare(word).toLowerCase();
  return (
    /^(?:rats|gemeinderats|kreistags)?(?:fraktion|gruppe)$/.test(w) ||
    /-(?:rats|gemeinderats)?(?:fraktion|gruppe)$/.test(w)
  );
}

/**
 * Who moved the document, read from one header line: a labelled line
 * ("Antragsteller*innen: Kreis 04", "Eingereicht von: …"; the name on the
 * next line when the label stands alone, asked of `next` only then), a kind followed by "der"
 * ("Änderungsantrag der SPD-Fraktion vom …"), or a short letterhead line
 * naming a group ("SPD-Fraktion im Rat der Stadt …", "Fraktion Bündnis 90/Die Grünen").
 * @returns the name as written, and how sure the reading is (a label wins over a kind line, both over a letterhead)
 */
export function moversOf(text: string, next?: () => string | undefined): { movers: string; rank: number } | undefined {
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 40 && isMoverLabel(text.slice(0, colon).trim())) {
    const own = text
      .slice(colon + 1)
      .replaceAll('|', ' ')
      .trim();
    const rest = own === '' ? (next?.()?.replaceAll('|', ' ').trim() ?? '') : own;
    const movers = rest.replace(/\s+/gu, ' ').replace(/[,;.]$/, '');
    return movers === '' ? undefined : { movers, rank: 0 };
  }
  const words = headerWords(text);
  for (let i = 0; i < Math.min(words.length - 1, 3); i += 1) {
    if (!isKindOrDecision(words[i]!) || !/^(?:der|des)$/i.test(words[i + 1]!)) continue;
    const movers = nameAt(words, i + 2, KIND_NAME_ENDS);
    return movers === undefined ? undefined : { movers, rank: 1 };
  }
  // A letterhead ("SPD-Fraktion im Rat der Stadt …") or a letter's first sentence ("die Gruppe Volt bittet …").
  const at = /^(?:die|der)$/i.test(words[0] ?? '') ? 1 : 0;
  if (words.length > at && (at === 1 || words.length <= 8) && isGroupWord(words[at]!)) {
    const movers = groupNameAt(words, at);
    const after = at + movers.split(' ').length;
    const moves = words.slice(after, after + 4).some((w) => LETTER_VERBS.has(w.toLowerCase()));
    const named = movers.includes(' ') || movers.includes('-');
    if (named && (at === 0 || moves)) return { movers, rank: 2 };
  }
  return undefined;
}

/** Verbs by which a letter's first sentence says who moves it ("die Gruppe Volt bittet …", "… stellt folgenden Antrag"). */
const LETTER_VERBS: ReadonlySet<string> = new Set(['bittet', 'stellt', 'beantragt', 'reicht', 'möchte']);

/** A group's name from its noun at `words[at]`: "Fraktion Bündnis 90/Die Grünen", "SPD-Fraktion" — up to a lower-case word. */
function groupNameAt(words: readonly string[], at: number): string {
  const out = [bare(words[at]!)];
  for (let i = at + 1; i < words.length && out.length < 5; i += 1) {
    const w = words[i]!;
    const first = w[0];
    if (NAME_ENDS.has(w.toLowerCase()) || first === undefined || !(isDigit(first) || !isLowerCase(first))) break;
    if (!isLetter(first) && !isDigit(first)) break;
    out.push(bare(w));
    if (w !== bare(w)) break;
  }
  return out.join(' ');
}

/** Labels of a date line, lower case ("Datum:", "Stand:", "Eingereicht:"). */
const DATE_LABELS: ReadonlySet<string> = new Set(['datum', 'stand', 'eingereicht', 'eingang', 'vom', 'den']);

/** The date written at `words[at]`: "04.10.2021", "2021-10-04", "04/10/2021", "9. November 2021". */
function dateAt(words: readonly string[], at: number): string | undefined {
  const w = words[at];
  if (w === undefined) return undefined;
  const t = bare(w);
  if (
    /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})$/.test(t) ||
    /^\d{4}-\d{2}-\d{2}$/.test(t) ||
    /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)
  )
    return t;
  const month = words[at + 1];
  const year = words[at + 2];
  if (/^\d{1,2}\.$/.test(t) && month !== undefined && year !== undefined && MONTH_SET.has(month.toLowerCase())) {
    const y = bare(year);
    if (/^\d{4}$/.test(y)) return `${t} ${month} ${y}`;
  }
  return undefined;
}

/**
 * The document's date, read from one header line: after a label ("Datum:
 * 04.10.2021", "Stand: …", "Eingereicht: 21.01.2021, 11:07"), after "vom" in
 * a kind line ("Änderungsantrag der SPD-Fraktion vom 06.09.2010", "vom 9.
 * November 2021"), in a letter's place line ("Köln, den 04.10.2021"), or a
 * line that is a date or starts with one before a kind ("11.12.2023
 * Änderungsantrag zu: …"). A meeting's date ("zur Sitzung am …") is not the
 * document's.
 */
export function dateOf(text: string): string | undefined {
  const words = headerWords(text);
  const first = words[0];
  if (first === undefined) return undefined;
  const label = bare(first).toLowerCase();
  if (DATE_LABELS.has(label)) {
    // "Datum: 04.10.2021", "Eingang beim Amt der Oberbürgermeisterin: 04.10.2021".
    for (let i = 1; i < Math.min(words.length, 7); i += 1) {
      const date = dateAt(words, i);
      if (date !== undefined) return date;
    }
    return undefined;
  }
  const lead = dateAt(words, 0);
  if (lead !== undefined) {
    const after = words.length - lead.split(' ').length;
    if (after === 0 || isKind(words[lead.split(' ').length]!)) return lead;
  }
  // "Köln, den 04.10.2021", "Köln, 04.10.2021": a place, a comma, a date.
  if (words.length <= 5 && first.endsWith(',')) {
    const at = words[1]?.toLowerCase() === 'den' ? 2 : 1;
    const date = dateAt(words, at);
    if (date !== undefined && at + date.split(' ').length === words.length) return date;
  }
  if (words.slice(0, 3).some(isKindOrDecision) || label === 'vom') {
    const vom = words.findIndex((w) => w.toLowerCase() === 'vom' || w.toLowerCase() === 'v.');
    if (vom >= 0) return dateAt(words, vom + 1);
  }
  return undefined;
}
