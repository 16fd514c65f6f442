import { describe, expect, it } from 'vitest';
import type { Redline } from '../../src/model.js';
import { toText } from '../../src/render/text.js';

const redline: Redline = {
  lead: 'Der Rat möge beschließen:',
  clauses: [
    {
      id: '1',
      label: '1.',
      status: 'changed',
      segments: [
        { type: 'equal', text: 'Die Verwaltung ' },
        { type: 'delete', text: 'prüft' },
        { type: 'insert', text: 'beschließt' },
        { type: 'equal', text: ' das.' },
      ],
      children: [
        { id: '1.a', label: 'a)', status: 'inserted', segments: [{ type: 'insert', text: 'Neu.' }], children: [] },
      ],
    },
    { id: '2', label: '2.', status: 'deleted', segments: [{ type: 'delete', text: 'Weg.' }], children: [] },
  ],
};

describe('toText', () => {
  it('writes plain wdiff-style brackets by default', () => {
    expect(toText(redline)).toBe(
      'Der Rat möge beschließen:\n\n1. Die Verwaltung [-prüft-]{+beschließt+} das.\n\n   {+a) Neu.+}\n\n[-2. Weg.-]\n',
    );
  });

  it('uses ANSI red strike-through and green bold with color', () => {
    const text = toText(redline, { color: true });
    expect(text).toContain(
      'Die Verwaltung \u001b[31m\u001b[9mprüft\u001b[29m\u001b[39m \u001b[32m\u001b[1mbeschließt\u001b[22m\u001b[39m das.',
    );
    expect(text).toContain('\u001b[32m\u001b[1ma) Neu.\u001b[22m\u001b[39m');
    expect(text).not.toContain('[-');
  });

  it('shows control characters instead of sending them to the terminal', () => {
    const evil: Redline = {
      lead: '',
      clauses: [
        {
          id: '1',
          label: '1.',
          status: 'unchanged',
          segments: [{ type: 'equal', text: 'a\u001b[2Jb\u0007c\u009bd' }],
          children: [],
        },
      ],
    };
    for (const color of [false, true]) {
      const text = toText(evil, { color });
      expect(text).toContain('a\u241b[2Jb\u2407c\ufffdd');
      expect(text).not.toContain('\u0007');
    }
  });

  it('shows the clean amended text with view', () => {
    expect(toText(redline, { view: 'amended' })).toBe(
      'Der Rat möge beschließen:\n\n1. Die Verwaltung beschließt das.\n\n   a) Neu.\n',
    );
  });
});
