/**
 * Loading an optional peer dependency. The file formats use libraries that a
 * core user should not have to install (an HTML parser, a PDF engine, a
 * JSON-schema validator); they are optional peer dependencies, loaded with a
 * dynamic `import()` when a format function is called. When one is missing the
 * caller gets a `RedlineError` with the stable code `missing-dependency` whose
 * message names the package to install — never a bare module-resolution error.
 *
 * @module
 */
import { RedlineError } from '../errors.js';

/** The error codes of Node and of bundlers for a module that cannot be found. */
const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND', 'ERR_PACKAGE_PATH_NOT_EXPORTED']);

/**
 * Runs `load` (a function around a literal `import('package')`, so bundlers
 * can see it) and returns the module.
 *
 * @param pkg - the npm package name, for the message
 * @param feature - what needs it ("toPdf"), for the message
 * @throws RedlineError `missing-dependency` when the package is not installed
 */
export async function importPeer<T>(pkg: string, feature: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : '';
    if (
      (typeof code === 'string' && NOT_FOUND.has(code)) ||
      message.includes(`'${pkg}`) ||
      message.includes(`"${pkg}`)
    ) {
      throw new RedlineError(
        'missing-dependency',
        `${feature} needs the optional package "${pkg}", which is not installed; install it with: npm install ${pkg}`,
        { cause: error },
      );
    }
    throw error;
  }
}
