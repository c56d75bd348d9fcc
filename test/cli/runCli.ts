import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures", "gate");
export const PACK = path.join(FIXTURES, "pack");

/** What one `ailz` process did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source in a child process, exactly as `npm start` does, from the repo root. */
export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", path.join(ROOT, "cli", "bin.ts"), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs several CLI invocations, at most `limit` at a time (each is a Node process plus a policy
 * pack compiling TypeScript; the CI machine has two cores).
 */
export async function runAll<K extends string>(
  runs: Record<K, string[]>,
  limit = 2,
): Promise<Record<K, CliRun>> {
  const keys = Object.keys(runs) as K[];
  const out = {} as Record<K, CliRun>;
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++];
      out[key] = await runCli(runs[key]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

/** The URN of a fixture resource. */
export function urn(project: string, type: string, name: string): string {
  return `urn:pulumi:dev::${project}::${type}::${name}`;
}

const fixture = (name: string) => path.join("test", "fixtures", "gate", name);

/** Report files of the shared runs (one run writes several formats). */
export const OUT = fs.mkdtempSync(path.join(os.tmpdir(), "ailz-gate-"));
export const out = (file: string) => path.join(OUT, file);

/**
 * Every CLI run the gate specs assert on, started once and shared by all spec files: each run
 * costs a Node process and, with a pack, a TypeScript compile of the pack.
 */
export const GATE_RUNS = {
  // JSON on stdout; text and SARIF of the same run to files.
  insecurePreview: [
    "preview",
    fixture("insecure"),
    "--policy-pack",
    PACK,
    "--format",
    "json",
    "--format",
    "text",
    "--output",
    out("insecure.txt"),
    "--format",
    "sarif",
    "--output",
    out("insecure.sarif"),
  ],
  insecureResolved: [
    "preview",
    fixture("insecure"),
    "--mode",
    "resolved",
    "--policy-pack",
    PACK,
    "--policy-pack-config",
    fixture("policy-config.json"),
    "--format",
    "json",
  ],
  compliant: [
    "preview",
    fixture("compliant"),
    "--policy-pack",
    PACK,
    "--config",
    "workload=rag",
    "--format",
    "mermaid",
    "--output",
    out("compliant.mmd"),
    "--format",
    "json",
  ],
  large: ["preview", fixture("many"), "--no-policies", "--format", "json"],
  missingYaml: ["preview", path.join("test", "fixtures", "gate"), "--no-policies"],
  throws: ["preview", fixture("throws"), "--no-policies"],
  brokenPack: ["preview", fixture("compliant"), "--policy-pack", fixture("broken-pack")],
  // The exit contract with the project's own pack loaded (the default `policies`), whatever
  // the pack is doing when the program fails.
  throwsWithPack: ["preview", fixture("throws"), "--format", "json"],
  badArgumentsWithPack: ["preview", fixture("bad-arguments")],
  brokenPackBesideDefault: [
    "preview",
    fixture("one-mandatory"),
    "--policy-pack",
    "policies",
    "--policy-pack",
    fixture("broken-pack"),
  ],
  hangsWithPack: ["preview", fixture("hangs"), "--timeout", "2"],
  oneMandatory: ["preview", fixture("one-mandatory"), "--format", "json"],
  undecided: ["preview", fixture("undecided"), "--format", "json"],
  undecidedStrict: ["preview", fixture("undecided"), "--strict"],
  badConfig: ["preview", fixture("compliant"), "--no-policies", "--config", "workload"],
};

let shared: Promise<Record<keyof typeof GATE_RUNS, CliRun>> | undefined;

/** The shared runs; the first caller starts them. */
export function gateRuns(): Promise<Record<keyof typeof GATE_RUNS, CliRun>> {
  shared ??= runAll(GATE_RUNS);
  return shared;
}

/** A report file one of the shared runs wrote. */
export function readOut(file: string): string {
  return fs.readFileSync(out(file), "utf8");
}
