/**
 * Headless Chromium for the tests that run the library in a real browser
 * (test/render/chromium.test.ts, test/bundle.test.ts): which binary, and the
 * flags for a quiet, sandbox-free, network-free run. CI installs Debian's
 * chromium; where none is found the tests skip with a message.
 */
import { spawnSync } from 'node:child_process';

/** The first of the usual Chromium binaries that runs, or undefined. */
export function findChromium(): string | undefined {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (name === undefined || name === '') continue;
    const probe = spawnSync(name, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    if (probe.status === 0) return name;
  }
  return undefined;
}

/** Flags for a quiet, sandbox-free, network-free headless run with its own profile directory. */
export function chromiumArgs(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
}
