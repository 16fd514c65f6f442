/**
 * Markdown input: whether a document is Markdown at all, and the CommonMark
 * escapes its text carries — backslash escapes (`Kölner\*innen` →
 * `Kölner*innen`, `\[…\]` → `[…]`), character references (`&#x61;`,
 * `&nbsp;`, `&amp;`) and hard line breaks (a `\` at a line end). PDF-extracted
 * text has none of these, and a backslash in it is a backslash: only a
 * document with Markdown evidence (a heading, a backslash escape) is decoded.
 *
 * Hand-written: the clause parser reads lines itself (docs/architecture.md),
 * so the escapes are decoded in its clause texts afterwards; named references
 * come from `decode-named-character-reference`, the table micromark uses.
 *
 * @module
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Clause, Resolution } from '../model.js';
import { walk } from '../tree.js';
import type { Line } from './source-lines.js';

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const ESCAPABLE = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/** Whether the text holds a backslash escape (`\*`, `\[`). */
function hasEscape(text: string): boolean {
  for (let i = text.indexOf('\\'); i >= 0 && i + 1 < text.length; i = text.indexOf('\\', i + 2)) {
    if (ESCAPABLE.has(text[i + 1]!)) return true;
  }
  return false;
}

/** Whether a document is Markdown: it has a heading (`#`, setext) or a backslash escape. */
export function isMarkdownSource(lines: readonly Line[]): boolean {
  return lines.some((line) => line.heading || (line.text.includes('\\') && hasEscape(line.text)));
}

/** A hard line break (`\` at the end of a line) removed: the line is joined like any wrapped line. */
export function withoutHardBreaks(lines: readonly Line[]): Line[] {
  return lines.map((line) =>
    line.text.endsWith('\\') && !line.text.endsWith('\\\\')
      ? { ...line, text: line.text.slice(0, -1).trimEnd() }
      : line,
  );
}

/** The character of a reference `&…;` starting at `at`, and where it ends; undefined when it is none. */
function reference(text: string, at: number): { char: string; end: number } | undefined {
  const semi = text.indexOf(';', at + 1);
  if (semi < 0 || semi - at > 33) return undefined;
  const body = text.slice(at + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (digits.length === 0 || digits.length > (hex ? 6 : 7)) return undefined;
    if (![...digits].every((c) => (hex ? /[\da-f]/i : /\d/).test(c))) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return { char: valid ? String.fromCodePoint(code) : '\uFFFD', end: semi + 1 };
  }
  const decoded = decodeNamedCharacterReference(body);
  return decoded === false ? undefined : { char: decoded, end: semi + 1 };
}

/**
 * Decodes the backslash escapes and character references of one Markdown
 * text; code spans (`` `…` ``) are left as they are, as CommonMark does.
 */
export function decodeMarkdownText(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      const end = close < 0 ? i + 1 : close + 1;
      out += text.slice(i, end);
      i = end;
    } else if (c === '\\' && i + 1 < text.length && ESCAPABLE.has(text[i + 1]!)) {
      out += text[i + 1];
      i += 2;
    } else if (c === '&') {
      const ref = reference(text, i);
      out += ref === undefined ? c : ref.char;
      i = ref === undefined ? i + 1 : ref.end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Decodes the escapes of a parsed resolution's lead, clause texts and headings, in place. */
export function decodeResolution(resolution: Resolution): void {
  if (resolution.title !== undefined) resolution.title = decodeMarkdownText(resolution.title);
  resolution.lead = decodeMarkdownText(resolution.lead);
  walk(resolution.clauses, ({ node }: { node: Clause }) => {
    node.text = decodeMarkdownText(node.text);
    if (node.heading !== undefined) node.heading = decodeMarkdownText(node.heading);
  });
}
