/**
 * Property tests of the parser: generated clause trees rendered to text in
 * varied styles parse back to the same tree; no character of clause text is
 * lost; nothing but RedlineError is ever thrown.
 */
import { describe, expect } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { RedlineError } from '../../src/errors.js';
import type { Clause } from '../../src/model.js';
import { assignIds } from '../../src/parse/ids.js';
import { firstLabelLike, nextLabel, parseLabel, scanLineLabel } from '../../src/parse/labels.js';
import { lastSignificant } from '../../src/parse/source-lines.js';
import { scanUnitLine } from '../../src/parse/unit-line.js';
import { parseMotion } from '../../src/parse/motion.js';
import { decodeMarkdownText } from '../../src/parse/markdown-text.js';
import { parseResolution } from '../../src/parse/resolution.js';

// Words a clause may start with (capitalised, never a label, marker or closing).
const FIRST_WORDS = [
  'Die',
  'Der',
  'Das',
  'Verwaltung',
  'Kölner*innen',
  'Expert*innen',
  'Bürger:innen',
  'Schüler_innen',
  '„Masterplan“',
  'Ein',
  'Zudem',
  'IT-Strategie',
  '§',
  '**Neu**',
];
// Any further words: gender stars, markup, quotes, dates, numbers, abbreviations, label-like tokens.
const WORDS = [
  'die',
  'wird',
  'beauftragt,',
  'ein',
  'Konzept',
  'vorzulegen.',
  'Kölner*innen',
  'Expert*innen',
  '*',
  '_',
  '~',
  '~~alt~~',
  '**neu**',
  '*kursiv*',
  '\\*',
  '§',
  '13',
  'Nr.',
  '3',
  'z. B.',
  'u. a.',
  '04.10.2021',
  '31.12.2024.',
  '2018',
  '1.13.01',
  'TOP',
  '6.1',
  '4.',
  'Oktober',
  '3.',
  'b)',
  '(2)',
  'II.',
  '-',
  '–',
  '•',
  'Rechts- und',
  '„Digitales',
  'Köln“',
  '/',
  'Büro',
  'und',
  'oder',
  'sowie',
  '50.000',
  '€',
  '(siehe',
  'Anlage)',
  'x~y',
  'a_b',
  'c*d',
  'IX',
  'sowie:',
  'Stadt;',
];

const text = fc
  .tuple(fc.constantFrom(...FIRST_WORDS), fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }))
  .map(([first, rest]) => [first, ...rest].join(' '))
  // A trailing colon would (correctly) make the next list a sub-list.
  .filter((t) => lastSignificant(t) !== ':')
  // A paragraph that starts like "§ 3" is a statute unit to the parser (by design: statutes).
  .filter((t) => scanUnitLine(t) === undefined);

type Style = string; // an example label of the style, e.g. "1.", "(a)", "-"

/** Label styles in hierarchy order (plain text without indentation needs a strictly increasing rank). */
const STYLES: Style[] = ['A.', 'I.', 'I)', '1.', '1)', '(1)', 'a)', 'a.', '(a)', 'aa)', 'i)', '-', '•', '–', '*'];

interface GenClause {
  label: string;
  paras: string[];
  children: GenClause[];
}

/** The rank of a style as generated ("i)" is read as roman here, its first-of-list reading). */
function rankOf(style: Style): number {
  return style === 'i)' ? 8 : parseLabel(style)!.rank;
}

function labelsOf(style: Style, n: number): string[] {
  const out: string[] = [];
  let l = firstLabelLike(style);
  if (style === 'i)') l = 'i)';
  for (let i = 0; i < n; i++) {
    out.push(l);
    l = style === 'i)' ? nextRoman(l) : nextLabel(l);
  }
  return out;
}
function nextRoman(l: string): string {
  const seq = ['i)', 'ii)', 'iii)', 'iv)', 'v)', 'vi)', 'vii)'];
  return seq[seq.indexOf(l) + 1] ?? 'viii)';
}

