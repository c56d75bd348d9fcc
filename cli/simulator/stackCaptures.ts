import { originalPosition } from "./sourceMaps";

/**
 * Pulumi's SDK captures a stack trace in two places that together took most of a large
 * program's run under the mock runtime (half the CPU time of a 2,000-resource stack):
 *
 * - `debuggablePromise` records `new Error().stack` on every internal promise, read only to
 *   explain leaked promises when `PULUMI_DEBUG_PROMISE_LEAKS` is set. The gate captures no frames
 *   there unless that variable is set.
 * - `Resource.callsites()` formats the whole stack of every resource as text and parses it back,
 *   to find where the resource was declared. The gate reads the same frames as V8's structured
 *   call sites instead, and maps positions in the program's own files from their source maps.
 *
 * Both keep the SDK's results: the same frames, with TypeScript positions in the program's files
 * (an anonymous function's frame, which the SDK's text parsing skips, gets its position too).
 * `test/cli/stackCaptures.spec.ts` fails if the SDK internals they wrap change.
 */

/* eslint-disable @typescript-eslint/no-require-imports */
const debuggable: {
  debuggablePromise<T>(p: Promise<T>, ctx: unknown): Promise<T>;
} = require("@pulumi/pulumi/runtime/debuggable");
const resourceModule: {
  Resource: { callsites(): Array<{ file?: string; line?: number; column?: number }> };
} = require("@pulumi/pulumi/resource");
/* eslint-enable @typescript-eslint/no-require-imports */

/** The SDK's own `Resource.callsites`, as loaded (the spec compares the two). */
export const sdkCallsites = resourceModule.Resource.callsites;

let installed = false;

/** Call sites of the current stack, this function's first (as the SDK's own list starts). */
function structuredCallsites(): Array<{ file?: string; line?: number; column?: number }> {
  const limit = Error.stackTraceLimit;
  const format = Error.prepareStackTrace;
  const holder: { stack?: unknown } = {};
  try {
    Error.stackTraceLimit = Number.POSITIVE_INFINITY;
    Error.prepareStackTrace = (_error, frames) => frames;
    Error.captureStackTrace(holder);
    const frames = holder.stack as NodeJS.CallSite[];
    return frames.map((frame) => {
      const file = frame.getFileName();
      const line = frame.getLineNumber();
      const column = frame.getColumnNumber();
      if (!file || file.startsWith("node:") || line === null || column === null) return {};
      return { file, ...originalPosition(file, line, column) };
    });
  } finally {
    Error.prepareStackTrace = format;
    Error.stackTraceLimit = limit;
  }
}

/** Installs both replacements for the rest of the process (once). */
export function installCheapStackCaptures(): void {
  if (installed) return;
  installed = true;
  resourceModule.Resource.callsites = structuredCallsites;
  if (process.env.PULUMI_DEBUG_PROMISE_LEAKS) return;
  const original = debuggable.debuggablePromise;
  debuggable.debuggablePromise = function debuggablePromise<T>(p: Promise<T>, ctx: unknown) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return original(p, ctx);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
}
