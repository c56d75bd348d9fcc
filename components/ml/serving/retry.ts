/*
 * Bounded retries with exponential backoff and jitter. Self-contained (see armClient.ts): the
 * dynamic provider that uses it is serialized with its modules.
 */

/** Clock and pacing of retries; injectable so tests run on a virtual clock. */
export interface RetryTiming {
  /** The whole budget of one operation, waits included. @default 1_800_000 (30 minutes) */
  timeoutMs: number;
  /** The first backoff delay; each retry doubles it. @default 2_000 */
  initialDelayMs: number;
  /** The longest backoff delay. @default 60_000 */
  maxDelayMs: number;
  /** How often to re-read while waiting for Azure to show a change. @default 5_000 */
  pollIntervalMs: number;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1), for jitter. */
  random(): number;
}

export const defaultRetryTiming: RetryTiming = {
  timeoutMs: 30 * 60_000,
  initialDelayMs: 2_000,
  maxDelayMs: 60_000,
  pollIntervalMs: 5_000,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** A failure worth trying again: not-found during propagation, 409, 412, 429, 5xx, a busy resource. */
export class RetryableError extends Error {
  constructor(
    message: string,
    /** A short word for reports and counts, e.g. "deployment-not-found", "throttled". */
    readonly reason: string,
    /** The server's Retry-After, in milliseconds, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RetryableError";
  }
}

/** What an operation needed: attempts, retries and their reasons, and polls while waiting. */
export interface RetryReport {
  attempts: number;
  retries: number;
  /** Retry reasons, in order. */
  reasons: string[];
  /** The delays waited before each retry, in order, in milliseconds. */
  delaysMs: number[];
  polls: number;
}

export function newRetryReport(): RetryReport {
  return { attempts: 0, retries: 0, reasons: [], delaysMs: [], polls: 0 };
}

/**
 * The delay before retry number `retry` (0-based): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that many deployments retrying at once spread out; never shorter
 * than the server's Retry-After.
 */
export function backoffDelay(retry: number, timing: RetryTiming, retryAfterMs?: number): number {
  const exponential = Math.min(timing.maxDelayMs, timing.initialDelayMs * 2 ** retry);
  const jittered = Math.round(exponential / 2 + (exponential / 2) * timing.random());
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Parses Retry-After: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Thrown when the budget runs out; the message says what was awaited and what to do. */
export class RetryTimeoutError extends Error {
  constructor(
    message: string,
    readonly report: RetryReport,
  ) {
    super(message);
    this.name = "RetryTimeoutError";
  }
}

/** One operation's clock: when it started and when it must stop. */
export interface RetryBudget {
  timing: RetryTiming;
  report: RetryReport;
  start: number;
  /** Names the operation in the timeout message. */
  describe: string;
}

export function startBudget(describe: string, timing: RetryTiming): RetryBudget {
  return { timing, report: newRetryReport(), start: timing.now(), describe };
}

/** Waits `delay` ms, or throws the promised timeout error when that would pass the budget. */
export async function waitWithin(
  budget: RetryBudget,
  delay: number,
  lastError: string,
): Promise<void> {
  const { timing, report } = budget;
  const elapsed = timing.now() - budget.start;
  if (elapsed + delay > timing.timeoutMs) {
    throw new RetryTimeoutError(
      `${budget.describe}: gave up after ${Math.round(elapsed / 1000)}s, ${report.attempts} attempts and ` +
        `${report.polls} polls (limit ${Math.round(timing.timeoutMs / 1000)}s); last error: ${lastError}`,
      report,
    );
  }
  await timing.sleep(delay);
}

/**
 * Runs `attempt` until it returns, retrying `RetryableError`s with backoff until the budget is
 * spent; any other error stops at once.
 */
export async function withRetries<T>(budget: RetryBudget, attempt: () => Promise<T>): Promise<T> {
  const { timing, report } = budget;
  for (;;) {
    report.attempts++;
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      const delay = backoffDelay(report.retries, timing, error.retryAfterMs);
      await waitWithin(budget, delay, error.message);
      report.retries++;
      report.reasons.push(error.reason);
      report.delaysMs.push(delay);
    }
  }
}
