import * as assert from "assert";
import {
  defaultComputeName,
  defaultName,
  NameKind,
  nameProblem,
  nameRules,
} from "../../../components/common";

describe("common/naming", () => {
  describe("nameProblem", () => {
    const cases: [NameKind, string, boolean][] = [
      ["storageAccount", "stailz01", true],
      ["storageAccount", "st", false],
      ["storageAccount", "St-Ailz", false],
      ["storageAccount", "a".repeat(24), true],
      ["storageAccount", "a".repeat(25), false],
      ["keyVault", "kv-ailz-dev", true],
      ["keyVault", "1kv", false],
      ["keyVault", "kv--double", false],
      ["keyVault", "kv-trailing-", false],
      ["keyVault", "k".repeat(25), false],
      ["containerRegistry", "crailz", true],
      ["containerRegistry", "cr-ailz", false],
      ["virtualNetwork", "vnet-ai_lz.1", true],
      ["virtualNetwork", "vnet-", false],
      ["mlWorkspace", "mlw-ailz-dev", true],
      ["mlWorkspace", "m".repeat(34), false],
      ["key", "cmk-ailz", true],
      ["key", "cmk_ailz", false],
    ];
    for (const [kind, value, valid] of cases) {
      it(`${kind} "${value}" is ${valid ? "valid" : "rejected"}`, () => {
        const problem = nameProblem(kind, value);
        if (valid) assert.strictEqual(problem, undefined);
        else
          assert.strictEqual(
            problem,
            `"${value}" is not a valid name: use ${nameRules[kind].allowed}`,
          );
      });
    }
  });

  describe("defaultName", () => {
    it("prefixes with the CAF abbreviation", () => {
      assert.strictEqual(defaultName("keyVault", "ailz"), "kv-ailz");
      assert.strictEqual(defaultName("virtualNetwork", "lz dev"), "vnet-lz-dev");
    });

    it("drops hyphens and upper case where Azure forbids them", () => {
      assert.strictEqual(defaultName("storageAccount", "AI-Zone"), "staizone");
    });

    it("appends a stable hash for globally unique names", () => {
      const a = defaultName("storageAccount", "data", ["sub-1", "rg", "data"]);
      assert.strictEqual(a, defaultName("storageAccount", "data", ["sub-1", "rg", "data"]));
      assert.notStrictEqual(a, defaultName("storageAccount", "data", ["sub-2", "rg", "data"]));
      assert.match(a, /^stdata[0-9a-f]{6}$/);
    });

    it("trims long bases to the kind's maximum, keeping the suffix", () => {
      const name = defaultName("keyVault", "a-very-long-landing-zone-name", ["s", "g", "n"]);
      assert.strictEqual(name.length, 24);
      assert.match(name, /^kv-a-very-long-la-[0-9a-f]{6}$/);
      assert.strictEqual(nameProblem("keyVault", name), undefined);
    });

    it("always yields a valid name", () => {
      for (const kind of Object.keys(nameRules) as NameKind[]) {
        for (const base of ["x", "Landing Zone 01", "a".repeat(200), "ai--lz"]) {
          const name = defaultName(kind, base, ["sub", "rg", base]);
          assert.strictEqual(
            nameProblem(kind, name),
            undefined,
            `${kind} from "${base}" gave ${name}`,
          );
        }
      }
    });
  });

  describe("Azure ML compute names", () => {
    const defaults: [string, string][] = [
      ["train", "train"],
      ["gpu_cluster.a100", "gpu-cluster-a100"],
      ["1-training-cluster-for-fraud", "c1-training-clus"],
      ["x", "x-c"],
      ["training-cluster-", "training-cluster"],
    ];
    for (const [name, expected] of defaults) {
      it(`derives "${expected}" from "${name}", which is valid`, () => {
        assert.strictEqual(defaultComputeName(name), expected);
        assert.strictEqual(nameProblem("mlCompute", expected), undefined);
      });
    }
    for (const bad of ["a", "1abc", "abc_def", "a-very-long-cluster-name"]) {
      it(`rejects "${bad}"`, () =>
        assert.strictEqual(
          nameProblem("mlCompute", bad, "a valid compute name"),
          `"${bad}" is not a valid compute name: use 2-16 letters, digits or hyphens, starting with a letter`,
        ));
    }
  });
});
