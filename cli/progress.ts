/**
 * Progress lines on stderr, shown only once a run has taken over a second, so quick runs stay
 * silent and slow ones say what they are waiting for.
 */
export class Progress {
  private readonly started = Date.now();
  private phase = "";
  private shown = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly out: NodeJS.WritableStream = process.stderr) {
    this.timer = setTimeout(() => {
      this.shown = true;
      this.print(this.phase);
    }, 1000);
    // Never keep the process alive just to print progress.
    this.timer.unref();
  }

  /** Announces a new phase (printed now if progress is already visible). */
  step(phase: string): void {
    this.phase = phase;
    if (this.shown) this.print(phase);
  }

  /** Stops the timer; prints the total when progress was visible. */
  done(): void {
    clearTimeout(this.timer);
    if (this.shown) this.print(`done in ${((Date.now() - this.started) / 1000).toFixed(1)} s`);
  }

  private print(line: string): void {
    if (line) this.out.write(`ailz: ${line}\n`);
  }
}
