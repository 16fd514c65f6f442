// The flags of a quiet, sandbox-free, network-free headless Chromium run,
// shared by the scripts that render the documentation's images.

/** Headless Chromium flags with a throw-away profile directory. */
export function headlessFlags(profile) {
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
