import { RetryTiming } from "../../../../components/ml/serving/retry";

/**
 * Retry timing on a virtual clock: `sleep` advances the clock instead of waiting, so specs run
 * every backoff and timeout path instantly and deterministically (jitter fixed at 0.5).
 */
export function virtualTiming(overrides: Partial<RetryTiming> = {}): RetryTiming & {
  sleeps: number[];
} {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  return {
    timeoutMs: 600_000,
    initialDelayMs: 1_000,
    maxDelayMs: 30_000,
    pollIntervalMs: 5_000,
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
    random: () => 0.5,
    sleeps,
    ...overrides,
  };
}
