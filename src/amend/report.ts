/**
 * The diagnostics of one plan, as the planners report them.
 *
 * @module
 */
import type { Diagnostic } from '../model.js';

/** Collects the diagnostics of one amendment. */
export class Reporter {
  /** The diagnostics so far, in the order reported. */
  readonly diagnostics: Diagnostic[] = [];

  /** Reports a diagnostic of change `change` (an error unless `severity` says otherwise). */
  report(
    code: Diagnostic['code'],
    change: number,
    message: string,
    clause?: string,
    suggestion?: string,
    severity: Diagnostic['severity'] = 'error',
  ): void {
    const d: Diagnostic = { code, severity, change, message };
    if (clause !== undefined) d.clause = clause;
    if (suggestion !== undefined) d.suggestion = suggestion;
    this.diagnostics.push(d);
  }

  /** Reports a change that changes nothing (a warning). */
  noOp(change: number, message: string, clause: string): void {
    this.report('no-op', change, message, clause, undefined, 'warning');
  }

  /** Reports a malformed change: "Change 3 is invalid: …". */
  invalid(change: number, why: string, clause?: string): void {
    this.report('invalid-change', change, `Change ${change + 1} is invalid: ${why}.`, clause);
  }
}
