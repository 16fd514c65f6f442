/**
 * The package as a consumer gets it: `npm pack` once, then
 * - publint and `@arethetypeswrong/cli` on the tarball (either failing fails the test);
 * - every bare import in the packed JavaScript is a declared dependency or peer;
 * - the tarball unpacked into a fresh `node_modules` beside the runtime
 *   dependencies (linked from this checkout's install, as the lockfile lists
 *   them; no network) and used by four consumer projects (test/package/consumers.ts):
 *   ESM `import`, CommonJS `require`, and TypeScript `nodenext` projects of
 *   both module kinds, type-checked with `skipLibCheck: false` and run.
 *
 * CommonJS support is Node's `require(esm)` (Node ≥ 20.19 / ≥ 22.12): see
 * docs/packaging.md for the choice. attw's bundled TypeScript predates
 * `require(esm)` and reports every CommonJS resolution as "ESM (dynamic import
 * only)", so that one rule is ignored — the TypeScript CommonJS consumer below
 * is the real check. Its node10 (`moduleResolution: node`) column cannot see
 * subpath exports, so attw runs with the `node16` profile.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJS, ESM, TS_CJS, TS_ESM, type ProjectFiles } from './consumers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  repository?: { type?: string; url?: string };
  homepage?: string;
  bugs?: { url?: string };
};

let work: string;
let tarball: string;
/** The unpacked package, as `node_modules/motion-redline` of the consumers. */
let installed: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'motion-redline-package-'));
  const packed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  });
  tarball = join(work, (JSON.parse(packed) as [{ filename: string }])[0].filename);
  installed = join(work, 'node_modules', 'motion-redline');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  linkRuntimeDependencies(join(work, 'node_modules'));
}, 120_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/**
 * Links every package the lockfile installs for production (not dev-only) into
 * `into`, so the consumers resolve exactly the runtime closure, not the
 * devDependencies (the optional peers are devDependencies here, so the subpath
 * exports must load without them).
 */
function linkRuntimeDependencies(into: string): void {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.startsWith('node_modules/') ? path.slice('node_modules/'.length) : undefined;
    if (name === undefined || name.includes('/node_modules/') || entry.dev === true || entry.devOptional === true)
      continue;
    mkdirSync(dirname(join(into, name)), { recursive: true });
    symlinkSync(join(root, path), join(into, name), 'dir');
  }
}

/** Writes a consumer project beside the unpacked package and returns its folder. */
function project(name: string, files: ProjectFiles): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

/** Runs a program, failing with its output when it exits non-zero. */
function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** What every consumer prints, checked the same way. */
function expectWorkingConsumer(stdout: string): Record<string, unknown> {
  const report = JSON.parse(stdout) as Record<string, unknown>;
  expect(report['html']).toContain(
    '<del class="redline-del">vierteljährlich</del> <ins class="redline-ins">halbjährlich</ins>',
  );
  expect(report['code']).toBe('invalid-input');
  expect(report['subpaths']).toEqual({ docx: 'function', html: 'function', pdf: 'function', oparl: 'function' });
  return report;
}

describe('the packed package', () => {
  it('passes publint', () => {
    const output = run(process.execPath, [bin('publint'), 'run', tarball, '--strict'], work);
    expect(output).toContain('All good');
  });

  it('passes @arethetypeswrong/cli (node16 profile; require(esm) is the CommonJS route)', () => {
    run(
      process.execPath,
      [bin('attw'), tarball, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii'],
      work,
    );
  });

  it('names its repository, homepage and issue tracker', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/\S+\.git$/) });
    expect(manifest.homepage).toMatch(/^https:\/\/\S+$/);
    expect(manifest.bugs?.url).toMatch(/^https:\/\/\S+\/issues$/);
  });

  it('imports nothing it does not declare, and declares no runtime dependency it does not import', () => {
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    const dist = join(installed, 'dist');
    const imported = new Set<string>();
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js') && !file.endsWith('.d.ts')) continue;
      const text = readFileSync(join(dist, file), 'utf8');
      for (const match of text.matchAll(
        /^(?:import|export)\s[^"'`;]*?\sfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm,
      )) {
        const specifier = match[1] ?? match[2]!;
        if (specifier.startsWith('.') || isBuiltin(specifier)) continue;
        const parts = specifier.split('/');
        imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
    // Type-only imports of `hast`/`mdast` are served by their @types packages.
    const missing = [...imported].filter((name) => !declared.has(name) && !declared.has(`@types/${name}`));
    expect(missing).toEqual([]);
    expect([...imported]).toContain('diff');
    const unused = Object.keys(manifest.dependencies).filter(
      (name) => !imported.has(name) && !imported.has(name.replace(/^@types\//, '')),
    );
    expect(unused).toEqual([]);
  });
});

describe('consumer projects', () => {
  it('ESM: import of the root entry and the four subpath exports', () => {
    expectWorkingConsumer(run(process.execPath, ['index.js'], project('esm', ESM)));
  });

  it('CommonJS: require of the root entry and the four subpath exports, one module instance with import', () => {
    const report = expectWorkingConsumer(run(process.execPath, ['index.js'], project('cjs', CJS)));
    expect(report['sameInstance']).toBe(true);
  });

  it('TypeScript nodenext (ESM and CommonJS): type-checks against the packed declarations and runs', () => {
    const esm = project('ts-esm', TS_ESM);
    const cjs = project('ts-cjs', TS_CJS);
    run(process.execPath, [bin('tsc'), '-b', esm, cjs], work);
    expect(readFileSync(join(cjs, 'out', 'index.js'), 'utf8')).toContain('require("motion-redline")');
    expect(readFileSync(join(esm, 'out', 'index.js'), 'utf8')).toContain("from 'motion-redline'");
    for (const dir of [esm, cjs]) {
      const report = expectWorkingConsumer(run(process.execPath, [join('out', 'index.js')], dir));
      expect(report['clauseId']).toBe('1');
    }
  });
});
