/**
 * The timing checks of the test suite, in one place. A test asserts only how
 * time grows with the input, never a duration: the same code on `growth` ×
 * the input may take at most `growth` × {@link FACTOR} the time, plus
 * {@link SLACK_MS}. (What a call costs in absolute terms is measured in
 * bench/, not here.)
 *
 * The suite runs on shared machines — two cores, other test files in
 * parallel, other engineers' jobs — where a single wall-clock reading measures
 * the neighbours, a GC pause or a JIT tier-up as much as the code. So:
 *
 * - time is the process's CPU time (`process.cpuUsage`; vitest runs each test
 *   file in its own process), so time spent descheduled does not count (in a
 *   worker thread, where the process's CPU time would include the other
 *   threads, it falls back to the wall clock);
 * - both sides are warmed up, then the small and the large call alternate, so a
 *   burst of load or a tier-up hits both;
 * - each side's median is compared: one GC pause or one lucky fast call moves
 *   neither.
 *
 * {@link FACTOR} is 3: a linear function stays well below it (ratios of about
 * 1–1.5 × the growth are usual), while a quadratic one, which takes growth² —
 * 16× for 4× the input, 100× for 10× — fails for every growth of 4 or more.
 */
import { isMainThread } from 'node:worker_threads';
import { expect } from 'vitest';

/** How much more than linear the larger call may take (see the module comment). */
export const FACTOR = 3;

/** Added to every bound: timer resolution and fixed costs, which dominate calls of a few milliseconds. */
export const SLACK_MS = 30;

/** Starts a stopwatch: the returned function gives the milliseconds since (CPU time; see the module comment). */
export function stopwatch(): () => number {
  const wall = performance.now();
  const cpu = isMainThread ? process.cpuUsage() : undefined;
  return () => {
    if (cpu === undefined) return performance.now() - wall;
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
}

/** Milliseconds of one call of `fn` (see {@link stopwatch}). Errors count as results. */
export function timeOf(fn: () => unknown): number {
  const stop = stopwatch();
  try {
    fn();
  } catch {
    // Only the time counts here; the result is checked elsewhere.
  }
  return stop();
}

/** The median time of each call, over `runs` rounds in which the calls alternate. */
export function medianTimes(calls: ReadonlyArray<() => unknown>, runs = 5): number[] {
  const samples = calls.map(() => [] as number[]);
  for (let round = 0; round < runs; round += 1) {
    calls.forEach((call, i) => samples[i]!.push(timeOf(call)));
  }
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
}

/**
 * What is wrong with a growth from `small` to `large` ms for `growth` × the
 * input, or `undefined` when it is within the bound.
 */
export function growthProblem(what: string, small: number, large: number, growth: number): string | undefined {
  const bound = FACTOR * growth * small + SLACK_MS;
  // TIMING_LOG=1 prints every check's margin, to find the checks that run close to their bound.
  if (process.env['TIMING_LOG'] !== undefined)
    console.log(
      `timing: ${what}: ${large.toFixed(1)} of ${bound.toFixed(1)} ms (${((100 * large) / bound).toFixed(0)} % of the bound)`,
    );
  if (large <= bound) return undefined;
  return `${what}: ${large.toFixed(1)} ms on ${growth}× the input vs ${small.toFixed(1)} ms (ratio ${(large / Math.max(small, 0.01)).toFixed(1)}, bound ${FACTOR} × ${growth} + ${SLACK_MS} ms)`;
}

/**
 * Asserts that `large` (the code on `growth` × the input of `small`) takes
 * about linear time: warms both up, then compares their medians (see the
 * module comment). Prepare inputs outside the calls where the preparation is
 * not what is measured.
 */
export function expectLinearGrowth(
  what: string,
  small: () => unknown,
  large: () => unknown,
  growth: number,
  runs = 5,
): void {
  small();
  large();
  const [s, l] = medianTimes([small, large], runs);
  expect(growthProblem(what, s!, l!, growth)).toBeUndefined();
}
