/**
 * The documents an instruction sentence names, and whether a name names the
 * base. A sentence names a document as its subject ("Die Geschäftsordnung
 * wird wie folgt geändert:") or after a reference ("§ 10 Abs. 1 GO", "§ 7 der
 * Bundessatzung", "§ 9 der Wahlordnung zur Landessatzung"). A name is the
 * base's when it is a generic noun for the kind of document ("Satzung",
 * "Geschäftsordnung", "GO", "Landessatzung") and the base's title names a
 * document of that kind (or the base has no title, or a title that names no
 * document: a letterhead such as "Stadt Talbrück"), or when its noun (or the
 * abbreviation in brackets) stands in the base's title ("Hauptsatzung der Stadt Talbrück"
 * for the base "Hauptsatzung der Stadt Talbrück"; "OrgStatut" for
 * "Organisationsstatut des Landesverbands"). Any other name names another
 * document: `redline()` refuses the amendment rather than apply it to the
 * wrong text.
 *
 * @module
 */
import { isLowerCase } from '../text/chars.js';
import { foldSpaces, foldTypography } from '../text/normalize.js';
import { isDocumentNoun, paperNumberAt, quotedDocumentPlace, readDocumentSubject } from './documents.js';
import { dateOfName, datesIn, readDatedResolution } from './dated-resolution.js';
import { nounAt, readReference } from './read.js';
import { WHOLE_RESOLUTION_NOUNS } from './nouns.js';
import { RefSyntaxError } from './ref.js';
import type { InstructionToken } from './tokens.js';

/**
 * The kinds of document (lower case), by the ending of their noun: a name
 * made of a kind alone ("Satzung", "Geschäftsordnung"), or of a kind after a
 * level ("Landessatzung", "Bundessatzung"), names whatever base of that kind
 * the amendment is applied to.
 */
const KINDS: readonly string[] = ['satzung', 'ordnung', 'statut', 'gesetz', 'gesetzes', 'richtlinie', 'richtlinien'];

/** Levels of an organisation that may stand before a kind ("Landessatzung", "Kreisgeschäftsordnung"). */
const LEVELS: readonly string[] = ['landes', 'bundes', 'kreis', 'orts', 'bezirks', 'stadt', 'gemeinde', 'verbands'];

/** Abbreviations of a kind (lower case) and the kind they stand for. */
const KIND_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['go', 'geschäftsordnung'],
  ['gescho', 'geschäftsordnung'],
]);

/** The kind a one-word name stands for generically ("Landessatzung" → "satzung"), else undefined. */
function genericKind(word: string): string | undefined {
  const lower = word.toLowerCase();
  const abbreviated = KIND_ABBREVIATIONS.get(lower);
  if (abbreviated !== undefined) return abbreviated;
  const kind = KINDS.find((k) => lower.endsWith(k));
  if (kind === undefined) return undefined;
  const before = lower.slice(0, lower.length - kind.length);
  // "Geschäftsordnung" is its own kind: it never names a "Friedhofsordnung" or a "Wahlordnung".
  if (before === 'geschäfts' || LEVELS.some((level) => before === `${level}geschäfts`)) return `geschäfts${kind}`;
  if (before === '' || LEVELS.includes(before)) return kind;
  return undefined;
}

/** Leading words of a name that are not the name ("der", "des", "in der"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set([
  'der',
  'des',
  'die',
  'das',
  'in',
  'im',
  'dieser',
  'dieses',
  'aus',
  'seiner',
  'ihrer',
  'unserer',
]);

/** The document names of one sentence's tokens, in order (as written, without their article). */
export function documentNamesIn(tokens: readonly InstructionToken[]): string[] {
  const quoted = quotedDocumentPlace(tokens);
  if (quoted !== undefined) return [quoted.name];
  const names: string[] = [];
  const subject = readDocumentSubject(tokens);
  let i = 0;
  if (subject !== undefined) {
    names.push(subject.name);
    i = subject.verb;
  }
  const dated = readDatedResolution(tokens);
  if (dated !== undefined) names.push(dated.name);
  while (i < tokens.length) {
    // "der GRDrs 418/2022": a paper cited by its number.
    const paper = GENITIVES.has(tokens[i]!.text) ? paperNumberAt(tokens, i + 1) : undefined;
    if (paper !== undefined) {
      names.push(paper.name);
      i = paper.next;
      continue;
    }
    if (nounAt(tokens, i) === undefined) {
      i += 1;
      continue;
    }
    let read;
    try {
      read = readReference(tokens, i);
    } catch (error) {
      if (!(error instanceof RefSyntaxError)) throw error;
      read = undefined;
    }
    if (read === undefined || read.next <= i) {
      i += 1;
      continue;
    }
    if (read.kind === 'refs' && read.refs[0]?.document !== undefined) names.push(stripArticle(read.refs[0].document));
    i = read.next;
  }
  return names;
}

/** The articles before a paper cited by its number. */
const GENITIVES: ReadonlySet<string> = new Set(['der', 'des']);

/** A paper cited by its number ("GRDrs 418/2022"): a word and a number of digit groups. */
const PAPER_NUMBER = /^\S+ \d+(?:[/.-]\d+)+$/u;

function stripArticle(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && NAME_ARTICLES.has(words[k]!.toLowerCase())) k += 1;
  return words.slice(k).join(' ');
}

