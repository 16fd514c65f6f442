/**
 * Whole-pipeline fuzzing: random resolutions (council words mixed with text
 * that troubles Markdown and HTML) are written out, parsed, edited (as a
 * rewrite and as structured changes), diffed or amended, rendered and read
 * back. Invariants:
 * - parsing loses no text (the exact clause tree comes back);
 * - `rejectAll` gives the base and `acceptAll` the amended resolution exactly;
 * - `parseRedline(toMarkdown(r))` gives back the redline;
 * - HTML is inert: no tag that was text becomes a tag, and all text is there.
 */
import { describe, expect } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  acceptAll,
  applyAmendment,
  checkAmendment,
  diffResolutions,
  parseRedline,
  parseResolution,
  redline,
  rejectAll,
  toHtml,
  toMarkdown,
  toSynopsis,
} from '../../src/index.js';
import type { Change, Redline, RedlineClause, Resolution } from '../../src/index.js';
import { labelAt, serializeResolution, type GenClause, type GenResolution } from '../../bench/generate.mjs';
import { flatten, treeDifference } from './helpers.js';
import { planMarkup } from '../../src/render/markup-plan.js';
import { piecesToSegments } from '../../src/redline/read/spacing.js';
import { decodeMarkdownText, isMarkdownSource } from '../../src/parse/markdown-text.js';
import { splitLines } from '../../src/parse/source-lines.js';

/** Ordinary council words. */
const WORDS = [
  'die',
  'der',
  'und',
  'Verwaltung',
  'wird',
  'beauftragt,',
  'den',
  'Masterplan',
  'zu',
  'erarbeiten.',
  'Rat',
  'Stadt',
  'Köln',
  'prüft',
  'ob',
  'Mittel',
  'bereitgestellt',
  'werden.',
  'halbjährlich',
  'vierteljährlich',
  'Bericht',
  'im',
  'Ausschuss',
  'für',
  'Digitalisierung',
  'Stabsstelle',
  'des',
  'CDO',
  'mit',
  'ausreichenden',
  'Ressourcen,',
  'bis',
];
/** Text that Markdown or HTML would read as markup, and German typography. */
const TRICKY = [
  'Kölner*innen',
  'Bürger:innen',
  'Schüler_innen',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '„Digitales',
  'Köln“',
  '"quoted"',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>fett</b>',
  '&amp;',
  '&lt;',
  '<!--',
  'a<b',
  'x>y',
  '\\',
  '\\*',
  '[Link](http://x)',
  '`Code`',
  '#',
  '|',
  'z. B.',
  '31.12.2024',
  '250.000 €',
  '1.000,50',
  '§ 13',
  'IT-Strategie',
  '2018-2022',
  '(siehe',
  'oben)',
  '1.',
  'a)',
  '-',
  '+',
];
const STARTS = ['Die', 'Der', 'Das', 'Es', 'Zudem', 'Für', 'Ebenso'];

const wordArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
);
/** A clause text: a capitalised first word (a line start that cannot be markup), then 2–20 words. */
const textArb = fc
  .tuple(fc.constantFrom(...STARTS), fc.array(wordArb, { minLength: 2, maxLength: 20 }))
  .map(([first, rest]) => `${first} ${rest.join(' ')}.`);

const bulletArb = textArb.map((text): GenClause => ({ label: '-', text, children: [] }));
const letterArb = fc
  .tuple(textArb, fc.array(bulletArb, { maxLength: 2 }))
  .map(([text, children]): GenClause => ({ label: 'a)', text, children }));
const topArb = fc
  .tuple(textArb, fc.oneof(fc.array(letterArb, { maxLength: 3 }), fc.array(bulletArb, { maxLength: 3 })))
  .map(([text, children]): GenClause => ({ label: '1.', text, children }));
