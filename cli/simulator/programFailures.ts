/**
 * Errors a program raises outside its own await chain: in `apply` callbacks, in promises nobody
 * awaits, in timers. Node reports those as unhandled rejections or uncaught exceptions at the
 * end of a macrotask, which can be long after the program's body returned. When the body throws,
 * Pulumi's root `Stack` rejects promises derived from its outputs (`isKnown`, `isSecret`, ...)
 * that nobody awaits, so the same error comes back that way too.
 *
 * The gate therefore listens for the whole preview, not only while the body runs: with a
 * listener removed too early, Node's default handler turns such an error into a crash (exit 1 and
 * a stack trace) while the gate is still waiting for its policy packs.
 */
export class ProgramFailures {
  private first: { error: unknown } | undefined;
  private notify: (error: unknown) => void = () => undefined;
  private readonly onError = (error: unknown): void => this.record(error);
  /** Settles with the first failure; never rejects. */
  readonly failed: Promise<unknown> = new Promise((resolve) => (this.notify = resolve));

  /** Starts listening on the process. */
  start(): this {
    process.on("unhandledRejection", this.onError);
    process.on("uncaughtException", this.onError);
    return this;
  }

  /** Stops listening; what was recorded stays. */
  stop(): void {
    process.off("unhandledRejection", this.onError);
    process.off("uncaughtException", this.onError);
  }

  /** Records a failure of the program; only the first one is kept. */
  record(error: unknown): void {
    if (this.first !== undefined) return;
    this.first = { error };
    this.notify(error);
  }

  /** The first failure, if any (wrapped, since a program may throw `undefined`). */
  get firstFailure(): { error: unknown } | undefined {
    return this.first;
  }
}
