/**
 * A small element tree of an XML part (a Word or OpenDocument file's
 * `document.xml`/`content.xml`), read with saxes (an optional peer
 * dependency): a streaming, non-validating, namespace-aware parser, linear in
 * the input. Element names carry a fixed prefix per namespace (`w:p`,
 * `text:p`), whatever prefix the file itself declares; attributes are keyed
 * by their local name (`val`, `id`, `author`).
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import { loadOptional } from './load.js';

/** An element of the tree. */
export interface XmlElement {
  /** `prefix:local` with the canonical prefix of its namespace. */
  name: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  /** Child elements and text, in order. */
  children: Array<XmlElement | string>;
}

/** Canonical prefixes of the namespaces the readers look at. */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
  'urn:oasis:names:tc:opendocument:xmlns:dc:1.0': 'dc',
  'http://purl.org/dc/elements/1.1/': 'dc',
};

/**
 * Parses an XML document into an element tree.
 * @param what - the part's name, for the error message
 * @throws {RedlineError} `invalid-input` when the XML is not well-formed; `missing-dependency` without saxes
 */
export async function parseXml(xml: string, what: string, caller: string): Promise<XmlElement> {
  const { SaxesParser } = await loadOptional('saxes', caller, () => import('saxes'));
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.local] = attr.value;
    const prefix = PREFIXES[tag.uri] ?? tag.prefix;
    const element: XmlElement = { name: prefix === '' ? tag.local : `${prefix}:${tag.local}`, attrs, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]!.children.push(text);
  });
  parser.on('cdata', (text) => {
    stack[stack.length - 1]!.children.push(text);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new RedlineError('invalid-input', `${caller}: ${what} is not well-formed XML (${oneLine(error)}).`, {
      cause: error,
    });
  }
  return root;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element === undefined) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All child elements named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined) return [];
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first element named `name` anywhere below `element` (pre-order, iterative). */
export function findFirst(element: XmlElement, name: string): XmlElement | undefined {
  const stack: XmlElement[] = [element];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.name === name) return e;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return undefined;
}

/** The concatenated text children of an element (not of its descendants). */
export function ownText(element: XmlElement): string {
  let out = '';
  for (const c of element.children) if (typeof c === 'string') out += c;
  return out;
}
