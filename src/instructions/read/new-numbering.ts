/**
 * "In dem neuen Absatz 2 …", "Im neuen Satz 3 …": a reference in the
 * numbering that the earlier instructions of the same amendment made. The
 * change model addresses the base, so such a reference is translated back:
 * through an earlier renumbering ("Die bisherigen Absätze 3 und 4 werden
 * Absätze 2 und 3": the new Absatz 2 is the base's Absatz 3), and for
 * sentences through the sentences struck and inserted before it in the same
 * place ("Satz 3 wird aufgehoben. … In dem neuen Satz 3" is the base's Satz 4;
 * after "Nach Satz 1 wird folgender Satz eingefügt", the new Satz 3 is the
 * base's Satz 2). A reference the earlier instructions do not explain — or
 * one to a clause or sentence the amendment itself adds — is refused.
 *
 * @module
 */
import type { Change, Renumbering } from '../../model.js';
import { NEW_WORDS, REFERENCE_NOUNS } from '../../references/nouns.js';
import { nounAt } from '../../references/read.js';
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError } from '../sentence/result.js';

/** Words before "neuen" that make it a place in the new numbering ("dem neuen Absatz 2"), not a clause added ("folgender neuer § 4a"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['dem', 'im', 'des', 'vom', 'zum', 'am']);

/** A reference in the new numbering that a sentence makes: its noun (canonical) and label. */
export interface NewReference {
  canonical: string;
  label: string;
  at: number;
}

/**
 * The tokens without the "neuen" of references in the new numbering, and
 * those references; the tokens as they are when there is none.
 */
export function takeNewReferences(tokens: readonly InstructionToken[]): {
  tokens: readonly InstructionToken[];
  refs: NewReference[];
} {
  const refs: NewReference[] = [];
  const drop = new Set<number>();
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    const tok = tokens[i]!;
    const before = tokens[i - 1]!;
    if (tok.kind !== 'word' || !NEW_WORDS.has(tok.lower) || before.kind !== 'word') continue;
    // "In den neuen Absatz 5 wird … eingefügt": accusative after "in" is a place too ("um den neuen Absatz" adds one).
    const twoBefore = tokens[i - 2];
    const into = before.lower === 'den' && twoBefore?.kind === 'word' && twoBefore.lower === 'in';
    if (!PLACE_WORDS.has(before.lower) && !into) continue;
    const noun = nounAt(tokens, i + 1);
    let k = i + 2;
    if (tokens[k]?.kind === 'punct' && tokens[k]!.text === '.') k += 1;
    const label = tokens[k];
    if (noun === undefined || label?.kind !== 'word' || !/^\d{1,3}[a-z]?$/u.test(label.text)) continue;
    refs.push({ canonical: noun.canonical, label: label.text, at: tok.start });
    drop.add(i);
  }
  if (refs.length === 0) return { tokens, refs };
  return { tokens: tokens.filter((_, i) => !drop.has(i)), refs };
}

/** Splits a clause string into its words ("§ 3 Absatz 2 Satz 2" → ["§", "3", "Absatz", "2", "Satz", "2"]). */
function words(clause: string): string[] {
  return clause.split(' ').filter((w) => w !== '');
}

function canonicalOf(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  return REFERENCE_NOUNS.get(word.toLowerCase().replace(/\.$/u, ''))?.canonical;
}

/** The earlier instructions of one amendment, as far as the new numbering needs them. */
export class NewNumbering {
  /** New clause prefix → base clause prefix ("§ 3 Absatz 2" → "§ 3 Absatz 3"). */
  private readonly renumbered = new Map<string, string>();
  /** Per container ("§ 8 Absatz 1"): base sentences struck, and base sentences a new sentence was inserted after. */
  private readonly sentences = new Map<string, { struck: Set<number>; insertedAfter: number[] }>();
  /** Clause prefixes the amendment adds ("§ 3 Absatz 5"). */
  private readonly added = new Set<string>();

  noteRenumbering(entry: Renumbering): void {
    if (!('label' in entry)) return;
    const parts = words(entry.clause);
    if (parts.length < 2) return;
    const key = parts[parts.length - 1]!.replace(/^\(|\)$/gu, '');
    const fresh = entry.label.replace(/[().]/gu, '');
    if (!/^\d{1,3}[a-z]?$/u.test(key) || !/^\d{1,3}[a-z]?$/u.test(fresh)) return;
    this.renumbered.set([...parts.slice(0, -1), fresh].join(' '), entry.clause);
  }