/** A resolution tree with labels `1.` > `a)` > `-`, numbered in sequence. */
const resolutionArb = fc.array(topArb, { minLength: 1, maxLength: 6 }).map((clauses): GenResolution => {
  const tree: GenResolution = { lead: 'Der Rat möge beschließen:', clauses };
  relabel(tree.clauses);
  return tree;
});

function relabel(clauses: GenClause[]): void {
  const stack: GenClause[][] = [clauses];
  while (stack.length > 0) {
    const list = stack.pop()!;
    list.forEach((clause, i) => {
      const style = clause.label === '-' ? 'bullet' : /^\d/.test(clause.label) ? 'number' : 'letter';
      clause.label = labelAt(style, i);
      stack.push(clause.children);
    });
  }
}

function cloneTree(clauses: readonly GenClause[]): GenClause[] {
  return clauses.map((c) => ({ label: c.label, text: c.text, children: cloneTree(c.children) }));
}

/** One random edit; indices are taken modulo what exists when it is applied. */
type Edit =
  | { kind: 'substitute' | 'insertWord' | 'deleteWord'; clause: number; word: number; with: string }
  | { kind: 'deleteClause' | 'moveClause'; clause: number; to: number }
  | { kind: 'insertClause'; clause: number; text: string }
  | { kind: 'punctuation'; clause: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('substitute' as const, 'insertWord' as const, 'deleteWord' as const),
    clause: fc.nat(),
    word: fc.nat(),
    with: wordArb,
  }),
  fc.record({ kind: fc.constantFrom('deleteClause' as const, 'moveClause' as const), clause: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('insertClause' as const), clause: fc.nat(), text: textArb }),
  fc.record({ kind: fc.constant('punctuation' as const), clause: fc.nat() }),
);

/** The amended tree: the edits applied to a copy, then the labels renumbered (as in a Neufassung). */
function applyEdits(base: GenResolution, edits: readonly Edit[]): GenResolution {
  const clauses = cloneTree(base.clauses);
  for (const edit of edits) {
    const all = flatten(clauses);
    if (all.length === 0) break;
    const target = all[edit.clause % all.length]!;
    const siblings = findSiblings(clauses, target);
    const words = target.text.split(' ');
    switch (edit.kind) {
      case 'substitute':
        words[edit.word % words.length] = edit.with;
        target.text = words.join(' ');
        break;
      case 'insertWord':
        words.splice(1 + (edit.word % words.length), 0, edit.with);
        target.text = words.join(' ');
        break;
      case 'deleteWord':
        if (words.length > 2) words.splice(1 + (edit.word % (words.length - 1)), 1);
        target.text = words.join(' ');
        break;
      case 'punctuation':
        target.text = target.text.endsWith('.') ? `${target.text.slice(0, -1)};` : `${target.text}.`;
        break;
      case 'deleteClause':
        if (all.length > 1) siblings.splice(siblings.indexOf(target), 1);
        break;
      case 'moveClause': {
        siblings.splice(siblings.indexOf(target), 1);
        siblings.splice(edit.to % (siblings.length + 1), 0, target);
        break;
      }
      case 'insertClause':
        siblings.splice(siblings.indexOf(target) + 1, 0, { label: target.label, text: edit.text, children: [] });
        break;
    }
  }
  relabel(clauses);
  return { lead: base.lead, clauses };
}

function findSiblings(clauses: GenClause[], target: GenClause): GenClause[] {
  const stack: GenClause[][] = [clauses];
  while (stack.length > 0) {
    const list = stack.pop()!;
    if (list.includes(target)) return list;
    for (const c of list) stack.push(c.children);
  }
  throw new Error('clause not in tree');
}

/** A readable failure for a tree comparison. */
function expectSameTree(actual: Resolution, expected: Resolution | GenResolution, what: string, ids = false): void {
  expect(actual.lead, `${what}: lead`).toBe(expected.lead);
  const difference = treeDifference(actual.clauses, expected.clauses, { ids });
  expect(difference, what).toBeUndefined();
}

