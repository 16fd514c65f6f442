/**
 * Several clauses replaced together by one text ("Die Punkte 1. – 3. des
 * Ursprungsantrages werden ersetzt durch:" + the new text, read by
 * src/instructions/sentence/clause-range.ts): the new resolution is the base
 * with the text's clauses in place of the named ones — which must be
 * consecutive siblings of the base — and the base's lead kept. An intro line
 * of the text ("Der Magistrat wird beauftragt:") is a clause holding the
 * text's items, as the parser reads such a text after a lead. A list run on
 * in one line ("1. … lassen. 2. … 3. …") is a list, one item per line.
 *
 * @module
 */
import type { Clause, Resolution } from '../model.js';
import type { ParseOptions } from '../parse/parse-options.js';
import { assignIds } from '../parse/ids.js';
import { indexClauses, resolveAddress } from '../references/resolve.js';
import type { WholeText } from '../instructions/read/reader-result.js';
import { sentenceError } from '../instructions/read/excerpt.js';
import { mapTree, preorder } from '../tree.js';
import { isWordChar } from '../text/chars.js';
import { readNewWording } from './new-wording.js';

/**
 * The base with `whole.clauses` replaced by the text of `whole`.
 *
 * @throws {InstructionError} naming the sentence when the clauses are missing, parts of clauses, or not consecutive siblings
 */
export function replaceClauses(
  base: Resolution,
  whole: WholeText & { clauses: string[] },
  source: string,
  options: ParseOptions,
): Resolution {
  const index = indexClauses(base.clauses);
  const refuse = (reason: string): Error => sentenceError(source, whole.sentence, reason);
  const found = whole.clauses.map((ref) => {
    const a = resolveAddress(base, ref, index);
    if (a.kind === 'missing') throw refuse(a.reason);
    if (a.kind !== 'clause' || a.narrowed) throw refuse(`"${ref}" is no whole clause`);
    return a;
  });
  const parent = found[0]!.parent;
  const from = found[0]!.index;
  if (found.some((a, k) => a.parent !== parent || a.index !== from + k))
    throw refuse(
      `the clauses it replaces together (${whole.clauses.join(', ')}) are no consecutive clauses of one list in the base`,
    );
  const text = runOnItemsSplit(whole.source);
  const amended = readNewWording(text, options);
  const fresh: Clause[] =
    amended.lead.trim() === ''
      ? amended.clauses
      : [{ id: '', label: '', text: amended.lead.trim(), children: amended.clauses }];
  // Every word of the text must be in the clauses read from it: nothing is dropped as a title or a letter.
  if (
    letters(
      preorder(fresh)
        .map((c) => `${c.label}${c.text}`)
        .join(''),
    ) !== letters(text)
  )
    throw refuse('its new text does not read as clauses word for word (a label without a space after it?)');
  const splice = (siblings: Clause[]): Clause[] => [
    ...siblings.slice(0, from),
    ...fresh,
    ...siblings.slice(from + found.length),
  ];
  const clauses =
    parent === undefined
      ? splice([...base.clauses])
      : mapTree(base.clauses, (node: Clause, children: Clause[]): Clause => ({
          ...node,
          children: node === parent ? splice(children) : children,
        }));
  assignIds(clauses);
  return { ...base, clauses };
}

/**
 * A numbered list run on in one line ("1. Ein Konzept … lassen. 2. Dringende
 * … 3. Für …"), one item per line: a line that starts with "1." breaks before
 * each next number in sequence that follows a sentence end. One pass per line.
 */
export function runOnItemsSplit(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!/^\s*1\.\s/u.test(line)) return line;
      let out = '';
      let at = 0;
      for (let n = 2; ; n += 1) {
        const next = nextItem(line, n, at);
        if (next === undefined) break;
        out += `${line.slice(at, next).trimEnd()}\n`;
        at = next;
      }
      return out + line.slice(at);
    })
    .join('\n');
}

/** Where "n. " starts after a sentence end at or after `from`, if anywhere. */
function nextItem(line: string, n: number, from: number): number | undefined {
  const mark = ` ${n}. `;
  for (let i = line.indexOf(mark, from); i !== -1; i = line.indexOf(mark, i + 1)) {
    if ('.!?;'.includes(line[i - 1] ?? '')) return i + 1;
  }
  return undefined;
}

/** The word characters of `s`, in order. */
function letters(s: string): string {
  return [...s].filter(isWordChar).join('');
}
