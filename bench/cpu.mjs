/**
 * The stopwatch of the bench scripts: CPU time of one call, and the median of
 * several calls after a warm-up.
 *
 * @module
 */

/** Milliseconds of CPU time that `fn` takes. */
export function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The median CPU time of `runs` calls of `fn`, after one warm-up call. */
export function median(fn, runs = 5) {
  fn();
  const times = Array.from({ length: runs }, () => cpuMs(fn)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}
