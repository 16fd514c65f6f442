/**
 * Clause references at scale: `node bench/references.mjs` (after `npm run build`).
 *
 * 1. `checkAmendment` on bases of 1,000 to 8,000 clauses (sections `I.`–`XL.`
 *    holding numbered items) with one change per eight clauses, addressed in
 *    the forms that the label index of the first version missed: a sentence
 *    of a clause ("Ziffer II 5 Satz 1"), a path that starts below the top
 *    ("Buchstabe …" under one item only), the base numbering ("(alt)") and
 *    references to clauses that do not exist. Linear: twice the clauses, about
 *    twice the time.
 * 2. `findClause` and `checkAmendment` with a long junk reference
 *    (`'a '.repeat(n)`, issue 13.9), 12,500 to 50,000 words.
 *
 * CPU time, median of 5 calls after a warm-up.
 *
 * @module
 */
import * as api from '../dist/index.js';
import { median } from './cpu.mjs';

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const roman = (n) => 'X'.repeat(Math.floor(n / 10)) + (n % 10 === 0 ? '' : ROMANS[(n % 10) - 1]);

/** 40 sections of `n / 40` items; the last item of each section holds a lettered sub-item. */
function base(n) {
  const per = Math.max(1, Math.floor(n / 40) - 1);
  const lines = [];
  for (let s = 1; s <= 40; s += 1) {
    lines.push(`${roman(s)}. Abschnitt ${s}`);
    for (let k = 1; k <= per; k += 1) lines.push(`${k}. Die Verwaltung prüft Punkt ${s}-${k}. Sie berichtet.`);
    lines.push(`   ${s === 1 ? 'a' : 'b'}) Unterpunkt ${s}.`);
  }
  return api.parseResolution(lines.join('\n'));
}

/** One change per eight clauses, in the forms listed in the module comment. */
function changes(n) {
  const per = Math.max(1, Math.floor(n / 40) - 1);
  const out = [];
  for (let i = 0; i < n / 8; i += 1) {
    const s = roman((i % 40) + 1);
    const k = ((i * 7) % per) + 1;
    const forms = [`Ziffer ${s} ${k} Satz 1`, `${s}.${k}`, `Ziffer ${s} Nr. ${k} (alt)`, `Ziffer ${s} ${k + per + 5}`];
    out.push({ op: 'replace', clause: forms[i % forms.length], old: 'prüft', new: 'untersucht' });
  }
  out.push({ op: 'replace', clause: 'Buchstabe a', old: 'Unterpunkt', new: 'Teilpunkt' });
  return out;
}

const sizes = [1000, 2000, 4000, 8000];
console.log(`| subject | ${sizes.map((n) => `${n.toLocaleString('en')} clauses`).join(' | ')} |`);
console.log(`| --- |${' --- |'.repeat(sizes.length)}`);
const cells = sizes.map((n) => {
  const b = base(n);
  const a = { changes: changes(n) };
  return `${median(() => api.checkAmendment(b, a)).toFixed(1)} ms`;
});
console.log(`| checkAmendment, one change per 8 clauses, references the index missed | ${cells.join(' | ')} |`);

const words = [12500, 25000, 50000];
const small = api.parseResolution('1. Eins.\n2. Zwei.\n   a) Zwei a.');
console.log(`\n| subject | ${words.map((n) => `${n.toLocaleString('en')} words`).join(' | ')} |`);
console.log(`| --- |${' --- |'.repeat(words.length)}`);
const long = (fn) => words.map((n) => `${median(() => fn('a '.repeat(n))).toFixed(1)} ms`).join(' | ');
console.log(`| findClause, reference 'a '.repeat(n) | ${long((ref) => api.findClause(small, ref))} |`);
console.log(
  `| checkAmendment, reference 'a '.repeat(n) | ${long((ref) => api.checkAmendment(small, { changes: [{ op: 'removeClause', clause: ref }] }))} |`,
);
