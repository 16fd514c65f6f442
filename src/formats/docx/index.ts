/**
 * `motion-redline/docx`: Word documents in and out. Needs the optional peer
 * dependencies `docx` (writing) and `fflate` + `saxes` (reading); each is
 * loaded on first use, and a missing one is a `RedlineError` with code
 * `missing-dependency` naming the package to install.
 *
 * @packageDocumentation
 */
export { toDocx } from './write.js';
export { readDocx } from './read.js';
export type { DocxContent, DocxDiagnostic } from './read.js';
export type { DocxOptions } from './options.js';
