/**
 * One measurement of the benchmark, in a fresh process:
 * `node --expose-gc bench/worker.mjs <case> <subject>` prints one JSON line.
 *
 * A fresh process per (case, subject) keeps the memory figures clean (nothing
 * else lives in the heap) and lets the parent stop a peer that runs too long.
 *
 * 1. The first call is the memory run: `v8.GCProfiler` records the used heap
 *    before and after every garbage collection during the call. The peak heap
 *    is the largest "before" figure (or the heap at the end): what the heap
 *    really held, garbage included. The peak live heap is the largest "after"
 *    figure: a lower bound of the live data. The retained heap is what stays
 *    after a full GC while the result is alive. With `--once` the call is not
 *    timed again (used for the heap-capped run of bench/run.mjs).
 * 2. Timing: a peer's call over 2 s is not repeated (the cold first call is
 *    the figure, marked as one run: JIT warm-up is noise against seconds).
 *    Everything else is warmed up (up to 5 calls or 1.5 s), then calls over
 *    0.3 s are timed 5 times (peers 3 times) by hand and faster calls with
 *    mitata's `measure` (≥ 10 samples and ≥ 0.5 s of them). The median is
 *    reported. With `--cpu` every call is timed by the process's CPU time
 *    (user + system, `process.cpuUsage`) instead of the wall clock, ≥ 10 calls
 *    and ≥ 0.5 s of them: on a machine where other jobs run, the wall clock
 *    measures the neighbours as much as the subject. (bench/run.mjs starts the
 *    worker with `--single-threaded-gc` then, so that the CPU time is that of
 *    one thread, as the wall clock's would be.)
 *
 * @module
 */
import { GCProfiler } from 'node:v8';
import { measure, do_not_optimize } from 'mitata';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { BENCH_CASES } from './generate.mjs';

const [caseName, subject] = process.argv.slice(2);
const makeCase = BENCH_CASES[caseName];
if (!makeCase) throw new Error(`unknown case ${caseName}`);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const gc = globalThis.gc;

const OURS = new Set(['redline', 'diffResolutions', 'parseResolution']);
// The library is loaded only for its own subjects, so a peer's heap holds nothing of it.
const api = OURS.has(subject) ? await import('../dist/index.js') : undefined;

const c = makeCase();
const { baseText, amendedText } = c;

/** The subjects; each returns a function of no arguments that does the work once. */
const SUBJECTS = {
  redline: () => () => api.redline(baseText, amendedText),
  diffResolutions: () => {
    const base = api.parseResolution(baseText);
    const amended = api.parseResolution(amendedText);
    return () => api.diffResolutions(base, amended);
  },
  parseResolution: () => () => api.parseResolution(baseText),
  jsdiff: () => () => diffWords(baseText, amendedText),
  dmp: () => {
    const dmp = new DiffMatchPatch();
    // No time limit: the default 1 s cut-off would return a partial, coarser diff.
    dmp.Diff_Timeout = 0;
    return () => {
      const diffs = dmp.diff_main(baseText, amendedText);
      dmp.diff_cleanupSemantic(diffs);
      return diffs;
    };
  },
  floor: () => () => [baseText.split(/\s+/), amendedText.split(/\s+/)],
};

const setup = SUBJECTS[subject];
if (!setup) throw new Error(`unknown subject ${subject}`);
const run = setup();

// --- 1. memory run (cold) ---------------------------------------------------
gc();
gc();
const heapBefore = process.memoryUsage().heapUsed;
const profiler = new GCProfiler();
profiler.start();
const t0 = performance.now();
const c0 = process.cpuUsage();
let result = run();
const firstMs = performance.now() - t0;
const firstCpu = process.cpuUsage(c0);
const firstCpuMs = (firstCpu.user + firstCpu.system) / 1000;
const heapEnd = process.memoryUsage().heapUsed;
const gcStats = profiler.stop();
let peakHeap = heapEnd;
let peakLive = 0;
for (const entry of gcStats.statistics) {
  peakHeap = Math.max(peakHeap, entry.beforeGC.heapStatistics.usedHeapSize);
  peakLive = Math.max(peakLive, entry.afterGC.heapStatistics.usedHeapSize);
}
gc();
gc();
const retained = process.memoryUsage().heapUsed - heapBefore;

