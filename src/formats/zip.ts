/**
 * Reading the parts of a ZIP package (`.docx`, `.odt`) with fflate (an
 * optional peer dependency). Only the named parts are inflated, and each is
 * limited in size, so a crafted archive cannot make the reader allocate
 * without bound.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import { loadOptional } from './load.js';

/** The largest part the readers inflate (bytes, as the archive declares it). */
const MAX_PART = 64 * 1024 * 1024;

/** True when `bytes` start like a ZIP archive (`PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The named parts of a ZIP package as text (UTF-8); a missing part is absent from the result.
 * @throws {RedlineError} `invalid-input` when the bytes are not a readable ZIP archive or a part is too large
 */
export async function readParts(
  bytes: Uint8Array,
  names: readonly string[],
  caller: string,
  kind: string,
): Promise<Map<string, string>> {
  if (!(bytes instanceof Uint8Array)) {
    throw new RedlineError('invalid-input', `${caller} expects the file's bytes as a Uint8Array (or Buffer).`);
  }
  if (!isZip(bytes)) {
    throw new RedlineError('invalid-input', `${caller}: the bytes are not a ${kind} file (no ZIP signature "PK").`);
  }
  const { unzipSync } = await loadOptional('fflate', caller, () => import('fflate'));
  const wanted = new Set(names);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.has(file.name)) return false;
        if (file.originalSize > MAX_PART) {
          throw new RedlineError(
            'invalid-input',
            `${caller}: the part ${file.name} is larger than ${MAX_PART / 1024 / 1024} MB.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RedlineError) throw error;
    throw new RedlineError('invalid-input', `${caller}: the ${kind} file is not a readable ZIP archive.`, {
      cause: error,
    });
  }
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name, decoder.decode(data));
  return out;
}
