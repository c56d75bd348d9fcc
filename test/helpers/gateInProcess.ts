import { Writable } from "stream";
import type { PackProcess } from "../../cli/analyzer/launch";
import { Mode, parseArgs, PreviewOptions } from "../../cli/args";
import { EXIT_FAILED, GateError } from "../../cli/errors";
import { preview } from "../../cli/preview";
import { loadProject } from "../../cli/project";
import { Progress } from "../../cli/progress";
import { GateResult, verdictExitCode } from "../../cli/report/model";

/** What one `ailz preview` answered: its exit code, and the result or the error. */
export type GateOutcome =
  | { code: number; result: GateResult; error?: undefined }
  | { code: typeof EXIT_FAILED; error: GateError; result?: undefined };

/**
 * Runs `body` with only the process listeners it adds: mocha's own handler would turn the
 * unhandled rejections of a program that fails on purpose into a failure of the spec.
 */
export async function withoutMochaHandlers<T>(body: () => Promise<T>): Promise<T> {
  const events = ["unhandledRejection", "uncaughtException"] as const;
  const saved = events.map((e) => process.rawListeners(e));
  for (const e of events) process.removeAllListeners(e);
  try {
    return await body();
  } finally {
    for (const e of events) process.removeAllListeners(e);
    events.forEach((e, i) => saved[i].forEach((l) => process.on(e, l as (...a: any[]) => void)));
  }
}

const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * `ailz preview <dir> --mode <mode> [args]` in this process, through the CLI's own pipeline
 * (streaming analysis, late failures, the verdict), with `packs` started once and shared
 * between runs. The modules a run loads are loaded afresh by the next, as in a new process.
 */
export async function previewInProcess(
  dir: string,
  mode: Mode,
  packs: PackProcess[],
  args: string[] = [],
): Promise<GateOutcome> {
  const command = parseArgs(["preview", dir, "--mode", mode, ...args]);
  const options = (command as { options: PreviewOptions }).options;
  options.policyPacks = packs.map((p) => p.dir);
  options.noPolicies = packs.length === 0;
  // The program itself always runs again, even when an earlier spec of this process loaded it.
  delete require.cache[loadProject(options.projectDir, options.stack, []).main];
  const loaded = new Set(Object.keys(require.cache));
  try {
    return await withoutMochaHandlers(async () => {
      try {
        const result = await preview(options, new Progress(silent), { runningPacks: packs });
        return { code: verdictExitCode(result.report), result };
      } catch (err) {
        if (!(err instanceof GateError)) throw err;
        return { code: EXIT_FAILED, error: err };
      }
    });
  } finally {
    // What this run loaded is loaded afresh by the next one, as in a new process.
    for (const file of Object.keys(require.cache))
      if (!loaded.has(file)) delete require.cache[file];
  }
}
