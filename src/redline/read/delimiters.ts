/**
 * Pairing the delimiter runs of one paragraph as micromark does: which `**`,
 * `*`/`_` and `~~` runs open and close which emphasis, strong emphasis and
 * strikethrough. The scanner in markers.ts finds the runs and their flanking;
 * this module matches them (CommonMark's "process emphasis" with the rule of
 * three, GFM strikethrough, and the order in which micromark resolves the two),
 * in linear time.
 *
 * @module
 */

/** A delimiter run: `*`/`_` (attention) or `~~` (strikethrough). */
export interface Run {
  /** The delimiter character. */
  char: '*' | '_' | '~';
  /** Offset of the run in the paragraph. */
  start: number;
  /** Offset after the run. */
  end: number;
  /** Start of the still unmatched part `[from, to)` (closers are used from the left). */
  from: number;
  /** End of the still unmatched part (openers are used from the right). */
  to: number;
  /** Whether the run can open (it is left-flanking, with the rules for `_`). */
  open: boolean;
  /** Whether the run can close. */
  close: boolean;
}

/** A matched pair: what the delimiters around `[innerStart, innerEnd)` make. */
export interface Pair {
  /** What the pair makes. */
  kind: 'emphasis' | 'strong' | 'delete';
  /** Start of the opening delimiters used. */
  start: number;
  /** Start of the text inside (after the opening delimiters). */
  innerStart: number;
  /** End of the text inside (before the closing delimiters). */
  innerEnd: number;
  /** End of the closing delimiters used. */
  end: number;
}

/**
 * Matches the runs as micromark does: the kind used first in the paragraph
 * (attention or strikethrough) is resolved over the whole paragraph first;
 * the other kind only within the innermost span of the first kind around it
 * (so the two never cross), and outside all of them last.
 */
export function resolve(runs: Run[]): Pair[] {
  const first = runs[0];
  if (first === undefined) return [];
  const attention = runs.filter((r) => r.char !== '~');
  const strike = runs.filter((r) => r.char === '~');
  const firstKind = first.char === '~' ? strike : attention;
  const secondKind = first.char === '~' ? attention : strike;
  const resolveKind = (group: Run[]): Pair[] =>
    group[0]?.char === '~' ? resolveStrike(group) : resolveAttention(group);
  const outer = resolveKind(firstKind);
  // Group the other kind by the innermost span of the first kind that holds it.
  const groups = new Map<number, Run[]>();
  const spans = outer.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const open: number[] = []; // indexes into spans, innermost last
  let next = 0;
  for (const run of secondKind) {
    while (open.length > 0 && spans[open[open.length - 1]!]!.innerEnd <= run.start) open.pop();
    while (next < spans.length && spans[next]!.innerStart <= run.start) {
      if (spans[next]!.innerEnd > run.start) {
        while (open.length > 0 && spans[open[open.length - 1]!]!.innerEnd <= run.start) open.pop();
        open.push(next);
      }
      next++;
    }
    while (open.length > 0 && spans[open[open.length - 1]!]!.innerEnd <= run.start) open.pop();
    const inside = open.length > 0 && spans[open[open.length - 1]!]!.innerEnd >= run.end;
    const key = inside ? open[open.length - 1]! : -1;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(run);
  }
  const inner: Pair[] = [];
  for (const group of groups.values()) inner.push(...resolveKind(group));
  return [...outer, ...inner];
}

/** GFM strikethrough: each closing `~~` takes the nearest open `~~` before it. */
function resolveStrike(runs: Run[]): Pair[] {
  const pairs: Pair[] = [];
  const openers: Run[] = [];
  for (const run of runs) {
    if (run.close && openers.length > 0) {
      const opener = openers.pop()!;
      pairs.push({ kind: 'delete', start: opener.start, innerStart: opener.end, innerEnd: run.start, end: run.end });
      continue;
    }
    if (run.open) openers.push(run);
  }
  return pairs;
}

/**
 * CommonMark emphasis as micromark resolves it: each closing run, from left to
 * right, looks back for the nearest open run of the same character that the
 * rule of three allows (on the runs' remaining lengths); two characters are
 * used when both have two or more, else one; runs between the pair drop out.
 * `bottom` remembers, per kind of closer, below which stack height no opener
 * can match it, so that failed searches are not repeated (linear overall).
 */
function resolveAttention(runs: Run[]): Pair[] {
  const pairs: Pair[] = [];
  const stack: Run[] = [];
  const bottom = new Map<string, number>();
  const clampBottom = (height: number): void => {
    for (const [key, value] of bottom) if (value > height) bottom.set(key, height);
  };
  for (const run of runs) {
    if (run.close) {
      for (;;) {
        const closeLength = run.to - run.from;
        if (closeLength === 0) break;
        const key = `${run.char}${closeLength % 3}${run.open ? 1 : 0}`;
        const floor = bottom.get(key) ?? 0;
        let found = -1;
        for (let k = stack.length - 1; k >= floor; k--) {
          const opener = stack[k]!;
          if (opener.char !== run.char) continue;
          const openLength = opener.to - opener.from;
          if ((opener.close || run.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) continue;
          found = k;
          break;
        }
        if (found < 0) {
          bottom.set(key, stack.length);
          break;
        }
        const opener = stack[found]!;
        // Runs between opener and closer drop out.
        stack.length = found + 1;
        clampBottom(found);
        const use = opener.to - opener.from > 1 && closeLength > 1 ? 2 : 1;
        pairs.push({
          kind: use === 2 ? 'strong' : 'emphasis',
          start: opener.to - use,
          innerStart: opener.to,
          innerEnd: run.from,
          end: run.from + use,
        });
        opener.to -= use;
        run.from += use;
        if (opener.to === opener.from) {
          stack.pop();
          clampBottom(stack.length);
        }
      }
    }
    if (run.open && run.to > run.from) stack.push(run);
  }
  return pairs;
}
