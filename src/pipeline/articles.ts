/**
 * An amending statute whose articles change several documents ("Artikel 1
 * Änderung des Musikschulgesetzes … Artikel 2 Änderung des
 * Landesbibliotheksgesetzes"), applied to a base that is one of them: the
 * articles whose instructions name the base apply, and those that name only
 * another document are set aside with a warning that names them — never
 * applied to whatever clauses of the base bear the same numbers.
 *
 * Only a clear split is read so: every article with instructions names its
 * document, and each names either the base or another document, never both.
 * Anything else (an article that names no document, renumbering, a new
 * wording of the whole text) is left to the document check, which refuses it.
 *
 * @module
 */
import type { Diagnostic } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import type { DocumentName } from '../instructions/read/reader-result.js';
import { excerpt } from '../instructions/read/excerpt.js';
import { isArticleHeading } from '../instructions/read/skip.js';
import { namesBase, titleLine } from '../references/document-names.js';
import type { Span } from '../text/span.js';
import { mapChanges } from './map-changes.js';

/** A reading without the articles that change another document, and the warnings that say so. */
export interface ScopedReading {
  reading: AmendmentReading;
  warnings: Diagnostic[];
}

/** One article: its heading ("Artikel 2") and where it runs. */
interface Article extends Span {
  heading: string;
  /** The document its title names ("Änderung der Marktordnung"). */
  name?: string;
  /** Where its heading (and the title naming a document) ends. */
  titleEnd: number;
}

/**
 * `reading` without the changes of articles that name only another document
 * than the base titled `title()`, when at least one article names the base
 * (see the module comment); otherwise `reading` as it is.
 */
export function scopeArticles(
  reading: AmendmentReading,
  source: string,
  title: () => string | undefined,
): ScopedReading {
  const unchanged: ScopedReading = { reading, warnings: [] };
  if (reading.whole !== undefined || (reading.amendment.renumber ?? []).length > 0) return unchanged;
  const articles = articlesOf(source);
  // An article's title ("Änderung des Landesbibliotheksgesetzes") names its document too.
  const titled: DocumentName[] = articles.flatMap((a) =>
    a.name === undefined ? [] : [{ name: a.name, sentence: { start: a.start, end: a.titleEnd } }],
  );
  const named = [...reading.documents, ...titled];
  if (named.length === 0) return unchanged;
  const known = title();
  if (named.every((d) => namesBase(d.name, known))) return unchanged;
  // Not a clear split: the document check refuses the reading, naming a document that is not the base.
  const refused: ScopedReading = { reading: { ...reading, documents: named }, warnings: [] };
  if (articles.length < 2) return refused;
  const at = (span: Span): number => articles.findIndex((a) => span.start >= a.start && span.start < a.end);
  const names = new Map<number, DocumentName[]>();
  for (const d of named) {
    const k = at(d.sentence);
    if (k === -1) return refused;
    names.set(k, [...(names.get(k) ?? []), d]);
  }
  const foreign = new Set<number>();
  for (const [k, list] of names) {
    const base = list.filter((d) => namesBase(d.name, known)).length;
    if (base > 0 && base < list.length) return refused;
    if (base === 0) foreign.add(k);
  }
  const articleOf = reading.sources.map(at);
  // Every change lies in an article that names its document, and some apply to the base.
  if (articleOf.some((k) => k === -1 || !names.has(k)) || articleOf.every((k) => foreign.has(k))) return refused;
  const keep = articleOf.map((k) => !foreign.has(k));
  const scoped: AmendmentReading = {
    ...mapChanges(reading, (c, i) => (keep[i] === true ? c : null)),
    documents: reading.documents.filter((d) => !foreign.has(at(d.sentence))),
  };
  const warnings = [...foreign]
    .sort((a, b) => a - b)
    .map((k) => setAside(source, articles[k]!, names.get(k)![0]!, known, articleOf.filter((x) => x === k).length));
  return { reading: scoped, warnings };
}

/** The articles of an amending statute: from each heading line to the next, with the document its title names. */
function articlesOf(source: string): Article[] {
  const out: Article[] = [];
  const lines = source.split('\n');
  let at = 0;
  lines.forEach((line, i) => {
    if (isArticleHeading(line)) {
      const last = out[out.length - 1];
      if (last !== undefined) last.end = at;
      const article: Article = { heading: line.trim(), start: at, end: source.length, titleEnd: at + line.length };
      const next = lines.findIndex((l, j) => j > i && l.trim() !== '');
      const name = titleName(lines[next]);
      if (name !== undefined) {
        article.name = name;
        article.titleEnd = lines.slice(0, next + 1).join('\n').length;
      }
      out.push(article);
    }
    at += line.length + 1;
  });
  return out;
}

/** "Änderung des Landesbibliotheksgesetzes": the document an article's title names. */
const CHANGE_TITLE = /^Änderung[ \t]+(?:der|des)[ \t]+(\p{Lu}[^.:;]{1,150})$/u;

function titleName(line: string | undefined): string | undefined {
  return CHANGE_TITLE.exec(line?.trim() ?? '')?.[1]?.trim();
}

/** The warning for an article set aside. */
function setAside(
  source: string,
  article: Article,
  name: DocumentName,
  known: string | undefined,
  count: number,
): Diagnostic {
  const quoted = excerpt(source, name.sentence.start, name.sentence.end);
  const shown = titleLine(known);
  const base = shown === undefined ? 'the base' : `the base („${shown}“)`;
  const what = count === 1 ? 'its instruction is' : `its ${count} instructions are`;
  return {
    code: 'invalid-change',
    severity: 'warning',
    change: -1,
    message: `${article.heading} („${quoted}“) changes the document „${name.name}“, not ${base}: ${what} not applied; apply that article to its document.`,
  };
}