/** A tree whose styles follow the hierarchy (parseable from plain text) or any styles (indented Markdown). */
function treeArb(hierarchical: boolean): fc.Arbitrary<{ lead: string; clauses: GenClause[] }> {
  const list = (minRank: number, depth: number): fc.Arbitrary<GenClause[]> => {
    const styles = hierarchical ? STYLES.slice(minRank) : STYLES;
    if (styles.length === 0) return fc.constant<GenClause[]>([]);
    return fc
      .record({
        styleIndex: fc.integer({ min: 0, max: styles.length - 1 }),
        n: fc.integer({ min: 1, max: 5 }),
      })
      .chain(({ styleIndex, n }) => {
        const style = styles[styleIndex]!;
        const isBullet = parseLabel(style)!.kind === 'bullet';
        // Strictly lower in the hierarchy: "a)" and "a." share a rank, so one cannot nest the other.
        const below = STYLES.findIndex((x) => rankOf(x) > rankOf(style));
        const nextMin = hierarchical ? (below < 0 ? STYLES.length : below) : 0;
        // Plain text: further paragraphs (written before the children) only for numbered clauses.
        const child: fc.Arbitrary<GenClause[]> =
          depth > 0
            ? list(hierarchical ? Math.max(nextMin, isBullet ? STYLES.length : 0) : 0, depth - 1)
            : fc.constant<GenClause[]>([]);
        return fc.tuple<GenClause[]>(
          ...labelsOf(style, n).map((label) =>
            fc.record<GenClause>({
              label: fc.constant(label),
              paras: fc.array(text, { minLength: 1, maxLength: !hierarchical || !isBullet ? 3 : 1 }),
              children: fc.oneof(
                { weight: 2, arbitrary: fc.constant([] as GenClause[]) },
                { weight: 1, arbitrary: child },
              ),
            }),
          ),
        );
      });
  };
  const unlabelled = fc
    .array(
      text.filter((t) => !/wie folgt|beschließ/.test(t)),
      { minLength: 1, maxLength: 4 },
    )
    .map((ts) => ts.map((t): GenClause => ({ label: '', paras: [t], children: [] })));
  return fc.record({
    lead: fc.constantFrom('', 'Der Rat möge beschließen:', 'Der Beschluss wird wie folgt geändert'),
    clauses: fc.oneof({ weight: 5, arbitrary: list(0, 2) }, { weight: 1, arbitrary: unlabelled }),
  });
}

/** Plain-text paragraphs need hierarchy-compatible placement of extra paragraphs: before the children. */
function toClauses(gen: GenClause[]): Clause[] {
  return gen.map((g) => ({ id: '', label: g.label, text: g.paras.join('\n\n'), children: toClauses(g.children) }));
}

/** Wraps `line` at roughly `width`, breaking only where the next line cannot be mistaken for a label. */
function wrap(line: string, width: number): string[] {
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur !== '' && cur.length + 1 + w.length > width) {
      const restStart = w;
      const safe =
        scanLineLabel(restStart + ' x') === undefined &&
        !/^(?:#|gez|Begründung|Mit |Seite |[-=_*]{3})/i.test(restStart) &&
        // A line that starts with "§" or "Art." is a statute unit to the parser (by design: PDF text).
        !/^(?:§|Art\.?$|Artikel$)/u.test(restStart) &&
        /^\S/.test(restStart);
      if (safe) {
        out.push(cur);
        cur = w;
        continue;
      }
    }
    cur = cur === '' ? w : `${cur} ${w}`;
  }
  out.push(cur);
  return out;
}

interface RenderStyle {
  markdown: boolean; // indent children (Markdown lists); else plain labels without indentation
  width: number; // wrap width (large = no wrapping)
  loose: boolean; // blank line between items
  indentWraps: boolean; // continuation lines indented to the content column
}

