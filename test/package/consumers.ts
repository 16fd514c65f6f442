/**
 * The consumer projects test/package/package.test.ts installs the packed
 * package into: plain ESM and CommonJS scripts and TypeScript `nodenext`
 * projects of both module kinds. Each prints one JSON line that the test
 * checks, so every consumer proves the same things: the root entry runs, the
 * four subpath exports load, and (TypeScript) the declarations type-check —
 * including the `mdast` augmentation of `toMdast`'s `data.clause`.
 *
 * @module
 */

/** A file of a consumer project: its path inside the project and its text. */
export type ProjectFiles = Readonly<Record<string, string>>;

const BASE =
  'Der Rat möge beschließen:\\n\\n1. Die Verwaltung legt vierteljährlich einen Bericht vor.\\n2. Der Rat.\\n';
const AMENDMENT = 'In Ziffer 1 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.';

/** The body every JavaScript consumer runs, given `lib` (the root entry) and the four subpath modules. */
const REPORT = `
const r = lib.redline('${BASE}', '${AMENDMENT}');
let code;
try {
  lib.parseResolution(42);
} catch (error) {
  code = error instanceof lib.RedlineError ? error.code : 'not a RedlineError';
}
const subpaths = {
  docx: typeof docx.toDocx,
  html: typeof html.fromHtml,
  pdf: typeof pdf.toPdf,
  oparl: typeof oparl.fromOParl,
};
`;

/** `import` in an ES module. */
export const ESM: ProjectFiles = {
  'package.json': JSON.stringify({ name: 'consumer-esm', private: true, type: 'module' }),
  'index.js': `import * as lib from 'motion-redline';
import * as docx from 'motion-redline/docx';
import * as html from 'motion-redline/html';
import * as pdf from 'motion-redline/pdf';
import * as oparl from 'motion-redline/oparl';
${REPORT}
console.log(JSON.stringify({ html: lib.toHtml(r), code, subpaths }));
`,
};

/**
 * `require` in a CommonJS module (Node's `require(esm)`); it also imports the
 * package, to show that both reach the one module instance (no dual-package
 * hazard: `instanceof RedlineError` holds across them).
 */
export const CJS: ProjectFiles = {
  'package.json': JSON.stringify({ name: 'consumer-cjs', private: true, type: 'commonjs' }),
  'index.js': `const lib = require('motion-redline');
const docx = require('motion-redline/docx');
const html = require('motion-redline/html');
const pdf = require('motion-redline/pdf');
const oparl = require('motion-redline/oparl');
${REPORT}
import('motion-redline').then((imported) => {
  const sameInstance = imported.RedlineError === lib.RedlineError;
  console.log(JSON.stringify({ html: lib.toHtml(r), code, subpaths, sameInstance }));
});
`,
};

/** The TypeScript source of both TypeScript consumers: the same text compiles to `import` or to `require`. */
const TS_SOURCE = `import { RedlineError, parseResolution, redline, toHtml, toMdast, type Redline } from 'motion-redline';
import { toDocx } from 'motion-redline/docx';
import { fromHtml } from 'motion-redline/html';
import { toPdf } from 'motion-redline/pdf';
import { fromOParl } from 'motion-redline/oparl';
import type { List, ListItem } from 'mdast';

const r: Redline = redline('${BASE}', '${AMENDMENT}');
let code: string | undefined;
try {
  parseResolution(42 as unknown as string);
} catch (error) {
  code = error instanceof RedlineError ? error.code : 'not a RedlineError';
}
// The mdast augmentation: \`data.clause\` is typed without a cast.
const list = toMdast(r).children.find((node): node is List => node.type === 'list');
const item: ListItem | undefined = list?.children[0];
const clauseId: string | undefined = item?.data?.clause?.id;
const subpaths = {
  docx: typeof toDocx,
  html: typeof fromHtml,
  pdf: typeof toPdf,
  oparl: typeof fromOParl,
};
console.log(JSON.stringify({ html: toHtml(r), code, subpaths, clauseId }));
`;

/** A strict `nodenext` project that checks the package's declarations too (`skipLibCheck: false`). */
function tsconfig(): string {
  return JSON.stringify({
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      outDir: 'out',
    },
    files: ['index.ts'],
  });
}

/** TypeScript `nodenext`, ES module output. */
export const TS_ESM: ProjectFiles = {
  'package.json': JSON.stringify({ name: 'consumer-ts-esm', private: true, type: 'module' }),
  'tsconfig.json': tsconfig(),
  'index.ts': TS_SOURCE,
};

/** TypeScript `nodenext`, CommonJS output (the imports compile to `require` calls). */
export const TS_CJS: ProjectFiles = {
  'package.json': JSON.stringify({ name: 'consumer-ts-cjs', private: true, type: 'commonjs' }),
  'tsconfig.json': tsconfig(),
  'index.ts': TS_SOURCE,
};
