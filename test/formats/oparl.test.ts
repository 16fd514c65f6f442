/**
 * `fromOParl` (`motion-redline/oparl`): OParl 1.x papers of the fixtures read
 * into a motion and an amendment, the amendment redlined against its base,
 * the schema check, the `file` option, and the OParl 1.0 shapes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromOParl, type OParlPaper } from '../../src/formats/oparl/index.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const dir = new URL('../../fixtures/oparl/', import.meta.url);
const paper = (name: string): OParlPaper => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as OParlPaper;
const amendmentFile = readFileSync(new URL('amendment.file.txt', dir));

describe('fromOParl', () => {
  it('reads a motion: text parsed, metadata from the paper, consultation and files listed', async () => {
    const reading = await fromOParl(paper('motion.paper.json'));
    expect(reading).toMatchObject({
      id: 'https://ris.example.org/oparl/v1.1/paper/4711',
      role: 'motion',
      title: 'Trinkbrunnen in der Innenstadt',
      reference: 'AN/0415/2025',
      kind: 'Antrag',
      date: '2025-03-12',
      subordinated: ['https://ris.example.org/oparl/v1.1/paper/4720'],
      consultations: [
        {
          id: 'https://ris.example.org/oparl/v1.1/consultation/77',
          meeting: 'https://ris.example.org/oparl/v1.1/meeting/310',
          organization: ['https://ris.example.org/oparl/v1.1/organization/1'],
          role: 'Beschlussfassung',
          authoritative: true,
        },
      ],
    });
    expect(reading.files.map((f) => [f.role, f.mimeType, f.hasText])).toEqual([
      ['main', 'text/plain', true],
      ['auxiliary', 'application/pdf', false],
    ]);
    expect(reading.motion?.resolution.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.']);
    expect(reading.motion?.reference).toBe('AN/0415/2025');
    expect(reading.motion?.rationale).toContain('Hitzetage');
  });

  it('reads an amendment, links it to its base and redlines it with the fetched file', async () => {
    const base = await fromOParl(paper('motion.paper.json'));
    const reading = await fromOParl(paper('amendment.paper.json'), { file: amendmentFile });
    expect(reading.role).toBe('amendment');
    expect(reading.base).toBe(base.id);
    expect(reading.amendment).toMatchObject({ id: 'AN/0415/2025-Ä1', title: expect.stringContaining('Stadtteilen') });
    const result = redline(base.text!, reading.amendment!.text);
    expect(acceptAll(result).clauses[0]!.text).toBe(
      'Die Verwaltung stellt bis zum Sommer 2026 zwanzig Trinkbrunnen in der Innenstadt und in jedem Stadtteil auf.',
    );
  });

  it('without text for the main file, reads the metadata only', async () => {
    const reading = await fromOParl(paper('amendment.paper.json'));
    expect(reading.text).toBeUndefined();
    expect(reading.amendment).toBeUndefined();
    expect(reading.files[0]).toMatchObject({ accessUrl: 'https://ris.example.org/files/9010', hasText: false });
  });

  it('takes the role from the option over the paper type', async () => {
    const reading = await fromOParl(paper('motion.paper.json'), { role: 'amendment' });
    expect(reading.role).toBe('amendment');
    expect(reading.amendment?.id).toBe('AN/0415/2025');
  });

  it('checks the paper against the OParl schema and names the problem', async () => {
    const broken = paper('motion.paper.json') as unknown as Record<string, unknown>;
    delete (broken['mainFile'] as Record<string, unknown>)['accessUrl'];
    await expect(fromOParl(broken as unknown as OParlPaper)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(fromOParl(broken as unknown as OParlPaper)).rejects.toThrow(/\/mainFile.*accessUrl/);
    // Without validation the fields that are read still work.
    await expect(fromOParl(broken as unknown as OParlPaper, { validate: false })).resolves.toMatchObject({
      role: 'motion',
    });
    await expect(fromOParl({ id: 'x', type: 'Meeting' } as OParlPaper)).rejects.toThrow(/OParl Paper/);
    await expect(fromOParl(paper('motion.paper.json'), { role: 'vote' as 'auto' })).rejects.toThrow(/"role"/);
  });

  it('accepts OParl 1.0 papers (type URLs, one organization per consultation)', async () => {
    const old = paper('motion.paper.json') as unknown as Record<string, unknown>;
    old['type'] = 'https://oparl.org/schema/1.0/Paper';
    const consultation = (old['consultation'] as Array<Record<string, unknown>>)[0]!;
    consultation['type'] = 'https://oparl.org/schema/1.0/Consultation';
    consultation['organization'] = 'https://ris.example.org/oparl/v1.0/organization/1';
    (old['mainFile'] as Record<string, unknown>)['type'] = 'https://oparl.org/schema/1.0/File';
    (old['auxiliaryFile'] as Array<Record<string, unknown>>)[0]!['type'] = 'https://oparl.org/schema/1.0/File';
    const reading = await fromOParl(old as unknown as OParlPaper);
    expect(reading.consultations[0]!.organization).toEqual(['https://ris.example.org/oparl/v1.0/organization/1']);
  });

  it('refuses a PDF as the main file’s content, saying what to do', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 …');
    await expect(fromOParl(paper('amendment.paper.json'), { file: pdf })).rejects.toThrow(/pdftotext/);
  });
});
