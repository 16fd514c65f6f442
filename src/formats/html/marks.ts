/**
 * What HTML means to the reader, as data: which elements and classes mark a
 * deletion or an insertion, which are blocks, which are page furniture to
 * leave out, and how an `<ol>` numbers its items.
 *
 * The markup comes from the tools councils use: plain `<del>`/`<ins>`/`<s>`/
 * `<strike>`; Antragsgrün's diff (`<ins>`/`<del>` inline, block classes
 * `inserted`/`deleted` on `<p>`, `<ul>`, `<ol>`, `<li>`, CKEditor-LITE's
 * `ice-ins`/`ice-del` in merged drafts); OpenSlides' change recommendations
 * (`<ins>`/`<del>`, classes `insert`/`delete` on blocks, line numbers as
 * `<span class="os-line-number">`); Word's clipboard HTML (`mso-` classes and
 * styles, `<o:p>`, list numbers in `mso-list:Ignore` spans).
 *
 * @module
 */
import type { Element } from 'hast';
import { toRoman } from '../../parse/labels.js';

/** A change mark. */
export type Mark = 'delete' | 'insert';

/** How bold and underline are read. */
export interface MarkReading {
  boldInsertions: boolean;
  underlineInsertions: boolean;
}

const DELETE_TAGS = new Set(['del', 's', 'strike']);
const DELETE_CLASSES = new Set(['deleted', 'delete', 'ice-del', 'redline-deleted']);
const INSERT_CLASSES = new Set(['inserted', 'insert', 'ice-ins', 'redline-inserted']);

/** Elements whose content is not text of the document. */
const SKIPPED_TAGS = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'o:p', 'svg', 'math', 'img']);
/** Classes of line-number elements (OpenSlides, Antragsgrün, the library's own HTML). */
const LINE_NUMBER_CLASSES = new Set(['os-line-number', 'linenumber', 'line-number']);

/** Elements that end the paragraph before them and start a new one. */
export const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'blockquote',
  'td',
  'th',
  'tr',
  'table',
  'header',
  'footer',
  'main',
  'dd',
  'dt',
  'pre',
]);

/** The element's classes, lower-cased. */
export function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map((c) => String(c).toLowerCase()) : [];
}

/** The element's inline style, lower-cased, without spaces. */
function styleOf(element: Element): string {
  const value = element.properties['style'];
  return typeof value === 'string' ? value.toLowerCase().replace(/\s+/gu, '') : '';
}

/** True for a list drawn without numbers or bullets: its items carry their labels as text, or none. */
export function isUnnumbered(element: Element): boolean {
  return /list-style(?:-type)?:none/u.test(styleOf(element)) || classesOf(element).includes('redline-clauses');
}

/** The change mark an element sets for its content, if any. */
export function markOf(element: Element, reading: MarkReading): Mark | undefined {
  const tag = element.tagName;
  const classes = classesOf(element);
  const style = styleOf(element);
  if (DELETE_TAGS.has(tag) || classes.some((c) => DELETE_CLASSES.has(c)) || style.includes('line-through')) {
    return 'delete';
  }
  if (tag === 'ins' || classes.some((c) => INSERT_CLASSES.has(c))) return 'insert';
  if (reading.boldInsertions && (tag === 'b' || tag === 'strong' || /font-weight:(?:bold|[6-9]00)/u.test(style))) {
    return 'insert';
  }
  if (reading.underlineInsertions && (tag === 'u' || style.includes('underline'))) return 'insert';
  return undefined;
}

/** The library's own link between the two places of moved text (`<a class="redline-move">`). */
export function isMoveNote(element: Element): boolean {
  return element.tagName === 'a' && classesOf(element).includes('redline-move');
}

/** True for an element whose content the reader leaves out. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.properties['hidden'] !== undefined && element.properties['hidden'] !== false) return true;
  // The library's own link between the two places of moved text ("verschoben ↓") is a note, not text.
  if (isMoveNote(element)) return true;
  const classes = classesOf(element);
  return classes.some((c) => LINE_NUMBER_CLASSES.has(c)) || styleOf(element).includes('display:none');
}

/**
 * True for an element that holds a clause's label outside its text: Word's
 * list number (`<span style="mso-list:Ignore">1.</span>`) and the library's own
 * `<span class="redline-label">` (so `toHtml` output reads back).
 */
export function isLabelElement(element: Element): boolean {
  return styleOf(element).includes('mso-list:ignore') || classesOf(element).includes('redline-label');
}

/** The amendment a change comes from, where the markup names it (the library's own `data-source`). */
export function sourceOf(element: Element): string | undefined {
  const value = element.properties['dataSource'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * True for a list item whose status the markup states (the library's own
 * `redline-changed`/`redline-unchanged`): a changed clause whose text is all
 * struck is then not taken for a deleted clause.
 */
export function hasStatedStatus(element: Element): boolean {
  return classesOf(element).some((c) => c === 'redline-changed' || c === 'redline-unchanged');
}

/** A whole number from an attribute (`start`, `value`), or undefined. */
export function numberAttribute(element: Element, name: string): number | undefined {
  const value = element.properties[name];
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** True for the library's own lead paragraph (`<p class="redline-lead">`). */
export function isLeadElement(element: Element): boolean {
  return classesOf(element).includes('redline-lead');
}

/** The heading line of a statute unit or section in the library's own HTML (`<p class="redline-heading">`). */
export function isHeadingLineElement(element: Element): boolean {
  return classesOf(element).includes('redline-heading');
}

/** The list level of a Word list paragraph (`mso-list:l0 level2 lfo1` → 2), if any. */
export function wordListLevel(element: Element): number | undefined {
  const match = /mso-list:l\d+level(\d+)/u.exec(styleOf(element));
  return match === null ? undefined : Number(match[1]);
}

/** Letters for a number: 1 → a, 26 → z, 27 → aa (the German "aa)" after "z)"). */
function letters(n: number): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
  }
  return out;
}

/**
 * The label of the `n`-th item of a list: `1.` for `<ol>` (type `1`), `a)`
 * (type `a`), `A)` (type `A`), `i.`/`I.` (roman types), as German motions
 * write them; `-` for `<ul>`.
 */
export function listLabel(ordered: boolean, type: string, n: number): string {
  if (!ordered) return '-';
  if (n < 1) return `${n}.`;
  switch (type) {
    case 'a':
      return `${letters(n)})`;
    case 'A':
      return `${letters(n).toUpperCase()})`;
    case 'i':
      return `${toRoman(n)}.`;
    case 'I':
      return `${toRoman(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}
