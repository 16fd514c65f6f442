/**
 * The options of `fromOParl` and the table of its scalar options.
 *
 * @module
 */
import type { OptionTable } from '../../validate/options.js';

/** What a paper is read as. */
export type OParlRole = 'auto' | 'motion' | 'amendment';

/** Options of `fromOParl`. */
export interface FromOParlOptions {
  /**
   * The content of the paper's main file, for a paper whose `mainFile` has no
   * `text`: fetch it yourself (from `mainFile.accessUrl` or `downloadUrl`) and
   * pass the text, or its bytes (UTF-8). The library does no network access.
   * @default undefined (use `mainFile.text`)
   */
  file?: string | Uint8Array;
  /**
   * `'motion'` or `'amendment'`; `'auto'` decides by the paper type
   * ("Änderungsantrag", "Ergänzungsantrag", "Zusatzantrag", …) and by the name.
   * @default 'auto'
   */
  role?: OParlRole;
  /**
   * Check the paper against the OParl 1.1 schema first (with ajv, an optional
   * peer dependency). With `false` only the fields that are read are checked.
   * @default true
   */
  validate?: boolean;
}

/** The table of the scalar {@link FromOParlOptions} (`file` is checked on its own: text or bytes). */
export const FROM_OPARL_OPTIONS = {
  role: { kind: 'enum', default: 'auto', values: ['auto', 'motion', 'amendment'] },
  validate: { kind: 'boolean', default: true },
} as const satisfies OptionTable;

/** Paper types and name beginnings (lower case) that make a paper an amendment of another. */
export const AMENDMENT_KINDS: readonly string[] = [
  'änderungsantrag',
  'änderungs- und ergänzungsantrag',
  'ergänzungsantrag',
  'zusatzantrag',
  'ersetzungsantrag',
  'abänderungsantrag',
];
