// One-off timing of diffResolutions on a generated large resolution.
// Usage: npm run build && node scripts/diff-timing.mjs [clauses=2000] [changedShare=0.01]
// (The benchmark suite with fixed inputs lives in bench/; this is the quick check
// quoted in docs/redline-quality.md.)
import { diffResolutions, diffText } from '../dist/index.js';
import { diffWords } from 'diff';

const clauses = Number(process.argv[2] ?? 2000);
const share = Number(process.argv[3] ?? 0.01);

/** Deterministic PRNG (mulberry32), so every run diffs the same texts. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'Die Verwaltung wird beauftragt der die das und sowie mit für im zu des dem eine einen Konzept Masterplan ' +
  'Digitalisierung Stabsstelle Ausschuss Rat Oberbürgermeisterin Kölner*innen Bürger:innen z. B. u. a. bzw. ' +
  'gem. § 13 31.12.2024 250.000 € IT-Strategie Startup-Ökosystems 2018-2022 „Digitales Köln 2025“ ' +
  'vierteljährlich halbjährlich zeitnah Haushaltsmittel Zwischenberichte Hochschulen Wirtschaft Handlungskonzept ' +
  'Einzelprojekten Kitas Schulen Radverkehr Klimaschutz bis zum Jahr 2030 erarbeiten prüfen vorzulegen'
).split(' ');

function generate(count, random) {
  const list = [];
  for (let i = 0; i < count; i += 1) {
    const words = [];
    while (words.join(' ').length < 220) words.push(WORDS[Math.floor(random() * WORDS.length)]);
    list.push({ id: String(i + 1), label: `${i + 1}.`, text: `${words.join(' ')}.`, children: [] });
  }
  return { lead: 'Der Rat möge beschließen:', clauses: list };
}

function mutate(resolution, random) {
  return {
    lead: resolution.lead,
    clauses: resolution.clauses.map((c) => ({
      ...c,
      text: c.text
        .split(' ')
        .map((w) => (random() < share ? WORDS[Math.floor(random() * WORDS.length)] : w))
        .join(' '),
    })),
  };
}

const random = prng(42);
const base = generate(clauses, random);
const amended = mutate(base, random);
const flat = (r) => r.clauses.map((c) => `${c.label} ${c.text}`).join('\n\n');
const size = Buffer.byteLength(flat(base));

function time(label, fn, runs = 5) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((x, y) => x - y);
  console.log(`${label}: median ${samples[Math.floor(runs / 2)].toFixed(1)} ms (min ${samples[0].toFixed(1)})`);
}

console.log(`${clauses} clauses, ${(size / 1024).toFixed(0)} KiB, ${share * 100} % of words changed`);
time('diffResolutions', () => diffResolutions(base, amended), 11);
time('diffText (flat, one string)', () => diffText(flat(base), flat(amended)), 3);
time('jsdiff diffWords (flat)', () => diffWords(flat(base), flat(amended)), 1);
