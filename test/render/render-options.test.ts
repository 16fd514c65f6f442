import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { Redline } from '../../src/model.js';
import { toHtml } from '../../src/render/html.js';
import { toMarkdown } from '../../src/render/markdown.js';
import { toMdast } from '../../src/render/mdast.js';
import { toSynopsis } from '../../src/render/synopsis.js';
import { toText } from '../../src/render/text.js';

const r: Redline = {
  lead: '',
  clauses: [
    {
      id: '1',
      label: '1.',
      status: 'changed',
      segments: [
        { type: 'delete', text: 'alt' },
        { type: 'insert', text: 'neu' },
      ],
      children: [],
    },
  ],
};

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof RedlineError ? error.code : `not a RedlineError: ${String(error)}`;
  }
  return 'no error';
}

const renderers: Array<[string, (options: unknown) => unknown]> = [
  ['toMarkdown', (o) => toMarkdown(r, o as never)],
  ['toHtml', (o) => toHtml(r, o as never)],
  ['toText', (o) => toText(r, o as never)],
  ['toMdast', (o) => toMdast(r, o as never)],
  ['toSynopsis', (o) => toSynopsis(r, o as never)],
];

describe('renderer options', () => {
  it.each(renderers)('%s accepts undefined and {}', (_name, render) => {
    expect(errorCode(() => render(undefined))).toBe('no error');
    expect(errorCode(() => render({}))).toBe('no error');
  });

  it.each(renderers)('%s rejects null and non-objects with invalid-option', (_name, render) => {
    expect(errorCode(() => render(null))).toBe('invalid-option');
    expect(errorCode(() => render('html'))).toBe('invalid-option');
  });

  it('rejects option values of the wrong type or range, naming the option', () => {
    expect(errorCode(() => toMarkdown(r, { view: 'bogus' as never }))).toBe('invalid-option');
    expect(errorCode(() => toText(r, { color: 'yes' as never }))).toBe('invalid-option');
    expect(errorCode(() => toHtml(r, { lineLength: 'x' as never }))).toBe('invalid-option');
    expect(errorCode(() => toSynopsis(r, { format: 'pdf' as never }))).toBe('invalid-option');
    expect(errorCode(() => toSynopsis(r, { headings: ['nur eine'] as never }))).toBe('invalid-option');
    expect(() => toHtml(r, { document: 1 as never })).toThrow(/"document"/);
  });

  it('says what is wrong in the one message style of the option resolver', () => {
    expect(() => toMarkdown(r, { view: 'bogus' as never })).toThrow(
      'The toMarkdown option "view" must be one of "redline", "amended", "base", got "bogus".',
    );
    expect(() => toText(r, { lineLength: 5 })).toThrow(
      'The toText option "lineLength" must be a whole number from 10 to 10000, got 5.',
    );
    expect(() => toSynopsis(r, { headings: ['nur eine'] as never })).toThrow(
      'The toSynopsis option "headings" must be two strings, got an array.',
    );
  });
});

describe('renderer input', () => {
  it('rejects a cyclic clause tree with invalid-input instead of rendering forever', () => {
    const clause = {
      id: '1',
      label: '1.',
      status: 'unchanged' as const,
      segments: [{ type: 'equal' as const, text: 'x' }],
      children: [] as unknown[],
    };
    clause.children.push(clause);
    const cyclic = { lead: '', clauses: [clause] } as unknown as Redline;
    for (const render of [toMarkdown, toHtml, toText, toMdast]) {
      expect(errorCode(() => render(cyclic))).toBe('invalid-input');
    }
    expect(errorCode(() => toSynopsis(cyclic))).toBe('invalid-input');
  });
});
