/** docs/api.md has a section for every public export, values and types alike. */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const index = new URL('../../src/index.ts', import.meta.url);
/** The entry files of the subpath exports (`./docx` → src/formats/docx/index.ts), documented in the same file. */
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const entries = [
  index,
  ...Object.keys(manifest.exports)
    .filter((key) => key !== '.' && key !== './package.json')
    .map((key) => new URL(`../../src/formats/${key.slice(2)}/index.ts`, import.meta.url)),
];
const reference = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

/** Every name exported by src/index.ts and the subpath entries, read from their export declarations. */
function exportedNames(): string[] {
  const names: string[] = [];
  for (const entry of entries) {
    const file = ts.createSourceFile('index.ts', readFileSync(entry, 'utf8'), ts.ScriptTarget.ES2022, true);
    file.forEachChild((node) => {
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) names.push(element.name.text);
      }
      // Declarations exported where they stand (an entry that defines what it exports).
      const exported = ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) return;
      if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
      } else if (
        (ts.isFunctionDeclaration(node) ||
          ts.isInterfaceDeclaration(node) ||
          ts.isTypeAliasDeclaration(node) ||
          ts.isClassDeclaration(node)) &&
        node.name !== undefined
      ) {
        names.push(node.name.text);
      }
    });
  }
  return names;
}

const headings = new Set(
  reference
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => /^### `([A-Z_]+)/i.exec(line)?.[1])
    .filter((name): name is string => name !== undefined),
);

describe('docs/api.md', () => {
  const names = exportedNames();

  it('reads the export list', () => {
    expect(names).toContain('redline');
    expect(names).toContain('Redline');
  });

  it.each(names)('documents %s', (name) => {
    expect(headings.has(name)).toBe(true);
  });

  it('documents nothing that is not exported', () => {
    expect([...headings].filter((h) => !names.includes(h))).toEqual([]);
  });
});
