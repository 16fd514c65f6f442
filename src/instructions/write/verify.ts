/**
 * The writer's check of its own wording, by reading it back: a clause
 * reference must find its clause again (`resolveAddress`), and the written
 * instructions, read with `parseAmendment` and applied with `applyAmendment`,
 * must give the redline's amended text clause by clause. A clause whose
 * instructions fail is given its new wording as a whole instead.
 *
 * @module
 */
import { applyAmendment } from '../../amend/apply.js';
import type {
  AmendmentWithRenumbering,
  Change,
  Clause,
  Redline,
  RedlineClause,
  Renumbering,
  Resolution,
} from '../../model.js';
import { acceptAll } from '../../redline/model.js';
import { resolveAddress } from '../../references/resolve.js';
import { foldTypography } from '../../text/normalize.js';
import { parseAmendment } from '../read.js';
import type { Instruction } from './phrasing.js';
import { walkKept, type KeptPair } from './kept.js';

/** What the instructions must do: turn `base` into `expected`, as `redline` shows. */
export interface Expectation {
  redline: Redline;
  base: Resolution;
  expected: Resolution;
  /** The line length the instructions' line references count with. */
  lineLength: number;
}

/** Whether the reference `ref` finds exactly `clause` of `base` (not a part of it). */
export function refFinds(base: Resolution, ref: string, clause: Clause): boolean {
  const found = resolveAddress(base, ref);
  return found.kind === 'clause' && found.clause === clause && !found.narrowed;
}

/** Whether one instruction sentence reads back as `changes`. */
export function readsAs(sentence: string, changes: readonly Change[]): boolean {
  try {
    return sameChanges(parseAmendment(`1. ${sentence}`).changes, changes);
  } catch {
    return false;
  }
}

/**
 * Reads the instructions back and applies them to `base`; returns the
 * redline clauses whose result differs from the expected (amended) text or
 * whose instruction is misread, to be given a new wording as a whole.
 */
export function verify(expectation: Expectation, list: readonly Instruction[]): Set<RedlineClause> {
  const { redline, base, expected, lineLength } = expectation;
  const bad = new Set<RedlineClause>();
  const changes: Change[] = [];
  const renumber: Renumbering[] = [];
  const owners: Array<RedlineClause | undefined> = [];
  for (const ins of list) {
    if (!readsBack(ins)) {
      if (ins.owner !== undefined) bad.add(ins.owner);
      continue;
    }
    for (const c of ins.changes) {
      changes.push(c);
      owners.push(ins.owner);
    }
    renumber.push(...ins.renumber);
  }
  if (bad.size > 0) return bad;
  let result: Resolution;
  try {
    result = acceptAll(applyAmendment(base, { changes, renumber }, { lineLength }));
  } catch (error) {
    const diagnostics = (error as { diagnostics?: Array<{ change: number }> }).diagnostics ?? [];
    for (const d of diagnostics) {
      const owner = owners[d.change];
      if (owner !== undefined) bad.add(owner);
    }
    return bad;
  }
  // Compare clause by clause, walking the redline's amended side beside the result and the expected text.
  const wanted = new Map<KeptPair<Clause>, readonly Clause[]>();
  walkKept(
    redline.clauses,
    result.clauses,
    (rc) => rc.status !== 'deleted',
    (pair) => {
      const w = (pair.parent === undefined ? expected.clauses : wanted.get(pair.parent)!)[pair.rank];
      const g = pair.counterpart;
      if (g === undefined || w === undefined) return 'skip';
      if (fold(g.text) !== fold(w.text)) bad.add(pair.rc);
      wanted.set(pair, w.children);
      return undefined;
    },
  );
  return bad;
}

/** Whether an instruction reads back as the changes and renumbering it means. */
function readsBack(ins: Instruction): boolean {
  let read: AmendmentWithRenumbering;
  try {
    read = parseAmendment(`1. ${ins.text}`);
  } catch {
    return false;
  }
  return sameChanges(read.changes, ins.changes) && (read.renumber ?? []).length === ins.renumber.length;
}

function sameChanges(a: readonly Change[], b: readonly Change[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as Record<string, unknown>;
    const xr = x as Record<string, unknown>;
    const keys = new Set([...Object.keys(xr), ...Object.keys(y)]);
    for (const k of keys) {
      const u = xr[k];
      const v = y[k];
      if (typeof u === 'string' && typeof v === 'string') {
        if (fold(u) !== fold(v)) return false;
      } else if (u !== v) return false;
    }
    return true;
  });
}

/** A text as compared: typography folded, outer white space dropped. */
export function fold(text: string): string {
  return foldTypography(text).trim();
}