function render(tree: { lead: string; clauses: GenClause[] }, s: RenderStyle): string {
  const lines: string[] = [];
  if (tree.lead) lines.push(tree.lead, '');
  const work: Array<{ c: GenClause; indent: number }> = [];
  const push = (cs: GenClause[], indent: number) => {
    for (let i = cs.length - 1; i >= 0; i--) work.push({ c: cs[i]!, indent });
  };
  push(tree.clauses, 0);
  for (let item = work.pop(); item; item = work.pop()) {
    const { c, indent } = item;
    const pad = ' '.repeat(indent);
    const content = c.label === '' ? 0 : c.label.length + 1;
    const contPad = s.markdown && s.indentWraps ? ' '.repeat(indent + content) : s.markdown ? pad : '';
    c.paras.forEach((p, i) => {
      const wrapped = wrap(p, s.width);
      if (i === 0) {
        lines.push((s.markdown ? pad : '') + (c.label ? `${c.label} ` : '') + wrapped[0]);
      } else {
        lines.push('');
        lines.push((s.markdown ? ' '.repeat(indent + Math.max(content, 2)) : '') + wrapped[0]);
      }
      for (const w of wrapped.slice(1)) lines.push(contPad + w);
    });
    if (c.label === '' || s.loose) lines.push('');
    push(c.children, s.markdown ? indent + Math.max(content, 2) : 0);
  }
  return lines.join('\n');
}

const styleArb = fc.record({
  markdown: fc.boolean(),
  width: fc.constantFrom(24, 40, 72, 10_000),
  loose: fc.boolean(),
  indentWraps: fc.boolean(),
});

/**
 * What parsing the rendered tree must give. `source` is Markdown when it has a
 * heading or a backslash escape: then the generator's one escape, `\*`, reads as `*`
 * (docs/parsing.md, "Markdown escapes").
 */
function expectedResolution(tree: { lead: string; clauses: GenClause[] }, source: string) {
  const clauses = toClauses(tree.clauses);
  assignIds(clauses);
  if (/^#|\\\*/m.test(source)) {
    const stack = [...clauses];
    for (let c = stack.pop(); c; c = stack.pop()) {
      c.text = c.text.split('\\*').join('*');
      stack.push(...c.children);
    }
  }
  return { lead: tree.lead, clauses };
}

