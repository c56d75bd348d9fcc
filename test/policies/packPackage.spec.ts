import * as assert from "assert";
import * as fs from "fs";
import * as yaml from "js-yaml";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const PACK = path.join(ROOT, "policies");
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

/**
 * The pack as a package of its own: what `pulumi policy publish` and a standalone `npm ci` read.
 * `tools/checkStarters.ts` (run by `.ci/run`) packs, installs and runs it; these are the checks
 * cheap enough for every `npm test`.
 */
describe("the policy pack's package", () => {
  const pkg = readJson(path.join(PACK, "package.json"));
  const rootPkg = readJson(path.join(ROOT, "package.json"));

  it("names itself, versions itself and starts from a main that exists", () => {
    assert.strictEqual(pkg.name, "@ai-landing-zone/waf-policy-pack");
    // The policy SDK reports this version to `pulumi policy publish`; each is published once.
    assert.match(pkg.version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    assert.strictEqual(pkg.main, "bootstrap.js");
    assert.ok(fs.existsSync(path.join(PACK, pkg.main)));
    const project = yaml.load(fs.readFileSync(path.join(PACK, "PulumiPolicy.yaml"), "utf8"));
    assert.deepStrictEqual(Object.keys(project as object).sort(), ["description", "runtime"]);
    assert.strictEqual((project as { runtime: string }).runtime, "nodejs");
  });

  it("packs its start-up files, its rules, its library and the shared facts, nothing else", () => {
    assert.deepStrictEqual(pkg.files, [
      "PulumiPolicy.yaml",
      "bootstrap.js",
      "structMemo.js",
      "index.ts",
      "tsconfig.json",
      "facts/**/*.ts",
      "lib/**/*.ts",
      "rules/**/*.ts",
    ]);
    // What bootstrap.js loads besides the TypeScript: its tsconfig and structMemo.
    const bootstrap = fs.readFileSync(path.join(PACK, "bootstrap.js"), "utf8");
    assert.match(bootstrap, /path\.join\(__dirname, "tsconfig\.json"\)/);
    assert.match(bootstrap, /require\("\.\/structMemo"\)/);
    assert.match(bootstrap, /require\("\.\/index\.ts"\)/);
  });

  it("runs on the same SDK and TypeScript ranges as this repository, which its specs test", () => {
    assert.deepStrictEqual(Object.keys(pkg.dependencies).sort(), [
      "@pulumi/policy",
      "@pulumi/pulumi",
      "typescript",
    ]);
    const rootRanges = { ...rootPkg.dependencies, ...rootPkg.devDependencies };
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      assert.strictEqual(range, rootRanges[name], name);
    }
    // Typings only: never installed with the pack (Pulumi installs development dependencies too).
    assert.strictEqual(
      pkg.peerDependencies["@pulumi/azure-native"],
      rootRanges["@pulumi/azure-native"],
    );
    assert.deepStrictEqual(pkg.peerDependenciesMeta, {
      "@pulumi/azure-native": { optional: true },
    });
    assert.ok(!("@pulumi/azure-native" in (pkg.devDependencies ?? {})));
  });

  it("has a lockfile in step with its package.json, so npm ci installs it on its own", () => {
    const lock = readJson(path.join(PACK, "package-lock.json"));
    const root = lock.packages[""];
    assert.strictEqual(lock.name, pkg.name);
    assert.strictEqual(root.version, pkg.version);
    for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
      assert.deepStrictEqual(root[field], pkg[field], field);
    }
    for (const name of Object.keys(pkg.dependencies)) {
      assert.ok(lock.packages[`node_modules/${name}`]?.version, `the lockfile pins ${name}`);
    }
    assert.ok(!("node_modules/@pulumi/azure-native" in lock.packages));
  });

  it("resolves its SDK from this repository's node_modules here, one copy for pack and specs", () => {
    const fromPack = require.resolve("@pulumi/policy", { paths: [PACK] });
    assert.strictEqual(
      fromPack,
      require.resolve("@pulumi/policy"),
      "policies/node_modules holds its own @pulumi/policy: remove it (npm installs belong in a " +
        "copy of policies/ outside this repository); the specs need the root's one copy",
    );
  });
});
