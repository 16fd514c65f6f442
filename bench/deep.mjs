/**
 * Deep clause trees: `node bench/deep.mjs` (after `npm run build`).
 *
 * Times the functions that walk a whole clause tree on a chain of clauses
 * nested 500 to 4,000 levels deep (each clause the only child of the one
 * before, as hostile or machine-made input can be) and on a flat list of the
 * same size, by CPU time (median of 5 calls after a warm-up). A walk that is
 * linear in the number of clauses takes about twice as long for twice the
 * depth; one that copies each clause's path from the root takes four times.
 *
 * @module
 */
import * as api from '../dist/index.js';
import { median } from './cpu.mjs';

const lineLength = 80;

/** A resolution of `n` clauses, each the only child of the one before (`deep`) or all on one level. */
function resolution(n, deep) {
  const clauses = [];
  let level = clauses;
  for (let i = 0; i < n; i += 1) {
    const clause = { id: '', label: '-', text: `Die Verwaltung prüft Punkt ${i} und berichtet.`, children: [] };
    level.push(clause);
    if (deep) level = clause.children;
  }
  return { lead: '', clauses };
}

/** Unique ids (the subjects need them; their form does not matter here). */
function withIds(r) {
  preorder(r.clauses).forEach((clause, i) => (clause.id = `c${i}`));
  return r;
}

/** The clauses in document order (iterative: the trees are deep). */
function preorder(roots) {
  const out = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const clause = stack.pop();
    out.push(clause);
    for (let i = clause.children.length - 1; i >= 0; i -= 1) stack.push(clause.children[i]);
  }
  return out;
}

/** A deep copy (iterative). */
function copy(r) {
  const clauses = [];
  const stack = r.clauses.map((from) => [from, clauses]);
  while (stack.length > 0) {
    const [from, into] = stack.pop();
    const clause = { ...from, children: [] };
    into.push(clause);
    for (const child of from.children) stack.push([child, clause.children]);
  }
  return { lead: r.lead, clauses };
}

const SUBJECTS = {
  numberLines: (r) => () => api.numberLines(r, { lineLength }),
  'toMarkdown with line numbers': (r) => () => api.toMarkdown(r, { lineNumbers: true, lineLength }),
  'diffResolutions (last clause changed)': (r) => {
    const amended = copy(r);
    const last = preorder(amended.clauses).pop();
    last.text += ' Neu.';
    return () => api.diffResolutions(r, amended);
  },
};

const sizes = [500, 1000, 2000, 4000];
console.log(`| subject | shape | ${sizes.map((n) => `${n.toLocaleString('en')} clauses`).join(' | ')} |`);
console.log(`| --- | --- |${' --- |'.repeat(sizes.length)}`);
for (const [name, make] of Object.entries(SUBJECTS)) {
  for (const deep of [true, false]) {
    const cells = sizes.map((n) => {
      const r = withIds(resolution(n, deep));
      return `${median(make(r)).toFixed(1)} ms`;
    });
    console.log(`| ${name} | ${deep ? 'nested' : 'flat'} | ${cells.join(' | ')} |`);
  }
}
