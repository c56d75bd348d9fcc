/**
 * A failure the user can act on: the program, a policy pack or the command line was wrong.
 * The CLI prints `file: cause` and exits 2; the stack trace is shown only with `--debug`.
 */
export class GateError extends Error {
  constructor(
    /** The file (or folder) at fault, as the user would open it. */
    readonly file: string,
    /** What went wrong, in one or a few lines. */
    readonly cause: string,
    /** The underlying error, for `--debug`. */
    readonly inner?: unknown,
  ) {
    super(`${file}: ${cause}`);
    this.name = "GateError";
  }
}

/** Exit codes of `ailz preview`, as documented in docs/gate.md. */
export const EXIT_OK = 0;
export const EXIT_MANDATORY = 1;
export const EXIT_FAILED = 2;
