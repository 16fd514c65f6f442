import { describe, expect, it } from 'vitest';
import type { RedlineClause } from '../../src/model.js';
import { assignLabels, styleLabel, type LabelItem } from '../../src/amend/renumber.js';

const rc = (status: RedlineClause['status'], label = ''): RedlineClause => ({
  id: '',
  label,
  status,
  segments: [],
  children: [],
});
const base = (label: string, status: RedlineClause['status'] = 'unchanged'): LabelItem => ({
  clause: rc(status, label),
  base: label,
});
const added = (given?: string): LabelItem =>
  given === undefined ? { clause: rc('inserted') } : { clause: rc('inserted'), given };
const labels = (items: LabelItem[]): string[] =>
  items.map((it) => `${it.clause.label}${it.clause.baseLabel !== undefined ? `<${it.clause.baseLabel}` : ''}`);

describe('styleLabel', () => {
  it('writes a bare key in the style of the siblings', () => {
    expect(styleLabel('3a', '3.')).toBe('3a.');
    expect(styleLabel('c', 'a)')).toBe('c)');
    expect(styleLabel('4', '(1)')).toBe('(4)');
    expect(styleLabel('III', 'I.')).toBe('III.');
    expect(styleLabel('3.', 'a)')).toBe('3.');
    // Issue 13.2/13.3: without a labelled sibling the key becomes a complete label; a bullet stays a bullet.
    expect(styleLabel('3', '-')).toBe('3.');
    expect(styleLabel('3', undefined)).toBe('3.');
    expect(styleLabel('a', undefined)).toBe('a)');
    expect(styleLabel('IV', undefined)).toBe('IV.');
    expect(styleLabel('-', '1.')).toBe('-');
    expect(styleLabel('-', '–')).toBe('–');
  });
});

describe('assignLabels', () => {
  it('continues the sequence for new clauses and moves colliding base clauses on', () => {
    const items = [base('1.'), added(), base('2.'), base('3.')];
    assignLabels(items, '1.');
    expect(labels(items)).toEqual(['1.', '2.', '3.<2.', '4.<3.']);
  });

  it('keeps a given label that fits, and styles it', () => {
    const items = [base('3.'), added('3a'), base('4.')];
    assignLabels(items, '1.');
    expect(labels(items)).toEqual(['3.', '3a.', '4.']);
  });

  it('leaves deleted clauses their base label outside the sequence', () => {
    const items = [base('1.'), base('2.', 'deleted'), added('2'), base('3.')];
    assignLabels(items, '1.');
    expect(labels(items)).toEqual(['1.', '2.', '2.', '3.']);
  });

  it('applies explicit relabels and resequencing', () => {
    const relabelled = [base('1.'), { ...base('2.'), relabel: '5' }, base('3.')];
    assignLabels(relabelled, '1.');
    expect(labels(relabelled)).toEqual(['1.', '5.<2.', '3.']);
    const resequenced = [base('1.'), { ...base('2.', 'deleted'), resequence: true }, base('3.'), base('4.')];
    assignLabels(resequenced, '1.');
    expect(labels(resequenced)).toEqual(['1.', '2.', '2.<3.', '3.<4.']);
  });

  it('starts a new list with the fallback style and leaves bullets alone', () => {
    const fresh = [added(), added()];
    assignLabels(fresh, 'a)');
    expect(labels(fresh)).toEqual(['a)', 'b)']);
    const bullets = [base('-'), added(), base('-')];
    assignLabels(bullets, '1.');
    expect(labels(bullets)).toEqual(['-', '-', '-']);
  });
});
