/**
 * Documentation examples run as tests. Every ```ts block in README.md and
 * docs/*.md is compiled and run against the built package (`dist/`), the way a
 * user would import it. An expression statement followed by `// ` comment lines
 * is an assertion (subpath imports such as `motion-redline/html` go to `dist/html.js`): the expression's value (a string as is, anything else as
 * JSON) must equal the comment text, line by line. A block that starts with
 * `// not run` is illustration only.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = pathToFileURL(join(root, 'dist/index.js')).href;
/** Subpath exports (`motion-redline/docx`) map to their built entries. */
const workdir = mkdtempSync(join(tmpdir(), 'motion-redline-docs-'));

interface Block {
  file: string;
  line: number;
  code: string;
}

function blocksOf(file: string): Block[] {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]!.trim() !== '```ts') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end += 1;
    const code = lines.slice(start, end).join('\n');
    if (!code.trimStart().startsWith('// not run')) blocks.push({ file, line: start + 1, code });
    i = end;
  }
  return blocks;
}

const STATEMENT_START = /^(?:const|let|var|import|export|if|for|while|await\s+\w+\s*=|function|class|return|try|\}|\/\/)/;

/** Turns `expr;` + `// expected` comment lines into an assertion call. */
function instrument(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const expected: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim().startsWith('//')) {
      expected.push(lines[j]!.trim().replace(/^\/\/ ?/, ''));
      j += 1;
    }
    const inlineComment = trimmed.match(/^(.*?);\s*\/\/ (.*)$/);
    if (inlineComment && !STATEMENT_START.test(trimmed)) {
      out.push(`__expect(${inlineComment[1]}, ${JSON.stringify([inlineComment[2]!])}, ${i + 1});`);
      continue;
    }
    if (expected.length > 0 && trimmed.endsWith(';') && !STATEMENT_START.test(trimmed)) {
      out.push(`__expect(${trimmed.slice(0, -1)}, ${JSON.stringify(expected)}, ${i + 1});`);
      i = j - 1;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

const HARNESS = `
const __expect = (value, expectedLines, line) => {
  const expected = expectedLines.join('\\n');
  let actual = typeof value === 'string' ? value.trimEnd() : JSON.stringify(value);
  let wanted = expected;
  if (typeof value === 'string' && /^'.*'$/s.test(expected)) wanted = expected.slice(1, -1).replace(/\\\\'/g, "'");
  if (actual !== wanted) {
    throw new Error('doc example line ' + line + ': expected\\n' + wanted + '\\nbut got\\n' + actual);
  }
};
`;

const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const blocks = files.flatMap(blocksOf);

describe('documentation examples', () => {
  it('finds examples in the README', () => {
    expect(blocks.some((b) => b.file === 'README.md')).toBe(true);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))('%s runs as documented', async (_name, block) => {
    const source = (HARNESS + instrument(block.code))
      .replaceAll("'motion-redline'", `'${entry}'`)
      // Subpath exports (motion-redline/html, /pdf, …) from their built entries.
      .replace(/'motion-redline\/([a-z]+)'/g, (_, sub: string) => `'${pathToFileURL(join(root, `dist/${sub}.js`)).href}'`);
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const path = join(workdir, `${block.file.replace(/[/.]/g, '_')}_${block.line}.mjs`);
    writeFileSync(path, js, 'utf8');
    await import(pathToFileURL(path).href);
  });
});
