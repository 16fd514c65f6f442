/**
 * The benchmark: `npm run bench` (= `npm run build && node bench/run.mjs`).
 *
 * Measures, side by side in one run and against the built `dist/index.js`:
 * `redline()` end to end (base text + rewrite text), `diffResolutions` on
 * pre-parsed input, `parseResolution`, jsdiff `diffWords` on the flat texts,
 * diff-match-patch with semantic cleanup, and the floor (splitting both texts
 * on whitespace). Each (case, subject) runs in its own process
 * (bench/worker.mjs), which also measures the peak heap. Prints a Markdown
 * table and writes it into docs/performance.md between the `bench:start` and
 * `bench:end` markers (the prose around them is kept).
 *
 * Flags: `--cases=c200,c2000` (subset), `--no-write` (do not touch the docs),
 * `--cpu` (time by the workers' CPU time instead of the wall clock, for a
 * machine where other jobs run; see bench/worker.mjs), `--repeat=N` (N fresh
 * workers per figure, the median of their medians; a peer's call over 5 s is
 * measured once).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCH_CASES } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--cases='))
  ?.slice('--cases='.length)
  .split(',');
const write = !args.includes('--no-write');
const cpuTime = args.includes('--cpu');
const repeat = Number(args.find((a) => a.startsWith('--repeat='))?.slice('--repeat='.length) ?? 1);

const SUBJECTS = ['redline', 'diffResolutions', 'parseResolution', 'jsdiff', 'dmp', 'floor'];
const SUBJECT_TITLES = {
  redline: '`redline()`',
  diffResolutions: '`diffResolutions`',
  parseResolution: '`parseResolution`',
  jsdiff: 'jsdiff `diffWords`',
  dmp: 'diff-match-patch',
  floor: 'floor (split)',
};
/** Wall-clock limits (s) per worker; a peer that runs longer is stopped and reported as "> limit". */
const LIMITS = { c8000: { jsdiff: 150, dmp: 60 }, unrelated: { jsdiff: 8, dmp: 8 }, every: { jsdiff: 8, dmp: 8 } };
const DEFAULT_LIMIT = 60;
/** The memory target: the 8,000-clause `redline()` runs within this many times its input (issue 10). */
const HEAP_FACTOR = 8;

const caseNames = Object.keys(BENCH_CASES).filter((name) => !only || only.includes(name));
const started = performance.now();
const loadBefore = loadavg();

/** Input facts of each case (generation is cheap and deterministic). */
const inputs = {};
for (const name of caseNames) {
  const c = BENCH_CASES[name]();
  inputs[name] = {
    title: c.name,
    description: c.description,
    baseBytes: Buffer.byteLength(c.baseText),
    amendedBytes: Buffer.byteLength(c.amendedText),
  };
}