describe('parse ∘ render = id', () => {
  fcTest.prop([treeArb(true), styleArb], { numRuns: 400 })('hierarchical trees in every style', (tree, style) => {
    const source = render(tree, style);
    expect(parseResolution(source)).toEqual(expectedResolution(tree, source));
  });

  fcTest.prop([treeArb(false), styleArb.map((s) => ({ ...s, markdown: true }))], { numRuns: 300 })(
    'any label styles as indented Markdown lists',
    (tree, style) => {
      const source = render(tree, style);
      expect(parseResolution(source)).toEqual(expectedResolution(tree, source));
    },
  );

  fcTest.prop([treeArb(true), styleArb], { numRuns: 150 })('whole motions around the resolution', (tree, style) => {
    const body = render({ lead: '', clauses: tree.clauses }, style);
    const source = `# Antrag der Fraktion\n\nBetreff: Ein Test\n\nDer Rat möge beschließen:\n\n${body}\n\nBegründung:\n\nErfolgt mündlich.\n\nMit freundlichen Grüßen\n`;
    const motion = parseMotion(source);
    // Short unpunctuated paragraphs may end a resolution in a whole document (a heading); generated
    // texts that look like that are excluded by checking the resolution against the generator.
    const expected = expectedResolution({ lead: 'Der Rat möge beschließen:', clauses: tree.clauses }, source);
    fc.pre(
      !body
        .split('\n\n')
        .map((p) => p.trim())
        .some((p) => /^[A-ZÄÖÜ„§*][^\n]{0,99}$/.test(p) && !/[.:;!?,]["“*~)]*$/.test(p) && !scanLineLabel(p)),
    );
    expect(motion.resolution).toEqual(expected);
    expect(motion.rationale).toBe('Erfolgt mündlich.');
    expect(motion.title).toBe('Ein Test');
  });
});

describe('no character of clause text is lost', () => {
  const alphabet = fc.constantFrom(...'abcXYZäöüßÄ *_~„“"\'§/\\()[]{}<>#+-–—•·:;.,!?%&@€0123456789\t\u00a0'.split(''));
  fcTest.prop([fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(''))], { numRuns: 500 })(
    'a clause line keeps every character but folded spaces',
    (tail) => {
      const source = `1. Text ${tail}`;
      const r = parseResolution(source);
      const plain = `Text ${tail}`.replace(/[ \t]+/g, ' ').replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '');
      // A backslash escape makes the line Markdown: its escapes and character references are decoded.
      // (A backslash at the end of a Markdown line is a hard break, joined like a wrapped line.)
      const hardBreak = plain.endsWith('\\') && !plain.endsWith('\\\\');
      const folded = hasBackslashEscape(tail)
        ? decodeMarkdownText(hardBreak ? plain.slice(0, -1).trimEnd() : plain)
        : plain;
      expect(r.clauses).toHaveLength(1);
      expect(r.clauses[0]!.text).toBe(folded);
    },
  );

  fcTest.prop([fc.string({ unit: 'grapheme', maxLength: 400 })], { numRuns: 300 })(
    'every token of every clause comes from the source',
    (source) => {
      const r = parseResolution(source);
      const all: Clause[] = [];
      const stack = [...r.clauses];
      for (let c = stack.pop(); c; c = stack.pop()) {
        all.push(c);
        stack.push(...c.children);
      }
      for (const piece of [r.lead, ...all.map((c) => c.text)]) {
        for (const token of piece.split(/\s+/)) if (token !== '') expect(source).toContain(token);
      }
    },
  );

  fcTest.prop(
    [
      fc
        .array(
          fc.constantFrom(
            '1. ',
            'a) ',
            '- ',
            '  ',
            '\n',
            '\n\n',
            'Wort ',
            'wort ',
            '**',
            '~~',
            '*',
            ':',
            '(1) ',
            'II. ',
            '\f',
            '# ',
          ),
          { maxLength: 80 },
        )
        .map((a) => a.join('')),
    ],
    { numRuns: 500 },
  )('label soup keeps every word', (source) => {
    const r = parseResolution(source);
    const expectedWords = (source.match(/[Ww]ort/g) ?? []).length;
    const all: Clause[] = [];
    const stack = [...r.clauses];
    for (let c = stack.pop(); c; c = stack.pop()) {
      all.push(c);
      stack.push(...c.children);
    }
    const got = [r.lead, ...all.map((c) => c.text)].join(' ').match(/[Ww]ort/g)?.length ?? 0;
    expect(got).toBe(expectedWords);
  });
});

describe('only RedlineError is ever thrown', () => {
  fcTest.prop([fc.anything(), fc.anything()], { numRuns: 300 })('for any input and options', (input, options) => {
    for (const fn of [parseMotion, parseResolution]) {
      try {
        fn(input as string, options as never);
      } catch (e) {
        expect(e).toBeInstanceOf(RedlineError);
      }
    }
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 2000 })], { numRuns: 300 })('for any string', (input) => {
    for (const fn of [parseMotion, parseResolution]) {
      try {
        fn(input);
      } catch (e) {
        expect(e).toBeInstanceOf(RedlineError);
        expect((e as RedlineError).code).toBe('no-resolution');
      }
    }
  });
});

/** Whether `text` holds a CommonMark backslash escape (a backslash before ASCII punctuation). */
function hasBackslashEscape(text: string): boolean {
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1))
    if (i + 1 < text.length && punctuation.includes(text[i + 1]!)) return true;
  return false;
}
