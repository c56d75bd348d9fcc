import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { GateError } from "../errors";

/** A running policy pack: its analyzer server's address and the process behind it. */
export interface PackProcess {
  dir: string;
  address: string;
  child: ChildProcess;
  /** Everything the pack wrote to stderr so far (kept for error messages). */
  stderr(): string;
  stop(): void;
}

/** How long a pack may take to print its port; ts-node compiles it first. */
const START_TIMEOUT_MS = 120_000;

/** The engine address `run-policy-pack` takes first: it drops it, so any placeholder will do. */
export const ENGINE_ADDRESS_PLACEHOLDER = "127.0.0.1:0";

/** The `run-policy-pack` entry from the pack's own dependencies, as the engine picks it. */
export function runPolicyPackEntry(packDir: string): string {
  try {
    return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
  } catch {
    throw new GateError(
      packDir,
      "it looks like the policy pack's dependencies are not installed (@pulumi/pulumi not found); run npm install in the pack folder",
    );
  }
}

/** The useful part of a failed pack's stderr: the error lines, not Node's internals. */
function failureSummary(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "" && !/^\s+at /.test(l) && !l.includes("node:internal"));
  return lines.slice(0, 8).join("\n") || "exited without printing its port";
}

/** Checks the folder looks like a policy pack before paying for a launch. */
function checkPackDir(packDir: string, given: string): void {
  if (!fs.existsSync(packDir) || !fs.statSync(packDir).isDirectory()) {
    throw new GateError(
      given,
      "policy pack folder not found (use --policy-pack DIR, or --no-policies)",
    );
  }
  if (!fs.existsSync(path.join(packDir, "PulumiPolicy.yaml"))) {
    throw new GateError(
      path.join(given, "PulumiPolicy.yaml"),
      "not found; a policy pack folder holds PulumiPolicy.yaml, package.json and index.ts",
    );
  }
  if (!fs.existsSync(path.join(packDir, "package.json"))) {
    throw new GateError(
      path.join(given, "package.json"),
      "not found; the SDK reads the pack's version from it",
    );
  }
}

/**
 * Starts a policy pack the way the engine does: `node run-policy-pack <engine> <pack-dir>` with
 * the pack folder as working directory, then waits for the port it prints on stdout. Aborting
 * `signal` kills a pack that is still starting (the run failed and no longer needs it).
 */
export function launchPack(
  given: string,
  env: Record<string, string>,
  debug: boolean,
  signal?: AbortSignal,
): Promise<PackProcess> {
  const dir = path.resolve(given);
  checkPackDir(dir, given);
  const entry = runPolicyPackEntry(dir);
  const child = spawn(process.execPath, [entry, ENGINE_ADDRESS_PLACEHOLDER, dir], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  signal?.addEventListener("abort", () => child.kill(), { once: true });
  let err = "";
  let out = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
    if (debug) process.stderr.write(chunk);
  });
  const pack = {
    dir,
    child,
    stderr: () => err,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
  return new Promise<PackProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      pack.stop();
      reject(
        new GateError(given, `the policy pack did not start within ${START_TIMEOUT_MS / 1000} s`),
      );
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^\s*(\d+)\s*$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.removeListener("exit", onExit);
        resolve({ ...pack, address: `127.0.0.1:${match[1]}` });
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      // Give the last stderr chunk a tick to arrive before quoting it.
      setImmediate(() =>
        reject(
          new GateError(
            given,
            `the policy pack failed to load (exit ${code}):\n${failureSummary(err + "\n" + out)}`,
          ),
        ),
      );
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(new GateError(given, `cannot start the policy pack: ${e.message}`, e));
    });
  });
}
