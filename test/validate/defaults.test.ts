/**
 * The `@default` tags of every options interface, held to the option tables
 * the resolver fills defaults from: the documentation and the behaviour
 * cannot drift apart. Each row names a source file, an options interface in
 * it and the table that resolves that interface's own options.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APPLY_OPTIONS } from '../../src/amend/apply-options.js';
import { DIFF_OPTIONS } from '../../src/diff/diff-options.js';
import { PARSE_OPTIONS } from '../../src/parse/parse-options.js';
import { LINE_LENGTH_OPTIONS, LINE_OPTIONS } from '../../src/numbering/line-length.js';
import {
  HTML_OPTIONS,
  MARKDOWN_OPTIONS,
  MDAST_OPTIONS,
  SYNOPSIS_OPTIONS,
  TEXT_OPTIONS,
} from '../../src/render/render-options.js';
import { INSTRUCTION_OPTIONS } from '../../src/render/instructions.js';
import { TYPOGRAPHY_OPTIONS } from '../../src/render/typography.js';
import { DOCX_OPTIONS } from '../../src/formats/docx/options.js';
import { PDF_OPTIONS } from '../../src/formats/pdf/options.js';
import { SYNOPSIS_HTML_OPTIONS } from '../../src/synopsis/html.js';
import { SYNOPSIS_MARKDOWN_OPTIONS } from '../../src/synopsis/markdown.js';
import { REDLINE_OPTIONS } from '../../src/pipeline/run.js';
import { defaultsOf, type OptionTable } from '../../src/validate/options.js';

/**
 * [file, interface, its table, tables of the interfaces it extends (their keys are checked in
 * their own rows), options the interface documents that the resolver cannot express (checked by hand)].
 */
const CASES: ReadonlyArray<
  [file: string, iface: string, table: OptionTable, inherited?: OptionTable[], own?: string[]]
> = [
  ['src/parse/parse-options.ts', 'ParseOptions', PARSE_OPTIONS],
  ['src/diff/diff-options.ts', 'DiffOptions', DIFF_OPTIONS],
  ['src/amend/apply-options.ts', 'ApplyOptions', APPLY_OPTIONS],
  ['src/numbering/line-length.ts', 'LineLengthOptions', LINE_LENGTH_OPTIONS],
  ['src/numbering/line-length.ts', 'LineOptions', LINE_OPTIONS, [LINE_LENGTH_OPTIONS]],
  ['src/render/typography.ts', 'TypographyOptions', TYPOGRAPHY_OPTIONS],
  ['src/render/render-options.ts', 'MarkdownOptions', MARKDOWN_OPTIONS, [LINE_OPTIONS, TYPOGRAPHY_OPTIONS]],
  // title: its default depends on what is shown (see its tag); render/html.ts resolves it.
  ['src/render/render-options.ts', 'HtmlOptions', HTML_OPTIONS, [LINE_OPTIONS, TYPOGRAPHY_OPTIONS], ['title']],
  ['src/render/render-options.ts', 'TextOptions', TEXT_OPTIONS, [LINE_OPTIONS, TYPOGRAPHY_OPTIONS]],
  ['src/render/render-options.ts', 'SynopsisOptions', SYNOPSIS_OPTIONS, [TYPOGRAPHY_OPTIONS], ['headings']],
  ['src/render/render-options.ts', 'MdastOptions', MDAST_OPTIONS, [TYPOGRAPHY_OPTIONS]],
  // date and authors are checked beside the table; title's tag says "none".
  ['src/formats/docx/options.ts', 'DocxOptions', DOCX_OPTIONS, [TYPOGRAPHY_OPTIONS], ['date', 'authors', 'title']],
  // rationale's tag says what undefined means.
  ['src/formats/pdf/options.ts', 'PdfOptions', PDF_OPTIONS, [TYPOGRAPHY_OPTIONS], ['rationale']],
  ['src/synopsis/html.ts', 'SynopsisHtmlOptions', SYNOPSIS_HTML_OPTIONS, [TYPOGRAPHY_OPTIONS]],
  ['src/synopsis/markdown.ts', 'SynopsisMarkdownOptions', SYNOPSIS_MARKDOWN_OPTIONS, [TYPOGRAPHY_OPTIONS]],
  ['src/render/instructions.ts', 'InstructionOptions', INSTRUCTION_OPTIONS],
  ['src/pipeline/run.ts', 'RedlineOptions', REDLINE_OPTIONS],
];

/** The `@default` tag text of each property the interface declares itself (`undefined` when it has none). */
function documentedDefaults(file: string, iface: string): Map<string, string | undefined> {
  const path = fileURLToPath(new URL(`../../${file}`, import.meta.url));
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === iface,
  );
  if (declaration === undefined) throw new Error(`${file} declares no interface ${iface}`);
  const out = new Map<string, string | undefined>();
  for (const member of declaration.members) {
    if (!ts.isPropertySignature(member)) continue;
    const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'default');
    const text = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
    out.set(member.name.getText(source), text);
  }
  return out;
}

/** A `@default` tag's text as a value: `undefined`, a JSON literal, or a string in single quotes. */
function tagValue(text: string): unknown {
  if (text === 'undefined') return undefined;
  if (/^'[^']*'$/.test(text)) return text.slice(1, -1);
  return JSON.parse(text) as unknown;
}

describe('@default tags of the options interfaces', () => {
  it.each(CASES)('%s %s matches its option table', (file, iface, table, inherited = [], own = []) => {
    const documented = documentedDefaults(file, iface);
    const excused = new Set(inherited.flatMap((t) => Object.keys(t)));
    const expected = Object.keys(table).filter((k) => !excused.has(k) && !own.includes(k));
    expect([...documented.keys()].filter((k) => !own.includes(k)).sort()).toEqual(expected.sort());
    const defaults = defaultsOf(table);
    for (const [name, text] of documented) {
      if (own.includes(name)) continue;
      expect(text, `${iface}.${name} has no @default tag`).toBeDefined();
      expect(tagValue(text!), `${iface}.${name}`).toEqual(defaults[name]);
    }
  });

  it('reads the tags it checks (a wrong tag would be caught)', () => {
    const documented = documentedDefaults('src/diff/diff-options.ts', 'DiffOptions');
    expect(documented.get('rewriteThreshold')).toBe('0.5');
    expect(documented.get('timeout')).toBe('undefined');
    expect(tagValue('0.4')).not.toEqual(defaultsOf(DIFF_OPTIONS).rewriteThreshold);
    expect(tagValue("'redline'")).toBe('redline');
  });
});
