/**
 * The error hierarchy. Every error the library throws is a {@link RedlineError}
 * with a stable `code`, so callers can branch on the code and show the message.
 *
 * @module
 */
import type { Diagnostic } from './model.js';

/** Stable codes of thrown errors. */
export type RedlineErrorCode =
  /** `parseMotion` found no resolution section. */
  | 'no-resolution'
  /** The input cannot be parsed (wrong type, unreadable structure). */
  | 'invalid-input'
  /** A clause reference could not be resolved. */
  | 'clause-not-found'
  /** An instruction sentence could not be understood. */
  | 'instruction-not-understood'
  /** An amendment does not apply cleanly (see `diagnostics`). */
  | 'amendment-does-not-apply'
  /** A redline-form document is malformed. */
  | 'invalid-redline'
  /** An option has an invalid value. */
  | 'invalid-option'
  /** An optional peer dependency that a format needs (`docx`, `fflate`, `saxes`, `hast-util-from-html`, `pdfmake`, `ajv`) is not installed; the message names the package. */
  | 'missing-dependency';

/** Base class of every error thrown by motion-redline. */
export class RedlineError extends Error {
  /** Stable machine-readable code. */
  readonly code: RedlineErrorCode;

  /**
   * @param code - stable code
   * @param message - one sentence naming the clause and quoting the text where there is one
   */
  constructor(code: RedlineErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RedlineError';
    this.code = code;
  }
}

/** Thrown when a document or resolution cannot be parsed. */
export class ParseError extends RedlineError {
  constructor(code: RedlineErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ParseError';
  }
}

/** Thrown by `parseAmendment` for a sentence it cannot read. */
export class InstructionError extends RedlineError {
  /** The sentence that was not understood. */
  readonly sentence: string;
  /** Its character offset in the instruction text. */
  readonly offset: number;

  constructor(sentence: string, offset: number, message: string) {
    super('instruction-not-understood', message);
    this.name = 'InstructionError';
    this.sentence = sentence;
    this.offset = offset;
  }
}

/** Thrown by `applyAmendment` when any diagnostic is an error; nothing is applied. */
export class AmendmentError extends RedlineError {
  /** All diagnostics of the amendment (errors and warnings). */
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[], message?: string) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      'amendment-does-not-apply',
      message ??
        `The amendment does not apply cleanly (${errors.length} error${errors.length === 1 ? '' : 's'}): ${errors
          .map((d) => d.message)
          .join(' ')}`,
    );
    this.name = 'AmendmentError';
    this.diagnostics = diagnostics;
  }
}
