/**
 * fast-check generators of redlines with hostile text, for the Markdown round
 * trip and the HTML safety properties.
 *
 * Each clause text is built from chunks of words — unchanged, deleted,
 * inserted, replaced — and its segments are written down in the canonical
 * form of the redline form by hand (independently of the reader):
 * a replacement `a ~~x~~ **y** b` is `equal "a ", delete "x", insert "y", equal " b"`;
 * a pure deletion/insertion between words takes the space after it
 * (`equal "a ", delete "x ", equal "b"`), at the end of the text or before
 * punctuation the space before it (`equal "a", insert " x", equal ", b"`).
 */
import fc from 'fast-check';
import type { Redline, RedlineClause, Segment } from '../../src/model.js';
import { assignRedlineIds } from '../../src/redline/ids.js';
import { clauseStatusOf } from '../../src/redline/segments.js';

/** Words that Markdown, HTML or the clause parser would like to read as something else. */
export const HOSTILE_WORDS = [
  'Kölner*innen',
  'Expert*innen',
  '*',
  '**',
  '***',
  '~~',
  '~',
  '_',
  '_kursiv_',
  '__fett__',
  'a_b_c',
  'Schüler_innen',
  'Bürger:innen',
  '<script>alert(1)</script>',
  '<b>',
  '</del>',
  '<ins>',
  '<!--',
  '-->',
  '&',
  '&amp;',
  '&#x20;',
  '&lt;',
  '[Link](http://x.y)',
  '[x]',
  '![b](c)',
  '`Code`',
  '``',
  '|',
  '||',
  '\\',
  '\\*',
  '\\\\',
  '#',
  '##',
  '1.',
  '2)',
  'a)',
  '(3)',
  'II.',
  '-',
  '+',
  '•',
  '–',
  'o',
  '>',
  '=',
  '===',
  '---',
  'z.',
  'B.',
  // A paragraph that ends a sentence (or only seems to: an abbreviation) before a lower-case one.
  'Ende.',
  'bzw.',
  'Nr.',
  'Fragen?',
  '„Zitat“',
  '"x"',
  'www.koeln.de',
  'fraktion@koeln.de',
  'https://x.de/a_b',
  '§',
  '13',
  '04.10.2021',
  '250.000',
  '€',
  'Begründung:',
  'Anlage',
  'gez.',
  'Beschluss:',
  '[^1]',
  '{+x+}',
  '[-y-]',
  '$',
  '%',
  '^',
];

/** Ordinary words (more of them, so that texts also look like text). */
export const PLAIN_WORDS = [
  'Die',
  'Verwaltung',
  'wird',
  'beauftragt',
  'einen',
  'Masterplan',
  'zu',
  'erarbeiten',
  'der',
  'und',
  'halbjährlich',
  'vierteljährlich',
  'Stabsstelle',
  'Digitalisierung',
  'berichtet',
  'dem',
  'Ausschuss',
  'über',
  'Stand',
  'Kosten',
  'straße',
  'über',
  'ändern',
  'Öffentlichkeit',
];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

type Chunk =
  | { kind: 'equal'; text: string; attached: boolean }
  | { kind: 'break' }
  | { kind: 'delete' | 'insert'; text: string }
  | { kind: 'replace'; del: string; ins: string };

const equalChunk = fc.record({
  kind: fc.constant('equal' as const),
  text: words,
  attached: fc.constant(false),
});
const punctuation = fc.record({
  kind: fc.constant('equal' as const),
  text: fc.constantFrom(',', '.', ';', ':', ')'),
  attached: fc.constant(true),
});
const changeChunk = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'insert' as const), text: words }),
  fc.record({ kind: fc.constant('replace' as const), del: words, ins: words }),
);

/**
 * A clause text as chunks: equal text between changes (no two changes
 * adjacent), optionally paragraph breaks between equal chunks, punctuation
 * attached after a change.
 */
const chunks: fc.Arbitrary<Chunk[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: equalChunk as fc.Arbitrary<Chunk> },
      { weight: 3, arbitrary: changeChunk as fc.Arbitrary<Chunk> },
      { weight: 1, arbitrary: punctuation as fc.Arbitrary<Chunk> },
      { weight: 1, arbitrary: fc.constant({ kind: 'break' } as Chunk) },
    ),
    { minLength: 1, maxLength: 7 },
  )
  .map(tidy)
  .filter((c) => c.length > 0);

