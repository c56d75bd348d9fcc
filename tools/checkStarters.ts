/**
 * Proves that the project works outside this repository, the three ways people use it:
 *
 * 1. the library, built and packed (`npm run build && npm pack`), installed from its tarball;
 * 2. the policy pack, packed as `pulumi policy publish` packs it, unpacked in a folder of its own
 *    and installed there with `npm ci` from its own lockfile;
 * 3. every example copied to a folder outside the repository, the tarball installed there the way
 *    the example's README says, and `npx ailz preview` run with the standalone pack: exit 0 and no
 *    mandatory violation. A folder holding only a Pulumi program (a stack someone already has)
 *    gets the same, plus a type check of the program against the installed typings.
 *
 * Run by `.ci/run` after `npm test` (`npm run check:starters` by hand). Installs use the npm cache
 * (`--prefer-offline`): the repository's `npm ci` has already fetched every package. The first copy
 * installs from scratch; the others start from hard links to its `node_modules` and run the same
 * install command, which brings the tree to what their package.json asks (see docs/decisions.md).
 * Everything happens in one temporary folder, removed when the check passes and kept (its path
 * printed) when it fails.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Report } from "../cli/report/model";
import { allPolicies } from "../policies/rules";
import { inParallel, isInside, linkTree, run, runAsync, since } from "./starters/shell";

const ROOT = path.resolve(__dirname, "..");
const NPM_INSTALL = ["--prefer-offline", "--no-audit", "--no-fund"];

function log(line: string): void {
  process.stdout.write(`starters: ${line}\n`);
}

/** `npm pack --json` of `dir` into `dest`: the tarball's path and the files it holds. */
function pack(dir: string, dest: string): { tarball: string; files: string[] } {
  const out = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dest], dir);
  const [info] = JSON.parse(out.stdout) as Array<{ filename: string; files: { path: string }[] }>;
  return { tarball: path.join(dest, info.filename), files: info.files.map((f) => f.path).sort() };
}

/** What the component provider runs from: its plugin folder and the compiled entry. */
const PROVIDER_FILES = [
  "provider/PulumiPlugin.yaml",
  "provider/index.ts",
  "provider/notInSchema.ts",
  "provider/package.json",
  "provider/plugin.js",
  "provider/schemaShapes.ts",
  "provider/tsconfig.json",
];

/**
 * The library tarball holds the build and nothing a consumer does not need; the component
 * provider's schema is inferred from the components' TypeScript sources, so those ship too.
 */
function checkLibraryFiles(files: string[]): void {
  for (const required of [
    "package.json",
    "README.md",
    "dist/components/index.js",
    "dist/components/index.d.ts",
    "dist/cli/bin.js",
    "dist/provider/index.js",
    "components/index.ts",
    "policies/facts/index.ts",
    ...PROVIDER_FILES,
  ]) {
    assert.ok(files.includes(required), `the library tarball lacks ${required}`);
  }
  const stray = files.filter(
    (f) =>
      !["package.json", "README.md"].includes(f) &&
      !(f.startsWith("dist/components/") && /\.(js|d\.ts)$/.test(f)) &&
      // The facts the components share with the policy pack (see docs/decisions.md).
      !(f.startsWith("dist/policies/facts/") && /\.(js|d\.ts)$/.test(f)) &&
      !(f.startsWith("dist/cli/") && f.endsWith(".js")) &&
      !(f.startsWith("dist/provider/") && f.endsWith(".js")) &&
      // The sources the provider's analyzer reads: the components and the facts they import.
      !(f.startsWith("components/") && f.endsWith(".ts")) &&
      !(f.startsWith("policies/facts/") && f.endsWith(".ts")) &&
      !PROVIDER_FILES.includes(f),
  );
  assert.deepStrictEqual(stray, [], "the library tarball holds files a consumer does not need");
}

