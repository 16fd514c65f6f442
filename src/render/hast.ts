/**
 * `toHast`: a redline (or resolution) as a hast tree — the HTML syntax tree of
 * unified/rehype — so a rehype pipeline can post-process it (rehype-sanitize,
 * rehype-document, own plugins) before it is serialised. `toHtml` is this tree
 * serialised, so both always agree.
 *
 * The tree is the markup `toHtml` documents: a `<div class="redline">` with the
 * lead and an `<ol class="redline-clauses">` of clauses, `<del>`/`<ins>` with
 * classes, line-numbered rows with `lineNumbers`, a whole page (doctype,
 * `<html lang="de">`, stylesheet) with `document`. Newlines between blocks are
 * text nodes, so the serialised HTML reads line by line. Text is stored
 * unescaped (the serialiser escapes it); controls that HTML forbids are
 * replaced by U+FFFD.
 *
 * @module
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Redline, RedlineClause, Resolution } from '../model.js';
import { walk } from '../tree.js';
import { toRenderRedline } from './input.js';
import { HTML_OPTIONS, type HtmlOptions } from './render-options.js';
import { resolveOptions } from '../validate/options.js';
import { hasHeadingLine, layoutClause, layoutLead, layoutTitle, type ClauseLayout } from './layout.js';
import { REDLINE_CSS } from './stylesheet.js';
import { LINE_NUMBER_CSS, numberedHast } from './line-numbers.js';
import { hastElement, hastText, pieceToHast, piecesToHast } from './hast-inline.js';
import { noteText, typographyView, type TypographyNote } from './typography.js';
import { markMoves } from './moves.js';

/** Options of `toHast`: the same as `toHtml`'s. */
export type HastOptions = HtmlOptions;

/**
 * Renders a redline (or a resolution) as a hast tree (`Root`). With
 * `document: true` the root holds a doctype and a complete `<html>` element;
 * otherwise the fragment `toHtml` writes. Options as for `toHtml`.
 *
 * @throws RedlineError `invalid-input` for a malformed redline, `invalid-option` for a bad option.
 */
export function toHast(x: Redline | Resolution, given?: HastOptions): Root {
  return redlineHast(x, given, 'toHast');
}

/** {@link toHast}, with the name of the public function for option messages (`toHtml` builds through it). */
export function redlineHast(x: Redline | Resolution, given: HastOptions | undefined, fn: string): Root {
  const options = resolveOptions(fn, HTML_OPTIONS, given);
  const view = typographyView(toRenderRedline(x, options.view), options.typography);
  const redline = view.redline;
  const numbered = options.lineNumbers;
  const body = numbered
    ? numberedHast(redline, options.lineLength, !options.document)
    : redlineFragment(redline, view.notes);
  if (!options.document) return { type: 'root', children: body };
  const changed = options.view === 'redline' ? 'Änderungen am Beschluss' : 'Beschluss';
  return pageHast(options.title ?? changed, body, numbered ? LINE_NUMBER_CSS : '');
}

/** A complete page around `body`: doctype, `<html lang="de">`, title, {@link REDLINE_CSS} (and `extraCss`), a heading. */
export function pageHast(title: string, body: readonly RootContent[], extraCss = ''): Root {
  const nl = (): ElementContent => hastText('\n');
  const head = hastElement('head', {}, [
    nl(),
    hastElement('meta', { charSet: 'utf-8' }),
    nl(),
    hastElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    nl(),
    hastElement('title', {}, [hastText(title)]),
    nl(),
    // Style text is written as is by the serialiser; it is the library's own constant.
    hastElement('style', {}, [{ type: 'text', value: `\n${REDLINE_CSS}${extraCss}` }]),
    nl(),
  ]);
  const page = hastElement('body', {}, [
    nl(),
    hastElement('h1', {}, [hastText(title)]),
    nl(),
    ...(body as ElementContent[]),
    nl(),
  ]);
  const html = hastElement('html', { lang: 'de' }, [nl(), head, nl(), page, nl()]);
  return { type: 'root', children: [{ type: 'doctype' }, hastText('\n'), html, hastText('\n')] };
}

/** The fragment: `<div class="redline">`, the lead paragraphs (a changed lead with `<del>`/`<ins>`), the nested clause lists. */
function redlineFragment(redline: Redline, notes: ReadonlyMap<RedlineClause, TypographyNote[]>): RootContent[] {
  const div = hastElement('div', { className: ['redline'] }, [hastText('\n')]);
  for (const paragraph of layoutTitle(redline, 'html')) {
    div.children.push(hastElement('h1', { className: ['redline-title'] }, piecesToHast(paragraph)), hastText('\n'));
  }
  for (const paragraph of layoutLead(redline, 'html')) {
    div.children.push(hastElement('p', { className: ['redline-lead'] }, piecesToHast(paragraph)), hastText('\n'));
  }
  const lists = new Map<RedlineClause | undefined, Element>();
  const listOf = (parent: Element, key: RedlineClause | undefined): Element => {
    let list = lists.get(key);
    if (list === undefined) {
      list = hastElement('ol', { className: ['redline-clauses'] }, [hastText('\n')]);
      lists.set(key, list);
      parent.children.push(list, hastText('\n'));
    }
    return list;
  };
  const items = new Map<RedlineClause, Element>();
  walk(redline.clauses, ({ node, parent }) => {
    const container = parent === undefined ? div : items.get(parent)!;
    const item = clauseItem(node, notes.get(node));
    items.set(node, item);
    listOf(container, parent).children.push(item, hastText('\n'));
  });
  markMoves(items.values());
  return [div, hastText('\n')];
}

/**
 * One `<li>`: the first paragraph with the label, further paragraphs, a newline
 * (children follow); the `typography: 'mark'` note as a `<small>` at the end of the last paragraph.
 */
function clauseItem(clause: RedlineClause, notes: readonly TypographyNote[] | undefined): Element {
  const layout = layoutClause(clause, 'html');
  // A statute unit's or section's first paragraph is its heading line (`§ 2 Zweck`, see layout.ts).
  const props = hasHeadingLine(clause) ? { className: ['redline-heading'] } : {};
  const first = hastElement('p', props, [...labelHast(layout), ...piecesToHast(layout.paragraphs[0] ?? [])]);
  const children: ElementContent[] = [first];
  let last = first;
  for (const paragraph of layout.paragraphs.slice(1)) {
    last = hastElement('p', {}, piecesToHast(paragraph));
    children.push(hastText('\n'), last);
  }
  if (notes !== undefined) last.children.push(hastText(' '), typographyNoteHast(notes));
  children.push(hastText('\n'));
  return hastElement(
    'li',
    { className: ['redline-clause', `redline-${clause.status}`], dataClauseId: clause.id },
    children,
  );
}

/** The discreet note of `typography: 'mark'`: `<small class="redline-typography">typografisch geändert: …</small>`. */
export function typographyNoteHast(notes: readonly TypographyNote[]): Element {
  return hastElement('small', { className: ['redline-typography'] }, [hastText(noteText(notes))]);
}

/** The label as `<span class="redline-label">` (pieces joined by a space), then a space. */
function labelHast(layout: ClauseLayout): ElementContent[] {
  if (layout.label.length === 0) return [];
  const inner: ElementContent[] = [];
  layout.label.forEach((piece, index) => {
    if (index > 0) inner.push(hastText(' '));
    inner.push(...pieceToHast(piece));
  });
  return [hastElement('span', { className: ['redline-label'] }, inner), hastText(' ')];
}