/** A few facts about a redline that say whether it is sensible. */
function describeRedline(redline) {
  const statuses = { unchanged: 0, changed: 0, inserted: 0, deleted: 0 };
  let hunks = 0;
  const stack = [...redline.clauses];
  while (stack.length > 0) {
    const clause = stack.pop();
    statuses[clause.status] += 1;
    for (const segment of clause.segments) if (segment.type !== 'equal') hunks += 1;
    stack.push(...clause.children);
  }
  const strip = (clauses) => clauses.map((cl) => [cl.label, cl.text, strip(cl.children)]);
  const same = (a, b) => JSON.stringify(strip(a.clauses)) === JSON.stringify(strip(b.clauses));
  const exact =
    same(api.rejectAll(redline), api.parseResolution(baseText)) &&
    same(api.acceptAll(redline), api.parseResolution(amendedText));
  return { statuses, hunks, exact };
}
const facts = subject === 'redline' || subject === 'diffResolutions' ? describeRedline(result) : undefined;
// eslint-disable-next-line no-useless-assignment -- drops the last reference so the timing below runs without it
result = undefined;

// --- 2. timing ----------------------------------------------------------------
let samples;
let method;
const timed = (n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    do_not_optimize(run());
    out.push(performance.now() - start);
  }
  return out;
};
/** CPU time of calls (ms): at least `min` calls and 0.5 s of them, at most `max`. */
const timedCpu = (min, max) => {
  const out = [];
  let total = 0;
  while (out.length < max && (out.length < min || total < 500)) {
    const start = process.cpuUsage();
    do_not_optimize(run());
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
    total += out[out.length - 1];
  }
  return out;
};
const cpuTime = process.argv.includes('--cpu');
if (process.argv.includes('--once') || (firstMs > 2000 && !OURS.has(subject))) {
  samples = [cpuTime ? firstCpuMs : firstMs];
  method = 'one cold run';
} else if (cpuTime) {
  const warmUntil = performance.now() + 1500;
  for (let i = 0; i < 5 && performance.now() < warmUntil; i++) do_not_optimize(run());
  samples = firstMs > 300 ? timedCpu(OURS.has(subject) ? 5 : 3, 5) : timedCpu(10, 200);
  method = `CPU time, ${samples.length} calls`;
} else {
  // Warm up until the JIT has settled: up to 5 calls or 1.5 s (mitata itself warms up only sub-ms functions).
  const warmUntil = performance.now() + 1500;
  for (let i = 0; i < 5 && performance.now() < warmUntil; i++) do_not_optimize(run());
  if (firstMs > 300) {
    samples = timed(OURS.has(subject) ? 5 : 3);
    method = `${samples.length} runs`;
  } else {
    const stats = await measure(() => do_not_optimize(run()), {
      min_samples: 10,
      max_samples: 500,
      min_cpu_time: 500e6,
      gc: gc,
    });
    samples = stats.samples.map((ns) => ns / 1e6);
    method = `mitata, ${stats.samples.length} samples`;
  }
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor((samples.length - 1) / 2)];

process.stdout.write(
  `${JSON.stringify({
    case: caseName,
    subject,
    medianMs: median,
    minMs: samples[0],
    maxMs: samples[samples.length - 1],
    firstMs,
    method,
    peakHeap: peakHeap - heapBefore,
    peakLive: Math.max(0, peakLive - heapBefore),
    heapBefore,
    retained,
    maxRss: process.resourceUsage().maxRSS * 1024,
    gcs: gcStats.statistics.length,
    facts,
  })}\n`,
);
