import * as fs from "fs";
import * as path from "path";
import { readPolicyConfigFile } from "./analyzer/config";
import type { PackProcess } from "./analyzer/launch";
import { PackAnalysis } from "./analyzer/packAnalysis";
import type { PreviewOptions } from "./args";
import { GateError } from "./errors";
import { Progress } from "./progress";
import { loadProject } from "./project";
import { buildReport, GateResult } from "./report/model";
import { ProgramFailures } from "./simulator/programFailures";
import { programError, programFile, runProgram } from "./simulator/runProgram";

/**
 * One `ailz preview`: loads the project, starts the packs (their TypeScript compiles while the
 * program runs), runs the program against the simulated Azure, then analyzes every resource.
 *
 * A failure of the program wins over everything else, whenever it happens: `failures` (started
 * here when the caller gives none) catches what the program raises outside its own await chain,
 * for the whole run. Packs still starting when the run ends are stopped, not waited for.
 */
export async function preview(
  options: PreviewOptions,
  progress: Progress,
  { failures, runningPacks }: PreviewSetup = {},
): Promise<GateResult> {
  const project = loadProject(options.projectDir, options.stack, options.config);
  const isPreview = options.mode === "preview";
  // Fail on unreadable policy config before paying for anything else.
  for (const file of options.policyPackConfigs) readPolicyConfigFile(file);

  const packEnv: Record<string, string> = {
    PULUMI_CONFIG: JSON.stringify(project.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(project.secretKeys),
    PULUMI_NODEJS_PROJECT: project.name,
    PULUMI_NODEJS_STACK: project.stack,
    PULUMI_NODEJS_DRY_RUN: String(isPreview),
    PULUMI_NODEJS_ORGANIZATION: "organization",
  };
  const packDirs = options.noPolicies ? [] : options.policyPacks;
  const packs = new PackAnalysis(
    runningPacks ?? packDirs,
    packEnv,
    options.debug,
    options.policyPackConfigs,
    project,
    isPreview,
  );
  const watch = failures ?? new ProgramFailures().start();
  let phase: Phase = "program";
  // A failure recorded before the run stalled is the reason it stalled.
  const programFailure = () =>
    watch.firstFailure && programError(project, watch.firstFailure.error);

  const work = async (): Promise<GateResult> => {
    progress.step(
      packDirs.length > 0
        ? `running ${path.basename(project.main)} and starting ${packDirs.length} policy pack(s)`
        : `running ${path.basename(project.main)}`,
    );
    const run = await runProgram(project, isPreview, { failures: watch, onResource: packs.add });
    phase = "analysis";
    progress.step(
      packDirs.length > 0
        ? `${run.resources.length} resources registered; analyzing with ${packDirs.map((d) => path.basename(d)).join(", ")}`
        : `${run.resources.length} resources registered`,
    );
    // The program may still fail after its body returned (a timer, a stray promise).
    const lateFailure = watch.failed.then((err) => Promise.reject(programError(project, err)));
    lateFailure.catch(() => undefined);
    const results = await Promise.race([packs.finish(run.resources), lateFailure]);
    return {
      project,
      mode: options.mode,
      resources: run.resources,
      packs: results,
      policiesEvaluated: !options.noPolicies,
      report: buildReport(project, options.mode, run.resources, results, {
        strict: options.strict,
        notSimulated: run.notSimulated,
      }),
    };
  };

  const guard = stallGuard(options.timeoutSeconds, (why) => {
    if (why === "idle") {
      return (
        programFailure() ??
        new GateError(
          programFile(project),
          "the program never finished: it awaits a promise that nothing settles",
        )
      );
    }
    const limit = `within ${options.timeoutSeconds} s (--timeout)`;
    return phase === "program"
      ? (programFailure() ??
          new GateError(programFile(project), `the program did not finish ${limit}`))
      : new GateError(packDirs.join(", "), `the policy packs did not finish analyzing ${limit}`);
  });
  const running = work();
  // Whichever loses the race below still settles; its outcome is already decided.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, guard.stalled]);
  } finally {
    guard.clear();
    await packs.stop();
    if (failures === undefined) {
      // Rejections derived from the program's last failure are reported at the end of a macrotask.
      await new Promise((resolve) => setImmediate(resolve));
      watch.stop();
    }
  }
}

/** What a caller of `preview` may bring instead of having it made. */
export interface PreviewSetup {
  /** Listens for the program's failures; the CLI keeps it for the whole process. @default one for this run */
  failures?: ProgramFailures;
  /**
   * Packs already running, one per `options.policyPacks` entry, shared between runs (specs,
   * benchmarks): each run configures them for its own stack, as the engine would a new pack.
   * @default the packs of `options.policyPacks`, launched for this run
   */
  runningPacks?: PackProcess[];
}

type Phase = "program" | "analysis";

/**
 * Rejects with `error(why)` when the run can no longer finish: Node's event loop has emptied
 * (the program awaits something nothing will settle) or `timeoutSeconds` passed (0: never).
 */
function stallGuard(
  timeoutSeconds: number,
  error: (why: "idle" | "timeout") => GateError,
): { stalled: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  let onIdle: (() => void) | undefined;
  const stalled = new Promise<never>((_, reject) => {
    onIdle = () => reject(error("idle"));
    process.once("beforeExit", onIdle);
    if (timeoutSeconds <= 0) return;
    timer = setTimeout(() => reject(error("timeout")), timeoutSeconds * 1000);
    // The timer bounds the run; it never keeps the process alive on its own.
    timer.unref();
  });
  stalled.catch(() => undefined);
  return {
    stalled,
    clear: () => {
      clearTimeout(timer);
      if (onIdle) process.off("beforeExit", onIdle);
    },
  };
}

/** Writes the rendered report to `--output` or stdout. */
export function writeReport(text: string, output: string | undefined): void {
  if (output === undefined) {
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    return;
  }
  try {
    fs.writeFileSync(output, text.endsWith("\n") ? text : `${text}\n`);
  } catch (err) {
    throw new GateError(
      output,
      `cannot write the report (${(err as NodeJS.ErrnoException).code})`,
      err,
    );
  }
}

/** Shown when the default pack folder is missing. */
export function missingDefaultPack(options: PreviewOptions): GateError | undefined {
  if (
    options.noPolicies ||
    options.policyPacks.length !== 1 ||
    options.policyPacks[0] !== "policies"
  )
    return undefined;
  if (fs.existsSync(path.resolve("policies", "PulumiPolicy.yaml"))) return undefined;
  return new GateError(
    "policies",
    "no policy pack here (expected policies/PulumiPolicy.yaml); pass --policy-pack DIR or --no-policies",
  );
}
