import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { GateError } from "../errors";
import type { Project } from "../project";
import { AzureMocks } from "./azureMocks";
import { Capture, CapturedResource, engineUrn } from "./capture";
import { failOnNotSimulated, NotSimulatedInvoke } from "./invokes";
import { installPackageSourceAliases } from "./moduleAlias";

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

/**
 * Registers ts-node for a TypeScript program unless a TypeScript loader is already active
 * (the CLI itself runs from source under ts-node). Type errors are not reported: the gate is
 * about the resources a program declares, and `tsc` is the tool for type errors.
 */
function registerTypeScript(project: Project): void {
  if (!project.main.endsWith(".ts") || require.extensions[".ts"]) return;
  let tsNodePath: string;
  try {
    tsNodePath = require.resolve("ts-node", { paths: [project.dir, __dirname] });
  } catch {
    throw new GateError(
      project.main,
      "is TypeScript but ts-node is not installed (npm install --save-dev ts-node typescript)",
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tsNode = require(tsNodePath);
  tsNode.register({
    transpileOnly: true,
    dir: project.dir,
    compilerOptions: { module: "commonjs", sourceMap: true },
  });
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

function describeError(err: unknown): string {
  if (err instanceof Error) {
    // InputPropertiesError and friends carry the useful part in the message; TSErrors carry the
    // diagnostic, whose first lines say where.
    return err.message.split("\n").slice(0, 6).join("\n").trim();
  }
  return String(err);
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
 * as the Node.js language host does, and returns every registration.
 */
export async function runProgram(project: Project, preview: boolean): Promise<ProgramRun> {
  process.env.PULUMI_CONFIG = JSON.stringify(project.config);
  process.env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(project.secretKeys);
  process.env.PULUMI_NODEJS_PROJECT = project.name;
  process.env.PULUMI_NODEJS_STACK = project.stack;
  registerTypeScript(project);

  const mocks = new AzureMocks(preview, { config: project.config, projectDir: project.dir });
  await pulumi.runtime.setMocks(mocks, project.name, project.stack, preview);
  runtimeConfig.setAllConfig(project.config, project.secretKeys);
  const capture = new Capture(project.name, project.stack, project.dir);
  capture.install(runtimeState.getStore().settings.monitor);

  // Errors raised inside apply callbacks surface as unhandled rejections, not as the program's
  // own exception; collect the first of them.
  let asyncError: unknown;
  const onRejection = (err: unknown) => {
    asyncError ??= err;
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onRejection);
  const cwd = process.cwd();
  process.chdir(project.dir);
  // Examples inside a library's repository import the library by name before it is installed.
  const removeAliases = installPackageSourceAliases(project.dir);
  try {
    await pulumi.runtime.runInPulumiStack(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(project.main);
      // Like the language host: an exported function is the program's (possibly async) body.
      return await (typeof exported === "function" ? exported() : exported);
    });
    await runtimeSettings.waitForRPCs();
  } catch (err) {
    asyncError ??= err;
  } finally {
    removeAliases();
    process.chdir(cwd);
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onRejection);
  }
  // An unanswered invoke explains whatever failed after it.
  if (!preview) failOnNotSimulated(mocks.notSimulated, path.relative(process.cwd(), project.main));
  if (asyncError !== undefined) {
    const where = programFrame(asyncError, project.dir);
    throw new GateError(
      path.relative(process.cwd(), project.main) || project.main,
      `the program failed${where ? ` at ${where}` : ""}: ${describeError(asyncError)}`,
      asyncError,
    );
  }
  for (const r of capture.resources) {
    if (r.custom && r.type.startsWith("azure-native:"))
      r.inputs = mocks.checkInputs(r.type, r.name, r.inputs, r.providerUrn);
  }
  return {
    resources: addDefaultProviders(project, capture.resources),
    notSimulated: mocks.notSimulatedInvokes(capture.resources),
  };
}
