/**
 * Which document paragraphs are the heading lines of statute units
 * (src/formats/heading-lines.ts): in a document `toDocx` wrote, every
 * paragraph labelled as a unit or section; in another one only where the
 * parser would read its text as a heading.
 */
import { describe, expect, it } from 'vitest';
import { headingLineOf, isPreambleLine } from '../../src/formats/heading-lines.js';
import type { LabelledParagraph } from '../../src/formats/paragraphs.js';
import { piecesToSegments, type Piece } from '../../src/redline/read/spacing.js';

function paragraph(base: string, amended: string, pieces: Piece[], ours = true): LabelledParagraph {
  return { role: 'body', level: 0, indent: 0, label: { base, amended }, pieces, mark: 'equal', ours, whole: undefined };
}
const read = (pieces: readonly Piece[]) => piecesToSegments([...pieces]);

describe('headingLineOf', () => {
  it('reads a changed heading, a renumbered unit and a unit in one version only', () => {
    const changed = paragraph('§ 1', '§ 1', [
      { type: 'delete', text: 'Name' },
      { type: 'equal', text: ' ' },
      { type: 'insert', text: 'Name und Sitz' },
    ]);
    expect(headingLineOf(changed, read)).toEqual({ label: '§ 1', heading: 'Name und Sitz', baseHeading: 'Name' });
    expect(headingLineOf(paragraph('§ 3', '§ 4', [{ type: 'equal', text: 'Zweck' }]), read)).toEqual({
      label: '§ 4',
      baseLabel: '§ 3',
      heading: 'Zweck',
    });
    expect(headingLineOf(paragraph('', '§ 2a', []), read)).toEqual({ label: '§ 2a', heading: '', whole: 'inserted' });
    expect(headingLineOf(paragraph('I.', 'I.', [{ type: 'equal', text: 'Allgemeines' }]), read)).toMatchObject({
      label: 'I.',
      heading: 'Allgemeines',
    });
  });

  it('takes no clause label, and in another program’s document no running text', () => {
    expect(headingLineOf(paragraph('1.', '1.', [{ type: 'equal', text: 'Name' }]), read)).toBeUndefined();
    expect(headingLineOf(paragraph('(1)', '(1)', [{ type: 'equal', text: 'Name' }]), read)).toBeUndefined();
    const running = paragraph('§ 3', '§ 3', [{ type: 'equal', text: 'Der Rat tagt monatlich.' }], false);
    expect(headingLineOf(running, read)).toBeUndefined();
    const heading = paragraph('§ 3', '§ 3', [{ type: 'equal', text: 'Sitzungen' }], false);
    expect(headingLineOf(heading, read)).toEqual({ label: '§ 3', heading: 'Sitzungen' });
  });
});

describe('isPreambleLine', () => {
  it('is a Präambel label without text', () => {
    expect(isPreambleLine(paragraph('Präambel', 'Präambel', []))).toBe(true);
    expect(isPreambleLine(paragraph('§ 1', '§ 1', []))).toBe(false);
  });
});