/** The redline without ids, for comparing a read-back redline with the original. */
function redlineShape(clauses: readonly RedlineClause[]): unknown {
  return flatten(clauses).map((c) => ({
    label: c.label,
    baseLabel: c.baseLabel,
    status: c.status,
    // As the Markdown marks them (planMarkup widens a change whose marker would need a character reference).
    segments: piecesToSegments(planMarkup(c.segments)).map((s) => `${s.type}:${s.text}`),
    children: c.children.length,
  }));
}

/** The text content of HTML: tags removed, the entities of an escaper decoded, whitespace folded. */
function htmlText(html: string): string {
  return html
    .replace(/<style[^>]*>[^<]*<\/style>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&nbsp;/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ');
}

/** HTML is inert when none of the tags that occur only as text in the input is a tag in the output. */
const INJECTED_TAGS = /<(?:script|img|b|!--)[\s>]/iu;

function expectInertHtml(html: string, r: Redline, what: string): void {
  expect(INJECTED_TAGS.test(html), `${what}: a tag from the text became markup`).toBe(false);
  const text = htmlText(html);
  for (const clause of flatten(r.clauses)) {
    for (const segment of clause.segments) {
      const piece = segment.text.replace(/\s+/gu, ' ').trim();
      if (piece !== '')
        expect(text.includes(piece), `${what}: segment ${JSON.stringify(piece)} of clause ${clause.id} missing`).toBe(
          true,
        );
    }
  }
}

const fuzz = { numRuns: 60, seed: 4242 };

/** The tree as parseResolution reads it back from Markdown: escapes decoded. */
function decoded(tree: GenResolution): GenResolution {
  const clause = (c: GenClause): GenClause => ({
    ...c,
    text: decodeMarkdownText(c.text),
    children: c.children.map(clause),
  });
  return { ...tree, lead: decodeMarkdownText(tree.lead), clauses: tree.clauses.map(clause) };
}

describe('pipeline fuzzing: parse → diff → render → parse back', () => {
  fcTest.prop([resolutionArb], fuzz)('parsing loses no text: the written tree comes back exactly', (tree) => {
    const source = serializeResolution(tree);
    const parsed = parseResolution(source);
    // A backslash escape makes the source Markdown, whose escapes are decoded (issue 17.2).
    expectSameTree(
      parsed,
      isMarkdownSource(splitLines(source)) ? decoded(tree) : tree,
      'parseResolution(serialize(tree))',
    );
  });

  const pairArb = fc.tuple(resolutionArb, fc.array(editArb, { minLength: 1, maxLength: 6 })).map(([tree, edits]) => {
    const base = parseResolution(serializeResolution(tree));
    const amended = parseResolution(serializeResolution(applyEdits(tree, edits)));
    return { base, amended };
  });

  fcTest.prop([pairArb], fuzz)(
    'diffResolutions: rejectAll = base, acceptAll = amended (ids included)',
    ({ base, amended }) => {
      const r = diffResolutions(base, amended);
      expectSameTree(rejectAll(r), base, 'rejectAll', true);
      expectSameTree(acceptAll(r), amended, 'acceptAll', true);
    },
  );

  fcTest.prop([pairArb], fuzz)('parseRedline(toMarkdown(r)) gives back both versions exactly', ({ base, amended }) => {
    const back = parseRedline(toMarkdown(diffResolutions(base, amended)));
    expectSameTree(back.base, base, 'parseRedline(toMarkdown(r)).base');
    expectSameTree(back.amended, amended, 'parseRedline(toMarkdown(r)).amended');
  });

  fcTest.prop([pairArb], fuzz)(
    'parseRedline(toMarkdown(r)) gives back the redline: statuses, labels, segments',
    ({ base, amended }) => {
      const r = diffResolutions(base, amended);
      const back = parseRedline(toMarkdown(r));
      expect(redlineShape(back.redline.clauses), 'parseRedline(toMarkdown(r)).redline').toEqual(
        redlineShape(r.clauses),
      );
    },
  );

  fcTest.prop([pairArb], fuzz)(
    'HTML is inert and complete: toHtml, toHtml(document), toSynopsis(html)',
    ({ base, amended }) => {
      const r = diffResolutions(base, amended);
      expectInertHtml(toHtml(r), r, 'toHtml');
      expectInertHtml(toHtml(r, { document: true, title: '<script>alert(1)</script>' }), r, 'toHtml(document)');
      expectInertHtml(toSynopsis(r, { format: 'html' }), r, 'toSynopsis(html)');
    },
  );

  fcTest.prop([resolutionArb, fc.array(editArb, { minLength: 1, maxLength: 6 })], fuzz)(
    'redline(base text, rewrite text): rejectAll and acceptAll are the parsed texts',
    (tree, edits) => {
      const baseText = serializeResolution(tree);
      const amendedText = serializeResolution(applyEdits(tree, edits));
      const r = redline(baseText, amendedText, { form: 'rewrite' });
      expectSameTree(rejectAll(r), parseResolution(baseText), 'rejectAll', true);
      expectSameTree(acceptAll(r), parseResolution(amendedText), 'acceptAll', true);
    },
  );
});

/** A resolution whose every clause carries a unique word (`Projekt<k>`) that a change can address. */
const markedArb = resolutionArb.map((tree): GenResolution => {
  flatten(tree.clauses).forEach((clause, k) => {
    const words = clause.text.split(' ');
    words.splice(1, 0, `Projekt${k}`);
    clause.text = words.join(' ');
  });
  return tree;
});

describe('pipeline fuzzing: parse → amend → accept/reject', () => {
  fcTest.prop(
    [markedArb, fc.nat(), fc.constantFrom('replace', 'delete', 'insert', 'removeClause', 'addClause'), wordArb],
    fuzz,
  )(
    'applyAmendment: checkAmendment is clean, rejectAll = base, acceptAll = base with the change',
    (tree, pick, op, word) => {
      const base = parseResolution(serializeResolution(tree));
      const clauses = flatten(base.clauses);
      const k = pick % clauses.length;
      const target = clauses[k]!;
      const old = `Projekt${k}`;
      const newWord = word.replace(/\s+/gu, '');
      const change: Change =
        op === 'replace'
          ? { op, clause: target.id, old, new: `Vorhaben${newWord}` }
          : op === 'delete'
            ? { op, clause: target.id, old }
            : op === 'insert'
              ? { op, clause: target.id, new: 'neu', after: old }
              : op === 'removeClause'
                ? { op, clause: target.id }
                : { op, new: `Neue Ziffer mit ${word}.`, after: target.id };
      expect(checkAmendment(base, [change])).toEqual([]);
      const r = applyAmendment(base, [change]);
      expectSameTree(rejectAll(r), base, 'rejectAll', true);

      // The expected amended texts, in document order.
      const expected = clauses.flatMap((c) => {
        if (c !== target) return [c.text];
        switch (op) {
          case 'replace':
            return [c.text.replace(old, `Vorhaben${newWord}`)];
          case 'delete':
            return [c.text.replace(` ${old}`, '')];
          case 'insert':
            return [c.text.replace(old, `${old} neu`)];
          case 'removeClause':
            return [];
          default:
            return [c.text];
        }
      });
      const removed = op === 'removeClause' ? new Set(flatten(target.children).map((c) => c.text)) : new Set<string>();
      let expectedTexts = expected.filter((t) => !removed.has(t));
      if (op === 'addClause') {
        const last = flatten([target]).at(-1)!;
        const at = expectedTexts.indexOf(last.text) + 1;
        expectedTexts = [...expectedTexts.slice(0, at), `Neue Ziffer mit ${word}.`, ...expectedTexts.slice(at)];
      }
      expect(flatten(acceptAll(r).clauses).map((c) => c.text)).toEqual(expectedTexts);
    },
  );
});
