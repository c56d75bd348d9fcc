/**
 * Commands and files for `tools/checkStarters.ts`: every command runs in a folder outside this
 * repository, as a person's shell would run it there.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/**
 * The environment a command gets: ours, without what `npm run` / `npx` add for the package they
 * run in. `npm_config_local_prefix` above all would point a nested `npm install` back at this
 * repository; the user's own npm settings (cache, registry, proxy) stay.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [key, value] of Object.entries(process.env)) {
    const fromNpmRun =
      /^npm_(package_|lifecycle_|command$|execpath$|node_execpath$)/.test(key) ||
      /^npm_config_(local_prefix|prefix|global_prefix)$/.test(key) ||
      key === "INIT_CWD";
    if (!fromNpmRun && key !== "NO_COLOR") env[key] = value;
  }
  return env;
}

/** What a finished command printed. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` in `cwd`; with `expectStatus` set, any other exit status throws. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  expectStatus: number | undefined = 0,
): Ran {
  const result = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command} ${args.join(" ")} (in ${cwd}): ${result.error}`);
  const ran = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  if (expectStatus !== undefined && ran.status !== expectStatus) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) exited ${ran.status}, expected ${expectStatus}:\n` +
        `${tail(ran.stdout)}\n${tail(ran.stderr)}`,
    );
  }
  return ran;
}

/** Like `run`, without blocking: several previews share the machine's cores. */
export function runAsync(command: string, args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The last lines of a command's output: where npm and the gate say what went wrong. */
export function tail(text: string, lines = 40): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/** Seconds since `start` (from `Date.now()`), one decimal. */
export function since(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}

/**
 * Recreates the folder tree `from` at `to` with every file hard-linked, not copied (a
 * `node_modules` of 300 MB takes a second), leaving out the folders named in `skip`. Falls back
 * to copying across file systems.
 */
export function linkTree(from: string, to: string, skip: readonly string[] = []): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target);
    } else if (entry.isSymbolicLink()) {
      fs.symlinkSync(fs.readlinkSync(source), target);
    } else {
      try {
        fs.linkSync(source, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EXDEV") throw err;
        fs.copyFileSync(source, target);
      }
    }
  }
}

/** True when `file` lies inside `dir` (both resolved through symlinks). */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(fs.realpathSync(dir), fs.realpathSync(file));
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}
