import * as fs from "fs";
import * as path from "path";
import { evaluatePack, PackResult } from "./analyzer/evaluate";
import { readPolicyConfigFile } from "./analyzer/config";
import { launchPack, PackProcess } from "./analyzer/launch";
import type { PreviewOptions } from "./args";
import { GateError } from "./errors";
import { Progress } from "./progress";
import { loadProject } from "./project";
import { buildReport, GateResult } from "./report/model";
import { runProgram } from "./simulator/runProgram";

/**
 * One `ailz preview`: loads the project, starts the packs (their TypeScript compiles while the
 * program runs), runs the program against the simulated Azure, then analyzes every resource.
 */
export async function preview(options: PreviewOptions, progress: Progress): Promise<GateResult> {
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
  const started: PackProcess[] = [];
  const launches = packDirs.map((dir) =>
    launchPack(dir, packEnv, options.debug).then((p) => {
      started.push(p);
      return p;
    }),
  );
  // Observe failures now; they are reported after the program has run.
  const settled = Promise.allSettled(launches);
  try {
    progress.step(
      packDirs.length > 0
        ? `running ${path.basename(project.main)} and starting ${packDirs.length} policy pack(s)`
        : `running ${path.basename(project.main)}`,
    );
    const run = await runProgram(project, isPreview);
    progress.step(`${run.resources.length} resources registered`);
    const outcomes = await settled;
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failed) throw failed.reason;
    const packs = outcomes.map((o) => (o as PromiseFulfilledResult<PackProcess>).value);
    progress.step(
      packs.length > 0 ? `analyzing with ${packs.map((p) => path.basename(p.dir)).join(", ")}` : "",
    );
    const results: PackResult[] = await Promise.all(
      packs.map((pack, i) =>
        evaluatePack(pack, run.resources, project, isPreview, options.policyPackConfigs[i]),
      ),
    );
    return {
      project,
      mode: options.mode,
      resources: run.resources,
      packs: results,
      policiesEvaluated: !options.noPolicies,
      report: buildReport(project, options.mode, run.resources, results, run.notSimulated),
    };
  } finally {
    await settled;
    for (const p of started) p.stop();
  }
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
