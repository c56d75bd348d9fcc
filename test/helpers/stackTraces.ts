/**
 * Runs `fn` with stack traces off. The Pulumi SDK records a stack trace for every promise and
 * registration (for leak reports and source positions), and under ts-node's source-map support
 * formatting them is most of what registering a resource costs; no verdict depends on them.
 * Specs run one case at a time per process, so the setting cannot leak into another case.
 */
export async function withoutStackTraces<T>(fn: () => Promise<T>): Promise<T> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return await fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
