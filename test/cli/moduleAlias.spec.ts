import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  bareName,
  findPackageSource,
  installPackageSourceAliases,
} from "../../cli/simulator/moduleAlias";

const ROOT = path.resolve(__dirname, "..", "..");

/** Writes a throwaway folder tree from relative path -> content. */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ailz-alias-"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** A library with an example inside, as in this repository. */
const library = (tsconfig: object | undefined, main = "dist/index.js") =>
  tree({
    "package.json": JSON.stringify({ name: "@acme/lz", main }),
    ...(tsconfig ? { "tsconfig.json": JSON.stringify(tsconfig) } : {}),
    "src/index.js": "exports.from = 'source';\n",
    "examples/a/index.js": "module.exports = require('@acme/lz');\n",
    "examples/b/index.js": "module.exports = require('@acme/lz');\n",
    "outside/index.js": "module.exports = require('@acme/lz');\n",
  });

/** Loads a fixture module as the program runner does. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (file: string): Record<string, unknown> => ({ ...require(file) });

const paths = { compilerOptions: { baseUrl: ".", paths: { "@acme/lz": ["src/index.js"] } } };

describe("ailz preview: a program imports its own package by name", () => {
  it("takes bare package names only", () => {
    assert.strictEqual(bareName("ai-landing-zone"), "ai-landing-zone");
    assert.strictEqual(bareName("@acme/lz"), "@acme/lz");
    assert.strictEqual(bareName("ai-landing-zone/components"), undefined);
    assert.strictEqual(bareName("@acme/lz/sub"), undefined);
    assert.strictEqual(bareName("./index"), undefined);
    assert.strictEqual(bareName("/abs/path"), undefined);
    assert.strictEqual(bareName("node:fs"), undefined);
  });

  it("finds this repository's examples' library in components/index.ts through tsconfig paths", () => {
    assert.strictEqual(
      findPackageSource("ai-landing-zone", path.join(ROOT, "examples", "defaults")),
      path.join(ROOT, "components", "index.ts"),
    );
    assert.strictEqual(
      findPackageSource("not-this-package", path.join(ROOT, "examples")),
      undefined,
    );
  });

  it("falls back to the package's main when tsconfig has no mapping, and to nothing when main is absent", () => {
    const built = library(undefined, "src/index.js");
    assert.strictEqual(
      findPackageSource("@acme/lz", path.join(built, "examples", "a")),
      path.join(built, "src", "index.js"),
    );
    const unbuilt = library({ compilerOptions: {} });
    assert.strictEqual(
      findPackageSource("@acme/lz", path.join(unbuilt, "examples", "a")),
      undefined,
    );
  });

  it("redirects an unresolvable import from the project's files only, until removed", () => {
    const dir = library(paths);
    const project = path.join(dir, "examples", "a");
    const remove = installPackageSourceAliases(project);
    try {
      assert.deepStrictEqual(load(path.join(project, "index.js")), { from: "source" });
      assert.throws(
        () => load(path.join(dir, "outside", "index.js")),
        (e: NodeJS.ErrnoException) => e.code === "MODULE_NOT_FOUND",
      );
    } finally {
      remove();
    }
    // Node caches a resolution per importing folder, so another folder shows the removal.
    assert.throws(
      () => load(path.join(dir, "examples", "b", "index.js")),
      (e: NodeJS.ErrnoException) => e.code === "MODULE_NOT_FOUND",
    );
  });

  it("leaves an installed copy alone", () => {
    const dir = library(paths);
    const project = path.join(dir, "examples", "a");
    fs.mkdirSync(path.join(project, "node_modules", "@acme", "lz"), { recursive: true });
    fs.writeFileSync(
      path.join(project, "node_modules", "@acme", "lz", "index.js"),
      "exports.from = 'installed';\n",
    );
    const remove = installPackageSourceAliases(project);
    try {
      assert.deepStrictEqual(load(path.join(project, "index.js")), { from: "installed" });
    } finally {
      remove();
    }
  });
});
