/**
 * Every regular expression in src/ is checked for super-linear backtracking
 * (the ReDoS class of bugs) with scslre, the analyser behind
 * eslint-plugin-regexp's `no-super-linear-backtracking` and
 * `no-super-linear-move` rules. A regex built at run time (`new RegExp(x)`)
 * cannot be analysed here; it needs a `// regex-safe: <why>` comment on its line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  literal?: { source: string; flags: string };
  dynamic?: string;
}

function regexesOf(path: string): Found[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const found: Found[] = [];
  const where = (node: ts.Node) =>
    `${relative(srcDir, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const raw = node.text;
      const end = raw.lastIndexOf('/');
      found.push({ where: where(node), literal: { source: raw.slice(1, end), flags: raw.slice(end + 1) } });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({
          where: where(node),
          literal: { source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' },
        });
      } else {
        const line = text.split('\n')[file.getLineAndCharacterOfPosition(node.getStart()).line] ?? '';
        if (!line.includes('// regex-safe:')) found.push({ where: where(node), dynamic: node.getText() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const all = sourceFiles(srcDir).flatMap(regexesOf);

describe('regular expressions in src/', () => {
  it('finds the regexes of the sources (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it('have no super-linear backtracking', () => {
    const problems: string[] = [];
    for (const { where, literal } of all) {
      if (!literal) continue;
      const result = analyse({ source: literal.source, flags: literal.flags });
      for (const report of result.reports) {
        problems.push(
          `${where} /${literal.source}/${literal.flags}: ${report.type}, repeat ${JSON.stringify(report.character.pick)}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('are never built at run time without a reason on the line', () => {
    expect(all.filter((f) => f.dynamic).map((f) => `${f.where}: ${f.dynamic}`)).toEqual([]);
  });

  it('would catch a catastrophic pattern (the analyser is live)', () => {
    expect(analyse({ source: '(a+)+b', flags: '' }).reports.length).toBeGreaterThan(0);
    expect(analyse({ source: '\\d*\\w+x', flags: '' }).reports.length).toBeGreaterThan(0);
  });
});
