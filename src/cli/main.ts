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
// yet), instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = exitCode;
