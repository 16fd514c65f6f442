#!/usr/bin/env node
/**
 * The `motion-redline` command. It is the library's first user: it imports
 * only what the package root exports, so anything it can do, a council tool
 * can do with the library too.
 *
 * @module
 */
import { run } from './run.js';

// A reader that goes away (`motion-redline diff a.md b.md | head -1`) is no
// error: stop quietly, with the exit code the command had decided (0 if none
// yet), instead of dying on an unhandled EPIPE with a stack trace. Any other
// failure to write standard output is one line and exit 2, like every error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`motion-redline: cannot write standard output: ${error.message}\n`);
  process.exit(2);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? 0));

const exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = exitCode;
