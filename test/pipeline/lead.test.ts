/**
 * `redline()` and a changed lead (issue 17): a rewrite with another lead and
 * a reprint whose lead is marked are lead changes; a rewrite without a lead
 * and a reprint's unmarked lead (the amendment's own sentence) keep the base lead.
 */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';

const base = `Der Rat möge beschließen:

1. Die Verwaltung berichtet jährlich.
2. Die Kosten trägt die Stadt.
`;
const leads = (source: string): [string, string] => {
  const r = redline(base, source);
  return [rejectAll(r).lead, acceptAll(r).lead];
};

describe('redline() with a changed lead', () => {
  it('a rewrite with another lead changes it, word by word', () => {
    const r = redline(base, base.replace('möge beschließen', 'beschließt').replace('jährlich', 'halbjährlich'));
    expect(r.lead).toBe('Der Rat beschließt:');
    expect(r.leadSegments).toEqual([
      { type: 'equal', text: 'Der Rat ' },
      { type: 'delete', text: 'möge beschließen' },
      { type: 'insert', text: 'beschließt' },
      { type: 'equal', text: ':' },
    ]);
    expect(rejectAll(r).lead).toBe('Der Rat möge beschließen:');
  });

  it('a rewrite without a lead keeps the base lead', () => {
    const r = redline(base, '1. Die Verwaltung berichtet halbjährlich.\n2. Die Kosten trägt die Stadt.\n');
    expect(r).not.toHaveProperty('leadSegments');
    expect(r.lead).toBe('Der Rat möge beschließen:');
  });

  it('a reprint with a marked lead changes it; its hand-marked hunks are kept', () => {
    const marked = base.replace('möge beschließen', '~~möge beschließen~~ **beschließt**');
    expect(leads(marked.replace('jährlich', '~~jährlich~~ **halbjährlich**'))).toEqual([
      'Der Rat möge beschließen:',
      'Der Rat beschließt:',
    ]);
    const whole = base
      .replace('Der Rat möge beschließen:', '~~Der Rat möge beschließen:~~ **Der Rat beschließt einstimmig:**')
      .replace('jährlich', '~~jährlich~~ **halbjährlich**');
    expect(redline(base, whole).leadSegments).toEqual([
      { type: 'delete', text: 'Der Rat möge beschließen:' },
      { type: 'insert', text: 'Der Rat beschließt einstimmig:' },
    ]);
  });

  it('a reprint’s unmarked lead is the amendment’s own sentence: the base lead stands', () => {
    const reprint = base
      .replace('Der Rat möge beschließen:', 'Der Beschluss wird wie folgt geändert:')
      .replace('jährlich', '~~jährlich~~ **halbjährlich**');
    const r = redline(base, reprint);
    expect(r).not.toHaveProperty('leadSegments');
    expect(r.lead).toBe('Der Rat möge beschließen:');
  });
});
