/** Loading the Synopse fixtures of fixtures/synopsis/ (see its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SynopsisAmendmentSource, Synopsis } from '../../src/synopsis/model.js';
import { synopsis } from '../../src/synopsis/build.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/synopsis', import.meta.url));

/** A fixture's manifest: which files are the base, the amendments and the statement. */
export interface Manifest {
  base: string;
  statement?: string;
  dehyphenate?: boolean;
  motion?: string;
  amendments: Array<{ file: string; id?: string; movers?: string }>;
}

/** A fixture read from disk: its texts and the amendment inputs. */
export interface Fixture {
  name: string;
  manifest: Manifest;
  base: string;
  statement?: string;
  amendments: SynopsisAmendmentSource[];
}

export const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

export function readFixture(name: string): Fixture {
  const dir = join(FIXTURES, name);
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
  const manifest = JSON.parse(read('manifest.json')) as Manifest;
  const fixture: Fixture = {
    name,
    manifest,
    base: read(manifest.base),
    amendments: manifest.amendments.map((a) => ({
      source: read(a.file),
      ...(a.id === undefined ? {} : { id: a.id }),
      ...(a.movers === undefined ? {} : { movers: a.movers }),
    })),
  };
  if (manifest.statement !== undefined) fixture.statement = read(manifest.statement);
  return fixture;
}

export function buildFixture(fixture: Fixture): Synopsis {
  const { manifest } = fixture;
  return synopsis(fixture.base, fixture.amendments, {
    ...(fixture.statement === undefined ? {} : { statement: fixture.statement }),
    ...(manifest.dehyphenate === undefined ? {} : { dehyphenate: manifest.dehyphenate }),
    ...(manifest.motion === undefined ? {} : { motion: manifest.motion }),
  });
}

/** What a fixture's expected.json pins: the parts of the Synopse a reader checks first. */
export function summary(s: Synopsis): unknown {
  const headings = (ns: readonly number[]): string[] => ns.map((n) => s.statement!.statement.sections[n]!.heading);
  return {
    amendments: s.amendments.map((a) => ({
      id: a.id,
      form: a.form,
      ...(a.movers === undefined ? {} : { movers: a.movers }),
    })),
    rows: s.rows.map(
      (row) =>
        `${row.clause}: ${row.versions.map((v) => v.status + (v.inserted.length > 0 ? ` +${v.inserted.length}` : '')).join(' | ')}`,
    ),
    collisions: s.collisions.map((c) => ({
      amendments: c.amendments,
      clauses: c.clauses,
      kind: c.kind,
      ...(c.first === undefined ? {} : { first: c.first }),
    })),
    applied: s.merged.applied,
    withheld: s.merged.withheld,
    ...(s.statement === undefined
      ? {}
      : {
          statement: {
            rows: s.rows
              .filter((r) => r.statement.length > 0)
              .map((r) => `${r.clause}: ${headings(r.statement).join(' + ')}`),
            unplaced: headings(s.statement.unplaced),
          },
        }),
  };
}
