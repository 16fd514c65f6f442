import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { writeOutputFile } from '../../src/cli/output-file.js';

const dir = mkdtempSync(join(tmpdir(), 'motion-redline-output-'));

describe('writeOutputFile', () => {
  it('creates the missing folders, level by level', async () => {
    const path = join(dir, 'a', 'b', 'c', 'out.md');
    await writeOutputFile(path, 'Text\n');
    expect(readFileSync(path, 'utf8')).toBe('Text\n');
    await writeOutputFile(path, new TextEncoder().encode('Neu\n'));
    expect(readFileSync(path, 'utf8')).toBe('Neu\n');
  });

  it('fails with a usage error naming the path when a folder on the way is a file', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const path = join(file, 'out.md');
    await expect(writeOutputFile(path, 'Text')).rejects.toThrow(UsageError);
    await expect(writeOutputFile(path, 'Text')).rejects.toThrow(`cannot write '${path}': '${file}' is not a folder`);
    const deeper = join(file, 'sub', 'out.md');
    await expect(writeOutputFile(deeper, 'Text')).rejects.toThrow(`cannot write '${deeper}': ENOTDIR`);
  });

  it('fails with a usage error when the path is a folder', async () => {
    await expect(writeOutputFile(dir, 'Text')).rejects.toThrow(new RegExp(`^cannot write '${dir}': .*EISDIR`));
  });
});
