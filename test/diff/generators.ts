/**
 * fast-check generators of council-German resolutions and of random edits to
 * them, for the property tests of the diff.
 */
import fc from 'fast-check';
import type { Clause, Resolution } from '../../src/model.js';

/** Words and multi-token phrases as they occur in council resolutions. */
export const VOCABULARY: readonly string[] = [
  'Die',
  'Verwaltung',
  'wird',
  'beauftragt',
  'prüfen',
  'erarbeiten',
  'vorzulegen',
  'der',
  'die',
  'das',
  'und',
  'oder',
  'sowie',
  'mit',
  'für',
  'im',
  'zu',
  'des',
  'dem',
  'eine',
  'einen',
  'Konzept',
  'Masterplan',
  'Digitalisierung',
  'Stabsstelle',
  'Stelle',
  'Ausschuss',
  'Rat',
  'Oberbürgermeisterin',
  'Kölner*innen',
  'Bürger:innen',
  'Schüler_innen',
  'Expert*innen',
  'z. B.',
  'u. a.',
  'bzw.',
  'gem.',
  'Nr. 4',
  '§ 13',
  '31.12.2024',
  '04.10.2021',
  '250.000 €',
  '1.000,50 €',
  'IT-Strategie',
  'Startup-Ökosystems',
  '2018-2022',
  'Landes- sowie Bundesebene',
  '„Digitales Köln 2025“',
  '"Digitales Köln 2025"',
  'vierteljährlich',
  'halbjährlich',
  'zeitnah',
  'Haushaltsmittel',
  'Zwischenberichte',
  'Hochschulen',
  'Wirtschaft',
  'Handlungskonzept',
  'Einzelprojekten',
  'Dezernat IX',
  'Chief Digital Officer(s)',
  'www.koelnsdpd.de',
  'Kitas',
  'Schulen',
  'Radverkehr',
  'Klimaschutz',
  'bis',
  'zum',
  'Jahr',
  '2030',
  'Ko\u0308ln',
  'Digitali\u00ADsierung',
];

const word = fc.constantFrom(...VOCABULARY);

/** One sentence: capitalised start, words with occasional commas, a final full stop. */
const sentence = fc
  .array(fc.tuple(word, fc.constantFrom('', '', '', '', ',')), { minLength: 3, maxLength: 16 })
  .map((parts) => {
    const text = parts.map(([w, comma], i) => (i < parts.length - 1 ? w + comma : w)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  });

/** A clause text: one or more sentences, rarely a second paragraph, rarely empty (a heading-only clause). */
export const clauseText = fc.oneof(
  { weight: 12, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')) },
  { weight: 2, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `${a}\n\n${b}`) },
  { weight: 1, arbitrary: fc.constant('') },
);

type Style = 'number' | 'letter' | 'paren' | 'bullet' | 'none' | 'roman';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The label of the `i`-th (0-based) clause in a style. */
export function labelFor(style: Style, i: number): string {
  switch (style) {
    case 'number':
      return `${i + 1}.`;
    case 'letter':
      return `${String.fromCharCode(97 + (i % 26))})`;
    case 'paren':
      return `(${i + 1})`;
    case 'roman':
      return `${ROMAN[i % ROMAN.length]}.`;
    case 'bullet':
      return '-';
    case 'none':
      return '';
  }
}

/** A sibling list of a given style; children get a different style, down to `depth` levels. */
function siblings(style: Style, depth: number, max: number): fc.Arbitrary<Clause[]> {
  const childStyle: Style = style === 'number' || style === 'roman' ? 'letter' : 'bullet';
  const children =
    depth <= 1
      ? fc.constant<Clause[]>([])
      : fc.oneof(
          { weight: 4, arbitrary: fc.constant<Clause[]>([]) },
          { weight: 1, arbitrary: siblings(childStyle, depth - 1, 5) },
        );
  return fc
    .array(fc.tuple(clauseText, children), { minLength: 1, maxLength: max })
    .map((list) => list.map(([text, kids], i) => ({ id: '', label: labelFor(style, i), text, children: kids })));
}

/** A realistic resolution: a lead and 1–10 top-level clauses, some with sub-clauses. */
export const resolution: fc.Arbitrary<Resolution> = fc
  .tuple(
    fc.constantFrom('Der Rat möge beschließen:', 'Der Beschluss wird wie folgt geändert', ''),
    fc.constantFrom<Style>('number', 'number', 'number', 'roman', 'bullet', 'none', 'paren'),
  )
  .chain(([lead, style]) => siblings(style, 3, 10).map((clauses) => ({ lead, clauses })));

/** One random edit; positions are taken modulo what exists. */
export type Edit =
  | { kind: 'substitute' | 'insertWord'; clause: number; at: number; word: string }
  | { kind: 'deleteWord' | 'punctuation' | 'typography'; clause: number; at: number }
  | { kind: 'insertClause'; list: number; at: number; text: string }
  | { kind: 'deleteClause' | 'renumber'; list: number; at: number }
  | { kind: 'moveClause'; list: number; at: number; to: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('substitute' as const, 'insertWord' as const),
    clause: fc.nat(),
    at: fc.nat(),
    word,
  }),
  fc.record({
    kind: fc.constantFrom('deleteWord' as const, 'punctuation' as const, 'typography' as const),
    clause: fc.nat(),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('insertClause' as const), list: fc.nat(), at: fc.nat(), text: clauseText }),
  fc.record({ kind: fc.constantFrom('deleteClause' as const, 'renumber' as const), list: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('moveClause' as const), list: fc.nat(), at: fc.nat(), to: fc.nat() }),
);