/** Removes chunk sequences outside the generator's domain (adjacent changes, breaks next to changes, …). */
function tidy(input: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of input) {
    const last = out[out.length - 1];
    const isChange = chunk.kind === 'delete' || chunk.kind === 'insert' || chunk.kind === 'replace';
    const lastIsChange =
      last !== undefined && (last.kind === 'delete' || last.kind === 'insert' || last.kind === 'replace');
    if (chunk.kind === 'break') {
      if (last === undefined || last.kind !== 'equal') continue;
      out.push(chunk);
      continue;
    }
    if (isChange && (lastIsChange || last?.kind === 'break')) continue;
    if (chunk.kind === 'equal' && chunk.attached && !lastIsChange) continue;
    if (chunk.kind === 'equal' && !chunk.attached && last?.kind === 'equal') continue;
    out.push(chunk);
  }
  while (out.length > 0 && out[out.length - 1]!.kind === 'break') out.pop();
  return out;
}

/** Segments of chunks in the canonical form described in the module comment. */
export function chunksToSegments(input: Chunk[]): Segment[] {
  const out: Segment[] = [];
  const push = (type: Segment['type'], text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last !== undefined && last.type === type) last.text += text;
    else out.push({ type, text });
  };
  input.forEach((chunk, i) => {
    const previous = input[i - 1];
    const next = input[i + 1];
    // The separator before this chunk: none at the start, after a break, or before attached punctuation.
    const sep = i === 0 || previous?.kind === 'break' || (chunk.kind === 'equal' && chunk.attached) ? '' : ' ';
    switch (chunk.kind) {
      case 'break':
        push('equal', '\n\n');
        return;
      case 'equal':
        push('equal', sep + chunk.text);
        return;
      case 'replace':
        push('equal', sep);
        push('delete', chunk.del);
        push('insert', chunk.ins);
        return;
      default: {
        const type = chunk.kind;
        const nextAttached = next?.kind === 'equal' && next.attached;
        if (i === 0 && next !== undefined && !nextAttached) {
          push(type, `${chunk.text} `); // start of text: takes the space after
          input[i + 1] = { ...(next as Extract<Chunk, { kind: 'equal' }>), attached: true };
        } else if (i > 0 && (next === undefined || nextAttached)) {
          push(type, `${sep}${chunk.text}`); // end of text or punctuation after: takes the space before
        } else if (i > 0) {
          push('equal', sep);
          push(type, `${chunk.text} `); // between words: takes the space after
          input[i + 1] = { ...(next as Extract<Chunk, { kind: 'equal' }>), attached: true };
        } else {
          push(type, chunk.text);
        }
      }
    }
  });
  return out;
}

/** Segments of a random clause text in canonical form. */
export const segmentsArb: fc.Arbitrary<Segment[]> = chunks.map((c) => chunksToSegments(c.map((x) => ({ ...x }))));

/** The same for a single paragraph. */
export const paragraphSegmentsArb: fc.Arbitrary<Segment[]> = chunks
  .map((c) => tidy(c.filter((x) => x.kind !== 'break')))
  .filter((c) => c.length > 0)
  .map((c) => chunksToSegments(c.map((x) => ({ ...x }))));

