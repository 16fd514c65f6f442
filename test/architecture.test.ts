/**
 * The import direction of docs/architecture.md, pinned: every relative import
 * in src/ must go to a room that the importing room's "may import" column names.
 * The table is read from the document itself, so the picture and the code
 * cannot drift apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** `src/parse/` → `parse`, `src/model.ts` → `model`, `src/index.ts` → `index`. */
function roomName(cell: string): string {
  return cell
    .replace(/`/g, '')
    .replace(/^src\//, '')
    .replace(/\/$/, '')
    .replace(/\.ts$/, '');
}

interface Room {
  name: string;
  mayImport: ReadonlySet<string>;
}

function readTable(): Room[] {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const rows = doc.split('\n').filter((line) => line.startsWith('| `src/'));
  const names = rows.map((row) => roomName(row.split('|')[1]!.trim()));
  return rows.map((row, i) => {
    const cell = row.split('|')[3]!.trim();
    const name = names[i]!;
    let allowed: string[];
    if (cell === '—') allowed = [];
    else if (cell.startsWith('every room above except ')) {
      const except = new Set(cell.slice('every room above except '.length).split(/,\s*/));
      allowed = names.slice(0, i).filter((n) => !except.has(n));
    } else if (cell === 'every room above') allowed = names.slice(0, i);
    else allowed = cell.split(/,\s*/);
    return { name, mayImport: new Set(allowed) };
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return entry.endsWith('.ts') ? [path] : [];
  });
}

/** The room of a file under src/: its top folder, or the file's own name. */
function roomOf(path: string): string {
  const rel = relative(src, path).split(/[\\/]/);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.[jt]s$/, '');
}

const IMPORT = /(?:from|import)\s*(?:\(\s*)?'(\.{1,2}\/[^']+)'/g;

describe('the architecture table of docs/architecture.md', () => {
  const rooms = readTable();
  const byName = new Map(rooms.map((r) => [r.name, r]));

  it('names every room in src/', () => {
    const present = new Set(sourceFiles(src).map(roomOf));
    expect([...present].filter((r) => !byName.has(r)).sort()).toEqual([]);
    expect(rooms.map((r) => r.name).filter((r) => !present.has(r))).toEqual([]);
  });

  it('allows only imports to lower floors (each room names only rooms listed before it)', () => {
    const seen = new Set<string>();
    for (const room of rooms) {
      for (const allowed of room.mayImport) expect(seen.has(allowed), `${room.name} → ${allowed}`).toBe(true);
      seen.add(room.name);
    }
  });

  it('holds for every import in src/', () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = roomOf(file);
      const allowed = byName.get(from)?.mayImport ?? new Set<string>();
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = roomOf(join(dirname(file), match[1]!));
        if (target !== from && !allowed.has(target))
          wrong.push(`${relative(root, file)} imports ${match[1]} (${target})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
