import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { GateError } from "../errors";
import type { Project } from "../project";
import { AzureMocks, checkedInputs } from "./azureMocks";
import { Capture, CapturedResource, engineUrn } from "./capture";
import { installPackageSourceAliases } from "./moduleAlias";
import { ProgramFailures } from "./programFailures";
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
 * property path and reason, all of them: that list is what the user has to fix. Other errors keep
 * their first lines (a TSError's diagnostic says where in its first lines).
 */
function describeError(err: unknown): string {
  if (pulumi.InputPropertiesError.isInstance(err) && (err.errors ?? []).length > 0) {
    const component = err.message.split("\n")[0].trim();
    const lines = err.errors.map((e) => `  - ${e.propertyPath}: ${e.reason}`);
    return [component, ...lines].join("\n");
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
    `the program failed${where ? ` at ${where}` : ""}: ${describeError(err)}`,
    err,
  );
}

/**
 * The engine registers one default provider per package and version before the first resource
 * that uses it; programs never declare these, so they are added here with the package's config.
 */
function addDefaultProviders(project: Project, resources: CapturedResource[]): CapturedResource[] {
  const result: CapturedResource[] = [];
  const seen = new Map<string, string>();
  for (const r of resources) {
    const isProvider = r.type.startsWith("pulumi:providers:");
    if (r.custom && !isProvider && r.providerUrn === "" && r.type !== "pulumi:pulumi:Stack") {
      const pkg = r.type.split(":")[0];
      const key = `${pkg}@${r.version}`;
      let urn = seen.get(key);
      if (urn === undefined) {
        const name = r.version ? `default_${r.version.replace(/[.-]/g, "_")}` : "default";
        urn = engineUrn(project.stack, project.name, "", `pulumi:providers:${pkg}`, name);
        seen.set(key, urn);
        const inputs: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(project.config)) {
          if (k.startsWith(`${pkg}:`)) inputs[k.slice(pkg.length + 1)] = v;
        }
        if (r.version) inputs.version = r.version;
        result.push({
          urn,
          type: `pulumi:providers:${pkg}`,
          name,
          custom: true,
          parent: "",
          inputs,
          outputs: inputs,
          dependencies: [],
          propertyDependencies: {},
          providerUrn: "",
          version: r.version,
          options: {
            protect: false,
            ignoreChanges: [],
            additionalSecretOutputs: [],
            aliases: [],
            customTimeouts: { create: 0, update: 0, delete: 0 },
          },
        });
      }
      r.providerUrn = urn;
    }
    result.push(r);
  }
  return result;
}

/**
 * Runs the program in this process under Pulumi's mock runtime, inside a root `Stack` resource
 * as the Node.js language host does, and returns every registration. Errors the program raises
 * go to `failures` (one is started here, for the run only, when the caller gives none).
 */
export async function runProgram(
  project: Project,
  preview: boolean,
  failures?: ProgramFailures,
): Promise<ProgramRun> {
  process.env.PULUMI_CONFIG = JSON.stringify(project.config);
  process.env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(project.secretKeys);
  process.env.PULUMI_NODEJS_PROJECT = project.name;
  process.env.PULUMI_NODEJS_STACK = project.stack;
  installStackFormatter();

  await pulumi.runtime.setMocks(new AzureMocks(preview), project.name, project.stack, preview);
  runtimeConfig.setAllConfig(project.config, project.secretKeys);
  const typeAliases = new TypeAliases();
  const capture = new Capture(project.name, project.stack, project.dir, typeAliases);
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
  const failure = watch.firstFailure;
  if (failure !== undefined) throw programError(project, failure.error);
  for (const r of capture.resources) {
    if (r.custom && r.type.startsWith("azure-native:"))
      r.inputs = checkedInputs(r.type, r.name, r.inputs);
  }
  return { resources: addDefaultProviders(project, capture.resources) };
}
