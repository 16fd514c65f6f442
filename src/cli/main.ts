#!/usr/bin/env node
/**
 * The `motion-redline` command. It is the library's first user: it imports
 * only what the package root exports, so anything it can do, a council tool
 * can do with the library too.
 *
 * @module
 */
import { run } from './run.js';

const exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = exitCode;
