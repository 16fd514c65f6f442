/**
 * One new text for several clauses of the same unit: "Ersetze § 14 Abs. 1
 * und 2 durch:" followed by "(1) … (2) …". It is applied as one new wording
 * per clause when the new text holds exactly those clauses, each under its
 * own label, in the order named; a text that opens with an intro line before
 * its list is one block in place of them all (clauses-block.ts). Anything
 * else — a text without those labels,
 * with more or fewer of them, clauses of different units — is refused: which
 * words replace which clause would be a guess (a merged text for two Absätze
 * leaves open whether the second is struck or renumbered).
 *
 * @module
 */
import type { Change } from '../../model.js';
import { labelKey, scanLineLabel } from '../../parse/labels.js';
import { formatRef, type Ref } from '../../references/ref.js';
import { changesResult, SentenceError, type SentenceResult } from './result.js';
import type { Target } from './roles.js';
import { clausesBlock, opensWithIntro } from './clauses-block.js';
import { withoutItemNoun } from './item-noun.js';
import { instructionTokens } from '../../references/tokens.js';
import { nounAt, readRefText } from '../../references/read.js';

/** "§ 14 Absatz 1", "Absatz 2" → the second under § 14 too ("Abs. 1 und 2" names both under the first's unit). */
function withPrefix(refs: readonly Ref[]): Ref[] {
  const first = refs[0]!;
  const last = first.parts[first.parts.length - 1];
  return refs.map((r, k) =>
    k > 0 && r.parts.length === 1 && last !== undefined && r.parts[0]!.noun === last.noun
      ? { ...r, parts: [...first.parts.slice(0, -1), r.parts[0]!] }
      : r,
  );
}

/** Whether `refs` are clauses of one unit, the same noun at the same depth ("§ 14 Absatz 1", "§ 14 Absatz 2"). */
function siblings(refs: readonly Ref[]): boolean {
  const first = refs[0]!;
  const depth = first.parts.length;
  if (depth === 0) return false;
  const prefix = formatRef({ parts: first.parts.slice(0, -1) });
  return refs.every(
    (r) =>
      r.parts.length === depth &&
      r.sentence === undefined &&
      r.halfSentence === undefined &&
      r.line === undefined &&
      r.parts[depth - 1]!.noun === first.parts[depth - 1]!.noun &&
      formatRef({ parts: r.parts.slice(0, -1) }) === prefix,
  );
}

/** The label key a reference names last ("§ 14 Absatz 2" → "2"). */
function ownLabel(ref: Ref): string {
  return ref.parts[ref.parts.length - 1]!.label.toLowerCase();
}

/** How a label is written, its letters and digits left out: "(2)" → "()", "3." → ".". */
function labelShape(label: string): string {
  return label.replace(/[\p{L}\p{N}]/gu, '');
}

/** "(1)Die Antragsberatung …" (a space lost in extraction) → "(1) Die Antragsberatung …". */
function unglued(line: string): string {
  const m = /^(\s*\(\d{1,3}[a-z]?\))(?=\p{Lu})/u.exec(line);
  return m === null ? line : `${m[1]!} ${line.slice(m[1]!.length)}`;
}

/** The clause a line names and nothing else ("Beschlussantrag Nr. 1", "Ziffer 2"), if it is such a heading. */
export function headingRef(line: string): Ref | undefined {
  const tokens = withoutItemNoun(instructionTokens(line, 0, line.length, []));
  const first = tokens[0];
  if (first === undefined || first.kind !== 'word' || nounAt(tokens, 0) === undefined) return undefined;
  const refs = readRefText(line.slice(first.start));
  return refs?.length === 1 && refs[0]!.parts.length > 0 ? refs[0] : undefined;
}

/**
 * The new text cut at the lines that start with the labels of `refs`, or
 * that name them alone as headings ("Beschlussantrag Nr. 1"), in order; undefined unless it holds exactly those labels, one each, the first
 * at its start, and no further label written like them ("(4)" after "(2)",
 * "(3)": a clause more than the instruction names).
 */
function splitByLabels(text: string, refs: readonly Ref[]): string[] | undefined {
  const lines = text.split('\n').map(unglued);
  const pieces: string[][] = [];
  let shape: string | undefined;
  for (const line of lines) {
    // "Beschlussantrag Nr. 1" on a line of its own: the heading of the next clause's text.
    const heading = headingRef(line);
    if (heading !== undefined) {
      const want = refs[pieces.length];
      if (want === undefined || formatRef(withPrefix([want, heading])[1]!) !== formatRef(want)) return undefined;
      pieces.push([]);
      continue;
    }
    const read = scanLineLabel(line.trimStart());
    const key = read === undefined ? undefined : labelKey(read.label);
    const want = refs[pieces.length];
    const written = read === undefined ? undefined : labelShape(read.label);
    if (want !== undefined && key === ownLabel(want) && (shape === undefined || written === shape)) {
      pieces.push([line]);
      shape ??= written;
    } else if (key !== undefined && written === shape) return undefined;
    else if (pieces.length === 0) {
      if (line.trim() !== '') return undefined;
    } else pieces[pieces.length - 1]!.push(line);
  }
  const texts = pieces.map((p) => p.join('\n').trim());
  return texts.length === refs.length && texts.every((t) => t !== '') ? texts : undefined;
}

/**
 * The payload reading of a new text for several clauses ("Ersetze § 14
 * Abs. 1 und 2 durch:"), or undefined when the target is not several clauses
 * of one unit (the caller's one-clause reading applies).
 */
export function severalUnits(target: Target, start: number): SentenceResult | undefined {
  if (target.kind !== 'refs' || target.refs.length < 2) return undefined;
  const refs = withPrefix(target.refs);
  if (!siblings(refs)) return undefined;
  const names = refs.map(formatRef).join(', ');
  return {
    kind: 'payload',
    nestable: false,
    build: (text) => {
      const pieces = splitByLabels(text, refs);
      if (pieces === undefined && opensWithIntro(text)) return clausesBlock(refs.map(formatRef), text);
      if (pieces === undefined)
        throw new SentenceError(
          `the new text replaces ${refs.length} clauses (${names}) but does not hold them one by one under their labels; which words replace which clause is not said`,
          start,
        );
      const changes: Change[] = pieces.map((piece, k) => ({ op: 'rewrite', clause: formatRef(refs[k]!), new: piece }));
      return changesResult(changes);
    },
  };
}