function copyClause(c: Clause): Clause {
  return { id: '', label: c.label, text: c.text, children: c.children.map(copyClause) };
}

/** All sibling lists (the top level first) and all clauses of a tree, in document order. */
function inventory(clauses: Clause[]): { lists: Clause[][]; all: Clause[] } {
  const lists: Clause[][] = [clauses];
  const all: Clause[] = [];
  const stack = [...clauses].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    all.push(c);
    if (c.children.length > 0) lists.push(c.children);
    for (let i = c.children.length - 1; i >= 0; i -= 1) stack.push(c.children[i]!);
  }
  return { lists, all };
}

/** Relabels a sibling list in its own style (1., 2., …), as an amendment's renumbering would. */
function renumber(list: Clause[]): void {
  const first = list[0]?.label ?? '';
  const style: Style = /^\d+\.$/.test(first)
    ? 'number'
    : /^[a-z]\)$/.test(first)
      ? 'letter'
      : /^\(\d+\)$/.test(first)
        ? 'paren'
        : /^[IVX]+\.$/.test(first)
          ? 'roman'
          : first === '-'
            ? 'bullet'
            : 'none';
  list.forEach((c, i) => {
    c.label = labelFor(style, i);
  });
}

/** Applies edits to a copy of a resolution. */
export function applyEdits(base: Resolution, edits: readonly Edit[]): Resolution {
  const clauses = base.clauses.map(copyClause);
  for (const e of edits) {
    const { lists, all } = inventory(clauses);
    if ('clause' in e) {
      const clause = all[e.clause % all.length];
      if (clause === undefined) continue;
      const words = clause.text.split(' ');
      const i = e.at % words.length;
      switch (e.kind) {
        case 'substitute':
          words[i] = e.word;
          break;
        case 'insertWord':
          words.splice(i, 0, e.word);
          break;
        case 'deleteWord':
          if (words.length > 1) words.splice(i, 1);
          break;
        case 'punctuation':
          words[i] = words[i]!.endsWith(',') ? words[i]!.slice(0, -1) : `${words[i]!},`;
          break;
        case 'typography':
          words[i] = words[i]!.replace(/„|“/gu, '"').replace(/ö/gu, 'o\u0308');
          if (i + 1 < words.length) {
            words[i] = `${words[i]!}\u00A0${words[i + 1]!}`;
            words.splice(i + 1, 1);
          }
          break;
      }
      clause.text = words.join(' ');
      continue;
    }
    const list = lists[e.list % lists.length]!;
    switch (e.kind) {
      case 'insertClause': {
        const at = e.at % (list.length + 1);
        const label = list[Math.min(at, list.length - 1)]?.label ?? '1.';
        list.splice(at, 0, { id: '', label, text: e.text, children: [] });
        break;
      }
      case 'deleteClause':
        if (list.length > 1 || list !== clauses) list.splice(e.at % list.length, 1);
        break;
      case 'moveClause': {
        const [moved] = list.splice(e.at % list.length, 1);
        if (moved !== undefined) list.splice(e.to % (list.length + 1), 0, moved);
        break;
      }
      case 'renumber':
        renumber(list);
        break;
    }
  }
  return { lead: base.lead, clauses };
}

/** A base resolution and an edited version of it. */
export const editedPair: fc.Arbitrary<readonly [Resolution, Resolution]> = resolution.chain((base) =>
  fc.array(edit, { minLength: 0, maxLength: 8 }).map((edits) => [base, applyEdits(base, edits)] as const),
);

/** Document titles: none, or one of a few statute and motion titles (with typography to fold). */
const TITLES = [
  undefined,
  'Satzung über die Benutzung der Stadtbücherei',
  'Gesetz über „Spielplätze“ und Freizeitflächen',
  'Geschäftsordnung des Rates',
] as const;

/**
 * A base resolution and an edited version of it, each with or without a
 * title: the amended title is the base's, another one, the base's with a
 * word changed, or none.
 */
export const titledPair: fc.Arbitrary<readonly [Resolution, Resolution]> = fc
  .tuple(editedPair, fc.constantFrom(...TITLES), fc.constantFrom(...TITLES), fc.constantFrom('same', 'other', 'word'))
  .map(([[base, amended], baseTitle, otherTitle, how]) => {
    const changed =
      how === 'same' ? baseTitle : how === 'other' ? otherTitle : baseTitle?.replace('die', 'eine Neufassung der');
    const titled = (r: Resolution, title: string | undefined): Resolution =>
      title === undefined ? r : { title, ...r };
    return [titled(base, baseTitle), titled(amended, changed)] as const;
  });
