/** The message of the InstructionError `redline(base, amendment)` refuses with (the test fails when it applies). */
import { expect } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';

export function refusalOf(base: string, amendment: string): string {
  try {
    redline(base, amendment);
  } catch (error) {
    expect(error).toBeInstanceOf(InstructionError);
    return (error as InstructionError).message;
  }
  throw new Error(`no refusal: ${amendment}`);
}
