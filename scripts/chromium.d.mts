/** Headless Chromium flags with a throw-away profile directory. */
export function headlessFlags(profile: string): string[];
