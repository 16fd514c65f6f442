/**
 * Writing the result to `-o FILE`, creating missing folders one level at a
 * time: Node's `mkdir(…, { recursive: true })` never returns for a path below
 * procfs (`-o /proc/nope/out.md` hung the CLI), while a plain `mkdir` of each
 * missing level fails at once with the reason.
 *
 * @module
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args.js';

/** Writes `data` to `path`, creating its folder; any failure is a one-line usage error (exit 2). */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await makeFolder(dirname(resolve(path)));
    await writeFile(path, data);
  } catch (error) {
    throw new UsageError(`cannot write '${path}': ${(error as Error).message}`);
  }
}

/** Creates `folder` and the missing folders above it, from the nearest existing one down. */
async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    const found = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (found !== undefined) {
      if (!found.isDirectory()) throw new Error(`'${current}' is not a folder`);
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    missing.push(current);
    current = parent;
  }
  for (const level of missing.reverse()) await mkdir(level);
}
