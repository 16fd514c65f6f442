/**
 * `toMdast`: a redline (or resolution) as an mdast tree for unified pipelines.
 *
 * The lead is a paragraph (a changed lead with `delete`/`strong` nodes); the clauses are nested `list`/`listItem` nodes
 * (unordered — the written label is part of the text, since `a)`, `(2)` or
 * `II.` are no Markdown list markers); each clause's paragraphs hold `text`,
 * `delete` (struck) and `strong` (inserted) nodes, never with whitespace at a
 * marker's inner edge. A whole inserted/deleted clause is one `strong`/`delete`
 * per paragraph, label included; a renumbered clause starts with the old label
 * deleted and the new one strong. `data` of every list item carries the clause
 * (`id`, `label`, `baseLabel`, `status`) and `hProperties` (class names,
 * `data-clause-id`) for mdast-util-to-hast. `strong`/`delete` nodes carry
 * `data.hName` `ins`/`del` (and the class names `toHtml` uses), so remark-rehype
 * turns an insertion into `<ins>`, not `<strong>`; Markdown is unchanged.
 * The `declare module 'mdast'` below types `listItem.data.clause` for users.
 *
 * @module
 */
import type { Data, FootnoteDefinition, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Redline, RedlineClause, Resolution } from '../model.js';
import { toRenderRedline } from './input.js';
import { MDAST_OPTIONS, type MdastOptions } from './render-options.js';
import { resolveOptions } from '../validate/options.js';
import { firstParagraphWithLabel, layoutClause, layoutLead, layoutTitle } from './layout.js';
import { piecesToPhrasing } from './markdown-inline.js';
import { walk, type Visit } from '../tree.js';
import { noteText, typographyView } from './typography.js';

/** What `toMdast` stores in `listItem.data.clause`. */
export interface ClauseData {
  /** Clause id. */
  id: string;
  /** Label as written (amended label; base label of deleted clauses). */
  label: string;
  /** The base label when the clause was renumbered. */
  baseLabel?: string;
  /** The heading of a statute unit or section (its first paragraph shows it with the label). */
  heading?: string;
  /** The base heading when the amendment changed it. */
  baseHeading?: string;
  /** What happened to the clause. */
  status: RedlineClause['status'];
}

declare module 'mdast' {
  interface ListItemData {
    /** The clause this list item shows (set by `toMdast` of motion-redline). */
    clause?: ClauseData | undefined;
  }
}

/** The redline (or resolution) as an mdast `Root`; see the module comment for the shape. */
export function toMdast(x: Redline | Resolution, given?: MdastOptions): Root {
  const options = resolveOptions('toMdast', MDAST_OPTIONS, given);
  const view = typographyView(toRenderRedline(x, options.view), options.typography);
  const redline = view.redline;
  const root: Root = { type: 'root', children: [] };
  /** The `typography: 'mark'` notes, as GFM footnotes at the end. */
  const footnotes: FootnoteDefinition[] = [];
  for (const paragraph of layoutTitle(redline)) {
    root.children.push({ type: 'heading', depth: 1, children: piecesToPhrasing(paragraph).map(withHtmlName) });
  }
  for (const paragraph of layoutLead(redline)) {
    root.children.push({ type: 'paragraph', children: piecesToPhrasing(paragraph).map(withHtmlName) });
  }
  if (redline.clauses.length === 0) return root;
  const top = list();
  root.children.push(top);
  /** The list that holds each clause's children. */
  const lists = new Map<Visit<RedlineClause>, List>();
  walk(redline.clauses, (visit) => {
    const clause = visit.node;
    const into = visit.up === undefined ? top : lists.get(visit.up)!;
    const layout = layoutClause(clause);
    const paragraphs: Paragraph[] = [firstParagraphWithLabel(layout), ...layout.paragraphs.slice(1)].map((pieces) => ({
      type: 'paragraph',
      children: piecesToPhrasing(pieces).map(withHtmlName),
    }));
    const notes = view.notes.get(clause);
    if (notes !== undefined) {
      const identifier = `t${footnotes.length + 1}`;
      paragraphs[paragraphs.length - 1]!.children.push({ type: 'footnoteReference', identifier, label: identifier });
      footnotes.push({
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: noteText(notes) }] }],
      });
    }
    const clauseData: ClauseData = { id: clause.id, label: clause.label, status: clause.status };
    if (clause.baseLabel !== undefined) clauseData.baseLabel = clause.baseLabel;
    if (clause.heading !== undefined) clauseData.heading = clause.heading;
    if (clause.baseHeading !== undefined) clauseData.baseHeading = clause.baseHeading;
    const item: ListItem = {
      type: 'listItem',
      spread: paragraphs.length > 1,
      children: paragraphs,
      data: {
        clause: clauseData,
        hProperties: { className: ['redline-clause', `redline-${clause.status}`], dataClauseId: clause.id },
      } as Data,
    };
    into.children.push(item);
    if (clause.children.length > 0) {
      const sub = list();
      item.children.push(sub);
      lists.set(visit, sub);
    }
  });
  root.children.push(...footnotes);
  return root;
}

/** HTML element names for mdast-util-to-hast: an insertion is `<ins>`, a deletion `<del>`. */
const HTML_NAMES = {
  strong: { hName: 'ins', hProperties: { className: ['redline-ins'] } },
  delete: { hName: 'del', hProperties: { className: ['redline-del'] } },
} as const;

function withHtmlName(node: PhrasingContent): PhrasingContent {
  if (node.type !== 'strong' && node.type !== 'delete') return node;
  const { hName, hProperties } = HTML_NAMES[node.type];
  return { ...node, data: { hName, hProperties: { className: [...hProperties.className] } } as Data };
}

function list(): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: [],
    data: { hProperties: { className: ['redline-clauses'] } } as Data,
  };
}