/** One measurement in a fresh worker: its JSON line, or `{ timeout }` / `{ error }`. */
function measure(name, subject, limit) {
  const flags = cpuTime ? ['--single-threaded-gc'] : [];
  const child = spawnSync(
    process.execPath,
    [
      ...flags,
      '--expose-gc',
      fileURLToPath(new URL('worker.mjs', import.meta.url)),
      name,
      subject,
      ...(cpuTime ? ['--cpu'] : []),
    ],
    { encoding: 'utf8', timeout: limit * 1000, maxBuffer: 1 << 20 },
  );
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') return { timeout: limit };
  if (child.status !== 0) {
    const message = (child.stderr || '').trim().split('\n').slice(-3).join(' ');
    return { error: message || `exit ${child.status}` };
  }
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** The measurement with the median time of `runs` (the others' samples are dropped). */
function medianRun(runs) {
  const sorted = runs.slice().sort((a, b) => a.medianMs - b.medianMs);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...middle, repeats: runs.length };
}

// Rounds: each round measures every subject of a case once, in a fresh worker each. The
// machine's speed drifts (other jobs, CPU clocks) by more than the differences measured, so a
// ratio of two subjects is taken within each round and its median over the rounds reported.
const results = {};
/** Per case, per round: subject → median ms of that round's worker. */
const rounds = {};
for (const name of caseNames) {
  results[name] = {};
  rounds[name] = [];
  const runs = Object.fromEntries(SUBJECTS.map((subject) => [subject, []]));
  for (let k = 0; k < repeat; k++) {
    const round = {};
    for (const subject of SUBJECTS) {
      if (results[name][subject] !== undefined) continue; // failed, stopped, or measured once for good
      const limit = LIMITS[name]?.[subject] ?? DEFAULT_LIMIT;
      process.stderr.write(`${name} / ${subject}${repeat > 1 ? ` (round ${k + 1})` : ''} … `);
      const r = measure(name, subject, limit);
      if (r.medianMs === undefined) {
        results[name][subject] = r;
        process.stderr.write(r.timeout ? `stopped after ${limit} s\n` : `FAILED: ${r.error}\n`);
        continue;
      }
      runs[subject].push(r);
      round[subject] = r.medianMs;
      process.stderr.write(`${fmtMs(r.medianMs)}\n`);
      // A peer's call of seconds is measured once: its noise is small against it, and it takes long.
      if (r.method === 'one cold run' && r.medianMs > 5000) results[name][subject] = medianRun(runs[subject]);
    }
    rounds[name].push(round);
  }
  for (const subject of SUBJECTS) {
    if (results[name][subject] === undefined && runs[subject].length > 0) {
      results[name][subject] = medianRun(runs[subject]);
    }
  }
}

/** The median over the rounds of `a ÷ b` (rounds where either is missing use the overall medians). */
function roundRatio(name, a, b) {
  const ratios = (rounds[name] ?? []).map(
    (round) => (round[a] ?? results[name]?.[a]?.medianMs) / (round[b] ?? results[name]?.[b]?.medianMs),
  );
  const valid = ratios.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
  return valid.length === 0 ? undefined : valid[Math.floor((valid.length - 1) / 2)];
}

// The memory target, checked directly: the 8,000-clause redline must run with the heap capped
// at what it held before the call plus 8 × the input (young generation kept small, so the cap
// is on nearly the whole heap). Garbage the GC can reclaim does not count against it.
let capped;
if (results.c8000?.redline?.heapBefore !== undefined) {
  const input = inputs.c8000.baseBytes + inputs.c8000.amendedBytes;
  const capMiB = Math.ceil((results.c8000.redline.heapBefore + HEAP_FACTOR * input) / 2 ** 20);
  process.stderr.write(`c8000 / redline with the heap capped at ${capMiB} MiB … `);
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${capMiB}`,
      '--max-semi-space-size=1',
      '--expose-gc',
      fileURLToPath(new URL('worker.mjs', import.meta.url)),
      'c8000',
      'redline',
      '--once',
    ],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 20 },
  );
  capped = {
    capMiB,
    ok: child.status === 0,
    detail:
      child.status === 0
        ? ''
        : (child.stderr || '').includes('heap out of memory')
          ? 'out of memory'
          : `exit ${child.status ?? child.signal}`,
  };
  process.stderr.write(`${capped.ok ? 'ok' : capped.detail}\n`);
}
const totalSeconds = (performance.now() - started) / 1000;
const loadAfter = loadavg();

// --- formatting ---------------------------------------------------------------

function fmtMs(ms) {
  if (ms === undefined) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
function fmtBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  return `${(bytes / 1024).toFixed(0)} KiB`;
}
function cell(r) {
  if (!r) return '—';
  if (r.timeout) return `> ${r.timeout} s (stopped)`;
  if (r.error) return 'error';
  const mark = r.method === 'one cold run' ? ' ¹' : '';
  return fmtMs(r.medianMs) + mark;
}
/** `a ÷ b` of one case, formatted (the median of the rounds' ratios, see {@link roundRatio}). */
function ratio(name, a, b) {
  const [x, y] = [results[name][a], results[name][b]];
  if (!x || !y || x.error || y.error || x.timeout) return '—';
  if (y.timeout) return `< ${(x.medianMs / (y.timeout * 1000)).toFixed(3)}×`;
  const r = roundRatio(name, a, b);
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(4)}×`;
}

const lines = [];
lines.push(
  `| case | base / amended | ${SUBJECTS.map((s) => SUBJECT_TITLES[s]).join(' | ')} | redline ÷ jsdiff | redline ÷ floor | parse MB/s |`,
);
lines.push(`|${' --- |'.repeat(SUBJECTS.length + 5)}`);
for (const name of caseNames) {
  const r = results[name];
  const input = inputs[name];
  const parse = r.parseResolution;
  const mbps = parse && parse.medianMs ? (input.baseBytes / 1e6 / (parse.medianMs / 1000)).toFixed(1) : '—';
  lines.push(
    `| ${input.title} | ${fmtBytes(input.baseBytes)} / ${fmtBytes(input.amendedBytes)} | ${SUBJECTS.map((s) => cell(r[s])).join(' | ')} | ${ratio(name, 'redline', 'jsdiff')} | ${ratio(name, 'redline', 'floor')} | ${mbps} |`,
  );
}

const memory = [];
memory.push(
  `| case | input (base + amended) | ${SUBJECTS.map((s) => SUBJECT_TITLES[s]).join(' | ')} | \`redline()\` peak ÷ input | \`redline()\` live ≥ | \`redline()\` retained | \`redline()\` max RSS |`,
);
memory.push(`|${' --- |'.repeat(SUBJECTS.length + 6)}`);
for (const name of caseNames) {
  const r = results[name];
  const input = inputs[name].baseBytes + inputs[name].amendedBytes;
  const peak = (x) => (x && x.peakHeap !== undefined ? fmtBytes(Math.max(0, x.peakHeap)) : '—');
  const red = r.redline;
  memory.push(
    `| ${inputs[name].title} | ${fmtBytes(input)} | ${SUBJECTS.map((s) => peak(r[s])).join(' | ')} | ${red?.peakHeap !== undefined ? `${(red.peakHeap / input).toFixed(1)}×` : '—'} | ${red?.peakLive !== undefined ? fmtBytes(red.peakLive) : '—'} | ${red?.retained !== undefined ? fmtBytes(Math.max(0, red.retained)) : '—'} | ${red?.maxRss !== undefined ? fmtBytes(red.maxRss) : '—'} |`,
  );
}

const sanity = [];
sanity.push(
  '| case | clauses unchanged / changed / inserted / deleted | change segments | rejectAll = base, acceptAll = amended |',
);
sanity.push('| --- | --- | --- | --- |');
for (const name of caseNames) {
  const facts = results[name].redline?.facts;
  if (!facts) {
    sanity.push(`| ${inputs[name].title} | — | — | — |`);
    continue;
  }
  const s = facts.statuses;
  sanity.push(
    `| ${inputs[name].title} | ${s.unchanged} / ${s.changed} / ${s.inserted} / ${s.deleted} | ${facts.hunks} | ${facts.exact ? 'yes' : '**no**'} |`,
  );
}

// --- targets (issues 6 and 10) ------------------------------------------------------
const targets = [];
const ms = (name, subject) => results[name]?.[subject]?.medianMs;
function target(text, value, ok) {
  targets.push(`| ${text} | ${value} | ${ok === undefined ? '—' : ok ? 'met' : '**missed**'} |`);
}
/** A target on the ratio of two subjects' times in one case: `a ÷ b ≤ limit` (see {@link roundRatio}). */
function ratioTarget(text, name, a, b, limit, digits = 2) {
  if (ms(name, a) === undefined || ms(name, b) === undefined) return;
  const r = roundRatio(name, a, b);
  target(text, `${r.toFixed(digits)}×`, r <= limit);
}
targets.push('| target | measured | |');
targets.push('| --- | --- | --- |');
for (const name of ['c2000', 'c8000']) {
  const title = inputs[name]?.title;
  ratioTarget(`${title}: \`redline()\` ≤ 5 × floor`, name, 'redline', 'floor', 5);
}
ratioTarget('2,000 clauses: `redline()` ≤ 0.04 × jsdiff `diffWords`', 'c2000', 'redline', 'jsdiff', 0.04, 4);
for (const name of ['c2000', 'c8000']) {
  const title = inputs[name]?.title;
  ratioTarget(
    `${title}: \`redline()\` ≤ 1.3 × \`diffResolutions\` (parsed beforehand)`,
    name,
    'redline',
    'diffResolutions',
    1.3,
  );
}
if (ms('c2000', 'redline') !== undefined && ms('c8000', 'redline') !== undefined) {
  // Two cases measured at different times: their medians (and, steadier, their ratios to the floor).
  const growth = ms('c8000', 'redline') / ms('c2000', 'redline');
  const floorGrowth = roundRatio('c8000', 'redline', 'floor') / roundRatio('c2000', 'redline', 'floor');
  const floors = ms('c8000', 'floor') / ms('c2000', 'floor');
  target(
    '2,000 → 8,000 clauses (× 4 data): `redline()` time ≤ × 4.5',
    `× ${growth.toFixed(2)} (the floor: × ${floors.toFixed(2)}; redline ÷ floor: × ${floorGrowth.toFixed(2)})`,
    growth <= 4.5,
  );
}
if (results.c8000?.redline?.peakHeap !== undefined) {
  const input = inputs.c8000.baseBytes + inputs.c8000.amendedBytes;
  const red = results.c8000.redline;
  // Met when the call runs with the heap capped (what it needs); the peak counts garbage the GC leaves while it has room.
  target(
    `8,000 clauses: \`redline()\` heap ≤ ${HEAP_FACTOR} × input`,
    `${capped ? `heap capped at ${capped.capMiB} MiB (before + ${HEAP_FACTOR} × input): ${capped.ok ? 'runs' : capped.detail}; ` : ''}peak ${(red.peakHeap / input).toFixed(1)}× (${fmtBytes(red.peakHeap)}, garbage included), live ≥ ${(red.peakLive / input).toFixed(1)}× (${fmtBytes(red.peakLive)})`,
    capped ? capped.ok : red.peakHeap / input <= HEAP_FACTOR,
  );
}
if (ms('unrelated', 'redline') !== undefined) {
  const facts = results.unrelated.redline.facts;
  const u = ms('unrelated', 'redline');
  const whole = facts ? facts.statuses.inserted + facts.statuses.deleted : 0;
  target(
    'unrelated 50 KiB texts: `redline()` < 1 s, whole-clause replacements',
    `${fmtMs(u)}; ${facts ? `${whole} clauses inserted/deleted, ${facts.statuses.changed} changed` : ''}`,
    u < 1000,
  );
}
for (const name of ['c8000', 'c2000']) {
  const p = ms(name, 'parseResolution');
  if (p !== undefined) {
    const mbps = inputs[name].baseBytes / 1e6 / (p / 1000);
    target(`parsing ≥ 10 MB/s (${inputs[name].title})`, `${mbps.toFixed(1)} MB/s`, mbps >= 10);
    break;
  }
}

const cpu = cpus();
const machine = [
  `- Node ${process.version}, ${process.platform} ${process.arch}; CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  `- Command: \`npm run bench\` (= \`npm run build && node bench/run.mjs${args.length ? ` ${args.join(' ')}` : ''}\`); benchmark time ${totalSeconds.toFixed(0)} s (without the build)`,
  `- Load average (1/5/15 min) before: ${loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after: ${loadAfter.map((x) => x.toFixed(2)).join(' / ')}`,
  `- Run on ${new Date().toISOString().slice(0, 10)}`,
];

const report = [
  '### Machine',
  '',
  ...machine,
  '',
  '### Time (median)',
  '',
  ...lines,
  '',
  `Timing: ${cpuTime ? 'CPU time of the worker process (user + system, `--single-threaded-gc`)' : 'wall clock'}; ${repeat > 1 ? `each figure the median of ${repeat} fresh workers' medians` : 'one worker per figure'}. ¹ one cold run only (the call takes more than 2 s); all other figures are medians of ≥ 3 warm runs (${cpuTime ? '≥ 10 calls and ≥ 0.5 s for calls under 0.3 s' : 'mitata `measure` for calls under 0.3 s'}). "stopped": the peer was stopped at the time limit of the benchmark.`,
  '',
  '### Peak heap during one call',
  '',
  'Fresh process per figure; `v8.GCProfiler` records the used heap before and after every GC of the call. *Peak*: the largest used heap (garbage included) minus the heap before the call. *Live ≥*: the largest heap right after a GC, a lower bound of the live data. *Retained*: what the result keeps after a full GC.',
  '',
  ...memory,
  '',
  '### Is the redline sensible?',
  '',
  ...sanity,
  '',
  '### Targets (issues 6 and 10)',
  '',
  ...targets,
].join('\n');

console.log(report);

if (write) {
  const path = `${root}docs/performance.md`;
  const start = '<!-- bench:start (written by bench/run.mjs) -->';
  const end = '<!-- bench:end -->';
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${start}\n${end}\n`;
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  const next =
    from === -1 || to === -1
      ? `${existing.trimEnd()}\n\n${start}\n${report}\n${end}\n`
      : `${existing.slice(0, from + start.length)}\n${report}\n${existing.slice(to)}`;
  writeFileSync(path, next);
  process.stderr.write(`wrote ${path}\n`);
}
