/**
 * End-to-end previews of stacks of N reference landing zones (`bench/zones`), with the pack and
 * with `--no-policies`, through the built CLI (`dist/cli/bin.js`, what `npx ailz` runs): wall
 * time, the pack's ratio, and the peak memory of the gate and of each pack process.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "dist", "cli", "bin.js");

/** Peak resident memory (VmHWM) of a process so far, in KiB; 0 once it has gone. */
function peakKiB(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The child processes of a process (the packs of a gate run). */
function childrenOf(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export interface StackRun {
  ms: number;
  resources: number;
  mandatory: number;
  gatePeakMiB: number;
  packPeakMiB: number;
}

/** One CLI run, sampling the memory of the gate and its packs every 20 ms until it exits. */
export function runStack(zones: number, withPack: boolean): Promise<StackRun> {
  const args = [CLI, "preview", "bench/zones", "--format", "json", "-c", `zones=${zones}`];
  if (!withPack) args.push("--no-policies");
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const pid = child.pid as number;
    let gate = 0;
    const packs = new Map<number, number>();
    const sample = setInterval(() => {
      gate = Math.max(gate, peakKiB(pid));
      for (const c of childrenOf(pid)) packs.set(c, Math.max(packs.get(c) ?? 0, peakKiB(c)));
    }, 20);
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sample);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) {
        reject(new Error(`ailz ${args.slice(1).join(" ")} exited ${code}:\n${err}`));
        return;
      }
      const report = JSON.parse(out);
      resolve({
        ms,
        resources: report.summary.resources,
        mandatory: report.summary.mandatory,
        gatePeakMiB: gate / 1024,
        packPeakMiB: Math.max(0, ...packs.values()) / 1024,
      });
    });
  });
}

/** Builds the CLI once, so every run measures what `npx ailz` runs. */
export function buildCli(): void {
  const run = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) throw new Error("npm run build failed");
}