  noteChange(change: Change): void {
    if (change.op === 'addClause') {
      const parent = change.parent ?? parentOf(change.after ?? change.before);
      if (change.label !== undefined && parent !== undefined)
        this.added.add(`${parent} ${nounBelow(parent)} ${change.label}`.trim());
      return;
    }
    if (change.op !== 'removeClause' && change.op !== 'insert') return;
    const parts = words(change.clause);
    const n = Number(parts[parts.length - 1]);
    if (parts.length < 2 || canonicalOf(parts[parts.length - 2]) !== 'Satz' || !Number.isInteger(n)) return;
    const container = parts.slice(0, -2).join(' ');
    const entry = this.sentences.get(container) ?? { struck: new Set<number>(), insertedAfter: [] };
    this.sentences.set(container, entry);
    if (change.op === 'removeClause') entry.struck.add(n);
    else if (change.after === undefined && change.before === undefined && /[.!?]["“”]?$/u.test(change.new.trim()))
      entry.insertedAfter.push(n);
  }

  /**
   * The change with its clause references translated from the new numbering
   * to the base's.
   *
   * @throws {SentenceError} when a reference is not explained by the earlier instructions, or names what the amendment adds
   */
  translate(change: Change, refs: readonly NewReference[]): Change {
    if (refs.length === 0) return change;
    const out = { ...change } as Change & Record<string, unknown>;
    for (const field of ['clause', 'after', 'before', 'parent'] as const) {
      const value = out[field];
      if (typeof value === 'string') out[field] = this.translateClause(value, refs);
    }
    return out;
  }

  private translateClause(clause: string, refs: readonly NewReference[]): string {
    let parts = words(clause);
    for (const ref of refs) {
      const j = parts.findIndex((w, k) => w === ref.label && canonicalOf(parts[k - 1]) === ref.canonical);
      if (j === -1) continue;
      const prefix = parts.slice(0, j + 1).join(' ');
      const base = ref.canonical === 'Satz' ? this.baseSentence(parts.slice(0, j - 1).join(' '), ref) : undefined;
      const mapped = base ?? this.renumbered.get(prefix) ?? this.renumberedWithin(prefix);
      if (mapped === undefined) {
        const why = this.added.has(prefix)
          ? 'it names what this amendment adds; write the change into the added text'
          : 'the instructions before it do not say which clause that is';
        throw new SentenceError(
          `„neuen ${ref.canonical} ${ref.label}“ refers to the amended numbering, and ${why}`,
          ref.at,
        );
      }
      parts = [...words(mapped), ...parts.slice(j + 1)];
    }
    return parts.join(' ');
  }

  /**
   * The base clause of a new label named without its unit ("In den neuen
   * Absatz 5" after "Die bisherigen Absätze 4 und 5 [des § 9] erhalten die
   * neuen Nummern 5 und 6"): the one renumbered clause whose new name ends so;
   * undefined when none or several do.
   */
  private renumberedWithin(prefix: string): string | undefined {
    const hits = [...this.renumbered].filter(([fresh]) => fresh.endsWith(` ${prefix}`));
    return hits.length === 1 ? hits[0]![1] : undefined;
  }

  /** The base clause of the new sentence `ref.label` in `container`, or undefined when no earlier instruction changed its sentences. */
  private baseSentence(container: string, ref: NewReference): string | undefined {
    const entry = this.sentences.get(container);
    const k = Number(ref.label);
    if (entry === undefined || !Number.isInteger(k)) return undefined;
    let position = 0;
    for (let b = 1; b <= k + entry.struck.size + 1; b += 1) {
      if (!entry.struck.has(b)) {
        position += 1;
        if (position === k) return `${container} Satz ${b}`.trim();
      }
      for (const after of entry.insertedAfter) {
        if (after !== b) continue;
        position += 1;
        if (position === k)
          throw new SentenceError(
            `„neuen Satz ${k}“ is a sentence this amendment inserts; write the change into the inserted text`,
            ref.at,
          );
      }
    }
    return undefined;
  }
}

/** The clause a sibling reference hangs under ("§ 3 Absatz 2" → "§ 3"). */
function parentOf(clause: string | undefined): string | undefined {
  if (clause === undefined) return undefined;
  const parts = words(clause);
  return parts.length > 2 ? parts.slice(0, -2).join(' ') : undefined;
}

/** The noun of the level below a unit ("§ 3" → "Absatz"), for the prefix of an added clause. */
function nounBelow(parent: string): string {
  return parent.startsWith('§') || parent.startsWith('Art') ? 'Absatz' : '';
}
