/**
 * Loading the optional packages a file format needs. `docx`, `fflate` and
 * `saxes` are optional peer dependencies: the core library must not need
 * them (it stays small and browser-safe), so each format loads its package
 * with a dynamic `import()` when it is first used, and a missing package is a
 * `RedlineError` that says what to install instead of a module-resolution
 * stack trace.
 *
 * @module
 */
import { RedlineError } from '../errors.js';

/**
 * Runs `load` (a dynamic `import()` of `name`) and turns a failure into a
 * `RedlineError` with code `missing-dependency`.
 *
 * @param name - the npm package, as the user installs it
 * @param what - the function that needs it, for the message
 * @param load - `() => import(name)`, written out at the call site so bundlers see the specifier
 * @throws {RedlineError} `missing-dependency` naming the package and the install command
 */
export async function loadOptional<T>(name: string, what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new RedlineError(
      'missing-dependency',
      `${what} needs the optional package "${name}", which is not installed; install it with: npm install ${name}`,
      { cause: error },
    );
  }
}
