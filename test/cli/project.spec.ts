import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GateError } from "../../cli/errors";
import { loadProject, SIMULATED_SECRET } from "../../cli/project";

/** Writes a throwaway project folder from file name -> content. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ailz-project-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("ailz project loading", () => {
  it("merges project defaults, the stack file and --config overrides, later winning", () => {
    const dir = project({
      "Pulumi.yaml": [
        "name: lz",
        "runtime: { name: nodejs, options: { typescript: true } }",
        "main: src/",
        "config:",
        "  size: { type: string, default: small }",
        "  region: westeurope",
      ].join("\n"),
      "Pulumi.prod.yaml": [
        "config:",
        "  lz:size: large",
        "  azure-native:location: swedencentral",
        "  lz:network: { cidr: 10.0.0.0/16 }",
        "  lz:token: { secure: AAABAJ5v }",
        "  pulumi:tags: { environment: prod }",
      ].join("\n"),
    });
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src", "index.ts"), "export {};\n");
    const p = loadProject(dir, "prod", [["region", "northeurope"]]);
    assert.strictEqual(p.name, "lz");
    assert.strictEqual(p.main, path.join(dir, "src", "index.ts"));
    assert.deepStrictEqual(p.config, {
      "lz:size": "large",
      "lz:region": "northeurope",
      "azure-native:location": "swedencentral",
      "lz:network": '{"cidr":"10.0.0.0/16"}',
      "lz:token": SIMULATED_SECRET,
    });
    assert.deepStrictEqual(p.secretKeys, ["lz:token"]);
    assert.deepStrictEqual(p.tags, { environment: "prod" });
  });

  it("hands a program an unquoted date, number or boolean as the text Pulumi passes", () => {
    const dir = project({
      "Pulumi.yaml": "name: lz\nruntime: nodejs\n",
      "Pulumi.dev.yaml":
        "config:\n  lz:modelVersion: 2024-11-20\n  lz:size: 3\n  lz:public: false\n",
      "index.ts": "export {};\n",
    });
    assert.deepStrictEqual(loadProject(dir, "dev", []).config, {
      "lz:modelVersion": "2024-11-20",
      "lz:size": "3",
      "lz:public": "false",
    });
  });

  it("reads no stack config when the stack file is absent", () => {
    const dir = project({
      "Pulumi.yaml": "name: lz\nruntime: nodejs\n",
      "index.ts": "export {};\n",
    });
    const p = loadProject(dir, "dev", []);
    assert.deepStrictEqual(p.config, {});
    assert.strictEqual(p.main, path.join(dir, "index.ts"));
  });

  it("names the file and the cause for a missing Pulumi.yaml, another runtime and a missing entry", () => {
    const empty = project({});
    assert.throws(
      () => loadProject(empty, "dev", []),
      (e: unknown) =>
        e instanceof GateError &&
        e.file === path.join(empty, "Pulumi.yaml") &&
        /not found/.test(e.cause),
    );
    const python = project({ "Pulumi.yaml": "name: lz\nruntime: python\n" });
    assert.throws(
      () => loadProject(python, "dev", []),
      (e: unknown) => e instanceof GateError && /runtime is "python"/.test(e.cause),
    );
    const noMain = project({ "Pulumi.yaml": "name: lz\nruntime: nodejs\nmain: app.ts\n" });
    assert.throws(
      () => loadProject(noMain, "dev", []),
      (e: unknown) => e instanceof GateError && /cannot find the program entry/.test(e.cause),
    );
    const badYaml = project({ "Pulumi.yaml": "name: [unclosed\n" });
    assert.throws(
      () => loadProject(badYaml, "dev", []),
      (e: unknown) => e instanceof GateError && /is not valid YAML/.test(e.cause),
    );
  });
});
