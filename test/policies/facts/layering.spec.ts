import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");
const FACTS_DIR = path.join(ROOT, "policies", "facts");
const COMPONENTS_DIR = path.join(ROOT, "components");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every module a file imports or re-exports, as written. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms),
    ...text.matchAll(/\brequire\("([^"]+)"\)/g),
    ...text.matchAll(/\bimport\("([^"]+)"\)/g),
  ];
  return specifiers.map((m) => m[1]);
}

describe("the facts the pack and the components share (policies/facts)", () => {
  it("import only each other: no SDK, no Pulumi, no Node module", () => {
    const files = tsFiles(FACTS_DIR);
    assert.strictEqual(files.length, 10);
    for (const file of files) {
      for (const from of importsOf(file)) {
        assert.match(from, /^\.\/[A-Za-z0-9]+$/, `${path.relative(ROOT, file)} imports ${from}`);
      }
    }
  });

  it("are the only part of the pack the components import", () => {
    const files = tsFiles(COMPONENTS_DIR);
    assert.ok(files.length > 50, `only ${files.length} component files found`);
    const reached: string[] = [];
    for (const file of files) {
      for (const from of importsOf(file)) {
        if (!from.startsWith(".")) continue;
        const target = path.relative(ROOT, path.resolve(path.dirname(file), from));
        if (!target.startsWith(`policies${path.sep}`)) continue;
        reached.push(target);
        assert.ok(
          target.startsWith(path.join("policies", "facts")),
          `${path.relative(ROOT, file)} imports ${from}, outside policies/facts`,
        );
      }
    }
    assert.ok(reached.length > 0, "no component imports the shared facts");
  });
});