/**
 * Whether `name` names the base named `named` (its title line, then its
 * header paragraphs: pipeline/base-document.ts `baseTitle`; undefined: the
 * base has none): a generic noun alone does when the title names a document of
 * its kind or names no document at all (a letterhead: "Stadt Talbrück"); any
 * other name when its noun, or the abbreviation in brackets after it, stands
 * in the title; a quoted title („…“) only word for word (see {@link quotedNamesBase}).
 */
export function namesBase(name: string, named: string | undefined): boolean {
  if (isQuotedName(name)) return quotedNamesBase(name.slice(1, -1), named);
  // The header paragraphs after the first line are for quoted names only.
  const title = titleLine(named);
  // A resolution named by its date is the base's when its header carries that date (dated-resolution.ts).
  const date = dateOfName(name);
  if (date !== undefined) return title !== undefined && datesIn(title).includes(date);
  // A paper cited by its number is the base's when its number stands in the base's title or header.
  if (PAPER_NUMBER.test(name)) {
    const number = name.slice(name.indexOf(' ') + 1);
    return title !== undefined && title.split(/\s+/u).includes(number);
  }
  const words = name.split(/[\s()]+/u).filter((w) => w !== '');
  const kind = words.length === 1 ? genericKind(words[0]!) : undefined;
  const titleWords = (title ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '');
  // A title that names no document ("Stadt Talbrück", a letterhead, a body) is no title to compare a kind with.
  // A motion's title ("Antrag der SPD-Fraktion", "Beschlussvorlage …") names a document too: never a statute's kind.
  const namesDocument = titleWords.some(
    (t) => isDocumentNoun(t) || KIND_ABBREVIATIONS.has(t) || WHOLE_RESOLUTION_NOUNS.has(t) || t.endsWith('antrag'),
  );
  if (kind !== undefined && !namesDocument) return true;
  if (title === undefined) return false;
  // A kind names a base of that kind: "Satzung" the "Hauptsatzung der Stadt …", never its "Geschäftsordnung".
  if (kind !== undefined && titleWords.some((t) => t.endsWith(kind))) return true;
  // The name's noun: "Geschäftsordnung" of "von der ersten Tagung beschlossenen Geschäftsordnung".
  const noun = words.find((w) => !isLowerCase(w[0]) && isDocumentNoun(w.toLowerCase())) ?? words[0] ?? '';
  const candidates = [noun, ...bracketed(name)];
  return candidates.some((c) => titleWords.some((t) => sameNoun(c, t)));
}

/** The first line of a base's name text (see pipeline/base-document.ts `baseTitle`): its title, without the header paragraphs. */
export function titleLine(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const nl = title.indexOf('\n');
  return nl < 0 ? title : title.slice(0, nl);
}

/** A document named by its quoted title („…“, documents.ts `quotedDocumentPlace`). */
function isQuotedName(name: string): boolean {
  return name.length > 2 && name.startsWith('„') && name.endsWith('“');
}

/**
 * Whether a quoted title names the base: word for word (typography and white
 * space folded) the base's first header paragraph, or its first paragraphs
 * together ("<title> Beschluss des … in Gera"). Never by a noun: a resolution
 * named by another title, or by the same title with another date, is another one.
 */
function quotedNamesBase(quoted: string, title: string | undefined): boolean {
  const fold = (s: string): string => foldTypography(foldSpaces(s)).trim();
  const header = (title ?? '').split('\n').slice(1);
  const wanted = fold(quoted);
  for (let k = 1; k <= header.length; k += 1) if (fold(header.slice(0, k).join(' ')) === wanted) return true;
  return false;
}

/** The words inside brackets of a name: "Satzung über … (Büchereigebührensatzung)". */
function bracketed(name: string): string[] {
  const out: string[] = [];
  const re = /\(([^()]*)\)/gu;
  for (let m = re.exec(name); m !== null; m = re.exec(name)) out.push(...m[1]!.split(/\s+/u).filter((w) => w !== ''));
  return out;
}

/**
 * Whether a name's noun is a title's word: equal (ignoring case and a genitive
 * "s"/"es"), or a short form written in capitals inside ("OrgStatut" for
 * "Organisationsstatut": each capital opens a part, each part opens the rest
 * of the word in order).
 */
function sameNoun(noun: string, word: string): boolean {
  const n = noun.toLowerCase();
  const strip = (s: string): string => s.replace(/(?:es|s)$/u, '');
  if (n === word || strip(n) === strip(word)) return true;
  const parts = noun.split(/(?=\p{Lu})/u).filter((p) => p !== '');
  if (parts.length < 2 || parts.some((p) => isLowerCase(p[0]))) return false;
  let at = 0;
  for (const part of parts) {
    const found = word.indexOf(part.toLowerCase(), at);
    if (found === -1 || (at === 0 && found !== 0)) return false;
    at = found + part.length;
  }
  return true;
}

/** The first of `names` that does not name the base titled `title` (see {@link namesBase}). */
export function otherDocument<N extends { name: string }>(
  names: readonly N[],
  title: string | undefined,
  lead = '',
): N | undefined {
  return names.find((n) => !namesBase(n.name, title) && (isQuotedName(n.name) || !namesPartOf(n.name, lead)));
}

/**
 * Whether a name without a document noun names what the base's lead calls the
 * list it resolves ("textlichen Festsetzung" for "… mit folgenden textlichen
 * Festsetzungen:"): each of its words is a word of the lead, singular or plural.
 */
export function namesPartOf(name: string, lead: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => isDocumentNoun(w))) return false;
  const leadWords = lead.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  const stem = (w: string): string => w.replace(/(?:en|[ens])$/u, '');
  return words.every((w) => leadWords.some((l) => l === w || stem(l) === stem(w)));
}
