import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { GateError } from "../errors";
import type { Project } from "../project";
import { AzureMocks } from "./azureMocks";
import { Capture, CapturedResource } from "./capture";
import { failOnNotSimulated, NotSimulatedInvoke } from "./invokes";
import { installPackageSourceAliases } from "./moduleAlias";
import { ProgramFailures } from "./programFailures";
import { installCheapStackCaptures } from "./stackCaptures";
import { installStackFormatter } from "./stackTraces";
import { TypeAliases } from "./typeAliases";
import { installTypeScriptLoader } from "./typescriptLoader";

// Internal SDK modules: the mock monitor lives in the runtime store, and waitForRPCs is exported
// at run time but not in the typings.
/* eslint-disable @typescript-eslint/no-require-imports */
const runtimeState: { getStore(): any } = require("@pulumi/pulumi/runtime/state");
const runtimeSettings: {
  waitForRPCs(): Promise<void>;
} = require("@pulumi/pulumi/runtime/settings");
const runtimeConfig: {
  setAllConfig(c: Record<string, string>, secretKeys: string[]): void;
} = require("@pulumi/pulumi/runtime/config");
/* eslint-enable @typescript-eslint/no-require-imports */

/** The result of running a program under the simulated Azure. */
export interface ProgramRun {
  /** Every resource in registration order, default providers included, as the engine sees it. */
  resources: CapturedResource[];
  /** Invokes the simulated Azure did not answer (preview mode: their results were unknown). */
  notSimulated: NotSimulatedInvoke[];
}

/** The first stack frame in the project's own files, for error messages. */
export function programFrame(err: unknown, projectDir: string): string | undefined {
  const stack = err instanceof Error ? (err.stack ?? "") : "";
  for (const match of stack.matchAll(/\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?/g)) {
    const rel = path.relative(projectDir, match[1]);
    if (!rel.startsWith("..") && !rel.split(path.sep).includes("node_modules")) {
      return `${rel}:${match[2]}:${match[3]}`;
    }
  }
  return undefined;
}

/**
 * What a program's error says. An `InputPropertiesError` is the component and one line per
 * property path and reason, all of them: that list is what the user has to fix. A missing
 * required config value says where the gate reads config from (Pulumi's own hint names a CLI
 * command). Other errors keep their first lines (a TSError's diagnostic says where in them).
 */
function describeError(err: unknown, project: Project): string {
  if (pulumi.InputPropertiesError.isInstance(err) && (err.errors ?? []).length > 0) {
    const component = err.message.split("\n")[0].trim();
    const lines = err.errors.map((e) => `  - ${e.propertyPath}: ${e.reason}`);
    return [component, ...lines].join("\n");
  }
  const key = (err as { key?: unknown } | null)?.key;
  if (
    pulumi.RunError.isInstance(err) &&
    typeof key === "string" &&
    err.message.startsWith("Missing required configuration variable")
  ) {
    return `missing required configuration variable '${key}': set it in Pulumi.${project.stack}.yaml or pass --config ${key}=VALUE`;
  }
  if (err instanceof Error) return err.message.split("\n").slice(0, 6).join("\n").trim();
  return String(err);
}

/**
 * The folder the gate was started in. Messages name files relative to it, also while a program
 * runs (with the project folder as working directory) or after one that never returned.
 */
const STARTED_IN = process.cwd();

/** The program's entry file as the user would open it. */
export function programFile(project: Project): string {
  return path.relative(STARTED_IN, project.main) || project.main;
}

/** The gate's error for a failed program: its entry file, the first frame in it, the cause. */
export function programError(project: Project, err: unknown): GateError {
  const where = programFrame(err, project.dir);
  return new GateError(
    programFile(project),
    `the program failed${where ? ` at ${where}` : ""}: ${describeError(err, project)}`,
    err,
  );
}

/** What a caller may ask of a program run beyond its result. */
export interface RunOptions {
  /** Receives errors the program raises; one is started for the run only when none is given. */
  failures?: ProgramFailures;
  /** Called with each resource as it registers (default providers first), e.g. to analyze it. */
  onResource?: (resource: CapturedResource) => void;
}

/**
 * Runs the program in this process under Pulumi's mock runtime, inside a root `Stack` resource
 * as the Node.js language host does, and returns every registration.
 */
export async function runProgram(
  project: Project,
  preview: boolean,
  { failures, onResource }: RunOptions = {},
): Promise<ProgramRun> {
  process.env.PULUMI_CONFIG = JSON.stringify(project.config);
  process.env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(project.secretKeys);
  process.env.PULUMI_NODEJS_PROJECT = project.name;
  process.env.PULUMI_NODEJS_STACK = project.stack;
  installStackFormatter();
  installCheapStackCaptures();

  const mocks = new AzureMocks(preview, { config: project.config, projectDir: project.dir });
  await pulumi.runtime.setMocks(mocks, project.name, project.stack, preview);
  runtimeConfig.setAllConfig(project.config, project.secretKeys);
  const typeAliases = new TypeAliases();
  const capture = new Capture(project, mocks.checkInputs.bind(mocks), typeAliases, onResource);
  capture.install(runtimeState.getStore().settings.monitor);

  const watch = failures ?? new ProgramFailures().start();
  const cwd = process.cwd();
  process.chdir(project.dir);
  // Examples inside a library's repository import the library by name before it is installed.
  const removeAliases = installPackageSourceAliases(project.dir);
  const removeLoader = project.main.endsWith(".ts") ? installTypeScriptLoader(project) : () => {};
  try {
    await pulumi.runtime.runInPulumiStack(async () => {
      pulumi.runtime.registerStackTransformation(typeAliases.transformation);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(project.main);
      // Like the language host: an exported function is the program's (possibly async) body.
      return await (typeof exported === "function" ? exported() : exported);
    });
    await runtimeSettings.waitForRPCs();
  } catch (err) {
    watch.record(err);
  } finally {
    removeLoader();
    removeAliases();
    process.chdir(cwd);
    if (failures === undefined) {
      // The rejections derived from a failed body are reported at the end of this macrotask.
      await new Promise((resolve) => setImmediate(resolve));
      watch.stop();
    }
  }
  // An unanswered invoke explains whatever failed after it.
  if (!preview) failOnNotSimulated(mocks.notSimulated, programFile(project));
  const failure = watch.firstFailure;
  if (failure !== undefined) throw programError(project, failure.error);
  return {
    resources: capture.resources,
    notSimulated: mocks.notSimulatedInvokes(capture.resources),
  };
}