/** Plain text (for whole inserted/deleted clauses). */
const plainText = fc.array(words, { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.join('\n\n'));

/** Label sequences per level (the clause parser's hierarchy: `I.` > `1.` > `a)` > `(1)`… > bullets). */
const STYLES: ReadonlyArray<readonly string[]> = [
  ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.'],
  ['1.', '2.', '3.', '4.', '5.', '6.', '7.'],
  ['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)'],
  ['aa)', 'bb)', 'cc)', 'dd)', 'ee)', 'ff)', 'gg)'],
  ['-', '-', '-', '-', '-', '-', '-'],
];

interface Shape {
  status: 'same' | 'inserted' | 'deleted';
  segments: Segment[];
  /** One paragraph, for unlabelled clauses. */
  paragraph: Segment[];
  text: string;
  children: Shape[];
}

const shapeArb = (depth: number): fc.Arbitrary<Shape> =>
  fc.record({
    status: fc.constantFrom('same', 'same', 'same', 'inserted', 'deleted') as fc.Arbitrary<Shape['status']>,
    segments: segmentsArb,
    paragraph: paragraphSegmentsArb,
    text: plainText,
    children: depth <= 0 ? fc.constant([]) : fc.array(shapeArb(depth - 1), { maxLength: 3 }),
  });

/**
 * A random redline: a lead or none, up to four top-level clauses nested up to
 * three levels, label styles by level (starting at `1.` or `I.`) or flat
 * unlabelled paragraphs (one paragraph each, after a lead), some clauses
 * inserted or deleted with their subtrees, the others renumbered where the
 * insertions and deletions before them shift their numbers; ids by
 * `assignRedlineIds`.
 */
export const redlineArb: fc.Arbitrary<Redline> = fc
  .record({
    lead: fc.constantFrom('', 'Der Rat möge beschließen:', 'Der Beschluss wird wie folgt geändert'),
    top: fc.constantFrom(0, 1, 0, 1, -1),
    clauses: fc.array(shapeArb(2), { minLength: 1, maxLength: 4 }),
  })
  .map(({ lead, top, clauses }) => {
    if (top === -1) {
      // Unlabelled paragraphs (seed 004): flat, after a lead sentence.
      const paragraphs: RedlineClause[] = clauses.map((shape) => {
        if (shape.status !== 'same') {
          const type = shape.status === 'inserted' ? 'insert' : 'delete';
          return {
            id: '',
            label: '',
            status: shape.status,
            segments: [{ type, text: shape.text.split('\n\n')[0]! }],
            children: [],
          };
        }
        const segments = shape.paragraph;
        // A paragraph that is all deleted (inserted) is a deleted (inserted) clause: it has no other text.
        const only = segments.length === 1 ? segments[0]!.type : 'equal';
        const status = only === 'delete' ? 'deleted' : only === 'insert' ? 'inserted' : clauseStatusOf(segments);
        return { id: '', label: '', status, segments, children: [] };
      });
      const kept = paragraphs.filter((c) => c.segments.length > 0);
      const redline: Redline = {
        lead: 'Der Rat möge beschließen:',
        clauses:
          kept.length > 0
            ? kept
            : [{ id: '', label: '', status: 'unchanged', segments: [{ type: 'equal', text: 'Text.' }], children: [] }],
      };
      assignRedlineIds(redline.clauses);
      return redline;
    }
    const build = (shapes: Shape[], level: number, forced: 'inserted' | 'deleted' | undefined): RedlineClause[] => {
      const style = STYLES[Math.min(level, STYLES.length - 1)]!;
      let baseIndex = 0;
      let amendedIndex = 0;
      return shapes.slice(0, style.length).map((shape) => {
        const status = forced ?? (shape.status === 'same' ? undefined : shape.status);
        let clause: RedlineClause;
        if (status === 'inserted' || status === 'deleted') {
          const label = style[status === 'inserted' ? amendedIndex++ : baseIndex++]!;
          clause = {
            id: '',
            label,
            status,
            segments: [{ type: status === 'inserted' ? 'insert' : 'delete', text: shape.text }],
            children: [],
          };
        } else {
          const label = style[amendedIndex++]!;
          const baseLabel = style[baseIndex++]!;
          clause = { id: '', label, status: clauseStatusOf(shape.segments), segments: shape.segments, children: [] };
          if (baseLabel !== label) clause.baseLabel = baseLabel;
        }
        clause.children = build(shape.children, level + 1, status);
        return clause;
      });
    };
    const redline: Redline = { lead, clauses: build(clauses, top, undefined) };
    assignRedlineIds(redline.clauses);
    return redline;
  });

const LEAD_WORDS = ['Rat', 'möge', 'beschließen', 'beschließt', 'Ausschuss', 'empfiehlt', 'wie', 'folgt', 'Stadt'];

/** Words of a lead: mostly ordinary, some hostile to Markdown and the clause parser. */
const leadWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LEAD_WORDS, ...PLAIN_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
);

type LeadEdit = { kind: 'keep' } | { kind: 'drop' } | { kind: 'replace'; by: string } | { kind: 'add'; word: string };

/**
 * A base lead and a random word-level edit of it — words dropped, replaced,
 * added (issue 17: lead changes). Both start with "Der" and end with a colon,
 * so that the readers take them for a lead.
 */
export const leadEditArb = fc
  .record({
    words: fc.array(leadWord, { minLength: 1, maxLength: 6 }),
    edits: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<LeadEdit>({ kind: 'keep' }) },
        { weight: 1, arbitrary: fc.constant<LeadEdit>({ kind: 'drop' }) },
        { weight: 1, arbitrary: leadWord.map((by): LeadEdit => ({ kind: 'replace', by })) },
        { weight: 1, arbitrary: leadWord.map((w): LeadEdit => ({ kind: 'add', word: w })) },
      ),
      { minLength: 6, maxLength: 6 },
    ),
  })
  .map(({ words, edits }) => {
    const amended = words.flatMap((w, i): string[] => {
      const edit = edits[i]!;
      if (edit.kind === 'drop') return [];
      if (edit.kind === 'replace') return [edit.by];
      if (edit.kind === 'add') return [w, edit.word];
      return [w];
    });
    const lead = (ws: readonly string[]): string => ['Der', ...ws].join(' ') + ':';
    return { base: lead(words), amended: lead(amended) };
  });