/** The pack tarball holds what the pack loads at start-up, and no repository tooling. */
function checkPackFiles(files: string[]): void {
  const sources = fs
    .readdirSync(path.join(ROOT, "policies"), { recursive: true, encoding: "utf8" })
    .filter((f) => /^(facts|lib|rules)\//.test(f.split(path.sep).join("/")) && f.endsWith(".ts"))
    .map((f) => f.split(path.sep).join("/"));
  assert.ok(sources.length > 100, `only ${sources.length} rule, library and fact files found`);
  const expected = [
    "PulumiPolicy.yaml",
    "bootstrap.js",
    "index.ts",
    "package.json",
    "structMemo.js",
    "tsconfig.json",
    ...sources,
  ].sort();
  assert.deepStrictEqual(files, expected, "the pack tarball is not exactly the pack's run time");
}

/** Unpacks the pack tarball into `work/policies` and installs it from its own lockfile. */
function installPack(work: string): string {
  const start = Date.now();
  const { tarball, files } = pack(path.join(ROOT, "policies"), work);
  checkPackFiles(files);
  run("tar", ["-xzf", tarball, "-C", work], work);
  const dir = path.join(work, "policies");
  fs.renameSync(path.join(work, "package"), dir);
  fs.copyFileSync(
    path.join(ROOT, "policies", "package-lock.json"),
    path.join(dir, "package-lock.json"),
  );
  run("npm", ["ci", ...NPM_INSTALL], dir);
  const policySdk = require.resolve("@pulumi/policy", { paths: [dir] });
  assert.ok(isInside(policySdk, dir), `the pack loads @pulumi/policy from ${policySdk}`);
  log(`policy pack unpacked and installed on its own (npm ci) in ${since(start)}`);
  return dir;
}

/** A project folder to preview: an example copy, or a bare program. */
interface Starter {
  name: string;
  dir: string;
}

/**
 * Installs the tarball in `dir` as the examples' READMEs say. `seed` is a folder already installed
 * the same way, whose `node_modules` the install starts from.
 */
function installLibrary(starter: Starter, tarball: string, seed?: string): void {
  const start = Date.now();
  if (seed)
    linkTree(path.join(seed, "node_modules"), path.join(starter.dir, "node_modules"), [".cache"]);
  run("npm", ["install", ...NPM_INSTALL, tarball], starter.dir);
  const entry = require.resolve("ai-landing-zone", { paths: [starter.dir] });
  assert.ok(
    isInside(entry, path.join(starter.dir, "node_modules", "ai-landing-zone")),
    `${starter.name} resolves ai-landing-zone to ${entry}`,
  );
  const bin = fs.realpathSync(path.join(starter.dir, "node_modules", ".bin", "ailz"));
  assert.strictEqual(
    bin,
    fs.realpathSync(
      path.join(starter.dir, "node_modules", "ai-landing-zone", "dist", "cli", "bin.js"),
    ),
  );
  log(
    `${starter.name}: npm install <tarball> in ${since(start)}${seed ? " (from hard links)" : ""}`,
  );
}

/** `npx ailz preview` in the folder with the standalone pack: exit 0, no mandatory violation. */
async function preview(starter: Starter, packDir: string): Promise<void> {
  const start = Date.now();
  const json = path.join(starter.dir, "ailz-report.json");
  const args = ["--no", "ailz", "preview", "--policy-pack", packDir];
  const ran = await runAsync("npx", [...args, "--format", "json", "--output", json], starter.dir);
  assert.strictEqual(
    ran.status,
    0,
    `${starter.name}: ailz preview exited ${ran.status}:\n${ran.stderr}`,
  );
  const report = JSON.parse(fs.readFileSync(json, "utf8")) as Report;
  assert.strictEqual(report.summary.verdict, "pass");
  assert.strictEqual(report.summary.mandatory, 0);
  assert.strictEqual(report.policies.length, allPolicies.length, "the whole pack ran");
  assert.ok(report.summary.resources > 60, `only ${report.summary.resources} resources`);
  const s = report.summary;
  log(
    `${starter.name}: ailz preview exit 0, ${s.mandatory} mandatory, ${s.advisory} advisory, ` +
      `${report.policies.length} policies, ${s.resources} resources in ${since(start)}`,
  );
}

/**
 * With `--built` the caller vouches that `dist/` was just built (`.ci/run`: `npm ci` runs the
 * `prepare` script, which builds); every source must still have its output, no older than itself.
 */
function checkBuilt(): void {
  const sources = ["components", "cli"].flatMap((top) =>
    fs
      .readdirSync(path.join(ROOT, top), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
      .map((f) => path.join(top, f)),
  );
  assert.ok(sources.length > 50, `only ${sources.length} library sources found`);
  for (const source of sources) {
    const output = path.join(ROOT, "dist", source.replace(/\.ts$/, ".js"));
    assert.ok(
      fs.existsSync(output) &&
        fs.statSync(output).mtimeMs >= fs.statSync(path.join(ROOT, source)).mtimeMs,
      `--built, but dist/ is older than ${source}: run npm run build`,
    );
  }
}

/**
 * A stack someone already has: a Pulumi program and its stack file, nothing else. Installing the
 * tarball alone lets the gate run it (TypeScript comes with the library) and type-checks it
 * against the installed typings.
 */
function existingStack(work: string): Starter {
  const dir = path.join(work, "existing-stack");
  fs.mkdirSync(dir);
  for (const file of ["Pulumi.yaml", "Pulumi.dev.yaml", "index.ts"]) {
    fs.copyFileSync(path.join(ROOT, "examples", "defaults", file), path.join(dir, file));
  }
  return { name: "existing stack", dir };
}

/** Type-checks the bare program with the TypeScript the library brought, no @types packages. */
function typeCheck(starter: Starter): void {
  const start = Date.now();
  const options = {
    strict: true,
    target: "ES2022",
    module: "commonjs",
    moduleResolution: "node",
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const config = { compilerOptions: options, files: ["index.ts"] };
  fs.writeFileSync(path.join(starter.dir, "tsconfig.json"), JSON.stringify(config, null, 2));
  const tsc = path.join(starter.dir, "node_modules", "typescript", "bin", "tsc");
  run(process.execPath, [tsc, "-p", "."], starter.dir);
  log(`${starter.name}: tsc type-checks index.ts against the installed typings in ${since(start)}`);
}

/** No folder above `work` may hold packages the copies could resolve instead of their own. */
function checkIsolated(work: string): void {
  assert.ok(!isInside(work, ROOT), `${work} is inside the repository`);
  for (let dir = path.dirname(work); ; dir = path.dirname(dir)) {
    for (const name of ["node_modules", "package.json"]) {
      assert.ok(
        !fs.existsSync(path.join(dir, name)),
        `${path.join(dir, name)} would leak into the copies`,
      );
    }
    if (path.dirname(dir) === dir) break;
  }
}

async function main(built: boolean): Promise<void> {
  const start = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ailz-starters-"));
  let passed = false;
  try {
    checkIsolated(work);
    if (built) checkBuilt();
    else run("npm", ["run", "build"], ROOT);
    const library = pack(ROOT, work);
    checkLibraryFiles(library.files);
    log(
      `library ${built ? "" : "built and "}packed (${path.basename(library.tarball)}, ${library.files.length} files) in ${since(start)}`,
    );

    const packDir = installPack(work);

    const names = fs
      .readdirSync(path.join(ROOT, "examples"))
      .filter((name) => fs.existsSync(path.join(ROOT, "examples", name, "Pulumi.yaml")))
      .sort();
    assert.strictEqual(
      names.length,
      7,
      `expected the seven documented examples, found ${names.join(", ")}`,
    );
    const starters: Starter[] = names.map((name) => {
      const dir = path.join(work, "examples", name);
      fs.cpSync(path.join(ROOT, "examples", name), dir, {
        recursive: true,
        filter: (src) => path.basename(src) !== "node_modules",
      });
      return { name: `examples/${name}`, dir };
    });
    const bare = existingStack(work);
    starters.push(bare);

    starters.forEach((starter, i) =>
      installLibrary(starter, library.tarball, i > 0 ? starters[0].dir : undefined),
    );
    // Two at a time: each preview is the gate and a pack process, on a two-core machine.
    await inParallel(starters, 2, (starter) => preview(starter, packDir));
    typeCheck(bare);

    const packCache = path.join(packDir, "node_modules", ".cache", "waf-policy-pack");
    assert.ok(
      fs.readdirSync(packCache).length > 0,
      "the pack caches its compiled rules in its own folder",
    );
    passed = true;
    log(`every starter previews green outside the repository (${since(start)} in all)`);
  } finally {
    if (passed) {
      const removal = Date.now();
      // rm unlinks the copies' 200,000 files about twice as fast as fs.rmSync.
      if (process.platform === "win32") fs.rmSync(work, { recursive: true, force: true });
      else run("rm", ["-rf", work], os.tmpdir());
      log(`copies removed in ${since(removal)}`);
    } else {
      process.stderr.write(`starters: failed; the copies are kept in ${work}\n`);
    }
  }
}

main(process.argv.includes("--built")).catch((err) => {
  process.stderr.write(`starters: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
