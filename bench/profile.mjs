/**
 * Where the time goes: `node bench/profile.mjs [case] [subject] [--out=file.cpuprofile]`
 * (after `npm run build`; case defaults to `c2000`, subject to `redline`;
 * subjects: redline, diffResolutions, parseResolution).
 *
 * Builds the case, warms the subject up, then runs it for about 4 s under
 * V8's CPU profiler (the profiler behind `node --cpu-prof`, started through
 * `node:inspector` so that input generation and warm-up stay out of the
 * profile), and prints the self time by source file — mapped back from dist/
 * to src/ through the build's source maps — the top functions by self time,
 * and the library functions by inclusive time (which phase costs what). With
 * `--out` the raw profile is written too (open it in Chrome DevTools).
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as api from '../dist/index.js';
import { BENCH_CASES } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const out = args.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const [caseName = 'c2000', subject = 'redline'] = args.filter((a) => !a.startsWith('--'));

const c = BENCH_CASES[caseName]?.();
if (!c) throw new Error(`unknown case ${caseName}; one of ${Object.keys(BENCH_CASES).join(', ')}`);
const preBase = api.parseResolution(c.baseText);
const preAmended = api.parseResolution(c.amendedText);
const work = {
  redline: () => api.redline(c.baseText, c.amendedText),
  diffResolutions: () => api.diffResolutions(preBase, preAmended),
  parseResolution: () => api.parseResolution(c.baseText),
}[subject];
if (!work) throw new Error(`unknown subject ${subject}`);

for (let i = 0; i < 3; i++) work();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const until = performance.now() + 4000;
let runs = 0;
while (performance.now() < until || runs < 3) {
  work();
  runs += 1;
}
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (out) writeFileSync(out, JSON.stringify(profile));

// Self time per node: the time deltas attributed to the sample that follows them.
const selfMs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
}

const maps = new Map();
function sourceMapFor(url) {
  if (!maps.has(url)) {
    let map;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** Where a call frame's code lives: a src/ file for the library, the package for dependencies. */
function locate(frame) {
  const name = frame.functionName || '(anonymous)';
  const url = frame.url;
  if (!url) return { file: name, name };
  if (url.startsWith(pathToFileURL(`${root}dist/`).href)) {
    const entry = sourceMapFor(url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^.*?(src\/)/, '$1');
      return { file: source, name: `${name} (${source}:${entry.originalLine + 1})` };
    }
    return { file: relative(root, fileURLToPath(url)), name };
  }
  const nm = url.indexOf('node_modules/');
  if (nm !== -1) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { file: `node_modules/${pkg}`, name: `${name} (${pkg})` };
  }
  if (url.startsWith('node:')) return { file: url, name: `${name} (${url})` };
  return { file: relative(root, url.startsWith('file:') ? fileURLToPath(url) : url), name };
}

const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  if (ms === 0) continue;
  total += ms;
  const where = locate(node.callFrame);
  byFile.set(where.file, (byFile.get(where.file) ?? 0) + ms);
  byFunction.set(where.name, (byFunction.get(where.name) ?? 0) + ms);
}

// Inclusive time per library function: every sample counts once for each function on its stack.
const parent = new Map();
const nodeById = new Map();
for (const node of profile.nodes) {
  nodeById.set(node.id, node);
  for (const child of node.children ?? []) parent.set(child, node.id);
}
const inclusive = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const seen = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const where = locate(nodeById.get(id).callFrame);
    if (!where.file.startsWith('src/') || seen.has(where.name)) continue;
    seen.add(where.name);
    inclusive.set(where.name, (inclusive.get(where.name) ?? 0) + ms);
  }
}

const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} ms | ${((100 * ms) / total).toFixed(1)} % |`)
    .join('\n');

console.log(
  `Profile of \`${subject}\` on case ${caseName}: ${runs} runs, ${total.toFixed(0)} ms sampled (${(total / runs).toFixed(1)} ms per run)\n`,
);
console.log('| self time by file | ms | share |\n| --- | --- | --- |');
console.log(top(byFile, 15));
console.log('\n| self time by function | ms | share |\n| --- | --- | --- |');
console.log(top(byFunction, 25));
console.log('\n| inclusive time (library functions) | ms | share |\n| --- | --- | --- |');
console.log(top(inclusive, 25));
